/// A plugin's own reminder texts: the `remind.*` keys of its message files
/// (`messages/zh-CN.lua`, `messages/en.lua` — the same files `tz.t` reads, so a site
/// plugin that extends it can reword them too). They sit between the built-in texts and
/// the site config's `[messages]`. Loading the plugin already makes an unknown `remind.*`
/// key or `{field}` a problem (`ReminderTextCheck`), so a plugin using one is not used;
/// should such a text still be asked for (a delivery of that plugin's unit retried), it is
/// reported and left out here, never sent as written.
struct PluginMessages {
  /// The key prefix that marks a reminder text in a message file.
  static let prefix = "remind."

  private var cache: [String: [String: String]] = [:]
  private var problems: [String] = []

  /// The problems found since the last call.
  mutating func takeProblems() -> [String] {
    defer { problems = [] }
    return problems
  }

  /// The overrides of `plugin` for `language` ("en" reads messages/en.lua only, anything
  /// else messages/zh-CN.lua only: a template never mixes languages).
  mutating func overrides(of plugin: LoadedPlugin, language: String) -> [String: String] {
    let file = language == "en" ? "en" : "zh-CN"
    let cacheKey = plugin.id + "\u{0}" + file
    if let known = cache[cacheKey] { return known }
    var found: [String: String] = [:]
    for (key, text) in plugin.services.messages[file] ?? [:] where key.hasPrefix(Self.prefix) {
      let name = String(key.dropFirst(Self.prefix.count))
      if MessageTemplates.keys.contains(name) {
        if let problem = MessageTemplates.fieldProblem(in: text, key: name, shownKey: key) {
          problems.append("插件 \(plugin.id) 的 messages/\(file).lua：\(problem)；这段文字不用，改用默认文字")
        } else {
          found[name] = text
        }
      } else {
        problems.append(
          "插件 \(plugin.id) 的 messages/\(file).lua 中 \"\(key)\" 不是提醒文字；可用：\(MessageTemplates.keys.map { Self.prefix + $0 }.joined(separator: ", "))"
        )
      }
    }
    cache[cacheKey] = found
    return found
  }
}
