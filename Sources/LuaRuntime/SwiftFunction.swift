import CLua
import CLuaSandbox

/// The body of a Swift function callable from Lua: it reads its arguments from the call
/// and pushes its results onto it. A thrown error becomes a Lua error with a clean message.
public typealias LuaSwiftFunction = (inout LuaCall) throws -> Void

/// Keeps a Swift function alive for as long as its state; Lua holds a pointer to it.
final class SwiftFunctionBox {
  let name: String
  let body: LuaSwiftFunction
  unowned let state: LuaState

  init(name: String, body: @escaping LuaSwiftFunction, state: LuaState) {
    self.name = name
    self.body = body
    self.state = state
  }

  /// Runs the body; returns the result count, or a raise code with the error pushed.
  @inline(__always)
  func invoke(_ L: OpaquePointer) -> Int32 {
    var call = LuaCall(L: L, box: self)
    do {
      try body(&call)
      return call.resultCount
    } catch let error as LuaError where error.kind != .conversion {
      // An error from Lua code called back from Swift: raise it again as it was.
      state.pushString(error.description)
      return TZS_RAISE
    } catch {
      state.pushString(String(describing: error))
      return TZS_RAISE_WITH_POSITION
    }
  }
}

/// The one C-callable entry for every Swift function; the box says which.
let swiftDispatch: tzs_dispatch_fn = { L, box in
  // The state keeps the box alive; borrowing it here spares a retain/release per call.
  Unmanaged<SwiftFunctionBox>.fromOpaque(box!)._withUnsafeGuaranteedRef { $0.invoke(L!) }
}

extension LuaState {
  /// Makes a Swift function into a Lua function value. `name` is what argument errors
  /// call it, e.g. "tz.cal.add_workdays".
  public func function(_ name: String, _ body: @escaping LuaSwiftFunction) -> LuaFunction {
    pushFunction(name, body)
    return LuaFunction(state: self, reference: clua_ref(L))
  }

  /// Sets a global, or a field of nested global tables for a dotted path such as
  /// "tz.cal.add_workdays" (creating the tables), to a Swift function.
  public func register(_ path: String, _ body: @escaping LuaSwiftFunction) {
    var parts = path.split(separator: ".").map(String.init)
    let last = parts.removeLast()
    _ = lua_rawgeti(L, clua_registryindex(), clua_ridx_globals())
    for part in parts {
      pushString(part)
      if lua_rawget(L, -2) != LUA_TTABLE {
        clua_pop(L, 1)
        lua_createtable(L, 0, 4)
        pushString(part)
        lua_pushvalue(L, -2)
        lua_rawset(L, -4)
      }
      clua_remove(L, -2)
    }
    pushString(last)
    pushFunction(path, body)
    lua_rawset(L, -3)
    clua_pop(L, 1)
  }

  func pushFunction(_ name: String, _ body: @escaping LuaSwiftFunction) {
    let box = SwiftFunctionBox(name: name, body: body, state: self)
    functionBoxes.append(box)
    tzs_push_swift_function(L, swiftDispatch, Unmanaged.passUnretained(box).toOpaque())
  }
}

/// One call of a Swift function from Lua: typed access to the arguments with Lua-style
/// messages, and the results to return.
public struct LuaCall {
  let L: OpaquePointer
  unowned(unsafe) let box: SwiftFunctionBox
  var resultCount: Int32 = 0

  /// The function's name as argument errors show it.
  public var name: String { box.name }

  /// How many arguments were passed.
  public var argumentCount: Int { Int(lua_gettop(L)) }

  /// The error `bad argument #n to 'name' (detail)`.
  public func argumentError(_ n: Int, _ detail: String) -> LuaError {
    LuaError(kind: .conversion, message: "bad argument #\(n) to '\(name)' (\(detail))")
  }

