import Foundation

extension SiteConfig {
  /// The message template keys `[messages]` may override.
  public static let messageKeys = MessageTemplates.keys

  /// Parses config text (TOML 1.0); `file` names it in errors.
  public static func parse(_ text: String, file: String) throws -> SiteConfig {
    try read(ConfigDocument.parse(text, file: file))
  }

  /// Checks every key of a parsed config and reads it.
  static func read(_ document: ConfigDocument) throws -> SiteConfig {
    let file = document.file
    var config = SiteConfig()
    for table in document.tables {
      var reader = TableReader(table: table, file: file)
      switch table.name {
      case "":
        config.database = try reader.string("database")
        if let zone = try reader.string("time_zone") {
          guard let tz = TimeZone(identifier: zone) else {
            throw reader.error("time_zone", "\"\(zone)\" is not a time zone (e.g. \"Asia/Shanghai\")")
          }
          config.timeZone = tz
        }
        if let language = try reader.string("language") {
          guard ["zh-CN", "en"].contains(language) else {
            throw reader.error("language", "language should be \"zh-CN\" or \"en\", not \"\(language)\"")
          }
          config.language = language
        }
        config.pluginFolders = try reader.strings("plugins") ?? []
        config.log = try reader.string("log")
        config.heartbeat = try reader.url("heartbeat")
      case "channels":
        try reader.finish()  // only [channels.NAME] tables below it
      case "messages":
        for key in table.keys {
          guard Self.messageKeys.contains(key) else {
            throw reader.error(key, "unknown message \"\(key)\"\(hint(key, Self.messageKeys))")
          }
          let text = try reader.string(key)
          if let text, let problem = MessageTemplates.fieldProblem(in: text, key: key) {
            throw reader.error(key, problem)
          }
          config.messages[key] = text
        }
      case "remind":
        let r = RemindSettings()
        config.remind.maxAttempts = try reader.integer("max_attempts", in: 1...100) ?? r.maxAttempts
        config.remind.retryAfterMinutes =
          try reader.integer("retry_after_minutes", in: 1...10080) ?? r.retryAfterMinutes
        config.remind.leaseSeconds = try reader.integer("lease_seconds", in: 2...86400) ?? r.leaseSeconds
        config.remind.deadlineSeconds = try reader.integer("deadline_seconds", in: 1...86400) ?? r.deadlineSeconds
        config.remind.catchUpDays = try reader.integer("catch_up_days", in: 1...366) ?? r.catchUpDays
        config.remind.superiorRoles = try reader.strings("superior_roles") ?? r.superiorRoles
      case "school":
        config.schoolTerms = try readSchoolTerms(&reader)
      case let name where name.hasPrefix("channels.") && !name.dropFirst(9).contains("."):
        config.channels.append(try channel(String(name.dropFirst(9)), &reader))
      case "school.terms":
        throw ConfigError(
          file: file, line: table.line,
          "学期要写成表数组：每个学期一段 [[school.terms]]（两层方括号），或 school.terms = [{ start = 2026-09-01, end = 2027-01-23 }, …]")
      default:
        throw ConfigError(
          file: file, line: table.line,
          "unknown table [\(table.name)]; expected [channels.NAME], [messages], [remind] or [[school.terms]]")
      }
      try reader.finish()
    }
    config.channels.sort { $0.name < $1.name }
    return config
  }

  private static func channel(_ name: String, _ reader: inout TableReader) throws -> ChannelConfig {
    guard let type = try reader.string("type") else {
      throw ConfigError(
        file: reader.file, line: reader.table.line,
        "[channels.\(name)] needs type = \"console\", \"outbox\", \"mail\" or \"webhook\"")
    }
    let kind: ChannelConfig.Kind
    var mailTimeout = ChannelConfig.defaultMailTimeout
    switch type {
    case "console":
      kind = .console
    case "outbox":
      let format = try reader.string("format") ?? "json"
      guard format == "json" || format == "eml" else {
        throw reader.error("format", "an outbox's format is \"json\" or \"eml\", not \"\(format)\"")
      }
      kind = .outbox(folder: try reader.required("folder"), mail: format == "eml")
    case "mail":
      let command = try reader.strings("sendmail") ?? ["/usr/sbin/sendmail"]
      guard let program = command.first, program.hasPrefix("/") else {
        throw reader.error("sendmail", "sendmail should start with the program's absolute path")
      }
      kind = .mail(command: command)
      mailTimeout = try reader.number("timeout", in: 0.1...3600) ?? mailTimeout
    case "webhook":
      let url: String = try reader.url("url") ?? reader.required("url")
      let formatText = try reader.string("format") ?? "generic"
      guard let format = ChannelConfig.WebhookFormat(rawValue: formatText) else {
        throw reader.error(
          "format", "a webhook's format is \"generic\", \"dingtalk\" or \"wecom\", not \"\(formatText)\"")
      }
      let secret = try reader.string("secret")
      if secret != nil && format != .dingtalk {
        throw reader.error("secret", "secret is only used by the dingtalk format")
      }
      let timeout = try reader.number("timeout", in: 0.1...300) ?? 10
      kind = .webhook(url: url, format: format, secret: secret, timeout: timeout)
    default:
      throw reader.error("type", "unknown channel type \"\(type)\"; use console, outbox, mail or webhook")
    }
    let from = try reader.string("from")
    let needsFrom: Bool = if case .mail = kind { true } else if case .outbox(_, true) = kind { true } else { false }
    if needsFrom && from == nil {
      throw ConfigError(
        file: reader.file, line: reader.table.line, "[channels.\(name)] needs from = \"address\" for mail")
    }
    let contact = try reader.string("contact") ?? ChannelConfig.defaultContact(for: kind)
    return ChannelConfig(name: name, kind: kind, contact: contact, from: from, mailTimeout: mailTimeout)
  }

