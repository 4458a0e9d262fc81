import Foundation
import PostgresNIO
import Storage

/// The connections of one store: a dedicated one-thread event loop group (not Swift's
/// cooperative pool, so blocking callers cannot starve it), and idle connections reused
/// across calls. Each caller holds a connection alone for the length of its work.
final class PGPool: @unchecked Sendable {
  private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  private let configuration: PostgresConnection.Configuration
  private let schema: String?
  private let address: String
  private let logger = Logger(label: "taizhang.postgres")
  private let lock = NSLock()
  private var idle: [PostgresConnection] = []
  private var opened = 0
  private var closed = false

  init(url: PostgresURL) throws {
    let tls: PostgresConnection.Configuration.TLS
    switch url.sslMode {
    case "disable": tls = .disable
    default:
      do {
        let context = try NIOSSLContext(configuration: .makeClientConfiguration())
        tls = url.sslMode == "require" ? .require(context) : .prefer(context)
      } catch {
        throw StoreError(.io, "无法建立 TLS 设置：\(error)")
      }
    }
    var config = PostgresConnection.Configuration(
      host: url.host, port: url.port, username: url.user, password: url.password,
      database: url.database, tls: tls)
    config.options.connectTimeout = .seconds(10)
    configuration = config
    schema = url.schema
    address = "\(url.host):\(url.port)"
  }

  /// Runs `body` with a connection of its own; a connection that failed is dropped.
  func withSession<T>(_ body: (PGSession) throws -> T) throws -> T {
    let connection = try checkOut()
    let session = PGSession(connection: connection, logger: logger)
    do {
      let result = try body(session)
      checkIn(connection)
      return result
    } catch let error as StoreError {
      // A server-side error leaves the connection usable; a broken one is closed.
      if connection.isClosed { discard(connection) } else { checkIn(connection) }
      throw error
    } catch {
      discard(connection)
      throw error
    }
  }

  private func checkOut() throws -> PostgresConnection {
    lock.lock()
    if closed {
      lock.unlock()
      throw StoreError(.io, "数据库连接已关闭")
    }
    while let connection = idle.popLast() {
      // The server may have closed a connection that sat idle; open another instead.
      if connection.isClosed { continue }
      lock.unlock()
      return connection
    }
    opened += 1
    let id = opened
    lock.unlock()
    let connection: PostgresConnection
    do {
      connection = try PostgresConnection.connect(
        on: group.next(), configuration: configuration, id: id, logger: logger
      ).wait()
    } catch let error as PSQLError where error.code == .connectionError {
      let reason = "\(error.underlying.map { "\($0)" } ?? "")".contains("refused") ? "连接被拒绝" : "连不上"
      throw StoreError(
        .io, "无法连接 PostgreSQL 服务器 \(address)：\(reason)；请检查地址、端口和服务器是否在运行")
    } catch {
      throw PGErrors.translate(error)
    }
    if let schema {
      let session = PGSession(connection: connection, logger: logger)
      try session.script("SET search_path TO \(schema)")
    }
    return connection
  }

  private func checkIn(_ connection: PostgresConnection) {
    lock.lock()
    defer { lock.unlock() }
    if closed || connection.isClosed || idle.count >= 8 {
      discard(connection)
    } else {
      idle.append(connection)
    }
  }

  private func discard(_ connection: PostgresConnection) {
    let _: EventLoopFuture<Void> = connection.close()
  }

  /// Closes the idle connections and stops the event loop.
  func close() {
    lock.lock()
    let connections = idle
    idle = []
    let wasClosed = closed
    closed = true
    lock.unlock()
    guard !wasClosed else { return }
    for connection in connections {
      let closing: EventLoopFuture<Void> = connection.close()
      try? closing.wait()
    }
    try? group.syncShutdownGracefully()
  }

  deinit { close() }
}
