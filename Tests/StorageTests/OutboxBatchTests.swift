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

  @Test(arguments: Backend.all) func insertedClaimedAreTheCallersAlone(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    // Another runner got "due" into the outbox first; it stays that runner's.
    _ = try s.store.insertDeliveriesIfAbsent([Delivery(key: key("dh-xx", "due"), message: "旧")])
    let planned = [
      Delivery(key: key("dh-zx", "overdue-1"), message: "甲"), Delivery(key: key("dh-xx", "due"), message: "新"),
      Delivery(key: key("dh-xx", "soon"), message: "乙"), Delivery(key: key("dh-zx", "due"), message: "丙"),
    ]
    let fresh = try s.store.insertDeliveriesClaimed(planned, now: now, leaseSeconds: 600)
    // Returned in the order given, with their ids, claimed once, the known key left out.
    #expect(fresh.map(\.key) == [key("dh-zx", "overdue-1"), key("dh-xx", "soon"), key("dh-zx", "due")])
    #expect(fresh.map(\.message) == ["甲", "乙", "丙"])
    #expect(fresh.map(\.attempts) == [1, 1, 1])
    #expect(Set(fresh.map(\.id)).count == 3 && !fresh.contains { $0.id == 0 })
    for d in fresh { #expect(try s.store.delivery(d.key)?.id == d.id) }
    // While the lease runs, a claim hands out only the other runner's pending delivery.
    let others = try s.store.claimDeliveries(DeliveryFilter(), limit: 10, now: now, leaseSeconds: 600)
    #expect(others.map(\.key) == [key("dh-xx", "due")])
    #expect(others.first?.message == "旧")
    // A caller that died: once the lease is over, its deliveries go to the next claim.
    let later = try s.store.claimDeliveries(
      DeliveryFilter(), limit: 10, now: now.addingTimeInterval(601), leaseSeconds: 600)
    #expect(Set(later.map(\.id)) == Set(fresh.map(\.id) + others.map(\.id)))
    #expect(later.filter { fresh.map(\.id).contains($0.id) }.map(\.attempts) == [2, 2, 2])
  }

  @Test(arguments: Backend.all) func marksTouchOnlyTheIdsGiven(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let stages = ["due", "soon", "overdue-1", "overdue-2", "overdue-3", "escalate-1", "escalate-2"]
    let all = try s.store.insertDeliveriesClaimed(
      stages.map { Delivery(key: key("dh-xx", $0)) }, now: now, leaseSeconds: 600)
    #expect(all.count == 7)
    // Runs with gaps, out of order, one repeated: the gaps stay pending.
    let sent = [all[5].id, all[0].id, all[1].id, all[3].id, all[1].id]
    try s.store.markDeliveriesSent(ids: sent, at: now)
    try s.store.markDeliveriesFailed(ids: [all[6].id], error: "超时", retryAt: nil)
    #expect(try s.store.deliveryCounts() == DeliveryCounts(pending: 2, sent: 4, givenUp: 1))
    #expect(try s.store.delivery(all[2].key)?.status == .pending)
    #expect(try s.store.delivery(all[4].key)?.status == .pending)
    #expect(try s.store.delivery(all[3].key)?.status == .sent)
    #expect(SQLiteStore.runs(of: [9, 3, 4, 5, 7, 3, 10]).map { [$0.0, $0.1] } == [[3, 5], [7, 7], [9, 10]])
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
