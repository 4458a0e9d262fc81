import Foundation
import LuaRuntime
import Testing

@Suite("Budgeted pattern matching behaves as Lua 5.4's own")
struct PatternCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/patterns_corpus.lua")

  @Test("the corpus prints the same lines in Debian's lua5.4 and in the sandbox")
  func sameAsReferenceInterpreter() throws {
    let interpreter = "/usr/bin/lua5.4"
    try #require(FileManager.default.isExecutableFile(atPath: interpreter), "lua5.4 is not installed; run Scripts/setup.sh")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: interpreter)
    process.arguments = [Self.corpus.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let reference = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)

    var lines: [String] = []
    let state = try LuaState(limits: LuaLimits(memoryBytes: 64 << 20, timeout: .seconds(30)), output: { lines.append($0) })
    try state.run(file: Self.corpus)
    lines.append("")  // the reference output ends with a newline

    #expect(reference.count > 300)
    #expect(lines.count == reference.count)
    for (index, (ours, theirs)) in zip(lines, reference).enumerated() where ours != theirs {
      Issue.record("line \(index + 1): sandbox \(ours) | lua5.4 \(theirs)")
    }
  }
}
