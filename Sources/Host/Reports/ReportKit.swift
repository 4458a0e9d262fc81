import Foundation
import LuaRuntime

/// The shared report helpers (`Plugins/_lib/report_kit.lua`), loaded as `tz.kit` into the
/// state of every plugin that has reports, so the four plugins' reports share one
/// implementation of the common sections and a site plugin's reports can use them too.
enum ReportKit {
  /// Runs the kit `file` (the search path's `_lib/report_kit.lua`) in `state` and sets
  /// `tz.kit` to what it returns.
  static func install(in state: LuaState, file: URL?, fail: (String?, Int?, String) -> Void) {
    guard let file, FileManager.default.fileExists(atPath: file.path) else {
      fail(nil, nil, "the shared report helpers Plugins/_lib/report_kit.lua are missing")
      return
    }
    let shown = "Plugins/_lib/report_kit.lua"
    do {
      let kit = try state.run(file: file, chunkName: shown).first ?? .nil
      let set = try state.compile(code: "local kit = ...; tz.kit = kit", chunkName: "=[kit]")
      try set.call([kit])
    } catch let error as LuaError {
      fail(error.chunk ?? shown, error.line, "\(error.kind) error: \(error.message)")
    } catch {
      fail(shown, nil, "\(error)")
    }
  }
}
