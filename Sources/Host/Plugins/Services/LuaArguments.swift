import LuaRuntime
import Scheduling

/// Reading and checking the arguments of `tz` service functions, with Lua-style messages
/// that the caller's file and line are put in front of.
extension LuaCall {
  /// Argument `n` as a day written `YYYY-MM-DD`.
  func date(_ n: Int) throws -> CivilDate {
    let text = try string(n)
    guard let date = CivilDate(text) else {
      throw argumentError(n, "date \"\(text)\" should read YYYY-MM-DD")
    }
    return date
  }

  /// Argument `n` as a period key (`2026`, `2026-03`, `2026-W10`, `2026-Q1`, `2026-H1`, `2026-T1`).
  func period(_ n: Int) throws -> Scheduling.PeriodKey {
    let text = try string(n)
    guard let key = Scheduling.PeriodKey(text) else {
      throw argumentError(
        n, "period \"\(text)\" should read 2026, 2026-03, 2026-W10, 2026-Q1, 2026-H1 or 2026-T1")
    }
    return key
  }

  /// The `opts` table at argument `n` (absent: empty); an unknown option is an error with
  /// the nearest known name.
  func options(_ n: Int, allowed: [String]) throws -> LuaTable {
    if isAbsent(n) { return LuaTable() }
    let table = try self.table(n)
    for (key, _) in table.entries {
      guard let name = key.stringValue, allowed.contains(name) else {
        let hint =
          key.stringValue.flatMap { DeclarationSchema.closest(to: $0, in: allowed) }
          .map { " (did you mean \"\($0)\"?)" } ?? ""
        let known = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
        throw argumentError(n, "unknown option \(key.literal)\(hint); known: \(known)")
      }
    }
    return table
  }

  /// An option that must be a string when given.
  func stringOption(_ options: LuaTable, _ name: String, argument n: Int) throws -> String? {
    let value = options[name]
    if value.isNil { return nil }
    guard let text = value.stringValue else {
      throw argumentError(n, "option \"\(name)\" should be a string, got \(value.typeName)")
    }
    return text
  }

  /// An option that must be an integer when given.
  func integerOption(_ options: LuaTable, _ name: String, argument n: Int) throws -> Int? {
    let value = options[name]
    if value.isNil { return nil }
    guard let number = value.integerValue else {
      throw argumentError(n, "option \"\(name)\" should be an integer, got \(value.typeName)")
    }
    return Int(number)
  }
}

/// An error raised in a service with the caller's position put in front.
struct ServiceError: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = message }
}

extension CivilDate {
  /// The day as Lua sees it: `YYYY-MM-DD`.
  var lua: LuaValue { .string(description) }
}
