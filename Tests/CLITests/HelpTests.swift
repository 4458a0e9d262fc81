import Foundation
import Testing

/// Every command has help whose summary is a sentence ending with a period.
@Suite("Help text")
struct HelpTests {
  static let commands: [[String]] = [
    ["init"], ["unit", "add"], ["unit", "list"], ["unit", "show"], ["unit", "edit"],
    ["unit", "move"], ["unit", "remove"], ["unit", "import"], ["unit", "export"],
    ["person", "add"], ["person", "list"], ["person", "show"], ["person", "edit"],
    ["person", "import"], ["person", "export"], ["role", "assign"], ["role", "unassign"],
    ["role", "list"], ["role", "import"], ["role", "export"], ["record", "add"],
    ["record", "undo"], ["audit"], ["backup"], ["restore"], ["migrate"], ["export"], ["import"],
  ]

  @Test(arguments: commands)
  func helpIsASentence(command: [String]) throws {
    let result = try CLI().run(args: command + ["--help"], db: false)
    #expect(result.status == 0)
    let overview = result.stdout.components(separatedBy: "\n\n").first ?? ""
    let summary = overview.replacingOccurrences(of: "OVERVIEW: ", with: "")
      .replacingOccurrences(of: "\n", with: " ")
    #expect(summary.first?.isUppercase == true, "\(command): \(summary)")
    #expect(summary.hasSuffix("."), "\(command): \(summary)")
    #expect(result.stdout.contains("--db"))
  }
}
