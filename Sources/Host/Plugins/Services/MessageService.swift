import Foundation
import LuaRuntime

/// `tz.t(key, vars)`: a plugin's message strings from `messages/zh-CN.lua` and
/// `messages/en.lua` (each returns `{ key = "text with {name}" }`). Chinese first; with
/// the language set to English, English first. `{name}` is replaced by `vars.name`.
enum MessageService {
  /// The languages a plugin may ship messages in, by file name.
  static let languages = ["zh-CN", "en"]

  static let translate = ServiceFunction(
    "t",
    "A message string of the plugin (messages/zh-CN.lua, messages/en.lua) with {name} replaced from vars.",
    [
      ("key", "string", "the message's key"),
      ("vars", "table<string, string|number|boolean>?", "values for {name} placeholders"),
    ],
    returns: "string"
  ) { call, s in
    let key = try call.string(1)
    let vars = call.isAbsent(2) ? LuaTable() : try call.table(2)
    let order = s.language == "en" ? ["en", "zh-CN"] : ["zh-CN", "en"]
    guard let template = order.lazy.compactMap({ s.messages[$0]?[key] }).first else {
      throw ServiceError("tz.t: no message \"\(key)\" in messages/zh-CN.lua or messages/en.lua")
    }
    call.push(try fill(template, key: key, vars: vars))
  }

  /// Replaces each `{name}` with the value of `vars.name`.
  static func fill(_ template: String, key: String, vars: LuaTable) throws -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      switch vars[name] {
      case .string(let text): out += text
      case .integer(let n): out += String(n)
      case .number(let d): out += d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
      case .boolean(let b): out += b ? "true" : "false"
      default: throw ServiceError("tz.t: message \"\(key)\" needs a value for {\(name)}")
      }
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  /// Reads the `messages/*.lua` files of `folders` (later folders override keys) into
  /// `services`; returns the problems found, with file and line — the reminder texts
  /// (`remind.*`) checked as they stand after the overrides (`ReminderTextCheck`).
  static func load(
    folders: [(folder: URL, shown: String)], into services: PluginServices, state: LuaState
  ) -> [PluginProblem] {
    var problems: [PluginProblem] = []
    for language in languages {
      var table: [String: String] = [:]
      var origin: [String: ReminderTextCheck.Origin] = [:]
      for (folder, shown) in folders {
        let file = folder.appendingPathComponent("messages/\(language).lua")
        guard FileManager.default.fileExists(atPath: file.path) else { continue }
        let name = "\(shown)/messages/\(language).lua"
        func fail(_ line: Int?, _ message: String) {
          problems.append(
            PluginProblem(plugin: services.pluginID, file: name, line: line, message: message))
        }
        do {
          guard let messages = try state.run(file: file, chunkName: name).first?.tableValue else {
            fail(nil, "a messages file should return a table { key = \"text\" }")
            continue
          }
          for (key, value) in messages.entries {
            guard let key = key.stringValue, let text = value.stringValue else {
              fail(
                nil,
                "messages map string keys to strings (found [\(key.literal)] = \(value.typeName))")
              continue
            }
            table[key] = text
            origin[key] = (file, name)
          }
        } catch let error as LuaError {
          fail(error.line, "\(error.kind) error: \(error.message)")
        } catch {
          fail(nil, "\(error)")
        }
      }
      if !table.isEmpty { services.messages[language] = table }
      problems += ReminderTextCheck.problems(in: table, origin: origin, plugin: services.pluginID)
    }
    return problems
  }
}
