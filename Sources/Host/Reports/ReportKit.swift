import Foundation
import LuaRuntime

/// The shared report helpers (`Plugins/_lib/report_kit.lua`, extended by its siblings
/// `report_kit_*.lua`), loaded as `tz.kit` into the state of every plugin that has reports,
/// so the four plugins' reports share one implementation of the common sections and a site
/// plugin's reports can use them too.
enum ReportKit {
  /// Runs the kit `file` (the search path's `_lib/report_kit.lua`) in `state`, then each
  /// `report_kit_*.lua` beside it in name order with the kit as its argument (`local M = ...`,
  /// adding its functions to the same table, so the kit's own functions see them), and sets
  /// `tz.kit` to the result.
  static func install(in state: LuaState, file: URL?, fail: (String?, Int?, String) -> Void) {
    guard let file, FileManager.default.fileExists(atPath: file.path) else {
      fail(nil, nil, "the shared report helpers Plugins/_lib/report_kit.lua are missing")
      return
    }
    let folder = file.deletingLastPathComponent()
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix("report_kit_") && $0.hasSuffix(".lua") }.sorted()
    var shown = "Plugins/_lib/report_kit.lua"
    do {
      var chunks: [LuaValue] = []
      for (url, name) in [(file, "report_kit.lua")]
        + names.map({ (folder.appendingPathComponent($0), $0) })
      {
        shown = "Plugins/_lib/\(name)"
        let code = try String(contentsOf: url, encoding: .utf8)
        chunks.append(.function(try state.compile(code: code, chunkName: shown)))
      }
      shown = "Plugins/_lib/report_kit.lua"
      // In Lua, so the table the kit's functions close over is the very one extended.
      let set = try state.compile(
        code:
          "local main = ...; local kit = main(); for i = 2, select('#', ...) do select(i, ...)(kit) end; tz.kit = kit",
        chunkName: "=[kit]")
      try set.call(chunks)
    } catch let error as LuaError {
      fail(error.chunk ?? shown, error.line, "\(error.kind) error: \(error.message)")
    } catch {
      fail(shown, nil, "\(error)")
    }
  }
}
