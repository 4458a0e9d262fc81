import ArgumentParser
import Foundation
import Host

/// `taizhang plugin test`.
struct PluginTest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract:
      "Run plugins' self-tests (spec/*_spec.lua) on a virtual clock with a throwaway ledger.",
    discussion: """
      Each spec file gets a temporary ledger and a clock starting on 2026-01-01; see docs/plugins.md \
      for the spec API. Exit status: 0 when every test passes, 1 when a test fails, 2 when a spec \
      or a plugin cannot be loaded.
      """)

  @Argument(help: "The plugin to test (default: every checklist plugin).") var id: String?
  @OptionGroup var options: PluginOptions

  func run() throws {
    try reportingErrors {
      let report = try SpecRunner(searchPath: try PluginSearchPath.checked(extra: options.folders))
        .run(id: id)
      if options.json {
        Console.out(try JSONOutput.text(report))
      } else {
        print(report)
      }
      if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
  }

  func print(_ report: SpecReport) {
    report.unusable.forEach { Console.error($0) }
    report.withoutSpecs.forEach { Console.out("· 插件 \($0) 没有自测（spec/*_spec.lua）") }
    for file in report.files {
      if let error = file.loadError {
        Console.out("✗ \(file.file)：无法加载")
        Console.out(error)
        continue
      }
      Console.out(
        "\(file.failed == 0 ? "✓" : "✗") \(file.file)：\(file.passed)/\(file.tests.count) 通过")
      for test in file.tests {
        guard let failure = test.failure else { continue }
        Console.out("  ✗ \(test.name)")
        Console.out(failure)
      }
    }
    let tests = report.files.reduce(0) { $0 + $1.tests.count }
    let failed = report.files.reduce(0) { $0 + $1.failed }
    let broken = report.files.filter { $0.loadError != nil }.count
    Console.out(
      failed == 0 && broken == 0 && report.unusable.isEmpty
        ? "\(report.files.count) 个规格文件、\(tests) 个测试全部通过。"
        : "\(report.files.count) 个规格文件、\(tests) 个测试：\(failed) 个失败，\(broken) 个文件无法加载。")
  }
}
