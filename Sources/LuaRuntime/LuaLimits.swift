/// The resource limits of one sandboxed Lua state.
public struct LuaLimits: Sendable, Equatable {
  /// The most memory the state may allocate while Lua code runs, in bytes; nil for no cap.
  public var memoryBytes: Int?
  /// The longest one call from Swift into Lua may run; nil for no budget.
  public var timeout: Duration?
  /// The deepest nesting of tables a value copied from Lua into Swift may have.
  public var conversionDepth = 200
  /// The most values (keys and elements counted apart) one copy from Lua into Swift may hold.
  public var conversionValues = 1_000_000
  /// The most string bytes one copy from Lua into Swift may hold (a shared string counts each time).
  public var conversionBytes = 64 << 20
  /// Creates limits; the defaults suit a plugin (64 MB, one second per call).
  public init(memoryBytes: Int? = 64 << 20, timeout: Duration? = .seconds(1)) {
    self.memoryBytes = memoryBytes
    self.timeout = timeout
  }

  /// The limits taizhang gives each plugin.
  public static let plugin = LuaLimits()

  /// No cap and no budget: for trusted code and for measuring the cost of the limits.
  public static let none = LuaLimits(memoryBytes: nil, timeout: nil)

  var timeoutNanoseconds: Int64 {
    guard let timeout else { return 0 }
    let (seconds, attoseconds) = timeout.components
    return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
  }

  var timeoutDescription: String {
    let ns = timeoutNanoseconds
    return ns % 1_000_000_000 == 0 ? "\(ns / 1_000_000_000) s" : "\(ns / 1_000_000) ms"
  }

  var memoryDescription: String {
    guard let memoryBytes else { return "no cap" }
    return memoryBytes % (1 << 20) == 0 ? "\(memoryBytes >> 20) MB" : "\(memoryBytes) bytes"
  }
}
