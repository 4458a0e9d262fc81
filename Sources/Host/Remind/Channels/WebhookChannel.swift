import Crypto
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

/// POSTs each message to a URL as JSON through the run's `WebClient`, with a timeout and
/// the digest's id in `X-Taizhang-Delivery` (the same on a retry of the same digest, for
/// a receiver to deduplicate on). A non-2xx status, or a robot's non-zero `errcode`, is a
/// failure.
struct WebhookChannel: ReminderChannel {
  let url: String
  let format: ChannelConfig.WebhookFormat
  let secret: String?
  let timeout: Double
  let web: WebClient

  func send(_ message: OutgoingMessage) throws {
    let body: Data
    switch format {
    case .generic: body = WebhookBody.generic(message)
    case .dingtalk: body = WebhookBody.dingtalk(message)
    case .wecom: body = WebhookBody.wecom(message)
    }
    let target = format == .dingtalk ? Self.signed(url, secret: secret, at: Date()) : url
    let reply = try web.send(
      target, body: Array(body), headers: [("X-Taizhang-Delivery", message.digest.id)], timeout: timeout)
    let shown = WebClient.redacted(url)
    guard (200..<300).contains(reply.status) else {
      throw ChannelError("\(shown) 返回 HTTP \(reply.status)：\(String(decoding: reply.body.prefix(200), as: UTF8.self))")
    }
    if format != .generic,
      let object = try? JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any],
      let code = object["errcode"] as? Int, code != 0
    {
      throw ChannelError("\(shown) 拒收：errcode \(code) \(object["errmsg"] as? String ?? "")")
    }
  }

  /// The DingTalk URL with `timestamp` and `sign` (HMAC-SHA256 of "timestamp\nsecret"
  /// keyed by the secret, base64, URL-encoded) when a secret is set.
  static func signed(_ url: String, secret: String?, at date: Date) -> String {
    guard let secret else { return url }
    let timestamp = String(Int64(date.timeIntervalSince1970 * 1000))
    let mac = hmacSHA256(key: Array(secret.utf8), message: Array("\(timestamp)\n\(secret)".utf8))
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let sign = Data(mac).base64EncodedString().addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    return url + (url.contains("?") ? "&" : "?") + "timestamp=\(timestamp)&sign=\(sign)"
  }

  /// HMAC-SHA256 (RFC 2104) from swift-crypto.
  static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    Array(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
  }
}
