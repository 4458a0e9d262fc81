/// An error from a store, with a code callers can match and a zh-CN message for people.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of failure this is.
  public enum Code: Sendable, Equatable {
    /// A unit, person, role, record or file that does not exist.
    case notFound
    /// An id that is already taken.
    case duplicate
    /// A change that would break the ledger's rules (a cycle, a unit still in use).
    case conflict
    /// A value that is malformed (a bad period key, an empty id).
    case invalid
    /// Stored data that fails its integrity check (an evidence hash mismatch).
    case corrupt
    /// The database or the evidence folder could not be read or written.
    case io
  }

  /// The kind of failure.
  public let code: Code
  /// What went wrong, in zh-CN, naming the thing concerned.
  public let message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
