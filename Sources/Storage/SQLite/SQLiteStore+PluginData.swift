import Foundation
import GRDB

extension SQLiteStore {
  /// The JSON text stored under `key` for `plugin`, or nil.
  public func pluginValue(plugin: String, key: String) throws -> String? {
    try grdbRead { db in
      try String.fetchOne(
        db, sql: "SELECT value FROM plugin_data WHERE plugin = ? AND key = ?",
        arguments: [plugin, key])
    }
  }

  /// Stores JSON text under `key` for `plugin`, within the caps of `PluginDataLimits`.
  public func setPluginValue(plugin: String, key: String, json: String) throws {
    try PluginDataLimits.checkEntry(plugin: plugin, key: key, json: json)
    try grdbWrite { db in
      let others =
        try Int.fetchOne(
          db,
          sql:
            "SELECT COALESCE(SUM(length(CAST(value AS BLOB))), 0) FROM plugin_data WHERE plugin = ? AND key <> ?",
          arguments: [plugin, key]) ?? 0
      try PluginDataLimits.checkTotal(plugin: plugin, others: others, json: json)
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
    try grdbWrite { db in
      try db.execute(
        sql: "DELETE FROM plugin_data WHERE plugin = ? AND key = ?", arguments: [plugin, key])
    }
  }
}