  func typeMismatch(_ n: Int, expected: String) -> LuaError {
    let got = lua_type(L, Int32(n)) == LUA_TNONE ? "no value" : String(cString: clua_typename(L, Int32(n)))
    return argumentError(n, "\(expected) expected, got \(got)")
  }

  /// Argument `n` as an integer (a float with an exact integer value or a numeric string
  /// is accepted, as Lua does).
  public func integer(_ n: Int) throws -> Int64 {
    var ok: Int32 = 0
    let value = lua_tointegerx(L, Int32(n), &ok)
    if ok != 0 { return value }
    if lua_type(L, Int32(n)) == LUA_TNUMBER {
      throw argumentError(n, "number has no integer representation")
    }
    throw typeMismatch(n, expected: "integer")
  }

  /// Argument `n` as a number.
  public func number(_ n: Int) throws -> Double {
    var ok: Int32 = 0
    let value = lua_tonumberx(L, Int32(n), &ok)
    if ok != 0 { return value }
    throw typeMismatch(n, expected: "number")
  }

  /// Argument `n` as a string (numbers are not converted).
  public func string(_ n: Int) throws -> String {
    guard lua_type(L, Int32(n)) == LUA_TSTRING else { throw typeMismatch(n, expected: "string") }
    switch box.state.stringValue(at: Int32(n)) {
    case .string(let s): return s
    default: throw argumentError(n, "string is not valid UTF-8")
    }
  }

  /// Argument `n` as a boolean by Lua's truth rule (only nil and false are false).
  public func boolean(_ n: Int) -> Bool { lua_toboolean(L, Int32(n)) != 0 }

  /// Argument `n` as a table copied into Swift.
  public func table(_ n: Int) throws -> LuaTable {
    guard lua_type(L, Int32(n)) == LUA_TTABLE else { throw typeMismatch(n, expected: "table") }
    return try box.state.value(at: Int32(n)).tableValue ?? LuaTable()
  }

  /// Argument `n` as a function reference.
  public func function(_ n: Int) throws -> LuaFunction {
    guard lua_type(L, Int32(n)) == LUA_TFUNCTION else { throw typeMismatch(n, expected: "function") }
    lua_pushvalue(L, Int32(n))
    return LuaFunction(state: box.state, reference: clua_ref(L))
  }

  /// Argument `n` as any value.
  public func value(_ n: Int) throws -> LuaValue { try box.state.value(at: Int32(n)) }

  /// Whether argument `n` is absent or nil (for optional arguments).
  public func isAbsent(_ n: Int) -> Bool { lua_type(L, Int32(n)) <= LUA_TNIL }

  /// Returns an integer.
  public mutating func push(_ value: Int64) {
    lua_pushinteger(L, value)
    resultCount += 1
  }

  /// Returns a float.
  public mutating func push(_ value: Double) {
    lua_pushnumber(L, value)
    resultCount += 1
  }

  /// Returns a boolean.
  public mutating func push(_ value: Bool) {
    lua_pushboolean(L, value ? 1 : 0)
    resultCount += 1
  }

  /// Returns a string.
  public mutating func push(_ value: String) {
    box.state.pushString(value)
    resultCount += 1
  }

  /// Returns any value.
  public mutating func push(_ value: LuaValue) {
    _ = lua_checkstack(L, 2)
    box.state.push(value)
    resultCount += 1
  }
}

extension LuaCall {
  /// Where the Lua code that called this function is: its chunk (a file path for files)
  /// and line, or nil when the caller is not Lua code.
  public var callerPosition: (chunk: String, line: Int)? {
    var record = lua_Debug()
    guard lua_getstack(L, 1, &record) != 0, lua_getinfo(L, "Sl", &record) != 0,
      let source = record.source, record.currentline > 0
    else { return nil }
    var chunk = String(cString: source)
    if chunk.hasPrefix("@") || chunk.hasPrefix("=") { chunk.removeFirst() }
    return (chunk, Int(record.currentline))
  }
}
