import Foundation

/// The JSON bodies a webhook posts (and the outbox folder writes), keys in sorted order.
enum WebhookBody {
  /// `{"channel", "contact", "deliveries", "items", "message_id", "name", "recipient",
  /// "subject", "text"}`, one line per member.
  static func generic(_ m: OutgoingMessage) -> Data {
    var w = JSONBuilder(pretty: true, capacity: 1024 + 320 * m.digest.notices.count + m.text.utf8.count)
    w.object { w in
      w.member("channel", m.digest.channel.name)
      if let address = m.address { w.member("contact", address) }
      w.key("deliveries")
      w.array { w in for d in m.digest.deliveries { w.integer(d.id) } }
      w.key("items")
      w.array { w in
        for n in m.digest.notices {
          w.object { w in
            w.key("days_late")
            w.integer(n.daysLate)
            w.member("due", n.due)
            w.member("item", n.item)
            w.member("period", n.period)
            w.member("title", n.title)
            w.member("unit", n.unit)
            w.member("unit_name", n.unitName)
            w.member("urgency", n.urgency.rawValue)
          }
        }
      }
      w.member("message_id", m.digest.id)
      w.member("name", m.digest.person?.name ?? m.digest.recipientID)
      w.member("recipient", m.digest.recipientID)
      w.member("subject", m.subject)
      w.member("text", m.text)
    }
    return Data(w.bytes)
  }

  /// The DingTalk robot's text message, mentioning the recipient by mobile number.
  static func dingtalk(_ m: OutgoingMessage) -> Data {
    var w = JSONBuilder()
    w.object { w in
      w.key("at")
      w.object { w in
        w.key("atMobiles")
        w.array { w in if let address = m.address { w.string(address) } }
        w.key("isAtAll")
        w.bool(false)
      }
      w.member("msgtype", "text")
      w.key("text")
      w.object { w in w.member("content", m.subject + "\n" + m.text) }
    }
    return Data(w.bytes)
  }

  /// The WeCom robot's text message, mentioning the recipient by mobile number.
  static func wecom(_ m: OutgoingMessage) -> Data {
    var w = JSONBuilder()
    w.object { w in
      w.member("msgtype", "text")
      w.key("text")
      w.object { w in
        w.member("content", m.subject + "\n" + m.text)
        w.key("mentioned_mobile_list")
        w.array { w in if let address = m.address { w.string(address) } }
      }
    }
    return Data(w.bytes)
  }
}

/// POSTs each message to a URL as JSON, with a timeout. A non-2xx status, or a robot's
/// non-zero `errcode`, is a failure.
struct WebhookChannel: ReminderChannel {
  let url: String
  let format: ChannelConfig.WebhookFormat
  let secret: String?
  let timeout: Double

  func send(_ message: OutgoingMessage) throws {
    let body: Data
    switch format {
    case .generic: body = WebhookBody.generic(message)
    case .dingtalk: body = WebhookBody.dingtalk(message)
    case .wecom: body = WebhookBody.wecom(message)
    }
    let target = format == .dingtalk ? Self.signed(url, secret: secret, at: Date()) : url
    let (status, reply) = try HTTPClient.post(target, body: body, timeout: timeout)
    guard (200..<300).contains(status) else {
      throw ChannelError("\(url) 返回 HTTP \(status)：\(String(decoding: reply.prefix(200), as: UTF8.self))")
    }
    if format != .generic,
      let object = try? JSONSerialization.jsonObject(with: reply) as? [String: Any],
      let code = object["errcode"] as? Int, code != 0
    {
      throw ChannelError("\(url) 拒收：errcode \(code) \(object["errmsg"] as? String ?? "")")
    }
  }

  /// The DingTalk URL with `timestamp` and `sign` (HMAC-SHA256 of "timestamp\nsecret"
  /// keyed by the secret, base64, URL-encoded) when a secret is set.
  static func signed(_ url: String, secret: String?, at date: Date) -> String {
    guard let secret else { return url }
    let timestamp = String(Int64(date.timeIntervalSince1970 * 1000))
    let mac = HMACSHA256.mac(key: Array(secret.utf8), message: Array("\(timestamp)\n\(secret)".utf8))
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let sign = Data(mac).base64EncodedString().addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    return url + (url.contains("?") ? "&" : "?") + "timestamp=\(timestamp)&sign=\(sign)"
  }
}

/// A blocking HTTP request with a timeout, made by the system's `curl` program: linking
/// Foundation's URLSession would tie the static binary to libcurl's shared library.
enum HTTPClient {
  /// The program, `TAIZHANG_CURL` or /usr/bin/curl.
  static var curl: String { ProcessInfo.processInfo.environment["TAIZHANG_CURL"] ?? "/usr/bin/curl" }

  static func post(_ url: String, body: Data?, timeout: Double, method: String = "POST") throws -> (Int, Data) {
    guard let target = URL(string: url), ["http", "https"].contains(target.scheme ?? "") else {
      throw ChannelError("不是有效的地址：\(url)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: curl)
    var args = ["-sS", "--max-time", String(timeout), "-X", method, "-o", "-", "-w", "\n%{http_code}"]
    if body != nil {
      args += ["-H", "Content-Type: application/json; charset=utf-8", "--data-binary", "@-"]
    }
    process.arguments = args + ["--url", url]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw ChannelError("无法运行 \(curl)（Debian：apt-get install curl）：\(error.localizedDescription)")
    }
    if let body { input.fileHandleForWriting.write(body) }
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let reason = process.terminationStatus == 28 ? "超时（\(timeout) 秒）" : said.trimmingCharacters(in: .whitespacesAndNewlines)
      throw ChannelError("\(url)：\(reason)")
    }
    guard let cut = data.lastIndex(of: UInt8(ascii: "\n")),
      let status = Int(String(decoding: data[(cut + 1)...], as: UTF8.self))
    else { throw ChannelError("\(url)：无法读取响应") }
    return (status, Data(data[..<cut]))
  }
}
