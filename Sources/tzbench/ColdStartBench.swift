import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `tzbench cold-start`: wall time from spawn to exit of a taizhang command.
struct ColdStartBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cold-start", abstract: "Time a taizhang command from spawn to exit.")

  @Option(help: "The taizhang binary.") var binary: String
  @Option(help: "Runs; the median is reported.") var runs = 30
  @Option(help: "The row label.") var label = "cold start of taizhang --version"
  @Option(help: "The target shown in the table.") var target = "≤ 10 ms"
  @Argument(help: "Arguments for taizhang.") var arguments: [String] = ["--version"]

  func run() throws {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try spawnAndWait()) }
    times.sort()
    row(label, String(format: "%.1f ms", times[times.count / 2] * 1e3), target)
  }

  /// Spawns the binary with output to /dev/null and returns the seconds until it exits.
  func spawnAndWait() throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
      throw ValidationError("cannot run \(binary)")
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
