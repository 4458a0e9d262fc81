import Foundation

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
  /// The sender for a configured channel; console output goes to `console`.
  static func make(_ config: ChannelConfig, timeZone: TimeZone, console: @escaping (String) -> Void) -> any ReminderChannel {
    switch config.kind {
    case .console: ConsoleChannel(write: console)
    case .outbox(let folder, let mail): OutboxChannel(folder: folder, mail: mail, from: config.from, timeZone: timeZone)
    case .mail(let command): MailChannel(command: command, from: config.from ?? "", timeZone: timeZone)
    case .webhook(let url, let format, let secret, let timeout):
      WebhookChannel(url: url, format: format, secret: secret, timeout: timeout)
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
/// message already written is never written twice.
struct OutboxChannel: ReminderChannel {
  let folder: String
  let mail: Bool
  let from: String?
  let timeZone: TimeZone

  func send(_ message: OutgoingMessage) throws {
    let fm = FileManager.default
    do {
      try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw ChannelError("无法创建发件箱目录 \(folder)：\(error.localizedDescription)")
    }
    let digest = message.digest
    let safeRecipient = String(digest.recipientID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    let name = "\(digest.id)-\(safeRecipient).\(mail ? "eml" : "json")"
    let final = folder + "/" + name
    if fm.fileExists(atPath: final) { return }
    let data: Data
    if mail {
      data = Data(MailMessage(
        from: from ?? "", to: message.address ?? "", toName: digest.person?.name, subject: message.subject,
        text: message.text, date: message.date, messageID: digest.id, timeZone: timeZone
      ).rendered().utf8)
    } else {
      data = try WebhookBody.generic(message)
    }
    let temporary = folder + "/.tmp-\(name)-\(getpid())"
    guard fm.createFile(atPath: temporary, contents: data) else {
      throw ChannelError("无法写入发件箱文件 \(temporary)")
    }
    guard rename(temporary, final) == 0 else {
      unlink(temporary)
      throw ChannelError("无法把 \(temporary) 改名为 \(final)")
    }
  }
}
