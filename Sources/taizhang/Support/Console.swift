import ArgumentParser
import Foundation
import Host
import LuaRuntime

/// The one place the CLI writes diagnostics: standard error, prefixed with the tool name.
enum Console {
  /// Writes `taizhang: message` to standard error.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("taizhang: \(message)\n".utf8))
  }

  /// Writes a message to standard error as it is.
  static func raw(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
  }

  /// Writes a warning line to standard error.
  static func warning(_ message: String) {
    FileHandle.standardError.write(Data("taizhang: warning: \(message)\n".utf8))
  }

  /// Writes a line to standard output.
  static func out(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}

/// Runs a command body, turning user-facing errors into a message and an exit code so
/// that no Swift error dump ever reaches the user.
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as LuaError {
    Console.error(error.report)
    throw ExitCode(error.exitCode)
  } catch let error as UserFacingError {
    Console.error(error.description)
    throw ExitCode(error.exitCode)
  } catch let error as ExitCode {
    throw error
  } catch let error as CleanExit {
    throw error
  } catch {
    Console.error("\(error)")
    throw ExitCode(1)
  }
}
