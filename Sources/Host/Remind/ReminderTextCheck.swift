import Foundation

/// The check of a plugin's reminder texts when it loads: each `remind.*` key of its message
/// files must name a reminder text (`MessageTemplates.keys`) and use only that text's
/// `{field}`s, so that `{cnt}` for `{count}` is a problem `taizhang plugin check` shows with
/// plugin, file and line — and the plugin is not used — rather than words sent literally.
enum ReminderTextCheck {
  /// Where a text came from: the file read and how messages name it.
  typealias Origin = (file: URL, shown: String)

  /// The problems of the `remind.*` texts among one language's messages (as merged: a site
  /// plugin's text replaces its base's), each named by the file it came from.
  static func problems(in texts: [String: String], origin: [String: Origin], plugin: String) -> [PluginProblem] {
    let reminderKeys = MessageTemplates.keys.map { PluginMessages.prefix + $0 }
    var sources: [URL: String] = [:]
    var found: [PluginProblem] = []
    for (key, text) in texts where key.hasPrefix(PluginMessages.prefix) {
      let name = String(key.dropFirst(PluginMessages.prefix.count))
      let message: String
      if !MessageTemplates.keys.contains(name) {
        message =
          "\"\(key)\" is not a reminder text\(SiteConfig.hint(key, reminderKeys)); 提醒文字有 "
          + reminderKeys.joined(separator: "、")
      } else if let problem = MessageTemplates.fieldProblem(in: text, key: name, shownKey: key) {
        message = problem
      } else {
        continue
      }
      var line: Int?
      if let from = origin[key] {
        if sources[from.file] == nil {
          sources[from.file] = (try? String(contentsOf: from.file, encoding: .utf8)) ?? ""
        }
        line = Self.line(of: key, in: sources[from.file] ?? "")
      }
      found.append(PluginProblem(plugin: plugin, file: origin[key]?.shown, line: line, message: message))
    }
    return found.sorted { ($0.file ?? "", $0.line ?? 0, $0.message) < ($1.file ?? "", $1.line ?? 0, $1.message) }
  }

  /// The 1-based line of a Lua messages file where `key` is written as a table key
  /// (`["key"] =` or `['key'] =`); nil when it is written some other way.
  static func line(of key: String, in source: String) -> Int? {
    for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      for quote in ["\"", "'"] {
        var rest = line[...]
        while let found = rest.range(of: quote + key + quote) {
          let after = rest[found.upperBound...].drop { $0 == " " || $0 == "\t" }
          if after.first == "]" { return index + 1 }
          rest = rest[found.upperBound...]
        }
      }
    }
    return nil
  }
}
