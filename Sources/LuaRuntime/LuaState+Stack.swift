import CLua

extension LuaState {
  /// Pushes a Swift value. Called only where the memory cap is off (Swift code), so the
  /// allocation cannot raise.
  func push(_ value: LuaValue) {
    switch value {
    case .nil: lua_pushnil(L)
    case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
    case .integer(let i): lua_pushinteger(L, i)
    case .number(let d): lua_pushnumber(L, d)
    case .string(let s): pushString(s)
    case .bytes(let b): b.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
      }
    case .function(let f):
      if f.state === self {
        _ = clua_getref(L, f.reference)
      } else {
        lua_pushnil(L)  // a function of another state cannot cross over
      }
    case .table(let t):
      _ = lua_checkstack(L, 4)
      lua_createtable(L, Int32(clamping: t.sequence.count), Int32(clamping: t.fields.count))
      for (index, element) in t.sequence.enumerated() {
        push(element)
        lua_rawseti(L, -2, lua_Integer(index + 1))
      }
      for (key, element) in t.fields {
        push(key)
        push(element)
        lua_rawset(L, -3)
      }
    }
  }

  func pushString(_ s: String) {
    var s = s
    s.withUTF8 { utf8 in
      utf8.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
    }
  }

  /// Reads the value at a stack index into Swift. Tables are copied (raw access, no
  /// metamethods run); functions become references. A table that contains itself, or a
  /// copy past the conversion limits (depth, values, bytes), is a `.conversion` error.
  func value(at index: Int32) throws -> LuaValue {
    var copy = ConversionBudget(limits: limits)
    return try value(at: lua_absindex(L, index), depth: 0, copy: &copy)
  }

  private func value(at index: Int32, depth: Int, copy: inout ConversionBudget) throws -> LuaValue {
    try copy.count(values: 1)
    switch lua_type(L, index) {
    case LUA_TNIL, LUA_TNONE:
      return .nil
    case LUA_TBOOLEAN:
      return .boolean(lua_toboolean(L, index) != 0)
    case LUA_TNUMBER:
      if lua_isinteger(L, index) != 0 { return .integer(lua_tointegerx(L, index, nil)) }
      return .number(lua_tonumberx(L, index, nil))
    case LUA_TSTRING:
      var length = 0
      _ = lua_tolstring(L, index, &length)
      try copy.count(bytes: length)
      return stringValue(at: index)
    case LUA_TFUNCTION:
      lua_pushvalue(L, index)
      return .function(LuaFunction(state: self, reference: clua_ref(L)))
    case LUA_TTABLE:
      guard depth < limits.conversionDepth else {
        throw LuaError(
          kind: .conversion,
          message: "cannot convert a table nested deeper than \(limits.conversionDepth) levels")
      }
      guard let identity = lua_topointer(L, index), copy.visiting.insert(identity).inserted else {
        throw LuaError(kind: .conversion, message: "cannot convert a table that contains itself")
      }
      defer { copy.visiting.remove(identity) }
      guard lua_checkstack(L, 3) != 0 else {
        throw LuaError(kind: .conversion, message: "table nested too deeply to convert")
      }
      var table = LuaTable()
      lua_pushnil(L)
      while lua_next(L, index) != 0 {
        let key: LuaValue
        let element: LuaValue
        do {
          key = try value(at: lua_absindex(L, -2), depth: depth + 1, copy: &copy)
          element = try value(at: lua_absindex(L, -1), depth: depth + 1, copy: &copy)
        } catch {
          clua_pop(L, 2)  // the key and the value: the stack is as it was
          throw error
        }
        table[key] = element
        clua_pop(L, 1)
      }
      return .table(table)
    default:
      let name = String(cString: lua_typename(L, lua_type(L, index)))
      throw LuaError(kind: .conversion, message: "cannot convert a \(name) value to Swift")
    }
  }

  func stringValue(at index: Int32) -> LuaValue {
    var length = 0
    guard let pointer = lua_tolstring(L, index, &length) else { return .nil }
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length).bindMemory(to: UInt8.self)
    if let text = String(validating: bytes, as: UTF8.self) { return .string(text) }
    return .bytes(Array(bytes))
  }

  /// The value of a global variable (raw access: no metamethods run).
  public func global(_ name: String) throws -> LuaValue {
    _ = lua_rawgeti(L, clua_registryindex(), clua_ridx_globals())
    pushString(name)
    _ = lua_rawget(L, -2)
    defer { clua_pop(L, 2) }
    return try value(at: -1)
  }

  /// Sets a global variable (raw access).
  public func setGlobal(_ name: String, _ value: LuaValue) {
    _ = lua_rawgeti(L, clua_registryindex(), clua_ridx_globals())
    pushString(name)
    push(value)
    lua_rawset(L, -3)
    clua_pop(L, 1)
  }
}

/// What one copy from Lua into Swift has used of the conversion limits so far.
struct ConversionBudget {
  let limits: LuaLimits
  var values = 0
  var bytes = 0
  var visiting: Set<UnsafeRawPointer> = []

  init(limits: LuaLimits) { self.limits = limits }

  mutating func count(values more: Int = 0, bytes moreBytes: Int = 0) throws {
    values += more
    bytes += moreBytes
    if values > limits.conversionValues {
      throw LuaError(
        kind: .conversion, message: "cannot convert more than \(limits.conversionValues) values at once")
    }
    if bytes > limits.conversionBytes {
      let shown = limits.conversionBytes % (1 << 20) == 0 ? "\(limits.conversionBytes >> 20) MB" : "\(limits.conversionBytes) bytes"
      throw LuaError(kind: .conversion, message: "cannot convert more than \(shown) of strings at once")
    }
  }
}
