import Foundation
import Rendering
import Scheduling
import Storage

/// One report a plugin offers, as `taizhang report list` shows it.
public struct ReportListing: Codable, Sendable {
  /// The plugin.
  public var plugin: String
  /// The report kind.
  public var kind: String
  /// Its title.
  public var title: String
  /// The period it covers: month, quarter, year …
  public var period: String
  /// Whether it rolls up the unit's children.
  public var rollup: Bool
  /// The unit types it serves.
  public var unitTypes: [String]
  /// What it is for.
  public var summary: String?
}

extension ReportJob {
  /// Every report of every usable checklist plugin, by plugin then declaration order.
  public func listing() -> [ReportListing] { Self.listing(catalog) }

  /// Every report of every usable plugin of `catalog`.
  public static func listing(_ catalog: PluginCatalog) -> [ReportListing] {
    catalog.plugins.filter(\.isUsable).flatMap { plugin in
      plugin.reports.map {
        ReportListing(
          plugin: plugin.id, kind: $0.id, title: $0.title, period: $0.period.rawValue,
          rollup: $0.rollup,
          unitTypes: $0.unitTypes.isEmpty ? plugin.manifest?.unitTypes ?? [] : $0.unitTypes,
          summary: $0.summary)
      }
    }
  }

  /// What `report all` did: the files written and the reports that failed.
  public struct Batch: Sendable {
    /// Files written.
    public var files: [URL] = []
    /// One line per report that failed.
    public var failures: [String] = []
  }

  /// Renders, for every unit, each of its reports covering the kind of `period` (or only
  /// `kinds`) in every format into `folder/<unit>/<kind>-<period>.<ext>`. A failing report
  /// is listed and the others go on. `progress` hears (done, total) after each unit.
  public func all(
    period: String, kinds: [String], formats: [Format], folder: URL, date: String?,
    allowFuture: Bool = false, progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> Batch {
    guard let key = Scheduling.PeriodKey(period), key.unit != .day else {
      throw UsageError("期间 \"\(period)\" 格式不对：应为 2026-11、2026-Q4、2026-H2、2026-T1、2026-W47 或 2026")
    }
    let today = AsOf.today()  // one day for every unit, even across midnight
    if let days = key.days {  // a bad or future day is one usage error, not one per unit
      _ = try AsOf.resolve(
        asked: try AsOf.parse(date, flag: "--date"), period: days, today: today,
        allowFuture: allowFuture, flag: "--date")
    }
    let known = Set(listing().map(\.kind))
    for kind in kinds where !known.contains(kind) {
      let hint =
        DeclarationSchema.closest(to: kind, in: known.sorted()).map { "（是否想输入 \($0)？）" } ?? ""
      throw UsageError("没有插件提供报告 \"\(kind)\"\(hint)；用 taizhang report list 查看")
    }
    let units = try ledger.store.units()
    let history = try ItemHistory.load(store: ledger.store, catalog: catalog, day: today, persist: true)
    var batch = Batch()
    let writer = ReportFiles(ledger: ledger)
    for (index, unit) in units.enumerated() {
      defer { progress(index + 1, units.count) }
      guard let plugin = catalog.plugin(forUnitType: unit.type) else { continue }
      for report in Self.reports(of: plugin, for: unit.type)
      where report.period == key.unit && (kinds.isEmpty || kinds.contains(report.id)) {
        do {
          let document = try self.document(
            kind: report.id, unitID: unit.id, period: period, date: date, allowFuture: allowFuture,
            today: today, history: history)
          for format in formats {
            let output = folder.appendingPathComponent(unit.id)
              .appendingPathComponent("\(report.id)-\(period).\(format.fileExtension)")
            batch.files += try writer.write(
              document, format: format, output: output, unitID: unit.id, kind: report.id,
              period: period)
          }
        } catch let error as UserFacingError {
          batch.failures.append("\(unit.id) \(report.id)：\(error.description)")
        }
      }
    }
    return batch
  }
}
