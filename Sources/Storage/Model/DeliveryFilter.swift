import Foundation

/// Which outbox deliveries a sender takes: nil fields accept everything.
public struct DeliveryFilter: Sendable, Equatable {
  /// Only deliveries of these units.
  public var unitIDs: Set<String>?
  /// Only deliveries on these channels.
  public var channels: Set<String>?

  /// Creates a filter.
  public init(unitIDs: Set<String>? = nil, channels: Set<String>? = nil) {
    self.unitIDs = unitIDs
    self.channels = channels
  }

  /// Whether the filter takes a delivery with this key.
  public func accepts(_ key: DeliveryKey) -> Bool {
    (unitIDs?.contains(key.unitID) ?? true) && (channels?.contains(key.channel) ?? true)
  }
}

/// How many deliveries stand where, for `taizhang doctor` and the run summary.
public struct DeliveryCounts: Sendable, Equatable {
  /// Written, not yet sent.
  public var pending: Int
  /// Sent.
  public var sent: Int
  /// Failed, to be retried.
  public var retrying: Int
  /// Failed and given up: never retried.
  public var givenUp: Int

  /// Creates counts.
  public init(pending: Int = 0, sent: Int = 0, retrying: Int = 0, givenUp: Int = 0) {
    self.pending = pending
    self.sent = sent
    self.retrying = retrying
    self.givenUp = givenUp
  }
}
