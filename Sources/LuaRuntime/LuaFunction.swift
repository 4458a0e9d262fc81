import CLua

/// A Lua function held by reference in the registry of its state, callable from Swift
/// for as long as the state lives.
public final class LuaFunction: Hashable {
  weak var state: LuaState?
  let reference: Int32

  init(state: LuaState, reference: Int32) {
    self.state = state
    self.reference = reference
  }

  deinit {
    if let state { clua_unref(state.L, reference) }
  }

  /// Calls the function with arguments under the state's limits and returns its results.
  @discardableResult
  public func call(_ arguments: [LuaValue] = []) throws -> [LuaValue] {
    guard let state else {
      throw LuaError(kind: .runtime, message: "the Lua state of this function is closed")
    }
    return try state.call(self, arguments)
  }

  public static func == (a: LuaFunction, b: LuaFunction) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
