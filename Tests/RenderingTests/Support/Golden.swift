import Foundation
import Testing

/// Golden files live beside the tests in `Golden/`; a mismatch writes `<name>.actual`
/// next to the golden file so the difference can be reviewed and, if right, copied over.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

  /// Compares `actual` with the golden file `name`.
  static func check(_ actual: Data, name: String) throws {
    let url = directory.appendingPathComponent(name)
    let expected = try? Data(contentsOf: url)
    if expected != actual {
      try actual.write(to: url.appendingPathExtension("actual"))
    }
    #expect(expected == actual, "\(name) differs from its golden file; see \(name).actual")
  }
}
