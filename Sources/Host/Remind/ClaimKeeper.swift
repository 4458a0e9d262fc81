import Foundation
import Storage

/// Keeps a live run's claims its own: a background thread renews every claim of the
/// holder (one UPDATE) a few times per lease, whatever the sending thread is waiting on.
/// A run that dies stops renewing, so its claims lapse; one that is only slow keeps them.
final class ClaimKeeper: @unchecked Sendable {
  private let store: any Store
  private let holder: String
  private let seconds: Double
  private let log: RemindLog
  private let condition = NSCondition()
  private var stopped = false
  private var thread: Thread?

  init(store: any Store, holder: String, leaseSeconds: Double, log: RemindLog) {
    self.store = store
    self.holder = holder
    self.seconds = leaseSeconds
    self.log = log
  }

  /// Starts renewing every quarter of the lease.
  func start() {
    let thread = Thread { [self] in loop() }
    thread.name = "taizhang-claims"
    self.thread = thread
    thread.start()
  }

  /// Stops renewing and waits (briefly) for the thread to finish.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func loop() {
    let interval = max(0.2, seconds / 4)
    condition.lock()
    defer { condition.unlock() }
    while !stopped {
      _ = condition.wait(until: Date().addingTimeInterval(interval))
      if stopped { break }
      condition.unlock()
      do {
        _ = try store.renewClaims(holder: holder, until: Date().addingTimeInterval(seconds))
      } catch {
        log.write("续租认领失败：\(error)")
      }
      condition.lock()
    }
  }
}
