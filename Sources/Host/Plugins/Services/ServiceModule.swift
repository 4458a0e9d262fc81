import LuaRuntime

/// One function of a `tz` service: how it is called, documented and bound. The type stubs
/// (`Plugins/_meta/tz.lua`) are written from these same values.
struct ServiceFunction: Sendable {
  /// A parameter as the stubs show it.
  struct Parameter: Sendable {
    let name: String
    /// A LuaCATS type, e.g. `string`, `integer?`, `tz.PreviewOptions?`.
    let type: String
    let summary: String
  }

  let name: String
  let summary: String
  let parameters: [Parameter]
  /// The LuaCATS return type and a note, e.g. `string # YYYY-MM-DD`; nil: returns nothing.
  let returns: String?
  let body: @Sendable (inout LuaCall, PluginServices) throws -> Void

  init(
    _ name: String, _ summary: String, _ parameters: [(String, String, String)] = [],
    returns: String? = nil, body: @escaping @Sendable (inout LuaCall, PluginServices) throws -> Void
  ) {
    self.name = name
    self.summary = summary
    self.parameters = parameters.map { Parameter(name: $0.0, type: $0.1, summary: $0.2) }
    self.returns = returns
    self.body = body
  }
}

/// A submodule of `tz` (`tz.cal`, `tz.unit`, …), bound into a plugin's state on first use.
struct ServiceModule: Sendable {
  /// The field of `tz`: "cal", "unit" …
  let name: String
  let summary: String
  /// LuaCATS class declarations the functions' types refer to.
  let classes: String
  let functions: [ServiceFunction]
}

/// The services of the `tz` API, in the order the stubs list them.
enum TZServices {
  static let modules: [ServiceModule] = [
    CalService.module, UnitService.module, StoreService.module, LogService.module,
  ]

  /// Functions directly on `tz` that are services rather than declarations.
  static let functions: [ServiceFunction] = [MessageService.translate]

  /// Binds the services into `state`: `tz.t` at once, each submodule on first use through
  /// a metatable on `tz` (a plugin that never calls `tz.store` never pays for it).
  static func install(_ services: PluginServices, in state: LuaState) throws {
    for function in functions {
      state.register("tz.\(function.name)") { call in try function.body(&call, services) }
    }
    let load = state.function("tz") { [unowned state] call in
      let name = try call.string(1)
      guard let module = modules.first(where: { $0.name == name }) else {
        call.push(false)
        return
      }
      for function in module.functions {
        state.register("tz.\(name).\(function.name)") { call in try function.body(&call, services) }
      }
      call.push(true)
    }
    let setup = try state.compile(
      code: """
        local load = ...
        local rawget, type = rawget, type
        setmetatable(tz, { __index = function(t, key)
          if type(key) == "string" and load(key) then return rawget(t, key) end
        end })
        """, chunkName: "=[tz]")
    try state.call(setup, [.function(load)])
  }
}
