import Foundation

extension LedgerStore {
  /// The watermark of a job for a unit.
  public func watermark(job: String, unitID: String) throws -> Date? {
    try read { db in
      try db.integer("SELECT at FROM watermark WHERE job = $1 AND unit_id = $2", [.text(job), .text(unitID)])
        .map(StoredTime.date)
    }
  }

  /// The watermarks of a job for every unit that has one.
  public func watermarks(job: String) throws -> [String: Date] {
    try read { db in
      var marks: [String: Date] = [:]
      try db.each("SELECT unit_id, at FROM watermark WHERE job = $1", [.text(job)]) { cursor in
        marks[cursor.text(0)] = StoredTime.date(cursor.integer(1))
      }
      return marks
    }
  }

  /// Moves a watermark forward, never backward.
  public func advanceWatermark(job: String, unitID: String, to date: Date) throws {
    try autocommit { db in
      _ = try db.execute(
        """
        INSERT INTO watermark (job, unit_id, at) VALUES ($1, $2, $3)
        ON CONFLICT (job, unit_id) DO UPDATE SET at = excluded.at WHERE excluded.at > watermark.at
        """, [.text(job), .text(unitID), .integer(StoredTime.millis(date))])
    }
  }

  /// Moves many watermarks forward (never backward) in one statement, the units given as
  /// one JSON array.
  public func advanceWatermarks(job: String, unitIDs: [String], to date: Date) throws {
    guard !unitIDs.isEmpty else { return }
    // One statement may not change a row twice.
    let units = Set(unitIDs).sorted()
    try autocommit { db in
      // `WHERE true`: SQLite would read the upsert's ON as a join's without it.
      _ = try db.execute(
        """
        INSERT INTO watermark (job, unit_id, at)
        SELECT $1, value, $3 FROM (\(db.dialect.elements(of: "$2"))) AS u WHERE true
        ON CONFLICT (job, unit_id) DO UPDATE SET at = excluded.at WHERE excluded.at > watermark.at
        """, [.text(job), .text(Self.jsonArray(units)), .integer(StoredTime.millis(date))])
    }
  }
}
