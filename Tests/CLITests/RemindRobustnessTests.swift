import Foundation
import Testing

/// Killed runs and concurrent runs: nothing lost, nothing twice in the outbox folder.
@Suite("taizhang remind: SIGKILL at random points, concurrent runs")
struct RemindRobustnessTests {
  /// Every delivery id the outbox files carry, with how many files carry it.
  func carried(_ site: RemindSite) throws -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for message in try site.outboxMessages() {
      for id in message["deliveries"] as? [Int] ?? [] { counts[id, default: 0] += 1 }
    }
    return counts
  }

  func start(_ site: RemindSite, now: String) throws -> Process {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["remind", "--config", site.config, "--db", site.cli.database, "--now", now]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test("runs killed with SIGKILL at seeded random moments lose nothing and repeat nothing")
  func killed() throws {
    let site = try RemindSite()
    var random = SeededRandom(seed: 20261001)
    let days = ["2026-10-08", "2026-10-09", "2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15"]
    for (index, day) in days.enumerated() {
      for attempt in 0..<3 {
        let process = try start(site, now: "\(day)T08:0\(attempt)")
        // Kill after a random delay; the process may be anywhere, or already done.
        usleep(UInt32(random.next(upTo: 400_000)))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
      }
      _ = index
    }
    // Later runs, after the claims of killed runs have expired, finish the work.
    #expect(try site.remind("--now", "2026-10-15T10:00").status == 0)
    let ids = try site.sql("SELECT id FROM delivery").compactMap { Int($0) }
    #expect(!ids.isEmpty)
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE status != 'sent'") == ["0"])
    let counts = try carried(site)
    #expect(Set(counts.keys) == Set(ids), "every delivery is in some file")
    #expect(counts.values.allSatisfy { $0 == 1 }, "no delivery is in two files")
  }

  @Test("two runs at once send every delivery once")
  func concurrent() throws {
    let site = try RemindSite()
    for day in ["2026-10-12", "2026-10-15"] {
      let a = try start(site, now: day)
      let b = try start(site, now: day)
      a.waitUntilExit()
      b.waitUntilExit()
      #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
    }
    let ids = try site.sql("SELECT id FROM delivery").compactMap { Int($0) }
    let counts = try carried(site)
    #expect(Set(counts.keys) == Set(ids))
    #expect(counts.values.allSatisfy { $0 == 1 })
  }
}

/// A small deterministic generator (SplitMix64), so a failing run can be repeated.
struct SeededRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next(upTo bound: UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return (z ^ (z >> 31)) % bound
  }
}
