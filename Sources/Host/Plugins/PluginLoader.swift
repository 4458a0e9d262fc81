import Foundation
import LuaRuntime

/// Loads one plugin folder into a sandboxed state of its own: the manifest, then
/// `checklists/*.lua` in name order, then `reminders.lua`. It never throws: whatever goes
/// wrong — a syntax error, a sandbox violation, a runaway loop, a bad declaration — becomes
/// a problem with plugin, file and line, and the other files still load so that one check
/// shows every problem.
public struct PluginLoader {
  /// The limits each plugin runs under.
  public var limits: LuaLimits

  /// Creates a loader with the plugin limits.
  public init(limits: LuaLimits = .plugin) { self.limits = limits }

  /// Loads the plugin in `folder`; `shownFolder` is how messages name the folder.
  public func load(folder: URL, shownFolder: String) -> LoadedPlugin {
    let id = folder.lastPathComponent
    var problems: [PluginProblem] = []
    func fail(_ file: String?, _ line: Int?, _ message: String) {
      problems.append(PluginProblem(plugin: id, file: file, line: line, message: message))
    }
    func failed(manifest: PluginManifest? = nil, state: LuaState? = nil) -> LoadedPlugin {
      LoadedPlugin(
        id: id, folder: folder, shownFolder: shownFolder, manifest: manifest, state: state,
        collector: nil, problems: problems)
    }

    let state: LuaState
    do {
      state = try LuaState(limits: limits, root: folder, output: { _ in })
    } catch {
      fail(nil, nil, "cannot create its Lua state: \(error)")
      return failed()
    }
    let manifestFile = "\(shownFolder)/plugin.lua"
    let manifest: PluginManifest
    do {
      let results = try state.run(file: folder.appendingPathComponent("plugin.lua"), chunkName: manifestFile)
      guard let table = results.first?.tableValue else {
        fail(manifestFile, nil, "plugin.lua should return a table (return { id = …, … })")
        return failed()
      }
      manifest = try PluginManifest(table: table, folderName: id)
    } catch let error as LuaError {
      fail(error.chunk ?? manifestFile, error.line, "\(error.kind) error: \(error.message)")
      return failed()
    } catch let error as DeclarationError {
      fail(manifestFile, nil, error.message)
      return failed()
    } catch {
      fail(manifestFile, nil, "\(error)")
      return failed()
    }
    guard manifest.kind == "checklist" else { return failed(manifest: manifest, state: state) }

    let collector = DeclarationCollector(plugin: id)
    collector.install(in: state)
    for file in sourceFiles(in: folder) {
      let shown = "\(shownFolder)/\(file)"
      do {
        try state.run(file: folder.appendingPathComponent(file), chunkName: shown)
      } catch let error as LuaError {
        fail(error.chunk ?? shown, error.line, "\(error.kind) error: \(error.message)")
      } catch {
        fail(shown, nil, "\(error)")
      }
    }
    problems += collector.problems
    problems += PluginConsistency(manifest: manifest, collector: collector).problems()
    return LoadedPlugin(
      id: id, folder: folder, shownFolder: shownFolder, manifest: manifest, state: state,
      collector: collector, problems: problems)
  }

  /// `checklists/*.lua` sorted by name, then `reminders.lua` when present.
  func sourceFiles(in folder: URL) -> [String] {
    let fm = FileManager.default
    let checklists = (try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent("checklists").path)) ?? []
    var files = checklists.filter { $0.hasSuffix(".lua") }.sorted().map { "checklists/\($0)" }
    if fm.fileExists(atPath: folder.appendingPathComponent("reminders.lua").path) {
      files.append("reminders.lua")
    }
    return files
  }
}
