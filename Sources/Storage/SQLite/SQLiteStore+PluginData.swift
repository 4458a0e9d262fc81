import Foundation
import GRDB

extension SQLiteStore {
  /// The JSON text stored under `key` for `plugin`, or nil.
  public func pluginValue(plugin: String, key: String) throws -> String? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT value FROM plugin_data WHERE plugin = ? AND key = ?",
        arguments: [plugin, key])
    }
  }

  /// Stores JSON text under `key` for `plugin`, within the caps of `PluginDataLimits`.
  public func setPluginValue(plugin: String, key: String, json: String) throws {
    guard !key.isEmpty, key.utf8.count <= PluginDataLimits.keyBytes else {
      throw StoreError(.invalid, "插件 \(plugin) 的键应为 1 到 \(PluginDataLimits.keyBytes) 字节")
    }
    guard json.utf8.count <= PluginDataLimits.valueBytes else {
      throw StoreError(
        .invalid,
        "插件 \(plugin) 的键 \"\(key)\" 的值有 \(json.utf8.count) 字节，超过上限 \(PluginDataLimits.valueBytes) 字节"
      )
    }
    try write { db in
      let others =
        try Int.fetchOne(
          db,
          sql:
            "SELECT COALESCE(SUM(length(CAST(value AS BLOB))), 0) FROM plugin_data WHERE plugin = ? AND key <> ?",
          arguments: [plugin, key]) ?? 0
      guard others + json.utf8.count <= PluginDataLimits.pluginBytes else {
        throw StoreError(
          .invalid, "插件 \(plugin) 保存的数据将超过上限 \(PluginDataLimits.pluginBytes) 字节；请删除不用的键")
      }
      try db.execute(
        sql: """
          INSERT INTO plugin_data (plugin, key, value, updated_at) VALUES (?, ?, ?, ?)
          ON CONFLICT(plugin, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
          """,
        arguments: [plugin, key, json, StoredTime.millis(Date())])
    }
  }

  /// Removes `key` for `plugin`.
  public func deletePluginValue(plugin: String, key: String) throws {
    try write { db in
      try db.execute(
        sql: "DELETE FROM plugin_data WHERE plugin = ? AND key = ?", arguments: [plugin, key])
    }
  }
}
