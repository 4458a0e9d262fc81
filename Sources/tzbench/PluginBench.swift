import ArgumentParser
import Foundation
import Host
import Scheduling
import Storage

/// `tzbench plugins`: cold loading of the shipped plugins, and a year of every unit's items.
struct PluginBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins", abstract: "Load the shipped plugins; expand a year for 2,000 units of mixed types.")

  @Option(help: "The shipped Plugins folder.") var plugins = "Plugins"
  @Option(help: "Number of units (spread over school, hospital, community, bureau).") var units = 2000

  func run() throws {
    let folder = URL(fileURLWithPath: plugins)
    let clock = ContinuousClock()
    var loads: [Duration] = []
    var catalog = PluginCatalog.load(PluginSearchPath(folders: [folder]))
    for _ in 0..<10 {
      loads.append(clock.measure { catalog = PluginCatalog.load(PluginSearchPath(folders: [folder])) })
    }
    let items = catalog.plugins.reduce(0) { $0 + $1.items.count }
    row("load the 5 shipped plugins (\(items) items)", ms(loads.sorted()[loads.count / 2]), "≤ 30 ms")

    let calendar = try HolidayDataLoader(pluginFolder: folder.appendingPathComponent("calendar")).workCalendar()
    let types = ["school", "hospital", "community", "bureau"]
    let sample = (0..<units).map { i in
      OrgUnit(
        id: "u\(i)", name: "单位\(i)", type: types[i % 4],
        attributes: ["寄宿": i % 3 == 0 ? "是" : "否", "区域": i % 2 == 0 ? "城区" : "农村", "食堂": "有"],
        terms: [SchoolTerm(name: "2026春季学期", start: "2026-03-02", end: "2026-07-10"),
                SchoolTerm(name: "2026秋季学期", start: "2026-09-01", end: "2027-01-22")])
    }
    let year = CivilDate(2026, 1, 1)...CivilDate(2026, 12, 31)
    var occurrences = 0
    let elapsed = try clock.measure {
      occurrences = try Agenda.occurrenceCount(units: sample, catalog: catalog, calendar: calendar, range: year)
    }
    row("\(units) units: applies + a year of items", ms(elapsed), "—")
    row("  occurrences expanded", String(occurrences), "—")
  }

  func ms(_ d: Duration) -> String {
    String(format: "%.1f ms", Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
  }
}
