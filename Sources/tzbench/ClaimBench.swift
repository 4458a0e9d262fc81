import ArgumentParser
import Foundation
import Host
import Storage

/// `tzbench claims`: delivery throughput with several runner processes on one store.
struct ClaimBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Insert due deliveries, then time runner processes sending them all.")

  @Option(help: "The database: a SQLite file or a postgres:// URL (empty, or made here).")
  var db: String
  @Option(help: "Deliveries to send.") var deliveries = 20_000
  @Option(help: "Runner processes.") var runners = 4
  @Option(help: "Label for the backend in the result row.") var label = "sqlite"

  func run() throws {
    let store = try LedgerDatabase.open(db, create: true)
    try store.addUnit(OrgUnit(id: "bench-xx", name: "基准学校", type: "school"), by: "bench")
    let batch = (0..<deliveries).map {
      Delivery(
        key: DeliveryKey(
          unitID: "bench-xx", itemID: "item-\($0 / 10)", period: "2026-11", stage: "due-soon",
          recipient: "p\($0 % 10)", channel: "console"), message: "提醒")
    }
    _ = try store.insertDeliveriesIfAbsent(batch)
    let clock = ContinuousClock()
    var outputs: [Pipe] = []
    let elapsed = try clock.measure {
      let processes = try (0..<runners).map { _ -> Process in
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        p.arguments = ["deliver", "--db", db]
        let pipe = Pipe()
        p.standardOutput = pipe
        outputs.append(pipe)
        try p.run()
        return p
      }
      let texts = outputs.map {
        String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      }
      for p in processes { p.waitUntilExit() }
      let ids = texts.flatMap { $0.split(separator: "\n").filter { !$0.hasPrefix("done") } }
      guard ids.count == deliveries, Set(ids).count == deliveries else {
        throw ValidationError(
          "runners sent \(ids.count) (\(Set(ids).count) distinct) of \(deliveries)")
      }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    row(
      "deliveries: \(runners) runners claim+send, \(label)",
      String(format: "%.0f deliv/s", Double(deliveries) / seconds), ">= 1000 deliv/s")
  }
}
