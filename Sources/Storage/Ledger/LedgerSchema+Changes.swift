extension LedgerSchema {
  /// Changes to the first tables, in the order they shipped.
  static let changes: [LedgerMigration] = [
    // The day the work was done, apart from the moment it was entered; older records
    // get the day of their entry in Beijing time (UTC+8).
    LedgerMigration(
      "addRecordDoneOn",
      sqlite: """
        ALTER TABLE record ADD COLUMN done_on TEXT NOT NULL DEFAULT '';
        UPDATE record SET done_on = strftime('%Y-%m-%d', done_at / 1000, 'unixepoch', '+8 hours');
        CREATE INDEX record_done_on ON record(occurrence_id, done_on);
        """,
      postgres: """
        ALTER TABLE record ADD COLUMN done_on TEXT COLLATE "C";
        UPDATE record SET done_on =
          to_char(to_timestamp(done_at / 1000.0) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD');
        ALTER TABLE record ALTER COLUMN done_on SET NOT NULL;
        CREATE INDEX record_done_on ON record(occurrence_id, done_on);
        """),
    // Each item's definition per unit type as the ledger first saw it in force.
    LedgerMigration(
      "createItemVersion",
      sqlite: """
        CREATE TABLE item_version (
          unit_type TEXT NOT NULL,
          item_id TEXT NOT NULL,
          since TEXT NOT NULL,
          definition TEXT NOT NULL,
          seen_at INTEGER NOT NULL,
          PRIMARY KEY (unit_type, item_id, since)) WITHOUT ROWID;
        """,
      postgres: """
        CREATE TABLE item_version (
          unit_type TEXT COLLATE "C" NOT NULL,
          item_id TEXT COLLATE "C" NOT NULL,
          since TEXT COLLATE "C" NOT NULL,
          definition TEXT NOT NULL,
          seen_at BIGINT NOT NULL,
          PRIMARY KEY (unit_type, item_id, since));
        """),
    // Who holds a delivery's claim (`ClaimHolder.text`), so a live run can renew its own
    // claims and the next run can tell a dead holder's from a live one's.
    LedgerMigration(
      "addDeliveryClaimHolder",
      sqlite: """
        ALTER TABLE delivery ADD COLUMN claimed_by TEXT;
        CREATE INDEX delivery_claimed_by ON delivery(claimed_by) WHERE claimed_until IS NOT NULL;
        """,
      postgres: """
        ALTER TABLE delivery ADD COLUMN claimed_by TEXT COLLATE "C";
        CREATE INDEX delivery_claimed_by ON delivery(claimed_by) WHERE claimed_until IS NOT NULL;
        """),
  ]
}
