import Foundation
import LuaRuntime
import Scheduling

/// Loads one plugin folder into a sandboxed state of its own: the manifest, then
/// `checklists/*.lua` in name order, then `reminders.lua`, `findings.lua` and `reports/*.lua`. It never throws: whatever goes
/// wrong — a syntax error, a sandbox violation, a runaway loop, a bad declaration — becomes
/// a problem with plugin, file and line, and the other files still load so that one check
/// shows every problem.
public struct PluginLoader {
  /// The limits each plugin runs under.
  public var limits: LuaLimits
  /// The working-day calendar `tz.cal` serves.
  public var calendar: CalendarSource
  /// The shared report helpers (`_lib/report_kit.lua`) given to plugins with reports.
  public var reportKit: URL? = PluginLocation.shipped?.appendingPathComponent("_lib/report_kit.lua")
  /// The site's school terms (`[[school.terms]]`), for schools keeping none of their own.
  public var siteTerms: SiteTerms

  /// Creates a loader with the plugin limits; the site's terms default to those the CLI
  /// read from the site config (`SiteTerms.standard()`).
  public init(
    limits: LuaLimits = .plugin, calendar: CalendarSource = CalendarSource(.weekendsOnly),
    siteTerms: SiteTerms = .standard()
  ) {
    self.limits = limits
    self.calendar = calendar
    self.siteTerms = siteTerms
  }

  /// A plugin folder and how messages name it.
  public typealias Location = (folder: URL, shown: String)

  /// Loads the plugin in `folder`; `shownFolder` is how messages name the folder.
  /// `base` finds the folder of the plugin a manifest `extends` (by id).
  public func load(
    folder: URL, shownFolder: String, base: (String) -> Location? = { _ in nil }
  ) -> LoadedPlugin {
    let id = folder.lastPathComponent
    var problems: [PluginProblem] = []
    let services = PluginServices(
      pluginID: id, messageFolders: [(folder, shownFolder)], calendar: calendar, siteTerms: siteTerms)
    func fail(_ file: String?, _ line: Int?, _ message: String) {
      problems.append(PluginProblem(plugin: id, file: file, line: line, message: message))
    }
    func failed(manifest: PluginManifest? = nil, state: LuaState? = nil) -> LoadedPlugin {
      LoadedPlugin(
        id: id, folder: folder, shownFolder: shownFolder, manifest: manifest, state: state,
        collector: nil, services: services, problems: problems)
    }

    let state: LuaState
    do {
      state = try LuaState(limits: limits, root: folder, output: { _ in })
    } catch {
      fail(nil, nil, "cannot create its Lua state: \(error)")
      return failed()
    }
    guard var manifest = readManifest(state, (folder, shownFolder), fail: fail) else { return failed() }
    var sources = sourceFiles(in: folder).map { (folder.appendingPathComponent($0), "\(shownFolder)/\($0)") }
    if let baseID = manifest.extends {
      guard let location = base(baseID) else {
        fail("\(shownFolder)/plugin.lua", nil, "extends plugin \"\(baseID)\", which is not installed")
        return failed(manifest: manifest)
      }
      guard let baseManifest = readManifest(state, location, fail: fail) else { return failed(manifest: manifest) }
      if baseManifest.extends != nil {
        fail(
          "\(shownFolder)/plugin.lua", nil,
          "extends \"\(baseID)\" as found in \(location.shown), which itself extends another plugin; "
            + "two site folders may not both extend one plugin: merge them, or extend the original instead")
        return failed(manifest: manifest)
      }
      manifest.inherit(from: baseManifest)
      let baseSources = sourceFiles(in: location.folder).map {
        (location.folder.appendingPathComponent($0), "\(location.shown)/\($0)")
      }
      sources = baseSources + sources
      state.fallbackRoots = [location.folder]  // the base's files `require` its modules
      services.messageFolders.insert(location, at: 0)
    }
    guard manifest.kind == "checklist" else { return failed(manifest: manifest, state: state) }

    let collector = DeclarationCollector(plugin: id)
    collector.install(in: state)
    do {
      try TZServices.install(services, in: state)
    } catch {
      fail(nil, nil, "cannot bind the tz services: \(error)")
    }
    problems += MessageService.load(folders: services.messageFolders, into: services, state: state)
    let reportCollector = ReportCollector(plugin: id)
    reportCollector.install(in: state)
    if sources.contains(where: { $0.1.contains("/reports/") }) { ReportKit.install(in: state, file: reportKit, fail: fail) }
    for (file, shown) in sources {
      do {
        try state.run(file: file, chunkName: shown)
      } catch let error as LuaError {
        fail(error.chunk ?? shown, error.line, "\(error.kind) error: \(error.message)")
      } catch {
        fail(shown, nil, "\(error)")
      }
    }
    problems += collector.problems + reportCollector.problems
    problems += PluginConsistency(manifest: manifest, collector: collector).problems()
    problems += reportCollector.consistencyProblems()
    return LoadedPlugin(
      id: id, folder: folder, shownFolder: shownFolder, manifest: manifest, state: state,
      collector: collector, reports: reportCollector, services: services, problems: problems)
  }

  /// Runs a folder's plugin.lua in `state` and reads the manifest it returns.
  func readManifest(
    _ state: LuaState, _ location: Location, fail: (String?, Int?, String) -> Void
  ) -> PluginManifest? {
    let file = "\(location.shown)/plugin.lua"
    do {
      let results = try state.run(file: location.folder.appendingPathComponent("plugin.lua"), chunkName: file)
      guard let table = results.first?.tableValue else {
        fail(file, nil, "plugin.lua should return a table (return { id = …, … })")
        return nil
      }
      return try PluginManifest(table: table, folderName: location.folder.lastPathComponent)
    } catch let error as LuaError {
      fail(error.chunk ?? file, error.line, "\(error.kind) error: \(error.message)")
    } catch let error as DeclarationError {
      fail(file, nil, error.message)
    } catch {
      fail(file, nil, "\(error)")
    }
    return nil
  }

  /// `checklists/*.lua` sorted by name, then `reminders.lua` and `findings.lua` when
  /// present, then `reports/*.lua` sorted by name.
  func sourceFiles(in folder: URL) -> [String] {
    let fm = FileManager.default
    func luaFiles(_ sub: String) -> [String] {
      let names = (try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? []
      return names.filter { $0.hasSuffix(".lua") }.sorted().map { "\(sub)/\($0)" }
    }
    var files = luaFiles("checklists")
    for file in ["reminders.lua", "findings.lua"] where fm.fileExists(atPath: folder.appendingPathComponent(file).path) {
      files.append(file)
    }
    return files + luaFiles("reports")
  }
}
