import CLua
import CLuaSandbox
import Foundation

extension LuaState {
  /// Runs a chunk of Lua source under the state's limits and returns what it returns.
  /// `chunkName` is what errors show, usually the file path.
  @discardableResult
  public func run(code: String, chunkName: String = "=(code)") throws -> [LuaValue] {
    try load(code, chunkName: chunkName)
    do {
      return try protectedCall(argumentCount: 0)
    } catch var error as LuaError where error.kind == .conversion && error.chunk == nil {
      error.chunk = Self.shownChunk(chunkName)  // the chunk's results could not be converted
      throw error
    }
  }

  /// Runs a Lua source file; errors show `chunkName` (default: the path as given).
  @discardableResult
  public func run(file: URL, chunkName: String? = nil) throws -> [LuaValue] {
    let name = chunkName ?? file.path
    let code: String
    do {
      code = try readSource(file)
    } catch {
      throw LuaError(kind: .runtime, chunk: name, message: "cannot read the file (\(error.localizedDescription))")
    }
    return try run(code: code, chunkName: name)
  }

  /// Compiles a chunk into a function without running it.
  public func compile(code: String, chunkName: String) throws -> LuaFunction {
    try load(code, chunkName: chunkName)
    return LuaFunction(state: self, reference: clua_ref(L))
  }

  /// Calls a function of this state with arguments under the state's limits.
  @discardableResult
  public func call(_ function: LuaFunction, _ arguments: [LuaValue] = []) throws -> [LuaValue] {
    guard function.state === self else {
      throw LuaError(kind: .runtime, message: "the function belongs to another Lua state")
    }
    guard lua_checkstack(L, Int32(clamping: arguments.count + 2)) != 0 else {
      throw LuaError(kind: .runtime, message: "too many arguments")
    }
    _ = clua_getref(L, function.reference)
    for argument in arguments { push(argument) }
    do {
      return try protectedCall(argumentCount: Int32(arguments.count))
    } catch var error as LuaError where error.kind == .conversion && error.chunk == nil {
      (error.chunk, error.line) = definition(of: function)  // its results could not be converted
      throw error
    }
  }

  /// Where a Lua function is defined: its chunk and first line (nil for C functions).
  func definition(of function: LuaFunction) -> (String?, Int?) {
    _ = clua_getref(L, function.reference)
    var record = lua_Debug()
    guard lua_getinfo(L, ">S", &record) != 0, let source = record.source, record.linedefined >= 0 else {
      return (nil, nil)
    }
    let chunk = String(cString: source)
    guard chunk.hasPrefix("@") || chunk.hasPrefix("=") else { return (nil, nil) }
    return (Self.shownChunk(chunk), record.linedefined > 0 ? Int(record.linedefined) : nil)
  }

  /// A chunk name as errors show it: without Lua's "@" or "=" mark.
  static func shownChunk(_ name: String) -> String {
    name.hasPrefix("@") || name.hasPrefix("=") ? String(name.dropFirst()) : name
  }

  func readSource(_ file: URL) throws -> String {
    let data = try Data(contentsOf: file)
    guard let text = String(data: data, encoding: .utf8) else {
      throw CocoaError(.fileReadInapplicableStringEncoding)
    }
    return text
  }

  /// Compiles source text (never a binary chunk) and leaves the function on the stack.
  func load(_ code: String, chunkName: String) throws {
    knownChunks.insert(chunkName)
    let name = chunkName.hasPrefix("=") || chunkName.hasPrefix("@") ? chunkName : "@" + chunkName
    let enforce = accounting.pointee.enforce
    accounting.pointee.enforce = 1
    var source = code
    let status = source.withUTF8 { utf8 in
      utf8.withMemoryRebound(to: CChar.self) {
        clua_loadbuffer(L, $0.baseAddress, $0.count, name, "t")
      }
    }
    accounting.pointee.enforce = enforce
    guard status == LUA_OK else {
      let raw = (stringValue(at: -1).stringValue) ?? "cannot load the chunk"
      clua_pop(L, 1)
      let kind: LuaError.Kind =
        raw.contains("attempt to load a binary chunk") ? .sandbox
        : status == LUA_ERRMEM ? .memory : .syntax
      var error = LuaError.parse(raw, kind: kind, knownChunks: knownChunks)
      if kind == .memory { error.message = memoryMessage }
      if kind == .sandbox {
        error.chunk = chunkName
        error.message = "sandbox: binary chunks are not allowed; load Lua source text"
      }
      throw error
    }
  }

