import Foundation

/// Units and their tree.
public protocol UnitStore: Sendable {
  /// The unit with this id, or nil.
  func unit(_ id: String) throws -> OrgUnit?
  /// All units, ordered by id.
  func units() throws -> [OrgUnit]
  /// The direct children of a unit, ordered by id.
  func children(of id: String) throws -> [OrgUnit]
  /// Adds a unit; throws `.duplicate` if the id is taken, `.notFound` for a missing parent.
  func addUnit(_ unit: OrgUnit, by actor: String) throws
  /// Replaces a unit's fields (including its parent; a cycle throws `.conflict`).
  func updateUnit(_ unit: OrgUnit, by actor: String) throws
  /// Removes a unit that has no children and no records; its role assignments go with it.
  func removeUnit(_ id: String, by actor: String) throws
}

/// People and the roles they hold.
public protocol PersonStore: Sendable {
  /// The person with this id, or nil.
  func person(_ id: String) throws -> Person?
  /// All people, ordered by id.
  func people() throws -> [Person]
  /// Adds a person; throws `.duplicate` if the id is taken.
  func addPerson(_ person: Person, by actor: String) throws
  /// Replaces a person's fields.
  func updatePerson(_ person: Person, by actor: String) throws
  /// Assigns a role; assigning an existing assignment again is a no-op.
  func assignRole(_ assignment: RoleAssignment, by actor: String) throws
  /// Removes an assignment; throws `.notFound` if it does not exist.
  func unassignRole(_ assignment: RoleAssignment, by actor: String) throws
  /// Assignments, optionally only those of one unit or one person, ordered.
  func roleAssignments(unitID: String?, personID: String?) throws -> [RoleAssignment]
}

/// Everything an import writes, applied in one transaction: all of it or nothing.
public struct DirectoryBatch: Sendable {
  /// Units to add or replace, parents before children.
  public var units: [OrgUnit]
  /// People to add or replace.
  public var people: [Person]
  /// Role assignments to add.
  public var roles: [RoleAssignment]

  /// Creates a batch.
  public init(units: [OrgUnit] = [], people: [Person] = [], roles: [RoleAssignment] = []) {
    self.units = units
    self.people = people
    self.roles = roles
  }
}

/// Applying imports atomically.
public protocol DirectoryImportStore: Sendable {
  /// Adds or replaces everything in the batch in one transaction.
  func importDirectory(_ batch: DirectoryBatch, by actor: String) throws
}

/// Occurrences and their ledger records, with evidence.
public protocol RecordStore: Sendable {
  /// Records an occurrence as done; evidence files are copied into the evidence folder
  /// first. Returns the record with its id and evidence references filled in.
  func addRecord(_ record: LedgerRecord, evidenceFiles: [URL], by actor: String) throws
    -> LedgerRecord
  /// Inserts many records (without evidence files) in one transaction; returns how many.
  func addRecords(_ records: [LedgerRecord], by actor: String) throws -> Int
  /// Removes the latest record of an occurrence; returns it. Throws `.notFound` if none.
  func undoLatestRecord(of key: OccurrenceKey, by actor: String) throws -> LedgerRecord
  /// The records of a unit for one period, ordered by item then time.
  func records(unitID: String, period: String) throws -> [LedgerRecord]
  /// The records of one occurrence, oldest first.
  func records(of key: OccurrenceKey) throws -> [LedgerRecord]
  /// Ensures occurrences exist (insert-if-absent), e.g. from the scheduler's expansion.
  func ensureOccurrences(_ occurrences: [Occurrence]) throws
  /// The occurrences of a unit for one period, ordered by item.
  func occurrences(unitID: String, period: String) throws -> [Occurrence]
  /// The content of a stored evidence file, verified against its hash.
  func evidenceContent(_ ref: EvidenceRef) throws -> Data
}

/// Reminder deliveries (the outbox) and the per-unit watermark of the remind job.
public protocol DeliveryStore: Sendable {
  /// Inserts the deliveries whose key is not yet present, in one transaction; returns
  /// the number inserted.
  func insertDeliveriesIfAbsent(_ deliveries: [Delivery]) throws -> Int
  /// Claims up to `limit` pending or retry-due failed deliveries (attempts +1); deliveries
  /// claimed by one caller are not handed to another until marked or `leaseSeconds` pass.
  func claimDeliveries(limit: Int, now: Date, leaseSeconds: Double) throws -> [Delivery]
  /// Marks a delivery sent.
  func markDeliverySent(id: Int64, at: Date) throws
  /// Marks a delivery failed with the error and when to try again.
  func markDeliveryFailed(id: Int64, error: String, retryAt: Date) throws
  /// The delivery with this key, or nil.
  func delivery(_ key: DeliveryKey) throws -> Delivery?
  /// The watermark of a job for a unit, or nil before the first run.
  func watermark(job: String, unitID: String) throws -> Date?
  /// Moves the watermark of a job for a unit forward (never backward).
  func advanceWatermark(job: String, unitID: String, to: Date) throws
  /// Claims like `claimDeliveries(limit:now:leaseSeconds:)`, only deliveries `filter` takes.
  func claimDeliveries(_ filter: DeliveryFilter, limit: Int, now: Date, leaseSeconds: Double) throws
    -> [Delivery]
  /// Marks several deliveries (one message) sent, in one transaction.
  func markDeliveriesSent(ids: [Int64], at: Date) throws
  /// Marks several deliveries failed in one transaction; a nil `retryAt` gives them up.
  func markDeliveriesFailed(ids: [Int64], error: String, retryAt: Date?) throws
  /// Moves the watermarks of many units forward (never backward), in one transaction.
  func advanceWatermarks(job: String, unitIDs: [String], to: Date) throws
  /// How many deliveries are pending, sent, retrying and given up.
  func deliveryCounts() throws -> DeliveryCounts
}

/// The report archive and the run log.
public protocol ArchiveStore: Sendable {
  /// Archives a rendered report; returns it with its id.
  func archiveReport(_ report: ArchivedReport) throws -> ArchivedReport
  /// Archived reports of a unit, newest first.
  func reports(unitID: String) throws -> [ArchivedReport]
  /// Starts a run log entry; returns its id.
  func startRun(job: String, at: Date) throws -> Int64
  /// Finishes a run log entry.
  func finishRun(id: Int64, at: Date, outcome: String, detail: String?) throws
  /// The latest runs of a job, newest first.
  func runs(job: String, limit: Int) throws -> [RunLogEntry]
}

/// The audit trail.
public protocol AuditStore: Sendable {
  /// Audit entries, optionally for one unit and from a time on, oldest first.
  func auditEntries(unitID: String?, since: Date?) throws -> [AuditEntry]
}

/// Whole-store operations: consistent backups and restores.
public protocol MaintenanceStore: Sendable {
  /// Writes a consistent snapshot of the database and its evidence into a new folder.
  func backup(to folder: URL) throws
  /// Replaces the contents with a backup folder's, after checking it; audited.
  func restore(from folder: URL, by actor: String) throws
}

/// The whole ledger store: every ability in one.
public protocol Store:
  UnitStore, PersonStore, DirectoryImportStore, RecordStore, DeliveryStore, ArchiveStore,
  AuditStore, MaintenanceStore
{}
