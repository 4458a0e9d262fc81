import Foundation
import Host

/// Where exported CSV goes: a file, or standard output.
enum CSVOutput {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
      throw UsageError("无法写入文件 \"\(path)\"", exitCode: 1)
    }
  }
}
