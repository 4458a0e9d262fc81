import Foundation
import LuaRuntime
import Testing

@Suite("Budgeted pattern matching behaves as Lua 5.4's own")
struct PatternCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/patterns_corpus.lua")

  @Test("the corpus prints the same lines in Debian's lua5.4 and in the sandbox")
  func sameAsReferenceInterpreter() throws {
    try expectSameAsReferenceInterpreter(Self.corpus, minimumLines: 300)
  }

}
