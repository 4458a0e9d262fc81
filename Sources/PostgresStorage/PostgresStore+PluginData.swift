import Foundation
import Storage

extension PostgresStore {
  /// The JSON text stored under `key` for `plugin`, or nil.
  public func pluginValue(plugin: String, key: String) throws -> String? {
    try session { db in
      try db.pgQuery(
        "SELECT value FROM plugin_data WHERE plugin = $1 AND key = $2", [.text(plugin), .text(key)]
      ).first?.text("value")
    }
  }

  /// Stores JSON text under `key` for `plugin`, within the caps of `PluginDataLimits`.
  public func setPluginValue(plugin: String, key: String, json: String) throws {
    try PluginDataLimits.checkEntry(plugin: plugin, key: key, json: json)
    try pgWrite { db in
      // One writer per plugin at a time, so two hosts cannot pass the cap together.
      _ = try db.pgQuery("SELECT pg_advisory_xact_lock(hashtext($1))", [.text("plugin_data:" + plugin)])
      let others =
        try db.pgInteger(
          "SELECT COALESCE(SUM(octet_length(value)), 0)::BIGINT FROM plugin_data WHERE plugin = $1 AND key <> $2",
          [.text(plugin), .text(key)]) ?? 0
      try PluginDataLimits.checkTotal(plugin: plugin, others: Int(others), json: json)
      try db.pgExecute(
        """
        INSERT INTO plugin_data (plugin, key, value, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (plugin, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
        """,
        [.text(plugin), .text(key), .text(json), .integer(StoredTime.millis(Date()))])
    }
  }

  /// Removes `key` for `plugin`.
  public func deletePluginValue(plugin: String, key: String) throws {
    try session { db in
      _ = try db.pgExecute(
        "DELETE FROM plugin_data WHERE plugin = $1 AND key = $2", [.text(plugin), .text(key)])
    }
  }
}
