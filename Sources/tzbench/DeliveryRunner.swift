import ArgumentParser
import Foundation
import Host
import Storage

/// `tzbench deliver`: one delivery runner, as `taizhang remind` runs them, with a no-op
/// channel. It claims batches, marks each delivery sent and prints its id on a line of
/// its own, until nothing is left to claim; then prints `done N`. Tests start several at
/// once and kill one mid-run.
struct DeliveryRunner: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deliver",
    abstract: "Claim and send due deliveries (no-op channel), printing each id sent.")

  @Option(help: "The database: a SQLite file or a postgres:// URL.") var db: String
  @Option(help: "Deliveries claimed at a time.") var batch = 100
  @Option(help: "Claim lease in seconds.") var lease = 300.0
  @Option(help: "Pretend the clock is this many seconds ahead (a lease already expired).")
  var clockAhead = 0.0
  @Option(help: "After sending this many, claim one more batch, print `hung`, and hang.")
  var hangAfter: Int?

  func run() throws {
    let store = try LedgerDatabase.open(db)
    var sent = 0
    while true {
      let now = Date().addingTimeInterval(clockAhead)
      let claimed = try store.claimDeliveries(limit: batch, now: now, leaseSeconds: lease)
      if claimed.isEmpty { break }
      for delivery in claimed {
        if let hangAfter, sent >= hangAfter {
          Self.line("hung \(claimed.count)")
          while true { sleep(60) }
        }
        try store.markDeliverySent(id: delivery.id, at: now)
        Self.line(String(delivery.id))
        sent += 1
      }
    }
    Self.line("done \(sent)")
  }

  /// Writes a line unbuffered, so a parent reading it knows it happened.
  static func line(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}
