import PostgresNIO
import Storage

/// Turns PostgresNIO's errors into `StoreError`s with zh-CN messages and no internals.
enum PGErrors {
  static func translate(_ error: any Error) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? PSQLError else {
      return StoreError(.io, "无法连接 PostgreSQL：\(error)")
    }
    if let info = error.serverInfo {
      let state = info[.sqlState] ?? ""
      let message = info[.message] ?? ""
      switch state {
      case "23505": return StoreError(.duplicate, "违反唯一约束：\(message)")
      case let s where s.hasPrefix("23"): return StoreError(.conflict, "违反数据约束：\(message)")
      case "28P01", "28000":
        return StoreError(.io, "PostgreSQL 拒绝登录（用户名或密码不对）：\(message)")
      case "3D000": return StoreError(.io, "PostgreSQL 数据库不存在：\(message)")
      case "40001", "40P01": return StoreError(.io, "数据库忙，请稍后重试：\(message)")
      default: return StoreError(.io, "PostgreSQL 错误 \(state)：\(message)")
      }
    }
    switch error.code {
    case .connectionError:
      let reason = error.underlying.map { "\($0)" } ?? "连接失败"
      return StoreError(.io, "无法连接 PostgreSQL 服务器：\(reason)")
    case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
      return StoreError(.io, "与 PostgreSQL 服务器的连接已断开")
    case .sslUnsupported:
      return StoreError(.io, "PostgreSQL 服务器不支持 TLS；可在地址后加 ?sslmode=disable")
    case .authMechanismRequiresPassword:
      return StoreError(.io, "PostgreSQL 要求密码：请写在地址里 postgres://用户:密码@主机/库")
    default:
      return StoreError(.io, "PostgreSQL 错误：\(error.code)")
    }
  }
}
