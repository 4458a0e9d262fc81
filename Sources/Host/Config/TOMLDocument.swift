/// A value of the TOML subset the site config uses.
public enum TOMLValue: Equatable, Sendable {
  /// A string.
  case string(String)
  /// An integer.
  case integer(Int)
  /// A floating-point number.
  case float(Double)
  /// A boolean.
  case boolean(Bool)
  /// An array.
  case array([TOMLValue])

  /// What the value is, as an error message names it.
  var typeName: String {
    switch self {
    case .string: "a string"
    case .integer: "an integer"
    case .float: "a number"
    case .boolean: "a boolean"
    case .array: "an array"
    }
  }
}

/// One `key = value` line of a TOML file, with where it was written.
public struct TOMLEntry: Equatable, Sendable {
  /// The value.
  public var value: TOMLValue
  /// The line the key is on.
  public var line: Int
}

/// One `[table]` of a TOML file (the root table has the name ""), keys in file order.
public struct TOMLTable: Equatable, Sendable {
  /// The dotted name, e.g. `channels.mail`.
  public var name: String
  /// The line of its header (0 for the root).
  public var line: Int
  /// Its keys, in file order.
  public var keys: [String] = []
  /// Its entries by key.
  public var entries: [String: TOMLEntry] = [:]
}

/// A parsed TOML file: the root table and each `[table]`, in file order.
public struct TOMLDocument: Equatable, Sendable {
  /// The file as messages name it.
  public var file: String
  /// The tables, the root first.
  public var tables: [TOMLTable]
}

/// A TOML syntax or value error, with the file and line.
public struct ConfigError: UserFacingError {
  /// The file as shown.
  public let file: String
  /// The line, or 0 for the whole file.
  public let line: Int
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
  public var exitCode: Int32 { 2 }
}
