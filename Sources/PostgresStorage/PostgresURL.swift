import Foundation
import Storage

/// A PostgreSQL ledger address:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?evidence=/path&schema=NAME&sslmode=MODE]`.
///
/// `evidence` is the shared evidence folder (content-addressed, as beside a SQLite file);
/// `schema` keeps the ledger's tables in a schema of their own (created when missing);
/// `sslmode` is `disable`, `prefer` (the default) or `require`.
public struct PostgresURL: Sendable, Equatable {
  /// The server's host name or address.
  public var host: String
  /// The server's port.
  public var port: Int
  /// The login role.
  public var user: String
  /// The password, if the URL has one.
  public var password: String?
  /// The database name.
  public var database: String
  /// The schema holding the tables, nil for the server's default search path.
  public var schema: String?
  /// The evidence folder, nil when the URL names none.
  public var evidence: String?
  /// `disable`, `prefer` or `require`.
  public var sslMode: String

  /// Whether a `--db` value is a PostgreSQL URL rather than a file path.
  public static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Parses a URL; a malformed one throws `.invalid` naming the part that is wrong.
  public init(_ text: String) throws {
    func bad(_ why: String) -> StoreError {
      StoreError(
        .invalid,
        "数据库地址 \"\(Self.redact(text))\" 无效：\(why)；格式为 postgres://用户[:密码]@主机[:端口]/数据库")
    }
    guard Self.isURL(text), let parts = URLComponents(string: text) else {
      throw bad("无法解析")
    }
    guard let host = parts.host, !host.isEmpty else { throw bad("缺少主机名") }
    guard let user = parts.user, !user.isEmpty else { throw bad("缺少用户名") }
    let database = String(parts.path.drop(while: { $0 == "/" }))
    guard !database.isEmpty, !database.contains("/") else { throw bad("缺少数据库名") }
    self.host = host
    self.port = parts.port ?? 5432
    self.user = user
    self.password = parts.password
    self.database = database
    self.sslMode = "prefer"
    for item in parts.queryItems ?? [] {
      let value = item.value ?? ""
      switch item.name {
      case "evidence":
        guard value.hasPrefix("/") else { throw bad("evidence 须为绝对路径") }
        evidence = value
      case "schema":
        guard !value.isEmpty,
          value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { throw bad("schema 只能含字母、数字和下划线") }
        schema = value.lowercased()
      case "sslmode":
        guard ["disable", "prefer", "require"].contains(value) else {
          throw bad("sslmode 须为 disable、prefer 或 require")
        }
        sslMode = value
      default:
        throw bad("不认识的参数 \"\(item.name)\"（可用 evidence、schema、sslmode）")
      }
    }
  }

  /// The URL with its password hidden, for messages and listings.
  public var redacted: String {
    var text = "postgres://\(user)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)"
    var query: [String] = []
    if let schema { query.append("schema=\(schema)") }
    if let evidence { query.append("evidence=\(evidence)") }
    if sslMode != "prefer" { query.append("sslmode=\(sslMode)") }
    if !query.isEmpty { text += "?" + query.joined(separator: "&") }
    return text
  }

  /// Hides a password in arbitrary URL text.
  static func redact(_ text: String) -> String {
    guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://") else { return text }
    let credentials = text[scheme.upperBound..<at]
    guard let colon = credentials.firstIndex(of: ":") else { return text }
    return text.replacingCharacters(in: colon..<at, with: ":***")
  }
}
