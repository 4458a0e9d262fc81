import Foundation
import LuaRuntime

/// Runs plugins' self-tests (`spec/*_spec.lua`) — `taizhang plugin test`. Each file gets a
/// throwaway ledger (a temporary SQLite file, removed afterwards), a virtual clock starting
/// on 2026-01-01, and the spec API; each `it` block runs as its own call under the limits.
public struct SpecRunner {
  /// The limits specs run under: a plugin's memory, more time (a block may expand a year).
  public static let limits = LuaLimits(memoryBytes: 64 << 20, timeout: .seconds(20))

  /// The plugins to test, loaded with `limits`.
  public let catalog: PluginCatalog

  /// A runner over the plugins of a search path.
  public init(searchPath: PluginSearchPath) {
    // Specs declare their own units and terms: the site's terms never change their outcome.
    catalog = PluginCatalog.load(searchPath, loader: PluginLoader(limits: Self.limits, siteTerms: .none))
  }

  /// Runs the specs of one plugin, or of every checklist plugin when `id` is nil.
  public func run(id: String?) throws -> SpecReport {
    let chosen: [LoadedPlugin]
    if let id {
      guard let plugin = catalog.plugin(id) else {
        let hint =
          DeclarationSchema.closest(to: id, in: catalog.plugins.map(\.id)).map { "（是不是 \($0)？）" }
          ?? ""
        throw UsageError("没有插件 \"\(id)\"\(hint)；用 taizhang plugin list 查看")
      }
      chosen = [plugin]
    } else {
      chosen = catalog.plugins.filter { $0.manifest?.kind != "data" }
    }
    var files: [SpecFileResult] = []
    var unusable: [String] = []
    var withoutSpecs: [String] = []
    for plugin in chosen {
      guard plugin.isUsable, let state = plugin.state else {
        unusable.append(
          "插件 \(plugin.id) 有 \(plugin.problems.count) 个问题，无法测试；请先运行 taizhang plugin check")
        continue
      }
      let names = Self.specFiles(in: plugin.folder)
      if names.isEmpty { withoutSpecs.append(plugin.id) }
      for name in names {
        files.append(try runFile(name, of: plugin, in: state))
      }
    }
    return SpecReport(files: files, unusable: unusable, withoutSpecs: withoutSpecs)
  }

  /// `spec/*_spec.lua`, sorted.
  static func specFiles(in folder: URL) -> [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("spec").path)) ?? []
    return names.filter { $0.hasSuffix("_spec.lua") }.sorted()
  }

  func runFile(_ name: String, of plugin: LoadedPlugin, in state: LuaState) throws -> SpecFileResult
  {
    let shown = "\(plugin.shownFolder)/spec/\(name)"
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-spec-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let ledger = try Ledger.open(
      path: scratch.appendingPathComponent("spec.sqlite").path, create: true)
    let world = SpecWorld(plugin: plugin, ledger: ledger)
    defer { plugin.services.store = nil }
    do {
      try world.install(in: state)
      try state.run(file: plugin.folder.appendingPathComponent("spec/\(name)"), chunkName: shown)
    } catch {
      return SpecFileResult(
        plugin: plugin.id, file: shown, tests: [], loadError: Self.message(error, file: shown))
    }
    var tests: [SpecFileResult.Test] = []
    for test in world.tests {
      do {
        try state.call(test.body)
        tests.append(.init(name: test.name, failure: nil))
      } catch {
        tests.append(.init(name: test.name, failure: Self.message(error, file: shown)))
      }
    }
    return SpecFileResult(plugin: plugin.id, file: shown, tests: tests, loadError: nil)
  }

  /// `file:line: message` of an error from a spec.
  static func message(_ error: any Error, file: String) -> String {
    guard let error = error as? LuaError else { return "\(file): \(error)" }
    let place =
      error.chunk.map { chunk in error.line.map { "\(chunk):\($0): " } ?? "\(chunk): " }
      ?? "\(file): "
    let kind = error.kind == .runtime ? "" : "\(error.kind) error: "
    return place + kind + error.message
  }
}
