import Foundation

/// The unique key of one reminder: (unit, item, period, stage, recipient, channel).
public struct DeliveryKey: Sendable, Equatable, Hashable, Codable {
  /// The unit's id.
  public var unitID: String
  /// The item's id.
  public var itemID: String
  /// The period key.
  public var period: String
  /// The reminder stage, e.g. `due-soon`, `overdue`, `escalate-1`.
  public var stage: String
  /// The recipient (a person id).
  public var recipient: String
  /// The channel, e.g. `email`, `console`.
  public var channel: String

  /// Creates a key.
  public init(
    unitID: String, itemID: String, period: String, stage: String, recipient: String,
    channel: String
  ) {
    self.unitID = unitID
    self.itemID = itemID
    self.period = period
    self.stage = stage
    self.recipient = recipient
    self.channel = channel
  }
}

/// Where a delivery stands.
public enum DeliveryStatus: String, Sendable, Codable {
  /// Written to the outbox, not yet sent (or claimed by a sender).
  case pending
  /// Sent successfully.
  case sent
  /// The last attempt failed; it is retried after `nextAttemptAt`.
  case failed
}

/// One reminder to one recipient for one occurrence at one stage.
public struct Delivery: Sendable, Equatable, Codable {
  /// Row id.
  public var id: Int64
  /// The unique key.
  public var key: DeliveryKey
  /// Current status.
  public var status: DeliveryStatus
  /// Number of send attempts so far.
  public var attempts: Int
  /// The last error message, if the last attempt failed.
  public var lastError: String?
  /// When a failed delivery may be tried again.
  public var nextAttemptAt: Date?
  /// The message body to send.
  public var message: String
  /// Whether the claim that returned it took it from a run that never marked it (one
  /// that died, or stopped renewing its claims).
  public var interrupted = false

  /// Creates a delivery.
  public init(
    id: Int64 = 0, key: DeliveryKey, status: DeliveryStatus = .pending, attempts: Int = 0,
    lastError: String? = nil, nextAttemptAt: Date? = nil, message: String = ""
  ) {
    self.id = id
    self.key = key
    self.status = status
    self.attempts = attempts
    self.lastError = lastError
    self.nextAttemptAt = nextAttemptAt
    self.message = message
  }
}
