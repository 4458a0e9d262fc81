import Foundation
import Testing

/// Leases that match reality: a run killed with SIGKILL is recognised at once by the next
/// run on this host, and a live run keeps what it holds however long it takes.
@Suite("taizhang remind: claims of killed and of live runs")
struct RemindLeaseTests {
  func start(_ site: RemindSite, now: String) throws -> Process {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["remind", "--config", site.config, "--db", site.cli.database, "--now", now]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// How long one whole run takes here (microseconds), on a site of its own: kills are
  /// spread over that span, whatever the machine's speed.
  func runLength(_ site: RemindSite, now: String) throws -> UInt64 {
    let scratch = try RemindSite()
    try scratch.writeConfig(
      String(contentsOfFile: site.config, encoding: .utf8)
        .replacingOccurrences(of: site.outbox.path, with: scratch.outbox.path))
    let started = DispatchTime.now().uptimeNanoseconds
    let process = try start(scratch, now: now)
    process.waitUntilExit()
    return max(50_000, (DispatchTime.now().uptimeNanoseconds - started) / 1000)
  }

  /// Fifty runs killed at seeded random moments of a run's span, each followed at once by
  /// the next; the last half on the final day, the minute the final run uses.
  func killAndRerun(_ site: RemindSite, final: String) throws {
    var random = SeededRandom(seed: 20261204)
    let span = try runLength(site, now: final) * 5 / 4
    let days = ["2026-10-08T08:00", "2026-10-09T08:00", "2026-10-12T08:00", "2026-10-13T08:00"]
    for n in 0..<50 {
      let process = try start(site, now: n < 25 ? days[n * days.count / 25] : final)
      usleep(UInt32(random.next(upTo: span)))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  @Test("50 runs killed with SIGKILL, each rerun at once: outbox files match the delivery table exactly")
  func killedOutbox() throws {
    let site = try RemindSite()
    // A slow webhook beside the outbox folder keeps a run sending (and holding its outbox
    // claims, marked in one batch at the end) long enough for kills to land there.
    let server = try TestWebhook(folder: site.cli.folder, mode: "delay", "0.05")
    defer { server.stop() }
    try site.writeConfig("""
      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"

      [channels.hook]
      type = "webhook"
      url = "\(server.url)"
      """)
    try killAndRerun(site, final: "2026-10-14T08:00")
    let last = try site.remind("--now", "2026-10-14T08:00")
    #expect(last.status == 0, "\(last.stdout)")
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE status != 'sent'") == ["0"], "\(last.stdout)")
    let ids = try site.sql("SELECT id FROM delivery WHERE channel = 'outbox'").compactMap { Int($0) }
    #expect(!ids.isEmpty)
    var counts: [Int: Int] = [:]
    for message in try site.outboxMessages() {
      for id in message["deliveries"] as? [Int] ?? [] { counts[id, default: 0] += 1 }
    }
    #expect(Set(counts.keys) == Set(ids), "every delivery is in some file")
    #expect(counts.values.allSatisfy { $0 == 1 }, "no delivery is in two files")
  }

  @Test("runs killed mid-send to a webhook: at most the message in flight repeats, with the same delivery id")
  func killedWebhook() throws {
    let site = try RemindSite()
    let server = try TestWebhook(folder: site.cli.folder, mode: "ok")
    defer { server.stop() }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "\(server.url)"
      """)
    var random = SeededRandom(seed: 4231)
    var kills = 0
    for day in ["2026-10-12", "2026-10-13", "2026-10-14"] {
      for _ in 0..<5 {
        let process = try start(site, now: "\(day)T08:00")
        usleep(UInt32(random.next(upTo: 400_000)))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        kills += 1
      }
    }
    let last = try site.remind("--now", "2026-10-14T08:00")
    #expect(last.status == 0, "\(last.stdout)")
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE status != 'sent'") == ["0"], "\(last.stdout)")
    let requests = try server.requests()
    let ids = try site.sql("SELECT id FROM delivery").compactMap { Int($0) }
    var carriers: [Int: [String?]] = [:]
    for request in requests {
      #expect(request.delivery != nil && request.delivery == request.messageID)
      for id in request.deliveries { carriers[id, default: []].append(request.delivery) }
    }
    #expect(Set(carriers.keys) == Set(ids), "every delivery reached the server")
    let repeated = carriers.values.filter { $0.count > 1 }
    // A repeat is the same message again (same delivery id), at most one per killed run.
    #expect(repeated.allSatisfy { Set($0).count == 1 })
    #expect(Set(repeated.compactMap { $0.first ?? nil }).count <= kills)
  }

  @Test("a second run while the first is alive and slow sends none of what the first holds; after a kill, the next takes it at once")
  func liveRunKeepsItsClaims() throws {
    let site = try RemindSite()
    let release = site.cli.folder.appendingPathComponent("release").path
    let server = try TestWebhook(folder: site.cli.folder, mode: "hold", release)
    defer {
      _ = FileManager.default.createFile(atPath: release, contents: Data())
      server.stop()
    }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "\(server.url)"
      timeout = 120

      [remind]
      lease_seconds = 2
      """)
    let first = try BackgroundRun(
      ["remind", "--config", site.config, "--now", "2026-10-12"], database: site.cli.database)
    #expect(try eventually(within: 60) { try server.requests().count == 1 }, "the first run sent nothing")
    // Well past the first lease: only renewal keeps the claims the first run's.
    sleep(5)
    let second = try site.remind("--now", "2026-10-12")
    #expect(second.stdout.contains("发出 0 条消息"), "\(second.stdout)")
    #expect(try server.requests().count == 1, "the second run sent what the first holds")
    // The first run dies holding its claims: the next run takes them at once and says so.
    kill(first.process.processIdentifier, SIGKILL)
    _ = first.finish(within: 30)
    _ = FileManager.default.createFile(atPath: release, contents: Data())
    let third = try site.remind("--now", "2026-10-12")
    #expect(third.status == 0, "\(third.stdout)")
    #expect(third.stdout.contains("条来自中断的运行"), "\(third.stdout)")
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE status != 'sent'") == ["0"])
    let requests = try server.requests()
    var carriers: [Int: [String?]] = [:]
    for request in requests { for id in request.deliveries { carriers[id, default: []].append(request.delivery) } }
    let repeated = carriers.values.filter { $0.count > 1 }
    // Only the message in flight when the first run died is repeated, with the same id.
    #expect(repeated.allSatisfy { Set($0).count == 1 })
    #expect(Set(repeated.compactMap { $0.first ?? nil }).count <= 1)
  }
}
