import ArgumentParser

/// Benchmarks for Scripts/bench.sh; each subcommand prints table rows
/// `| name | measured | target |`.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tzbench",
    abstract: "Benchmarks for taizhang; run through Scripts/bench.sh.",
    subcommands: [
      LuaBench.self, ColdStartBench.self, SchedulingBench.self, StorageBench.self, PluginBench.self,
      RenderingBench.self, ReportBench.self, DeliveryRunner.self, ClaimBench.self,
    ]
  )
}

/// Prints one row of the benchmark table.
func row(_ name: String, _ measured: String, _ target: String) {
  let pad = { (s: String, n: Int) in s + String(repeating: " ", count: max(0, n - s.count)) }
  print("| \(pad(name, 44)) | \(pad(measured, 14)) | \(pad(target, 14)) |")
}
