import CLua
import CLuaSandbox
import Foundation

/// One sandboxed Lua 5.4 state, owned by Swift: closed when the object goes away.
///
/// A state is confined to one thread at a time (it is not `Sendable`). Plugin code runs
/// with the sandbox's reduced standard library, `require` limited to `root`, a memory cap
/// and a time budget per call (see `LuaLimits`).
public final class LuaState {
  let L: OpaquePointer
  let accounting: UnsafeMutablePointer<tzs_limits>
  /// The limits this state enforces.
  public let limits: LuaLimits
  /// The folder `require` resolves modules in; nil disables `require`.
  public let root: URL?
  /// Folders `require` tries after `root`, in order: a plugin that extends another finds
  /// the modules its base's files require.
  public var fallbackRoots: [URL] = [] {
    didSet { fallbackRoots = fallbackRoots.map { $0.standardizedFileURL.resolvingSymlinksInPath() } }
  }
  /// Where `print` writes; standard output unless given.
  let output: (String) -> Void
  var functionBoxes: [SwiftFunctionBox] = []
  var callDepth = 0
  var knownChunks: Set<String> = []

  /// Creates a sandboxed state. `root` is where `require` finds modules; `output` receives
  /// what `print` writes.
  public init(
    limits: LuaLimits = .plugin, root: URL? = nil, output: @escaping (String) -> Void = { print($0) }
  ) throws {
    accounting = .allocate(capacity: 1)
    accounting.initialize(to: tzs_limits())
    accounting.pointee.limit = limits.memoryBytes.map { size_t(max(0, $0)) } ?? 0
    guard let state = tzs_newstate(accounting) else {
      accounting.deallocate()
      throw LuaError(kind: .memory, message: "cannot create a Lua state")
    }
    self.L = state
    self.limits = limits
    self.root = root?.standardizedFileURL.resolvingSymlinksInPath()
    self.output = output
    try installSandbox()
  }

  deinit {
    tzs_close_budget(L)
    tzs_expire(L)  // nothing may run long while the state closes
    lua_close(L)
    accounting.deallocate()
  }

  /// Bytes the state has allocated now.
  public var memoryInUse: Int { Int(accounting.pointee.used) }

  /// The most bytes the state has ever had allocated.
  public var peakMemory: Int { Int(accounting.pointee.peak) }

  /// Runs a full garbage collection.
  public func collectGarbage() { _ = clua_gc_collect(L) }
}

@available(*, unavailable, message: "a Lua state belongs to one thread at a time")
extension LuaState: Sendable {}
