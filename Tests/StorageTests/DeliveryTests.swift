import Foundation
import Testing

@testable import Storage

/// The reminder outbox: unique keys, claims, marks, watermarks.
@Suite("Deliveries")
struct DeliveryTests {
  func key(_ stage: String, _ recipient: String = "qian-hong") -> DeliveryKey {
    DeliveryKey(
      unitID: "dh-xx", itemID: "fire-drill", period: "2026-11", stage: stage,
      recipient: recipient, channel: "email")
  }

  @Test(arguments: Backend.all) func keyIsUnique(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let batch = [Delivery(key: key("due-soon")), Delivery(key: key("overdue"))]
    #expect(try s.store.insertDeliveriesIfAbsent(batch) == 2)
    #expect(
      try s.store.insertDeliveriesIfAbsent(batch + [Delivery(key: key("overdue", "bai-tao"))]) == 1)
  }

  /// More deliveries than one chunk of the insert (5,000), with keys repeated inside a
  /// chunk, across chunks and already stored: each key stored once, the new ones returned
  /// in the order given with the ids the table gave them.
  @Test(arguments: Backend.all) func claimedInsertAcrossChunks(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let stored = try s.store.insertDeliveriesClaimed(
      [Delivery(key: key("stage-7"))], now: Date(), lease: ClaimLease(holder: "a", clock: Date(), seconds: 60))
    #expect(stored.count == 1)
    var batch = (0..<6_000).map { Delivery(key: key("stage-\($0)"), message: "m\($0)") }
    batch.insert(Delivery(key: key("stage-3")), at: 10)  // inside the first chunk
    batch.append(Delivery(key: key("stage-4")))  // in the second chunk, first in the first
    let lease = ClaimLease(holder: "b", clock: Date(), seconds: 60)
    let fresh = try s.store.insertDeliveriesClaimed(batch, now: Date(), lease: lease)
    // 6,000 distinct stages, less stage-7 already stored.
    #expect(fresh.count == 5_999)
    #expect(fresh.map(\.key.stage) == (0..<6_000).filter { $0 != 7 }.map { "stage-\($0)" })
    #expect(fresh.map(\.message) == (0..<6_000).filter { $0 != 7 }.map { "m\($0)" })
    for d in [fresh[0], fresh[4_999], fresh[5_998]] {
      #expect(try s.store.delivery(d.key)?.id == d.id)
    }
    #expect(try s.store.existingDeliveryKeys(among: batch.map(\.key)).count == 6_000)
  }

  @Test(arguments: Backend.all) func claimMarkAndRetry(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    _ = try s.store.insertDeliveriesIfAbsent([
      Delivery(key: key("due-soon")), Delivery(key: key("overdue")),
    ])
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let claimed = try s.store.claimDeliveries(limit: 10, now: now, leaseSeconds: 300)
    #expect(claimed.count == 2)
    #expect(claimed.allSatisfy { $0.attempts == 1 })
    // A second sender gets nothing while the lease holds.
    #expect(try s.store.claimDeliveries(limit: 10, now: now, leaseSeconds: 300).isEmpty)
    try s.store.markDeliverySent(id: claimed[0].id, at: now)
    try s.store.markDeliveryFailed(
      id: claimed[1].id, error: "smtp timeout", retryAt: now.addingTimeInterval(3600))
    #expect(try s.store.delivery(key("due-soon"))?.status == .sent)
    let failed = try #require(try s.store.delivery(key("overdue")))
    #expect(failed.status == .failed && failed.lastError == "smtp timeout")
    #expect(
      try s.store.claimDeliveries(limit: 10, now: now.addingTimeInterval(60), leaseSeconds: 1)
        .isEmpty)
    let retry = try s.store.claimDeliveries(
      limit: 10, now: now.addingTimeInterval(3600), leaseSeconds: 1)
    #expect(retry.map(\.id) == [claimed[1].id])
    #expect(retry[0].attempts == 2)
  }

  @Test(arguments: Backend.all) func watermarkOnlyMovesForward(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let t = Date(timeIntervalSince1970: 1_795_000_000)
    #expect(try s.store.watermark(job: "remind", unitID: "dh-xx") == nil)
    try s.store.advanceWatermark(job: "remind", unitID: "dh-xx", to: t)
    try s.store.advanceWatermark(job: "remind", unitID: "dh-xx", to: t.addingTimeInterval(-86400))
    #expect(try s.store.watermark(job: "remind", unitID: "dh-xx") == t)
  }

  @Test(arguments: Backend.all) func reportsAndRuns(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let at = Date(timeIntervalSince1970: 1_795_000_000)
    let report = try s.store.archiveReport(
      ArchivedReport(
        unitID: "dh-xx", kind: "monthly", period: "2026-11", format: "docx",
        sha256: String(repeating: "a", count: 64), path: "/tmp/r.docx", createdAt: at))
    #expect(try s.store.reports(unitID: "dh-xx") == [report])
    let run = try s.store.startRun(job: "remind", at: at)
    try s.store.finishRun(id: run, at: at.addingTimeInterval(5), outcome: "ok", detail: "3 sent")
    #expect(try s.store.runs(job: "remind", limit: 5).first?.outcome == "ok")
  }
}
