import Foundation
import Testing

@testable import Host

/// The DingTalk signature: HMAC-SHA256 from swift-crypto, checked against RFC 4231.
@Suite("Webhook signing")
struct WebhookSigningTests {
  static func hex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var i = text.startIndex
    while i < text.endIndex {
      let next = text.index(i, offsetBy: 2)
      bytes.append(UInt8(text[i..<next], radix: 16) ?? 0)
      i = next
    }
    return bytes
  }

  /// RFC 4231 test cases 1–4, 6 and 7 (case 5 is a truncated output).
  static let vectors: [(key: [UInt8], data: [UInt8], mac: String)] = [
    ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
     "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    (Array(1...25), [UInt8](repeating: 0xcd, count: 50),
     "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
    ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    ([UInt8](repeating: 0xaa, count: 131),
     Array(("This is a test using a larger than block-size key and a larger than block-size data. The key needs to "
       + "be hashed before being used by the HMAC algorithm.").utf8),
     "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ]

  @Test("HMAC-SHA256 gives the RFC 4231 outputs")
  func rfc4231() {
    for v in Self.vectors {
      #expect(WebhookChannel.hmacSHA256(key: v.key, message: v.data) == Self.hex(v.mac))
    }
  }

  @Test("the signed URL carries the timestamp and the URL-encoded base64 signature")
  func signedURL() {
    let at = Date(timeIntervalSince1970: 1_700_000_000.123)
    let url = WebhookChannel.signed("https://oapi.dingtalk.com/robot/send?access_token=x", secret: "SECtest", at: at)
    let mac = WebhookChannel.hmacSHA256(key: Array("SECtest".utf8), message: Array("1700000000123\nSECtest".utf8))
    let sign = Data(mac).base64EncodedString()
      .replacingOccurrences(of: "+", with: "%2B").replacingOccurrences(of: "/", with: "%2F")
      .replacingOccurrences(of: "=", with: "%3D")
    #expect(url == "https://oapi.dingtalk.com/robot/send?access_token=x&timestamp=1700000000123&sign=\(sign)")
    #expect(WebhookChannel.signed("https://h/x", secret: nil, at: at) == "https://h/x")
  }
}

/// Which proxy a webhook request goes through, from the environment.
@Suite("Webhook proxies")
struct WebhookProxyTests {
  @Test("HTTPS_PROXY for https, HTTP_PROXY for http, lower-case names first, NO_PROXY by name and suffix")
  func proxyRules() throws {
    let env = [
      "HTTPS_PROXY": "http://upper:3128", "https_proxy": "http://proxy.example.cn:3128",
      "HTTP_PROXY": "proxy.example.cn:8080", "NO_PROXY": "localhost, .internal.cn,127.0.0.1,robot.example.cn:443",
    ]
    #expect(WebClient.proxy(for: "https", host: "oapi.dingtalk.com", environment: env) == "http://proxy.example.cn:3128")
    #expect(WebClient.proxy(for: "http", host: "hooks.example.cn", environment: env) == "proxy.example.cn:8080")
    #expect(WebClient.proxy(for: "https", host: "a.internal.cn", environment: env) == nil)
    #expect(WebClient.proxy(for: "https", host: "internal.cn", environment: env) == nil)
    #expect(WebClient.proxy(for: "https", host: "robot.example.cn", environment: env) == nil)
    #expect(WebClient.proxy(for: "http", host: "127.0.0.1", environment: env) == nil)
    #expect(WebClient.proxy(for: "https", host: "notinternal.cn", environment: env) != nil)
    #expect(WebClient.proxy(for: "https", host: "x", environment: ["https_proxy": "http://p:1", "no_proxy": "*"]) == nil)
    #expect(WebClient.proxy(for: "https", host: "x", environment: [:]) == nil)
    #expect(throws: ChannelError.self) { try WebClient.parseProxy("socks5://p:1080") }
    #expect(WebClient.redacted("https://u:secret@h.cn/robot/send?access_token=T") == "https://…@h.cn/robot/send")
  }
}
