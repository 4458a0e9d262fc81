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
