import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One composed message, ready for a channel.
struct OutgoingMessage {
  let digest: Digest
  let address: String?
  let subject: String
  let text: String
  let date: Date
}

/// Something that carries reminder messages to people.
protocol ReminderChannel {
  /// Sends one message; throws `ChannelError` (or any error) when it did not go out.
  func send(_ message: OutgoingMessage) throws
}

enum Channels {
  /// The sender for a configured channel; console output goes to `console`, HTTP through `web`.
  static func make(
    _ config: ChannelConfig, timeZone: TimeZone, web: WebClient, console: @escaping (String) -> Void
  ) -> any ReminderChannel {
    switch config.kind {
    case .console: ConsoleChannel(write: console)
    case .outbox(let folder, let mail): OutboxChannel(folder: folder, mail: mail, from: config.from, timeZone: timeZone)
    case .mail(let command):
      MailChannel(command: command, from: config.from ?? "", timeZone: timeZone, timeout: config.mailTimeout)
    case .webhook(let url, let format, let secret, let timeout):
      WebhookChannel(url: url, format: format, secret: secret, timeout: timeout, web: web)
    }
  }
}

/// Prints each message on standard output.
struct ConsoleChannel: ReminderChannel {
  let write: (String) -> Void

  func send(_ message: OutgoingMessage) throws {
    let who = message.digest.person?.name ?? message.digest.recipientID
    write("──── \(who)：\(message.subject)\n\(message.text)")
  }
}

/// Writes each message as one file in a folder, atomically (a temporary file renamed into
/// place): `.eml` for mail, `.json` otherwise. The name comes from the digest's id, so a
/// message already written is never written twice. The folder is made once, when the
/// channel is; plain system calls keep a file to about four of them.
struct OutboxChannel: ReminderChannel {
  let folder: String
  let mail: Bool
  let from: String?
  let timeZone: TimeZone
  /// Why the folder cannot be used, found when the channel was made.
  private let unusable: String?

  init(folder: String, mail: Bool, from: String?, timeZone: TimeZone) {
    self.folder = folder
    self.mail = mail
    self.from = from
    self.timeZone = timeZone
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      unusable = nil
    } catch {
      unusable = "无法创建发件箱目录 \(folder)：\(error.localizedDescription)"
    }
  }

  func send(_ message: OutgoingMessage) throws {
    if let unusable { throw ChannelError(unusable) }
    let digest = message.digest
    let safeRecipient = String(digest.recipientID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    let name = "\(digest.id)-\(safeRecipient).\(mail ? "eml" : "json")"
    let final = folder + "/" + name
    if access(final, F_OK) == 0 { return }
    let data: Data
    if mail {
      data = Data(MailMessage(
        from: from ?? "", to: message.address ?? "", toName: digest.person?.name, subject: message.subject,
        text: message.text, date: message.date, messageID: digest.id, timeZone: timeZone
      ).rendered().utf8)
    } else {
      data = WebhookBody.generic(message)
    }
    let temporary = folder + "/.tmp-\(name)-\(getpid())"
    guard Self.write(data, to: temporary) else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw ChannelError("无法写入发件箱文件 \(temporary)：\(reason)")
    }
    guard rename(temporary, final) == 0 else {
      unlink(temporary)
      throw ChannelError("无法把 \(temporary) 改名为 \(final)")
    }
  }

  /// Writes `data` to a new file at `path` (mode 0644); false on any failure.
  private static func write(_ data: Data, to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return false }
    var ok = true
    data.withUnsafeBytes { raw in
      var offset = 0
      while ok, offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n > 0 { offset += n } else if n < 0, errno == EINTR { continue } else { ok = false }
      }
    }
    return close(fd) == 0 && ok
  }
}
