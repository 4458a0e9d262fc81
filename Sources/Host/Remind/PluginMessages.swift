import Foundation
import LuaRuntime
import Storage

/// A plugin's own message texts: `messages.lua` in its folder returns a table of template
/// keys (zh-CN), optionally with an `en` sub-table. They sit between the built-in texts and
/// the site config's `[messages]`. A file with unknown keys or non-string values is
/// reported and ignored.
struct PluginMessages {
  private var cache: [String: [String: String]] = [:]
  private var problems: [String] = []

  /// The problems found since the last call.
  mutating func takeProblems() -> [String] {
    defer { problems = [] }
    return problems
  }

  /// The overrides of the plugin in `folder` for `language`.
  mutating func overrides(pluginID: String, folder: URL, language: String) -> [String: String] {
    let key = pluginID + "\u{0}" + language
    if let known = cache[key] { return known }
    let file = folder.appendingPathComponent("messages.lua")
    var found: [String: String] = [:]
    if FileManager.default.fileExists(atPath: file.path) {
      do {
        found = try Self.read(file, shown: "\(pluginID)/messages.lua", language: language)
      } catch {
        problems.append("插件 \(pluginID) 的 messages.lua 未使用：\(error)")
      }
    }
    cache[key] = found
    return found
  }

  static func read(_ file: URL, shown: String, language: String) throws -> [String: String] {
    let state = try LuaState(limits: .plugin, root: file.deletingLastPathComponent(), output: { _ in })
    guard case .table(let table) = try state.run(file: file, chunkName: "@" + shown).first ?? .nil else {
      throw ChannelError("\(shown) should return a table of message texts")
    }
    var texts: [String: String] = [:]
    var english: [String: String] = [:]
    for (key, value) in table.entries {
      guard let name = key.stringValue else { throw ChannelError("\(shown): keys must be strings") }
      if name == "en", case .table(let sub) = value {
        for (k, v) in sub.entries {
          guard let n = k.stringValue, MessageTemplates.keys.contains(n), let text = v.stringValue else {
            throw ChannelError("\(shown): en.\(k.displayString) is not a message text")
          }
          english[n] = text
        }
        continue
      }
      guard MessageTemplates.keys.contains(name) else {
        throw ChannelError("\(shown): unknown message \"\(name)\"; known: \(MessageTemplates.keys.joined(separator: ", "))")
      }
      guard let text = value.stringValue else { throw ChannelError("\(shown): \(name) should be a string") }
      texts[name] = text
    }
    return language == "en" ? english : texts
  }
}
