import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP client of one remind run (webhooks and the heartbeat): AsyncHTTPClient, so
/// connections are reused from one message to the next, with TLS and a proxy taken from
/// `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` (lower-case names too). Our code is synchronous:
/// a request waits for its future on the caller's thread, never on an event loop.
/// `shutdown()` ends it; one client per proxy is made on first use.
final class WebClient: @unchecked Sendable {
  /// What came back.
  struct Reply {
    var status: Int
    var body: [UInt8]
  }

  /// The most of a reply body read (a robot's answer is a few dozen bytes).
  static let maxReply = 1 << 20

  private let environment: [String: String]
  private let lock = NSLock()
  /// The clients made so far, by proxy (`""`: direct).
  private var clients: [String: HTTPClient] = [:]

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  /// Sends one request; throws `ChannelError` on a bad URL, a connection problem or
  /// when `timeout` seconds pass without a complete reply.
  func send(
    _ url: String, method: HTTPMethod = .POST, body: [UInt8]? = nil, headers: [(String, String)] = [],
    timeout: Double
  ) throws -> Reply {
    guard let target = URL(string: url), let scheme = target.scheme?.lowercased(), ["http", "https"].contains(scheme),
      let host = target.host, !host.isEmpty
    else { throw ChannelError("不是有效的地址：\(url)") }
    let proxy = Self.proxy(for: scheme, host: host, environment: environment)
    let client = try self.client(proxy: proxy)
    var fields = HTTPHeaders(headers)
    if body != nil { fields.replaceOrAdd(name: "Content-Type", value: "application/json; charset=utf-8") }
    fields.replaceOrAdd(name: "User-Agent", value: "taizhang")
    let request: HTTPClient.Request
    do {
      request = try HTTPClient.Request(url: url, method: method, headers: fields, body: body.map { .bytes($0) })
    } catch {
      throw ChannelError("不是有效的地址：\(url)（\(error)）")
    }
    let milliseconds = Int64(max(1, (timeout * 1000).rounded()))
    let task = client.execute(
      request: request, delegate: ResponseAccumulator(request: request, maxBodySize: Self.maxReply),
      deadline: .now() + .milliseconds(milliseconds))
    do {
      let response = try task.futureResult.wait()
      var buffer = response.body ?? ByteBuffer()
      return Reply(status: Int(response.status.code), body: buffer.readBytes(length: buffer.readableBytes) ?? [])
    } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout
      || error == .connectTimeout
    {
      throw ChannelError("\(Self.redacted(url))：超时（\(MailChannel.seconds(timeout)) 秒）")
    } catch {
      throw ChannelError("\(Self.redacted(url))：\(error)")
    }
  }

  /// Closes every connection and stops the clients; waits at most `timeout` seconds.
  func shutdown(timeout: Double = 10) {
    let all = lock.withLock {
      defer { clients = [:] }
      return Array(clients.values)
    }
    for client in all {
      let done = DispatchSemaphore(value: 0)
      client.shutdown(queue: .global()) { _ in done.signal() }
      _ = done.wait(timeout: .now() + timeout)
    }
  }

  deinit {
    for client in clients.values { client.shutdown(queue: .global()) { _ in } }
  }

  private func client(proxy: String?) throws -> HTTPClient {
    try lock.withLock {
      if let client = clients[proxy ?? ""] { return client }
      var configuration = HTTPClient.Configuration(
        redirectConfiguration: .disallow, timeout: .init(connect: .seconds(30)), proxy: nil)
      if let proxy {
        configuration.proxy = try Self.parseProxy(proxy)
      }
      let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
      clients[proxy ?? ""] = client
      return client
    }
  }

  /// The proxy URL for a request to `host` over `scheme`, or nil: direct.
  static func proxy(for scheme: String, host: String, environment: [String: String]) -> String? {
    func value(_ name: String) -> String? {
      let v = environment[name.lowercased()] ?? environment[name.uppercased()]
      return v.flatMap { $0.isEmpty ? nil : $0 }
    }
    let proxy = scheme == "https" ? value("https_proxy") : value("http_proxy")
    guard let proxy else { return nil }
    let target = host.lowercased()
    for entry in (value("no_proxy") ?? "").split(separator: ",") {
      var rule = entry.trimmingCharacters(in: .whitespaces).lowercased()
      if rule == "*" { return nil }
      if let colon = rule.lastIndex(of: ":"), !rule.contains("]") { rule = String(rule[..<colon]) }
      if rule.hasPrefix("*") { rule.removeFirst() }
      if rule.hasPrefix(".") { rule.removeFirst() }
      guard !rule.isEmpty else { continue }
      if target == rule || target.hasSuffix("." + rule) { return nil }
    }
    return proxy
  }

  /// An HTTP proxy (`http://[user:password@]host[:port]`; no scheme means http).
  static func parseProxy(_ text: String) throws -> HTTPClient.Configuration.Proxy {
    let full = text.contains("://") ? text : "http://" + text
    guard let url = URL(string: full), url.scheme?.lowercased() == "http", let host = url.host, !host.isEmpty else {
      throw ChannelError("代理地址无法使用：\(redacted(text))（只支持 http:// 代理）")
    }
    let port = url.port ?? 80
    if let user = url.user {
      let password = url.password ?? ""
      return .server(
        host: host, port: port,
        authorization: .basic(
          username: user.removingPercentEncoding ?? user, password: password.removingPercentEncoding ?? password))
    }
    return .server(host: host, port: port)
  }

  /// `url` without a password or query (which may hold a token), for messages.
  static func redacted(_ url: String) -> String {
    var text = url
    if let q = text.firstIndex(of: "?") { text = String(text[..<q]) }
    if let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@") {
      text = String(text[..<scheme.upperBound]) + "…@" + text[text.index(after: at)...]
    }
    return text
  }
}
