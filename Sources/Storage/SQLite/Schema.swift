import GRDB

/// The schema, as migrations registered by intent. Shipped migrations are never edited:
/// a change is a new migration appended at the end.
enum Schema {
  /// The migration names in order (tests migrate to each one in turn).
  static let migrationNames = [
    "createUnit", "createPerson", "createRoleAssignment", "createOccurrence", "createRecord",
    "createEvidence", "createDelivery", "createWatermark", "createReport", "createRunLog",
    "createAudit", "createPluginData", "addRecordDoneOn", "createItemVersion",
    "addDeliveryClaimHolder", "createFinding",
  ]

  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("createUnit") { db in
      try db.execute(
        sql: """
          CREATE TABLE unit (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            parent_id TEXT REFERENCES unit(id) ON DELETE RESTRICT,
            attributes TEXT NOT NULL DEFAULT '{}',
            terms TEXT NOT NULL DEFAULT '[]');
          CREATE INDEX unit_parent ON unit(parent_id);
          """)
    }
    m.registerMigration("createPerson") { db in
      try db.execute(
        sql: """
          CREATE TABLE person (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            contacts TEXT NOT NULL DEFAULT '{}');
          """)
    }
    m.registerMigration("createRoleAssignment") { db in
      try db.execute(
        sql: """
          CREATE TABLE role_assignment (
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            PRIMARY KEY (unit_id, role, person_id));
          CREATE INDEX role_assignment_person ON role_assignment(person_id);
          """)
    }
    m.registerMigration("createOccurrence") { db in
      try db.execute(
        sql: """
          CREATE TABLE occurrence (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
            item_id TEXT NOT NULL,
            period TEXT NOT NULL,
            due TEXT,
            UNIQUE (unit_id, period, item_id));
          """)
    }
    m.registerMigration("createRecord") { db in
      try db.execute(
        sql: """
          CREATE TABLE record (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            occurrence_id INTEGER NOT NULL REFERENCES occurrence(id) ON DELETE RESTRICT,
            done_at INTEGER NOT NULL,
            by_person_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
            note TEXT,
            value_json TEXT NOT NULL DEFAULT '{}');
          CREATE INDEX record_occurrence ON record(occurrence_id);
          """)
    }
    m.registerMigration("createEvidence") { db in
      try db.execute(
        sql: """
          CREATE TABLE evidence (
            sha256 TEXT PRIMARY KEY NOT NULL,
            size INTEGER NOT NULL,
            stored_at INTEGER NOT NULL);
          CREATE TABLE record_evidence (
            record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES evidence(sha256) ON DELETE RESTRICT,
            file_name TEXT NOT NULL,
            PRIMARY KEY (record_id, position));
          CREATE INDEX record_evidence_sha ON record_evidence(sha256);
          """)
    }
    m.registerMigration("createDelivery") { db in
      try db.execute(
        sql: """
          CREATE TABLE delivery (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            period TEXT NOT NULL,
            stage TEXT NOT NULL,
            recipient TEXT NOT NULL,
            channel TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            next_attempt_at INTEGER,
            claimed_until INTEGER,
            message TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            UNIQUE (unit_id, item_id, period, stage, recipient, channel));
          CREATE INDEX delivery_status ON delivery(status, next_attempt_at);
          """)
    }
    m.registerMigration("createWatermark") { db in
      try db.execute(
        sql: """
          CREATE TABLE watermark (
            job TEXT NOT NULL,
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            PRIMARY KEY (job, unit_id));
          """)
    }
    m.registerMigration("createReport") { db in
      try db.execute(
        sql: """
          CREATE TABLE report (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            period TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            path TEXT NOT NULL,
            created_at INTEGER NOT NULL);
          CREATE INDEX report_unit ON report(unit_id, created_at);
          """)
    }
    m.registerMigration("createRunLog") { db in
      try db.execute(
        sql: """
          CREATE TABLE run_log (
            id INTEGER PRIMARY KEY,
            job TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            outcome TEXT,
            detail TEXT);
          CREATE INDEX run_log_job ON run_log(job, started_at);
          """)
    }
    m.registerMigration("createAudit") { db in
      try db.execute(
        sql: """
          CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            unit_id TEXT,
            before TEXT,
            after TEXT);
          CREATE INDEX audit_unit ON audit(unit_id, at);
          CREATE INDEX audit_at ON audit(at);
          """)
    }
    // A plugin's own small key-value store (tz.store.get/set), apart from the ledger.
    m.registerMigration("createPluginData") { db in
      try db.execute(
        sql: """
          CREATE TABLE plugin_data (
            plugin TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (plugin, key)) WITHOUT ROWID;
          """)
    }
    // The day the work was done, apart from the moment it was entered; older records
    // get the day of their entry in Beijing time (UTC+8).
    m.registerMigration("addRecordDoneOn") { db in
      try db.execute(
        sql: """
          ALTER TABLE record ADD COLUMN done_on TEXT NOT NULL DEFAULT '';
          UPDATE record SET done_on = strftime('%Y-%m-%d', done_at / 1000, 'unixepoch', '+8 hours');
          CREATE INDEX record_done_on ON record(occurrence_id, done_on);
          """)
    }
    // Each item's definition per unit type as the ledger first saw it in force.
    m.registerMigration("createItemVersion") { db in
      try db.execute(
        sql: """
          CREATE TABLE item_version (
            unit_type TEXT NOT NULL,
            item_id TEXT NOT NULL,
            since TEXT NOT NULL,
            definition TEXT NOT NULL,
            seen_at INTEGER NOT NULL,
            PRIMARY KEY (unit_type, item_id, since)) WITHOUT ROWID;
          """)
    }
    // Who holds a delivery's claim (`ClaimHolder.text`), so a live run can renew its own
    // claims and the next run can tell a dead holder's from a live one's.
    m.registerMigration("addDeliveryClaimHolder") { db in
      try db.execute(
        sql: """
          ALTER TABLE delivery ADD COLUMN claimed_by TEXT;
          CREATE INDEX delivery_claimed_by ON delivery(claimed_by) WHERE claimed_until IS NOT NULL;
          """)
    }
    // Inspections, the problems they found (findings), their evidence and their history.
    m.registerMigration("createFinding") { db in
      try db.execute(
        sql: """
          CREATE TABLE inspection (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            held_on TEXT NOT NULL,
            inspectors TEXT NOT NULL DEFAULT '[]',
            standard TEXT,
            score TEXT,
            notes TEXT,
            entered_at INTEGER NOT NULL,
            entered_by TEXT NOT NULL);
          CREATE INDEX inspection_unit ON inspection(unit_id, held_on);
          CREATE TABLE inspection_evidence (
            inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES evidence(sha256) ON DELETE RESTRICT,
            file_name TEXT NOT NULL,
            PRIMARY KEY (inspection_id, position));
          CREATE TABLE finding (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
            inspection_id INTEGER REFERENCES inspection(id) ON DELETE RESTRICT,
            item_id TEXT,
            description TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL,
            found_on TEXT NOT NULL,
            found_by TEXT,
            owner_role TEXT,
            owner_person_id TEXT REFERENCES person(id) ON DELETE RESTRICT,
            cooperating_roles TEXT NOT NULL DEFAULT '[]',
            measures TEXT,
            deadline TEXT NOT NULL,
            status TEXT NOT NULL,
            supervised INTEGER NOT NULL DEFAULT 0,
            rectified_on TEXT,
            rectification_note TEXT,
            rectified_by TEXT,
            closed_on TEXT,
            closed_by TEXT,
            return_count INTEGER NOT NULL DEFAULT 0,
            last_return_reason TEXT,
            entered_at INTEGER NOT NULL);
          CREATE INDEX finding_unit ON finding(unit_id, found_on);
          CREATE INDEX finding_inspection ON finding(inspection_id);
          CREATE TABLE finding_evidence (
            finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES evidence(sha256) ON DELETE RESTRICT,
            file_name TEXT NOT NULL,
            PRIMARY KEY (finding_id, position));
          CREATE TABLE finding_event (
            id INTEGER PRIMARY KEY,
            finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            happened_on TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT,
            status TEXT NOT NULL);
          CREATE INDEX finding_event_finding ON finding_event(finding_id, id);
          """)
    }
    return m
  }
}
