import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

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

/// A blocking HTTP request with a timeout, for a command-line job.
enum HTTPClient {
  private final class Outcome: @unchecked Sendable {
    var status = 0
    var data = Data()
    var error: Error?
  }

  static func post(_ url: String, body: Data?, timeout: Double, method: String = "POST") throws -> (Int, Data) {
    guard let target = URL(string: url) else { throw ChannelError("不是有效的地址：\(url)") }
    var request = URLRequest(url: target, timeoutInterval: timeout)
    request.httpMethod = method
    if let body {
      request.httpBody = body
      request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
    }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    let session = URLSession(configuration: configuration)
    defer { session.finishTasksAndInvalidate() }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    session.dataTask(with: request) { data, response, error in
      outcome.data = data ?? Data()
      outcome.status = (response as? HTTPURLResponse)?.statusCode ?? 0
      outcome.error = error
      done.signal()
    }.resume()
    if done.wait(timeout: .now() + timeout + 1) == .timedOut {
      throw ChannelError("\(url) 超时（\(timeout) 秒）")
    }
    if let error = outcome.error { throw ChannelError("\(url)：\(error.localizedDescription)") }
    return (outcome.status, outcome.data)
  }
}
