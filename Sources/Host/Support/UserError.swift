/// An error meant for the person at the terminal: it says what was wrong, where, and
/// what to do, and carries the exit code the CLI should end with.
public protocol UserFacingError: Error, CustomStringConvertible {
  /// The process exit code for this error (1: the work failed, 2: bad usage or configuration).
  var exitCode: Int32 { get }
}

extension UserFacingError {
  public var exitCode: Int32 { 1 }
}

/// A plain user-facing error with a message and an exit code.
public struct UsageError: UserFacingError {
  public let description: String
  public let exitCode: Int32
  public init(_ message: String, exitCode: Int32 = 2) {
    self.description = message
    self.exitCode = exitCode
  }
}
