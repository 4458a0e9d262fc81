import Foundation
import Testing

@testable import Storage

/// Several runner processes (`tzbench deliver`) sharing one outbox: each delivery is sent
/// exactly once, and a runner killed mid-run loses nothing once its lease has expired.
@Suite("Delivery runners")
struct DeliveryRunnerTests {
  static var runner: String {
    let env = ProcessInfo.processInfo.environment
    if let bin = env["TAIZHANG_BIN"], !bin.isEmpty {
      return URL(fileURLWithPath: bin).deletingLastPathComponent()
        .appendingPathComponent("tzbench").path
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/tzbench").path
  }

  /// A store with `count` due deliveries; returns their ids.
  func outbox(_ s: Scratch, count: Int) throws -> Set<Int64> {
    try s.seed()
    let deliveries = (0..<count).map {
      Delivery(
        key: DeliveryKey(
          unitID: "dh-xx", itemID: "item-\($0 / 2)", period: "2026-11", stage: "due-soon",
          recipient: $0 % 2 == 0 ? "qian-hong" : "bai-tao", channel: "console"),
        message: "请按时完成")
    }
    #expect(try s.store.insertDeliveriesIfAbsent(deliveries) == count)
    return Set(
      try s.store.readTables()["delivery"]!.map { row -> Int64 in
        guard case .integer(let id) = row[0] else { return -1 }
        return id
      })
  }

  func start(_ arguments: [String]) throws -> (Process, Pipe) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Self.runner)
    p.arguments = ["deliver"] + arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    return (p, pipe)
  }

  /// The ids a finished runner printed.
  func sentIDs(_ output: String) -> [Int64] {
    output.split(separator: "\n").compactMap { Int64($0) }
  }

  func statuses(_ s: Scratch) throws -> [Int64: (status: String, attempts: Int64)] {
    var out: [Int64: (String, Int64)] = [:]
    for row in try s.store.readTables()["delivery"]! {
      if case .integer(let id) = row[0], case .text(let status) = row[7],
        case .integer(let attempts) = row[8]
      {
        out[id] = (status, attempts)
      }
    }
    return out
  }

  @Test(arguments: Backend.all) func fourRunnersSendEachOnce(_ backend: Backend) throws {
    let s = try Scratch(backend)
    let all = try outbox(s, count: 20_000)
    let runners = try (0..<4).map { _ in try start(["--db", s.location, "--batch", "200"]) }
    let outputs = runners.map {
      String(decoding: $0.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
    for (p, _) in runners { p.waitUntilExit() }
    #expect(runners.map { $0.0.terminationStatus } == [0, 0, 0, 0])
    let sent = outputs.flatMap(sentIDs)
    #expect(sent.count == 20_000)
    #expect(Set(sent) == all)
    let rows = try statuses(s)
    #expect(rows.values.allSatisfy { $0.status == "sent" && $0.attempts == 1 })
  }

  @Test(arguments: Backend.all) func killedRunnerLosesNothing(_ backend: Backend) throws {
    let s = try Scratch(backend)
    let all = try outbox(s, count: 2_000)
    // The first runner sends 120, claims a batch it will never finish, and is killed.
    let (dying, pipe) = try start(
      ["--db", s.location, "--batch", "50", "--lease", "600", "--hang-after", "120"])
    var output = ""
    while !output.contains("hung") {
      let chunk = pipe.fileHandleForReading.availableData
      guard !chunk.isEmpty else { break }
      output += String(decoding: chunk, as: UTF8.self)
    }
    #expect(output.contains("hung"))
    kill(dying.processIdentifier, SIGKILL)
    dying.waitUntilExit()
    #expect(dying.terminationReason == .uncaughtSignal)
    let first = sentIDs(output)
    #expect(first.count == 120)

    // Another runner sends the rest, but not what the dead one holds under lease.
    let (second, secondPipe) = try start(["--db", s.location])
    let secondSent = sentIDs(
      String(decoding: secondPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    second.waitUntilExit()
    // Once the lease has expired (the runner's clock set past it), the held batch goes out.
    let (third, thirdPipe) = try start(["--db", s.location, "--clock-ahead", "601"])
    let thirdSent = sentIDs(
      String(decoding: thirdPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    third.waitUntilExit()

    #expect(thirdSent.count == 30)
    let sent = first + secondSent + thirdSent
    #expect(sent.count == all.count)
    #expect(Set(sent) == all)
    let rows = try statuses(s)
    #expect(rows.values.allSatisfy { $0.status == "sent" })
    #expect(thirdSent.allSatisfy { rows[$0]?.attempts == 2 })
  }
}
