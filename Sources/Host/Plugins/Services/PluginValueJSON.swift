import Foundation
import LuaRuntime

/// Lua values as the plugin key-value store keeps them: JSON text. Scalars and tables of
/// them serialise; a table is an array when it is a sequence, else an object with string
/// keys. Functions, mixed tables and non-finite numbers are refused.
enum PluginValueJSON {
  /// A JSON value.
  enum Value: Codable, Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String)
    case array([Value]), object([String: Value])

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let b = try? container.decode(Bool.self) {
        self = .bool(b)
      } else if let i = try? container.decode(Int64.self) {
        self = .integer(i)
      } else if let d = try? container.decode(Double.self) {
        self = .number(d)
      } else if let s = try? container.decode(String.self) {
        self = .string(s)
      } else if let a = try? container.decode([Value].self) {
        self = .array(a)
      } else {
        self = .object(try container.decode([String: Value].self))
      }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .null: try container.encodeNil()
      case .bool(let b): try container.encode(b)
      case .integer(let i): try container.encode(i)
      case .number(let d): try container.encode(d)
      case .string(let s): try container.encode(s)
      case .array(let a): try container.encode(a)
      case .object(let o): try container.encode(o)
      }
    }
  }

  /// The JSON text of a Lua value; throws a message saying what cannot be stored.
  static func text(_ value: LuaValue) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(try json(value, depth: 0)), as: UTF8.self)
  }

  /// The Lua value of stored JSON text.
  static func value(_ text: String) throws -> LuaValue {
    lua(try JSONDecoder().decode(Value.self, from: Data(text.utf8)))
  }

  static func json(_ value: LuaValue, depth: Int) throws -> Value {
    guard depth < 32 else {
      throw ServiceError("tables nested deeper than 32 levels cannot be stored")
    }
    switch value {
    case .nil: return .null
    case .boolean(let b): return .bool(b)
    case .integer(let i): return .integer(i)
    case .number(let d):
      guard d.isFinite else { throw ServiceError("the number \(d) cannot be stored") }
      return .number(d)
    case .string(let s): return .string(s)
    case .bytes: throw ServiceError("strings that are not UTF-8 cannot be stored")
    case .function: throw ServiceError("functions cannot be stored")
    case .table(let t):
      if t.fields.isEmpty && !t.sequence.isEmpty {
        return .array(try t.sequence.map { try json($0, depth: depth + 1) })
      }
      guard t.sequence.isEmpty else {
        throw ServiceError("a table mixing a list with named fields cannot be stored")
      }
      var object: [String: Value] = [:]
      for (key, item) in t.fields {
        guard let name = key.stringValue else {
          throw ServiceError("table keys must be strings or a list 1…n (found [\(key.literal)])")
        }
        object[name] = try json(item, depth: depth + 1)
      }
      return .object(object)
    }
  }

  static func lua(_ value: Value) -> LuaValue {
    switch value {
    case .null: return .nil
    case .bool(let b): return .boolean(b)
    case .integer(let i): return .integer(i)
    case .number(let d): return .number(d)
    case .string(let s): return .string(s)
    case .array(let a): return .table(LuaTable(sequence: a.map(lua)))
    case .object(let o):
      var table = LuaTable()
      for (key, item) in o { table[key] = lua(item) }
      return .table(table)
    }
  }
}