  /// ` (did you mean "x"?)` for the candidate nearest to a misspelt or abbreviated word.
  static func hint(_ word: String, _ candidates: [String]) -> String {
    let guess =
      DeclarationSchema.closest(to: word, in: candidates)
      ?? candidates.first { $0.hasPrefix(String(word.prefix(3))) }
      ?? candidates.first { isAbbreviation(word, of: $0) }
    return guess.map { " (did you mean \"\($0)\"?)" } ?? ""
  }

  /// Whether `word`'s letters appear in `full` in order, starting with its first (`cnt`, `count`).
  private static func isAbbreviation(_ word: String, of full: String) -> Bool {
    guard let first = word.first, full.first == first, word.count < full.count else { return false }
    var rest = full[...]
    for c in word {
      guard let at = rest.firstIndex(of: c) else { return false }
      rest = rest[rest.index(after: at)...]
    }
    return true
  }
}

/// Reads a table's keys by type, remembering which were read so that `finish` can name
/// every unknown key.
struct TableReader {
  let table: ConfigTable
  let file: String
  private var used: Set<String> = []

  init(table: ConfigTable, file: String) {
    self.table = table
    self.file = file
  }

  func error(_ key: String, _ message: String) -> ConfigError {
    ConfigError(file: file, line: table.entries[key]?.line ?? table.line, message)
  }

  private var where_: String { table.name.isEmpty ? "" : " in [\(table.name)]" }

  /// The entry of `key` as written, marked read; nil when absent.
  mutating func entry(_ key: String) -> ConfigEntry? {
    used.insert(key)
    return table.entries[key]
  }

  mutating func string(_ key: String) throws -> String? {
    used.insert(key)
    guard let entry = table.entries[key] else { return nil }
    guard case .string(let s) = entry.value else {
      throw error(key, "\(key) should be a string, not \(entry.value.typeName)")
    }
    return s
  }

  mutating func required(_ key: String) throws -> String {
    guard let s = try string(key), !s.isEmpty else {
      throw ConfigError(file: file, line: table.line, "\(key) is required\(where_)")
    }
    return s
  }

  mutating func url(_ key: String) throws -> String? {
    guard let s = try string(key) else { return nil }
    guard let url = URL(string: s), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
      throw error(key, "\(key) \"\(s)\" is not an http(s) URL")
    }
    return s
  }

  mutating func strings(_ key: String) throws -> [String]? {
    used.insert(key)
    guard let entry = table.entries[key] else { return nil }
    if case .string(let s) = entry.value { return [s] }
    guard case .array(let values) = entry.value else {
      throw error(key, "\(key) should be an array of strings, not \(entry.value.typeName)")
    }
    return try values.map {
      guard case .string(let s) = $0 else { throw error(key, "\(key) should hold only strings") }
      return s
    }
  }

  mutating func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
    used.insert(key)
    guard let entry = table.entries[key] else { return nil }
    guard case .integer(let n) = entry.value else {
      throw error(key, "\(key) should be an integer, not \(entry.value.typeName)")
    }
    guard range.contains(n) else {
      throw error(key, "\(key) = \(n) is out of range \(range.lowerBound)…\(range.upperBound)")
    }
    return n
  }

  mutating func number(_ key: String, in range: ClosedRange<Double>) throws -> Double? {
    used.insert(key)
    guard let entry = table.entries[key] else { return nil }
    let n: Double
    switch entry.value {
    case .integer(let i): n = Double(i)
    case .float(let d): n = d
    default: throw error(key, "\(key) should be a number, not \(entry.value.typeName)")
    }
    guard range.contains(n) else {
      throw error(key, "\(key) = \(n) is out of range \(range.lowerBound)…\(range.upperBound)")
    }
    return n
  }

  /// Throws for the first key that was never read.
  mutating func finish() throws {
    for key in table.keys where !used.contains(key) {
      let known = used.sorted()
      throw error(key, "unknown key \"\(key)\"\(where_)\(SiteConfig.hint(key, known))")
    }
    used = Set(table.keys)
  }
}