  /// Calls the function below `argumentCount` arguments on the stack in protected mode
  /// with the traceback handler, under the memory cap and (for the outermost call) a new
  /// time budget; pops everything it pushed and returns the results.
  func protectedCall(argumentCount: Int32) throws -> [LuaValue] {
    let base = lua_gettop(L) - argumentCount - 1
    lua_pushcclosure(L, tzs_traceback_handler, 0)
    clua_insert(L, base + 1)
    defer { lua_settop(L, base) }

    // The outermost call gets a new time budget; a call from inside a Swift function
    // shares the budget of the call around it and runs on the main thread.
    let outermost = callDepth == 0
    var threadBefore: OpaquePointer?
    if outermost {
      tzs_begin_budget(L, limits.timeoutNanoseconds)
      accounting.pointee.limit_hit = 0
    } else {
      threadBefore = tzs_switch_thread(L, L)
    }
    let enforce = accounting.pointee.enforce
    accounting.pointee.enforce = 1
    callDepth += 1
    let status = clua_pcall(L, argumentCount, clua_multret(), base + 1)
    callDepth -= 1
    accounting.pointee.enforce = enforce
    if outermost { tzs_end_budget(L) } else { _ = tzs_switch_thread(L, threadBefore) }

    guard status == LUA_OK else { throw currentError(status: status) }
    if outermost && accounting.pointee.expired != 0 {
      // The code caught the timeout (say, inside load's reader) and returned anyway.
      throw LuaError(kind: .timeout, message: "time limit exceeded (\(limits.timeoutDescription))")
    }
    let top = lua_gettop(L)
    var results: [LuaValue] = []
    results.reserveCapacity(Int(top - base - 1))
    if top > base + 1 {
      for index in (base + 2)...top { results.append(try value(at: index)) }
    }
    return results
  }

  /// Turns the error value on top of the stack into a typed error.
  func currentError(status: Int32) -> LuaError {
    let raw: String
    switch stringValue(at: -1) {
    case .string(let s): raw = s
    case .bytes(let b): raw = String(decoding: b, as: UTF8.self)
    default: raw = "(error object is a \(String(cString: clua_typename(L, -1))) value)"
    }
    let kind: LuaError.Kind
    if accounting.pointee.expired != 0 {
      kind = .timeout
    } else if status == LUA_ERRMEM
      || (accounting.pointee.limit_hit != 0 && raw.contains("not enough memory"))
    {
      kind = .memory
    } else if raw.contains("sandbox: ") {
      kind = .sandbox
    } else if status == LUA_ERRSYNTAX {
      kind = .syntax
    } else {
      kind = .runtime
    }
    var error = LuaError.parse(raw, kind: kind, knownChunks: knownChunks)
    if error.chunk == "[sandbox]", let frame = error.traceback.flatMap(Self.firstUserFrame) {
      (error.chunk, error.line) = frame  // raised inside the sandbox's own Lua: blame the caller
    }
    error.traceback = error.traceback.map(Self.withoutSandboxFrames)
    switch kind {
    case .timeout:
      error.message = "time limit exceeded (\(limits.timeoutDescription))"
    case .memory:
      error.message = memoryMessage
    default:
      break
    }
    return error
  }

  /// Drops the sandbox's own frames from a traceback: the user's code is what matters.
  static func withoutSandboxFrames(_ traceback: String) -> String {
    traceback.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("[sandbox]:") && !$0.hasSuffix("[C]: in upvalue 'error'") }
      .joined(separator: "\n")
  }

  /// The chunk and line of the first traceback frame in user code.
  static func firstUserFrame(_ traceback: String) -> (String, Int)? {
    for line in traceback.split(separator: "\n").dropFirst() where !line.contains("[sandbox]:") {
      if let match = line.firstMatch(of: #/^\t(?<chunk>[^\[][^\n]*?):(?<line>\d+): /#) {
        return (String(match.output.chunk), Int(match.output.line) ?? 0)
      }
    }
    return nil
  }

  var memoryMessage: String { "memory limit exceeded (\(limits.memoryDescription))" }
}
