import Foundation
import Testing

@testable import Storage

/// What `taizhang remind` asks of the outbox: filtered claims, marks in batches, many
/// watermarks at once, and counts by state — the same on every backend.
@Suite("Outbox batches")
struct OutboxBatchTests {
  func key(_ unit: String, _ stage: String, channel: String = "outbox") -> DeliveryKey {
    DeliveryKey(
      unitID: unit, itemID: "fire-drill", period: "2026-11", stage: stage, recipient: "qian-hong",
      channel: channel)
  }

  @Test(arguments: Backend.all) func filteredClaimsAndBatchMarks(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    _ = try s.store.insertDeliveriesIfAbsent([
      Delivery(key: key("dh-xx", "due")), Delivery(key: key("dh-xx", "soon", channel: "mail")),
      Delivery(key: key("dh-zx", "due")), Delivery(key: key("dh-zx", "overdue-1")),
    ])
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    // Only dh-zx's outbox deliveries are taken; the others stay free for another sender.
    let zx = try s.store.claimDeliveries(
      DeliveryFilter(unitIDs: ["dh-zx"], channels: ["outbox"]), limit: 10, now: now,
      leaseSeconds: 600)
    #expect(zx.map(\.key.stage).sorted() == ["due", "overdue-1"])
    let mail = try s.store.claimDeliveries(
      DeliveryFilter(channels: ["mail"]), limit: 10, now: now, leaseSeconds: 600)
    #expect(mail.map(\.key) == [key("dh-xx", "soon", channel: "mail")])
    try s.store.markDeliveriesSent(ids: zx.map(\.id), at: now)
    try s.store.markDeliveriesFailed(ids: mail.map(\.id), error: "无邮箱", retryAt: nil)
    #expect(try s.store.deliveryCounts() == DeliveryCounts(pending: 1, sent: 2, givenUp: 1))
    // A given-up delivery is never claimed again; the pending one still is.
    let rest = try s.store.claimDeliveries(
      DeliveryFilter(), limit: 10, now: now.addingTimeInterval(86_400 * 30), leaseSeconds: 1)
    #expect(rest.map(\.key) == [key("dh-xx", "due")])
    try s.store.markDeliveriesFailed(
      ids: rest.map(\.id), error: "超时", retryAt: now.addingTimeInterval(60))
    #expect(try s.store.deliveryCounts() == DeliveryCounts(sent: 2, retrying: 1, givenUp: 1))
  }

  @Test(arguments: Backend.all) func watermarksMoveForwardTogether(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let early = Date(timeIntervalSince1970: 1_795_000_000)
    let late = early.addingTimeInterval(86_400)
    try s.store.advanceWatermark(job: "remind", unitID: "dh-xx", to: late)
    try s.store.advanceWatermarks(job: "remind", unitIDs: ["dh-xx", "dh-zx"], to: early)
    #expect(try s.store.watermark(job: "remind", unitID: "dh-xx") == late)
    #expect(try s.store.watermark(job: "remind", unitID: "dh-zx") == early)
    try s.store.advanceWatermarks(job: "remind", unitIDs: ["dh-xx", "dh-zx"], to: late)
    #expect(try s.store.watermark(job: "remind", unitID: "dh-zx") == late)
  }

  @Test(arguments: Backend.all) func watermarksReadTogether(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    #expect(try s.store.watermarks(job: "remind").isEmpty)
    let early = Date(timeIntervalSince1970: 1_795_000_000)
    let late = early.addingTimeInterval(86_400)
    try s.store.advanceWatermark(job: "remind", unitID: "dh-xx", to: late)
    try s.store.advanceWatermark(job: "remind", unitID: "dh-zx", to: early)
    try s.store.advanceWatermark(job: "report", unitID: "dh-zx", to: late)
    #expect(try s.store.watermarks(job: "remind") == ["dh-xx": late, "dh-zx": early])
    #expect(try s.store.watermarks(job: "report") == ["dh-zx": late])
  }

  @Test(arguments: Backend.all) func existingKeysAmongMany(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    _ = try s.store.insertDeliveriesIfAbsent([
      Delivery(key: key("dh-xx", "due")), Delivery(key: key("dh-zx", "overdue-1", channel: "mail")),
    ])
    #expect(try s.store.existingDeliveryKeys(among: []).isEmpty)
    // Keys differing from a stored one in a single field are absent; repeats are harmless.
    let asked = [
      key("dh-xx", "due"), key("dh-xx", "due"), key("dh-xx", "soon"), key("dh-xx", "due", channel: "mail"),
      key("dh-zx", "overdue-1", channel: "mail"), key("dh-zx", "overdue-1"),
    ]
    #expect(
      try s.store.existingDeliveryKeys(among: asked)
        == [key("dh-xx", "due"), key("dh-zx", "overdue-1", channel: "mail")])
    // Past a statement's worth of keys, every one is still answered.
    let many = (0..<9000).map { key("dh-xx", "overdue-\($0)") } + [key("dh-xx", "due")]
    #expect(try s.store.existingDeliveryKeys(among: many) == [key("dh-xx", "due")])
  }
}
