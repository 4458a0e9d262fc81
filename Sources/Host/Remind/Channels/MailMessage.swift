import Foundation

/// A plain-text mail message in RFC 5322 form: UTF-8 display names and subject as RFC 2047
/// encoded words, a base64 UTF-8 body, `Date`, `Message-ID` and MIME headers; CRLF lines.
struct MailMessage {
  let from: String
  let to: String
  let toName: String?
  let subject: String
  let text: String
  let date: Date
  let messageID: String
  let timeZone: TimeZone

  func rendered() -> String {
    let host = from.split(separator: "@").last.map(String.init) ?? "taizhang.local"
    var headers = [
      "From: " + Self.mailbox(name: "台账提醒", address: from),
      "To: " + Self.mailbox(name: toName, address: to),
      "Subject: " + Self.encodedWords(subject, firstLineUsed: 9),
      "Date: " + Self.rfc5322Date(date, timeZone),
      "Message-ID: <taizhang.\(messageID)@\(host)>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "Auto-Submitted: auto-generated",
    ]
    headers.append("")
    let body = Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    return headers.joined(separator: "\r\n") + "\r\n" + body + "\r\n"
  }

  /// `"name" <address>` with the name as encoded words when it is not plain ASCII.
  static func mailbox(name: String?, address: String) -> String {
    guard let name, !name.isEmpty else { return "<\(address)>" }
    let plain = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " ") }
    return (plain ? name : encodedWords(name, firstLineUsed: 6)) + " <\(address)>"
  }

  /// RFC 2047 `=?UTF-8?B?…?=` words, each at most 75 characters, split between
  /// characters (never inside a UTF-8 sequence), folded onto continuation lines.
  static func encodedWords(_ text: String, firstLineUsed: Int) -> String {
    if text.allSatisfy({ $0.isASCII }) && text.count + firstLineUsed < 78 { return text }
    let maxBytes = 45  // base64 of 45 bytes is 60 characters; with "=?UTF-8?B?" and "?=", 72
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      if chunk.count + bytes.count > maxBytes {
        words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
    return words.joined(separator: "\r\n ")
  }

  /// `Tue, 13 Oct 2026 08:00:00 +0800`.
  static func rfc5322Date(_ date: Date, _ zone: TimeZone) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = zone
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
    return formatter.string(from: date)
  }
}

/// Hands each message to a sendmail-compatible program (`sendmail`, Debian's `msmtp`):
/// the configured command, then `-i -f FROM -- ADDRESS`, the message on standard input.
/// A program that fails, exits without reading the whole message, or outlives `timeout`
/// (killed, with everything it started) is a failed delivery, never a crash or a hang.
struct MailChannel: ReminderChannel {
  let command: [String]
  let from: String
  let timeZone: TimeZone
  let timeout: Double

  func send(_ message: OutgoingMessage) throws {
    guard let address = message.address else { throw ChannelError("邮件渠道缺少收件地址") }
    let mail = MailMessage(
      from: from, to: address, toName: message.digest.person?.name, subject: message.subject,
      text: message.text, date: message.date, messageID: message.digest.id, timeZone: timeZone)
    let program = command[0]
    let input = Array(mail.rendered().utf8)
    let outcome: ChildProcess.Outcome
    do {
      outcome = try ChildProcess(argv: command + ["-i", "-f", from, "--", address], timeout: timeout)
        .run(input: input)
    } catch {
      throw ChannelError("无法运行邮件程序 \(program)：\(error)")
    }
    let said = outcome.errorText.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300)
    if outcome.timedOut {
      throw ChannelError("邮件程序 \(program) 超过 \(Self.seconds(timeout)) 秒未结束，已终止")
    }
    if let signal = outcome.signal {
      throw ChannelError("邮件程序 \(program) 被信号 \(signal) 终止：\(said)")
    }
    guard outcome.exitCode == 0 else {
      throw ChannelError("\(program) 退出码 \(outcome.exitCode ?? -1)：\(said)")
    }
    guard outcome.written == input.count else {
      throw ChannelError("\(program) 只读了邮件的 \(outcome.written)/\(input.count) 字节就退出了")
    }
  }

  /// `60`, or `0.5`: a timeout as written in the config.
  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
