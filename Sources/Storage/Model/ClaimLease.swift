import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How a sender claims deliveries: as whom, for how long, by the wall clock, and whose
/// claims it may take before their lease lapses (holders known to be gone).
public struct ClaimLease: Sendable, Equatable {
  /// The holder's text (`ClaimHolder.text`), stored with each claim.
  public var holder: String
  /// The wall clock now (leases are real time, whatever day a run judges).
  public var clock: Date
  /// How long a claim lasts unless renewed.
  public var seconds: Double
  /// Holders whose claims are taken at once: processes known to be gone.
  public var takingOver: Set<String>

  /// Creates a lease.
  public init(holder: String, clock: Date, seconds: Double, takingOver: Set<String> = []) {
    self.holder = holder
    self.clock = clock
    self.seconds = seconds
    self.takingOver = takingOver
  }

  /// When a claim made now lapses.
  public var until: Date { clock.addingTimeInterval(seconds) }
}

/// Who holds a claim: one run of one process on one host. Its text is
/// `HOST PID START RUN`, START being the process's start time in clock ticks after boot
/// (so a reused pid is not taken for the holder).
public struct ClaimHolder: Sendable, Equatable {
  /// The host name.
  public var host: String
  /// The process id.
  public var pid: Int32
  /// The process's start time after boot, in clock ticks; 0 when unknown.
  public var started: UInt64
  /// A token of the run.
  public var run: String

  /// Creates a holder.
  public init(host: String, pid: Int32, started: UInt64, run: String) {
    self.host = host
    self.pid = pid
    self.started = started
    self.run = run
  }

  /// This process, for a run identified by `run`.
  public static func current(run: String) -> ClaimHolder {
    let pid = getpid()
    return ClaimHolder(host: hostName(), pid: pid, started: startTime(of: pid) ?? 0, run: run)
  }

  /// The stored form.
  public var text: String { "\(host) \(pid) \(started) \(run)" }

  /// Reads a stored holder; nil when it is not one.
  public init?(text: String) {
    let parts = text.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 4, let pid = Int32(parts[1]), let started = UInt64(parts[2]) else { return nil }
    self.init(host: String(parts[0]), pid: pid, started: started, run: String(parts[3]))
  }

  /// Whether this holder is a process of this host that no longer exists (or whose pid
  /// now belongs to another process): its claims are abandoned.
  public var isGoneFromThisHost: Bool {
    guard host == Self.hostName(), pid > 0 else { return false }
    if kill(pid, 0) != 0 && errno == ESRCH { return true }
    guard started != 0, let now = Self.startTime(of: pid) else { return false }
    return now != started
  }

  /// This machine's host name (spaces, which no host name has, replaced).
  public static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
    let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.isEmpty ? "localhost" : name.replacingOccurrences(of: " ", with: "_")
  }

  /// A process's start time in clock ticks after boot (field 22 of /proc/PID/stat).
  static func startTime(of pid: Int32) -> UInt64? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // After the command name: state is field 3, so starttime is the 20th field here.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    return fields.count > 19 ? UInt64(fields[19]) : nil
  }
}
