import Foundation

/// A plugin's own small key-value store (`tz.store.get/set`), apart from the ledger.
extension LedgerStore {
  /// The JSON text stored under `key` for `plugin`, or nil.
  public func pluginValue(plugin: String, key: String) throws -> String? {
    try read { db in
      try db.text(
        "SELECT value FROM plugin_data WHERE plugin = $1 AND key = $2", [.text(plugin), .text(key)])
    }
  }

  /// Stores JSON text under `key` for `plugin`, within the caps of `PluginDataLimits`.
  public func setPluginValue(plugin: String, key: String, json: String) throws {
    try PluginDataLimits.checkEntry(plugin: plugin, key: key, json: json)
    try write { db in
      // One writer per plugin at a time, so two hosts cannot pass the cap together.
      if let lock = db.dialect.namedLock { try db.execute(lock, [.text("plugin_data:" + plugin)]) }
      let others =
        try db.integer(
          "SELECT coalesce(sum(\(db.dialect.byteLength("value"))), 0) FROM plugin_data "
            + "WHERE plugin = $1 AND key <> $2",
          [.text(plugin), .text(key)]) ?? 0
      try PluginDataLimits.checkTotal(plugin: plugin, others: Int(others), json: json)
      try db.execute(
        """
        INSERT INTO plugin_data (plugin, key, value, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (plugin, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
        """,
        [.text(plugin), .text(key), .text(json), .integer(StoredTime.millis(Date()))])
    }
  }

  /// Removes `key` for `plugin`.
  public func deletePluginValue(plugin: String, key: String) throws {
    try write { db in
      _ = try db.execute(
        "DELETE FROM plugin_data WHERE plugin = $1 AND key = $2", [.text(plugin), .text(key)])
    }
  }
}
