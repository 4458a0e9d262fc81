import ArgumentParser
import Host

/// `taizhang report list`.
struct ReportList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the reports each plugin offers.")

  @Option(
    name: .customLong("plugins"),
    help: "A site plugin folder, searched after the shipped one (repeatable).")
  var pluginFolders: [String] = []
  @Flag(name: .long, help: "Print JSON instead of text.") var json = false

  func run() throws {
    try reportingErrors {
      let catalog = PluginCatalog.load(try PluginSearchPath.checked(extra: pluginFolders))
      let listing = ReportJob.listing(catalog)
      if json {
        Console.out(try JSONOutput.text(listing))
        return
      }
      var table = TextTable(headers: ["插件", "报告", "标题", "期间", "汇总下级", "适用单位"])
      for r in listing {
        table.append([
          r.plugin, r.kind, r.title, r.period, r.rollup ? "是" : "",
          r.unitTypes.joined(separator: ","),
        ])
      }
      table.lines().forEach(Console.out)
    }
  }
}
