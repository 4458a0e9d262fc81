/// A value of the site config, as TOMLKit read it.
public enum ConfigValue: Equatable, Sendable {
  /// A string.
  case string(String)
  /// An integer.
  case integer(Int)
  /// A floating-point number.
  case float(Double)
  /// A boolean.
  case boolean(Bool)
  /// An offset or local date-time, a local date or a local time, as ISO 8601 text.
  case dateTime(String)
  /// An array.
  case array([ConfigValue])
  /// A table inside an array (`[[x]]` or `[{…}]`); other tables are `ConfigTable`s.
  case table([String: ConfigValue])

  /// What the value is, as an error message names it.
  var typeName: String {
    switch self {
    case .string: "a string"
    case .integer: "an integer"
    case .float: "a number"
    case .boolean: "a boolean"
    case .dateTime: "a date"
    case .array: "an array"
    case .table: "a table"
    }
  }
}

/// One `key = value` of the config, with the line it was written on.
public struct ConfigEntry: Equatable, Sendable {
  /// The value.
  public var value: ConfigValue
  /// The line the key is on.
  public var line: Int
  /// For an array of tables written with `[[name]]` headers, the lines of each element:
  /// its keys' lines by key, and its header's under "". Empty for other values, whose
  /// elements take the key's line.
  public var elementLines: [[String: Int]] = []

  /// The line of element `index`'s `key` (nil: the element itself), as near as known.
  public func line(element index: Int, key: String? = nil) -> Int {
    guard elementLines.indices.contains(index) else { return line }
    let lines = elementLines[index]
    return key.flatMap { lines[$0] } ?? lines[""] ?? line
  }
}

/// One table of the config (the root is named ""), however it was written: a `[header]`,
/// dotted keys (`channels.mail.type = …`) or an inline table (`mail = { type = … }`).
public struct ConfigTable: Equatable, Sendable {
  /// The dotted name, e.g. `channels.mail`.
  public var name: String { path.joined(separator: ".") }
  /// The keys leading to it from the root (a quoted key may itself hold a dot).
  public var path: [String]
  /// The line where it starts (its header, or its first key; 0 for the root).
  public var line: Int
  /// Its keys that hold values (not tables), in file order.
  public var keys: [String] = []
  /// Its entries by key.
  public var entries: [String: ConfigEntry] = [:]
}

/// A parsed config file: every table, the root first, then in file order.
public struct ConfigDocument: Equatable, Sendable {
  /// The file as messages name it.
  public var file: String
  /// The tables.
  public var tables: [ConfigTable]
}

/// A config error, with the file and line.
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
