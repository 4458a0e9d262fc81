import LuaRuntime

/// `tz.log`: messages into the host's log, each with the plugin id and the caller's file
/// and line. `TAIZHANG_LOG` sets the least level shown (default `warn`).
enum LogService {
  static let module = ServiceModule(
    name: "log", summary: "Messages into the host's log, with plugin id and file:line.",
    classes: "",
    functions: PluginLog.Level.allCases.map { level in
      ServiceFunction(
        level.rawValue, "Logs a message at level \(level.rawValue).",
        [("message", "string", "the text")]
      ) { call, s in
        let message = try call.string(1)
        let position = call.callerPosition.map { "\($0.chunk):\($0.line)" }
        s.log.write(
          PluginLog.Entry(level: level, plugin: s.pluginID, position: position, message: message))
      }
    })
}
