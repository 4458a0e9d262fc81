/// A Lua value on the Swift side. Integers and floats stay distinct, as in Lua 5.4.
public enum LuaValue: Hashable {
  /// `nil`.
  case `nil`
  /// `true` or `false`.
  case boolean(Bool)
  /// An integer subtype number.
  case integer(Int64)
  /// A float subtype number.
  case number(Double)
  /// A string that is valid UTF-8 (Chinese text round-trips byte for byte).
  case string(String)
  /// A string that is not valid UTF-8, kept as its bytes.
  case bytes([UInt8])
  /// A table, copied out of the state.
  case table(LuaTable)
  /// A Lua function, held by reference in its state and callable later.
  case function(LuaFunction)

  /// The string, if this is a UTF-8 string.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The integer, if this is an integer or a float with an exact integer value.
  public var integerValue: Int64? {
    switch self {
    case .integer(let i): return i
    case .number(let d): return Int64(exactly: d)
    default: return nil
    }
  }

  /// The number as a Double, if this is an integer or a float.
  public var numberValue: Double? {
    switch self {
    case .integer(let i): return Double(i)
    case .number(let d): return d
    default: return nil
    }
  }

  /// The boolean, if this is a boolean.
  public var boolValue: Bool? {
    if case .boolean(let b) = self { return b }
    return nil
  }

  /// The table, if this is a table.
  public var tableValue: LuaTable? {
    if case .table(let t) = self { return t }
    return nil
  }

  /// The function, if this is a function.
  public var functionValue: LuaFunction? {
    if case .function(let f) = self { return f }
    return nil
  }

  /// Whether this is `nil`.
  public var isNil: Bool { self == .nil }

  /// The Lua type name: "nil", "boolean", "number", "string", "table" or "function".
  public var typeName: String {
    switch self {
    case .nil: "nil"
    case .boolean: "boolean"
    case .integer, .number: "number"
    case .string, .bytes: "string"
    case .table: "table"
    case .function: "function"
    }
  }

  /// Looks a field up when this is a table; `.nil` otherwise.
  public subscript(key: String) -> LuaValue { tableValue?[key] ?? .nil }

  /// Looks an index up when this is a table; `.nil` otherwise.
  public subscript(index: Int) -> LuaValue { tableValue?[index] ?? .nil }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(nilLiteral: ()) { self = .nil }
  public init(booleanLiteral value: Bool) { self = .boolean(value) }
  public init(integerLiteral value: Int64) { self = .integer(value) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(sequence: elements)) }
  public init(dictionaryLiteral elements: (LuaValue, LuaValue)...) {
    var table = LuaTable()
    for (key, value) in elements { table[key] = value }
    self = .table(table)
  }
}

/// A Lua table copied into Swift: a sequence part (t[1]…t[n]) and the other fields.
public struct LuaTable: Hashable {
  /// Values at keys 1…n with no gap.
  public private(set) var sequence: [LuaValue]
  /// Every other key and its value.
  public private(set) var fields: [LuaValue: LuaValue]

  /// Creates a table from a sequence and other fields.
  public init(sequence: [LuaValue] = [], fields: [LuaValue: LuaValue] = [:]) {
    self.sequence = []
    self.fields = [:]
    for value in sequence { self[.integer(Int64(self.sequence.count + 1))] = value }
    for (key, value) in fields { self[key] = value }
  }

  /// The value at a key; `.nil` when absent. Setting `.nil` removes the key; a nil or NaN
  /// key cannot be stored in Lua and is ignored.
  public subscript(key: LuaValue) -> LuaValue {
    get {
      if case .integer(let i) = key, i >= 1, i <= sequence.count { return sequence[Int(i) - 1] }
      return fields[key] ?? .nil
    }
    set {
      if key == .nil { return }
      if case .number(let d) = key {
        if d.isNaN { return }
        if let i = Int64(exactly: d) { self[.integer(i)] = newValue; return }
      }
      if case .integer(let i) = key, i >= 1, i <= sequence.count + 1 {
        let index = Int(i) - 1
        if newValue == .nil {
          // Cutting the sequence: the tail moves to the fields.
          guard index < sequence.count else { return }
          for (offset, value) in sequence[(index + 1)...].enumerated() {
            fields[.integer(Int64(index + 2 + offset))] = value
          }
          sequence.removeSubrange(index...)
        } else if index == sequence.count {
          sequence.append(newValue)
          fields[key] = nil
          var next = Int64(sequence.count + 1)
          while let moved = fields.removeValue(forKey: .integer(next)) {
            sequence.append(moved)
            next += 1
          }
        } else {
          sequence[index] = newValue
        }
        return
      }
      fields[key] = newValue == .nil ? nil : newValue
    }
  }

  /// The value of a string key.
  public subscript(key: String) -> LuaValue {
    get { self[.string(key)] }
    set { self[.string(key)] = newValue }
  }

  /// The value at an integer key.
  public subscript(index: Int) -> LuaValue {
    get { self[.integer(Int64(index))] }
    set { self[.integer(Int64(index))] = newValue }
  }

  /// Every key and value: the sequence first, then the other keys in a stable order.
  public var entries: [(key: LuaValue, value: LuaValue)] {
    let head = sequence.enumerated().map { (key: LuaValue.integer(Int64($0.offset + 1)), value: $0.element) }
    let tail = fields.sorted { LuaValue.ordered($0.key, $1.key) }.map { (key: $0.key, value: $0.value) }
    return head + tail
  }

  /// The number of keys.
  public var count: Int { sequence.count + fields.count }

  /// Whether the table has no keys.
  public var isEmpty: Bool { count == 0 }
}

extension LuaValue {
  /// A total order on keys for stable output: numbers, then strings, then the rest.
  static func ordered(_ a: LuaValue, _ b: LuaValue) -> Bool {
    func rank(_ v: LuaValue) -> Int {
      switch v {
      case .integer, .number: 0
      case .string, .bytes: 1
      case .boolean: 2
      default: 3
      }
    }
    let (ra, rb) = (rank(a), rank(b))
    if ra != rb { return ra < rb }
    switch (a, b) {
    case _ where ra == 0: return a.numberValue! < b.numberValue!
    case (.string(let x), .string(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
    case (.boolean(let x), .boolean(let y)): return !x && y
    default: return a.literal < b.literal
    }
  }
}
