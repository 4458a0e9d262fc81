import Foundation
import Testing

@testable import Storage

/// Claims that name their holder: renewed by a live holder, taken at once from a holder
/// known to be gone, given back unattempted — the same on every backend.
@Suite("Claim leases")
struct ClaimLeaseTests {
  func key(_ stage: String) -> DeliveryKey {
    DeliveryKey(
      unitID: "dh-xx", itemID: "fire-drill", period: "2026-11", stage: stage, recipient: "qian-hong",
      channel: "outbox")
  }

  let day = Date(timeIntervalSince1970: 1_795_000_000)
  let clock = Date(timeIntervalSince1970: 1_800_000_000)

  @Test(arguments: Backend.all) func renewedClaimsStayTheHolders(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let a = ClaimLease(holder: "host-a 10 1 1", clock: clock, seconds: 60)
    let mine = try s.store.insertDeliveriesClaimed(
      ["due", "soon", "overdue-1"].map { Delivery(key: key($0)) }, now: day, lease: a)
    #expect(mine.count == 3)
    #expect(try s.store.claimHolders(at: clock) == ["host-a 10 1 1"])
    // The holder renews before its lease lapses: at the old end, nobody else gets them.
    #expect(try s.store.renewClaims(holder: a.holder, until: clock.addingTimeInterval(120)) == 3)
    let b = ClaimLease(holder: "host-b 20 1 2", clock: clock.addingTimeInterval(90), seconds: 60)
    #expect(try s.store.claimDeliveries(DeliveryFilter(), limit: 10, now: day, lease: b).isEmpty)
    // Unrenewed, the lease lapses and another holder takes them, told they were interrupted.
    let later = ClaimLease(holder: b.holder, clock: clock.addingTimeInterval(121), seconds: 60)
    let taken = try s.store.claimDeliveries(DeliveryFilter(), limit: 10, now: day, lease: later)
    #expect(Set(taken.map(\.id)) == Set(mine.map(\.id)))
    #expect(taken.allSatisfy { $0.interrupted && $0.attempts == 2 })
    // The first holder's renewal now finds nothing of its own.
    #expect(try s.store.renewClaims(holder: a.holder, until: clock.addingTimeInterval(500)) == 0)
  }

  @Test(arguments: Backend.all) func goneHoldersClaimsAreTakenAtOnce(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let dead = ClaimLease(holder: "host-a 10 1 1", clock: clock, seconds: 600)
    let live = ClaimLease(holder: "host-a 11 1 2", clock: clock, seconds: 600)
    let lost = try s.store.insertDeliveriesClaimed([Delivery(key: key("due"))], now: day, lease: dead)
    let kept = try s.store.insertDeliveriesClaimed([Delivery(key: key("soon"))], now: day, lease: live)
    _ = try s.store.insertDeliveriesIfAbsent([Delivery(key: key("overdue-1"))])
    #expect(try s.store.claimHolders(at: clock) == [dead.holder, live.holder])
    let next = ClaimLease(holder: "host-a 12 1 3", clock: clock, seconds: 600, takingOver: [dead.holder])
    let taken = try s.store.claimDeliveries(DeliveryFilter(), limit: 10, now: day, lease: next)
    // The gone holder's delivery (interrupted) and the free one; never the live holder's.
    #expect(taken.map(\.key.stage).sorted() == ["due", "overdue-1"])
    #expect(taken.first { $0.id == lost[0].id }?.interrupted == true)
    #expect(taken.first { $0.key.stage == "overdue-1" }?.interrupted == false)
    #expect(!taken.contains { $0.id == kept[0].id })
  }

  @Test(arguments: Backend.all) func releasedClaimsArePendingAndUnattempted(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let a = ClaimLease(holder: "host-a 10 1 1", clock: clock, seconds: 600)
    let mine = try s.store.insertDeliveriesClaimed(
      ["due", "soon"].map { Delivery(key: key($0)) }, now: day, lease: a)
    // Another holder's id in the list is not touched.
    let b = ClaimLease(holder: "host-b 20 1 2", clock: clock, seconds: 600)
    let theirs = try s.store.insertDeliveriesClaimed([Delivery(key: key("overdue-1"))], now: day, lease: b)
    try s.store.releaseClaims(ids: mine.map(\.id) + theirs.map(\.id), holder: a.holder)
    let c = ClaimLease(holder: "host-c 30 1 3", clock: clock, seconds: 600)
    let again = try s.store.claimDeliveries(DeliveryFilter(), limit: 10, now: day, lease: c)
    #expect(Set(again.map(\.id)) == Set(mine.map(\.id)))
    // Released, not interrupted; the attempt the first claim counted was taken back.
    #expect(again.allSatisfy { !$0.interrupted && $0.attempts == 1 })
  }

  @Test("a holder names this host and process, and is gone once the process is")
  func holderLiveness() throws {
    let me = ClaimHolder.current(run: "7")
    #expect(ClaimHolder(text: me.text) == me)
    #expect(!me.isGoneFromThisHost)
    #expect(me.started > 0)
    // Another host's holder is never judged from here.
    #expect(!ClaimHolder(host: me.host + "-elsewhere", pid: 999_999_999, started: 1, run: "1").isGoneFromThisHost)
    // A pid that does not exist here, and our own pid with another start time (reused).
    #expect(ClaimHolder(host: me.host, pid: 999_999_999, started: 1, run: "1").isGoneFromThisHost)
    #expect(ClaimHolder(host: me.host, pid: me.pid, started: me.started + 1, run: "1").isGoneFromThisHost)
    #expect(ClaimHolder(text: "no holder") == nil)
  }
}
