import Foundation

/// Where `tz.log` writes: each entry carries the plugin id and the file and line of the call.
public struct PluginLog: Sendable {
  /// How much an entry matters.
  public enum Level: String, CaseIterable, Sendable, Comparable {
    case debug, info, warn, error

    public static func < (a: Level, b: Level) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// One log entry.
  public struct Entry: Sendable, Equatable, CustomStringConvertible {
    /// How much it matters.
    public var level: Level
    /// The plugin that wrote it.
    public var plugin: String
    /// `file:line` of the call, when known.
    public var position: String?
    /// The text.
    public var message: String

    /// `[warn] plugin school: Plugins/school/x.lua:3: text`.
    public var description: String {
      "[\(level.rawValue)] plugin \(plugin): " + (position.map { "\($0): " } ?? "") + message
    }
  }

  /// Receives each entry.
  public var write: @Sendable (Entry) -> Void

  /// A log that hands entries to `write`.
  public init(write: @escaping @Sendable (Entry) -> Void) { self.write = write }

  /// The host's log: standard error, from the level in `TAIZHANG_LOG` (default `warn`).
  public static let standard: PluginLog = {
    let name = ProcessInfo.processInfo.environment["TAIZHANG_LOG"]?.lowercased() ?? "warn"
    let threshold = Level(rawValue: name) ?? .warn
    return PluginLog { entry in
      guard entry.level >= threshold else { return }
      FileHandle.standardError.write(Data("taizhang: \(entry)\n".utf8))
    }
  }()
}
