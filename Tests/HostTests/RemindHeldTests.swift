import Foundation
import Testing

@testable import Host

/// The run's outcome and exit code when units are held, the held-streak marks, and the
/// search path's checks, below the CLI.
@Suite("remind: held units and the plugin search path")
struct RemindHeldTests {
  @Test("a held unit makes the run partial with exit 1; all units held is failed")
  func outcome() {
    var summary = RemindSummary(day: "2026-10-12", units: 3)
    #expect(summary.outcome == "ok" && summary.exitCode == 0)
    summary.skipped = [SkippedUnit(unit: "a", reason: "插件 school 有 1 个问题")]
    #expect(summary.outcome == "partial" && summary.exitCode == 1)
    #expect(summary.line.contains("跳过 1 个单位（插件 school 有 1 个问题；留待下次补发）"))
    summary.skipped += ["b", "c"].map { SkippedUnit(unit: $0, reason: "插件 school 有 1 个问题") }
    #expect(summary.outcome == "failed" && summary.exitCode == 1)
    #expect(summary.line.contains("跳过 3 个单位（插件 school 有 1 个问题 3 个；"))
    // Units that only lost an item whose applies failed still had the rest planned.
    summary.skipped[2].entirely = false
    #expect(summary.outcome == "partial")
  }

  @Test("a unit is back from a held streak while its held mark is not behind its watermark")
  func streak() {
    let w = Date(timeIntervalSince1970: 1_000)
    let returning = HeldUnits.returning(
      watermarks: ["held": w, "ended": w.addingTimeInterval(86_400), "never": w],
      held: ["held": w, "ended": w])
    #expect(returning == ["held"])
  }

  @Test("each folder named is checked, and named by its source")
  func searchPath() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tz-path-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let missing = PluginSearchPath.standard(environment: ["TAIZHANG_PLUGIN_PATH": "/nowhere"]).problems
    #expect(missing.contains { $0.contains("/nowhere") && $0.contains("TAIZHANG_PLUGIN_PATH") })
    let empty = PluginSearchPath.standard(extra: [folder.path], environment: [:]).problems
    #expect(empty.contains { $0.contains(folder.path) && $0.contains("--plugins") })
    #expect(throws: UsageError.self) { try PluginSearchPath.checked(extra: [folder.path], environment: [:]) }
    let shipped = try #require(PluginLocation.shipped)
    let again = PluginSearchPath.standard(environment: ["TAIZHANG_PLUGIN_PATH": shipped.path + "/"])
    #expect(again.entries.count == 1 && again.problems.isEmpty)
  }
}
