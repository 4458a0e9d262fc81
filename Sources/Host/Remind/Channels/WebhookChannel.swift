import Foundation


/// The JSON bodies a webhook posts.
enum WebhookBody {
  /// `{"recipient", "name", "contact", "subject", "text", "items", "message_id"}`.
  static func generic(_ m: OutgoingMessage) throws -> Data {
    let items: [[String: Any]] = m.digest.notices.map {
      [
        "unit": $0.unit, "unit_name": $0.unitName, "item": $0.item, "title": $0.title,
        "period": $0.period, "due": $0.due, "urgency": $0.urgency.rawValue, "days_late": $0.daysLate,
      ]
    }
    var object: [String: Any] = [
      "recipient": m.digest.recipientID, "name": m.digest.person?.name ?? m.digest.recipientID,
      "subject": m.subject, "text": m.text, "items": items, "message_id": m.digest.id,
      "channel": m.digest.channel.name, "deliveries": m.digest.deliveries.map(\.id),
    ]
    if let address = m.address { object["contact"] = address }
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
  }

  /// The DingTalk robot's text message, mentioning the recipient by mobile number.
  static func dingtalk(_ m: OutgoingMessage) throws -> Data {
    let object: [String: Any] = [
      "msgtype": "text",
      "text": ["content": m.subject + "\n" + m.text],
      "at": ["atMobiles": m.address.map { [$0] } ?? [], "isAtAll": false],
    ]
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  /// The WeCom robot's text message, mentioning the recipient by mobile number.
  static func wecom(_ m: OutgoingMessage) throws -> Data {
    let object: [String: Any] = [
      "msgtype": "text",
      "text": ["content": m.subject + "\n" + m.text, "mentioned_mobile_list": m.address.map { [$0] } ?? []],
    ]
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
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
    case .generic: body = try WebhookBody.generic(message)
    case .dingtalk: body = try WebhookBody.dingtalk(message)
    case .wecom: body = try WebhookBody.wecom(message)
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
