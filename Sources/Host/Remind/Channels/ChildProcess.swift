import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a helper program (the mail program) that can neither crash nor hang the
/// caller: started with `posix_spawn` in a process group of its own, its input written
/// without blocking (a program that exits without reading is an outcome, not a
/// `SIGPIPE`), its output drained, and the whole group killed with `SIGKILL` once the
/// timeout passes.
struct ChildProcess {
  /// How a run ended.
  struct Outcome {
    /// The exit code, when the program exited.
    var exitCode: Int32?
    /// The signal that ended it, when one did.
    var signal: Int32?
    /// Whether it was killed for taking longer than the timeout.
    var timedOut = false
    /// How many bytes of the input it took.
    var written = 0
    /// The start of what it wrote on standard error (at most 4 KiB).
    var errorText = ""
  }

  let argv: [String]
  let timeout: Double

  /// The most of standard output and standard error kept; the rest is read and dropped.
  static let keep = 4096
  /// How long a program that exited may keep its output open (a daemon it started).
  static let outputGrace = 0.5

  /// Runs the program with `input` on its standard input; throws only when it could not
  /// be started.
  func run(input: [UInt8]) throws -> Outcome {
    var inPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
    guard pipe(&inPipe) == 0 else { throw Self.error("pipe") }
    guard pipe(&outPipe) == 0 else {
      closeAll(inPipe)
      throw Self.error("pipe")
    }
    guard pipe(&errPipe) == 0 else {
      closeAll(inPipe + outPipe)
      throw Self.error("pipe")
    }
    // Not inherited by anything else this process starts (dup2 clears it in the child).
    for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    let pid: pid_t
    do {
      pid = try spawn(stdin: inPipe[0], stdout: outPipe[1], stderr: errPipe[1])
    } catch {
      closeAll(inPipe + outPipe + errPipe)
      throw error
    }
    closeAll([inPipe[0], outPipe[1], errPipe[1]])
    for fd in [inPipe[1], outPipe[0], errPipe[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    return supervise(pid: pid, input: input, stdin: inPipe[1], stdout: outPipe[0], stderr: errPipe[0])
  }

  private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Its own process group (so a timeout kills what it started too), SIGPIPE back to
    // the default we ignore, and no signal blocked.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let cArgs = argv.map { strdup($0) }
    let cEnv = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (cArgs + cEnv).forEach { free($0) } }
    var pid: pid_t = 0
    let result = (cArgs + [nil]).withUnsafeBufferPointer { args in
      (cEnv + [nil]).withUnsafeBufferPointer { env in
        guard let a = args.baseAddress, let e = env.baseAddress else { return EINVAL }
        return posix_spawn(&pid, argv[0], &actions, &attributes, a, e)
      }
    }
    guard result == 0 else { throw ChannelError(String(cString: strerror(result))) }
    return pid
  }

  private func supervise(pid: pid_t, input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32)
    -> Outcome
  {
    var outcome = Outcome()
    var inFD = stdin, outFD = stdout, errFD = stderr
    var errors: [UInt8] = []
    var status: Int32 = 0
    var exited = false
    var exitedAt = 0.0
    let deadline = Self.now() + timeout
    if input.isEmpty { closeAll([inFD]); inFD = -1 }
    while true {
      if !exited {
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid { exited = true; exitedAt = Self.now() }
      }
      let now = Self.now()
      if exited && ((outFD < 0 && errFD < 0) || now - exitedAt > Self.outputGrace) { break }
      if now >= deadline {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        if !exited { while waitpid(pid, &status, 0) < 0 && errno == EINTR {} }
        outcome.timedOut = true
        break
      }
      var fds: [pollfd] = []
      if inFD >= 0 { fds.append(pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0)) }
      if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
      if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
      // Short waits: the program's exit is noticed by waitpid, not by poll.
      let wait = Int32(max(1, min(50, (deadline - now) * 1000)))
      if fds.isEmpty {
        usleep(UInt32(wait) * 1000)
        continue
      }
      guard poll(&fds, nfds_t(fds.count), wait) >= 0 || errno == EINTR else { break }
      for p in fds where p.revents != 0 {
        if p.fd == inFD {
          if !writeSome(input, fd: inFD, written: &outcome.written) { closeAll([inFD]); inFD = -1 }
        } else if p.fd == outFD {
          var dropped: [UInt8] = []
          if !drain(outFD, into: &dropped, keep: 0) { closeAll([outFD]); outFD = -1 }
        } else if p.fd == errFD {
          if !drain(errFD, into: &errors, keep: Self.keep) { closeAll([errFD]); errFD = -1 }
        }
      }
    }
    closeAll([inFD, outFD, errFD].filter { $0 >= 0 })
    if exited || outcome.timedOut {
      if (status & 0x7f) == 0 {
        outcome.exitCode = (status >> 8) & 0xff
      } else {
        outcome.signal = status & 0x7f
      }
    }
    if outcome.timedOut { outcome.exitCode = nil; outcome.signal = SIGKILL }
    outcome.errorText = String(decoding: errors, as: UTF8.self)
    return outcome
  }

  /// Writes what the pipe takes; false once the input is all written or the reader is gone.
  private func writeSome(_ input: [UInt8], fd: Int32, written: inout Int) -> Bool {
    while written < input.count {
      let n = input.withUnsafeBytes { raw in
        write(fd, raw.baseAddress.map { $0 + written }, input.count - written)
      }
      if n > 0 {
        written += n
      } else if n < 0 && errno == EINTR {
        continue
      } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        return true
      } else {
        return false  // EPIPE: the program closed its input or exited
      }
    }
    return false
  }

  /// Reads what is there, keeping up to `keep` bytes; false at end of file or on error.
  private func drain(_ fd: Int32, into kept: inout [UInt8], keep: Int) -> Bool {
    var buffer = [UInt8](repeating: 0, count: 16384)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        if kept.count < keep { kept += buffer[..<min(n, keep - kept.count)] }
      } else if n < 0 && errno == EINTR {
        continue
      } else {
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
      }
    }
  }

  private func closeAll(_ fds: [Int32]) {
    for fd in fds where fd >= 0 { close(fd) }
  }

  private static func error(_ what: String) -> ChannelError {
    ChannelError("\(what)：\(String(cString: strerror(errno)))")
  }

  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
