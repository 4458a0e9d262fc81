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
  /// The records of many units for any of the period keys, ordered by unit, item, time:
  /// one read for a report or a roll-up over thousands of units.
  func records(unitIDs: [String], periods: [String]) throws -> [LedgerRecord]
  /// For each occurrence of the units in the periods that has records: how many, and the
  /// values of the latest one when its item is in `valuesOf` — what a roll-up needs,
  /// without reading every record.
  func recordTallies(unitIDs: [String], periods: [String], valuesOf items: Set<String>) throws -> [RecordTally]
  /// The same, counting only the records `cutoff` admits (done by its day, entered by its
  /// end): what a judgement as of a past day needs.
  func recordTallies(
    unitIDs: [String], periods: [String], valuesOf items: Set<String>, cutoff: RecordCutoff?
  ) throws -> [RecordTally]
  /// Ensures occurrences exist (insert-if-absent), e.g. from the scheduler's expansion.
  func ensureOccurrences(_ occurrences: [Occurrence]) throws
  /// The occurrences of a unit for one period, ordered by item.
  func occurrences(unitID: String, period: String) throws -> [Occurrence]
  /// The content of a stored evidence file, verified against its hash.
  func evidenceContent(_ ref: EvidenceRef) throws -> Data
}

extension RecordStore {
  /// One query per unit and period; stores override it with a single read.
  public func records(unitIDs: [String], periods: [String]) throws -> [LedgerRecord] {
    var all: [LedgerRecord] = []
    for unit in unitIDs.sorted() {
      for period in periods { all += try records(unitID: unit, period: period) }
    }
    return all
  }

  /// Tallies of every record.
  public func recordTallies(unitIDs: [String], periods: [String], valuesOf items: Set<String>) throws -> [RecordTally] {
    try recordTallies(unitIDs: unitIDs, periods: periods, valuesOf: items, cutoff: nil)
  }

  /// Tallies from `records(unitIDs:periods:)`; stores override it with a grouped read.
  public func recordTallies(
    unitIDs: [String], periods: [String], valuesOf items: Set<String>, cutoff: RecordCutoff?
  ) throws -> [RecordTally] {
    var tallies: [OccurrenceKey: RecordTally] = [:]
    var order: [OccurrenceKey] = []
    for record in try records(unitIDs: unitIDs, periods: periods) where cutoff?.admits(record) ?? true {
      if tallies[record.key] == nil { order.append(record.key) }
      var tally = tallies[record.key] ?? RecordTally(key: record.key, count: 0, latestValues: nil)
      tally.count += 1
      if items.contains(record.key.itemID) { tally.latestValues = record.values }
      tally.lastDoneOn = max(tally.lastDoneOn ?? record.doneOn, record.doneOn)
      tallies[record.key] = tally
    }
    return order.map { tallies[$0]! }
  }
}

/// How many records an occurrence has, the latest day work of them was done, and its
/// latest record's values when asked for.
public struct RecordTally: Sendable, Equatable {
  /// The occurrence.
  public var key: OccurrenceKey
  /// Its number of records.
  public var count: Int
  /// The latest record's values (nil when not asked for).
  public var latestValues: [String: Double]?
  /// The latest day on which work of its records was done (`YYYY-MM-DD`).
  public var lastDoneOn: String?

  /// Creates a tally.
  public init(
    key: OccurrenceKey, count: Int, latestValues: [String: Double]?, lastDoneOn: String? = nil
  ) {
    self.key = key
    self.count = count
    self.latestValues = latestValues
    self.lastDoneOn = lastDoneOn
  }
}

/// Reminder deliveries (the outbox) and the per-unit watermark of the remind job.
public protocol DeliveryStore: Sendable {
  /// Inserts the deliveries whose key is not yet present, in one transaction; returns
  /// the number inserted.
  func insertDeliveriesIfAbsent(_ deliveries: [Delivery]) throws -> Int
  /// Inserts the deliveries whose key is not yet present, already claimed under `lease`
  /// (attempts 1), in one transaction; returns the ones inserted, with their ids, in the
  /// order given. A sender that plans its own deliveries needs no separate claim for them;
  /// a key another runner inserted first is left to that runner.
  func insertDeliveriesClaimed(_ deliveries: [Delivery], now: Date, lease: ClaimLease) throws -> [Delivery]
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
  /// Claims up to `limit` deliveries `filter` takes that are pending, or failed with their
  /// retry due at `now` (attempts +1), under `lease`: a claim is not handed to another
  /// caller until it is marked or released, or its lease lapses unrenewed (by the lease's
  /// clock), or its holder is one of `lease.takingOver`. A delivery claimed before and
  /// never marked comes back with `interrupted` set.
  func claimDeliveries(_ filter: DeliveryFilter, limit: Int, now: Date, lease: ClaimLease) throws
    -> [Delivery]
  /// The holders of claims whose lease has not lapsed at `clock`.
  func claimHolders(at clock: Date) throws -> [String]
  /// Extends every claim `holder` still has to `until`; returns how many there are.
  func renewClaims(holder: String, until: Date) throws -> Int
  /// Gives back claims of `holder` unsent: pending (or due for retry) again, unclaimed,
  /// and the attempt the claim counted taken back.
  func releaseClaims(ids: [Int64], holder: String) throws
  /// Marks several deliveries (one message) sent, in one transaction.
  func markDeliveriesSent(ids: [Int64], at: Date) throws
  /// Marks several deliveries failed in one transaction; a nil `retryAt` gives them up.
  func markDeliveriesFailed(ids: [Int64], error: String, retryAt: Date?) throws
  /// Moves the watermarks of many units forward (never backward), in one transaction.
  func advanceWatermarks(job: String, unitIDs: [String], to: Date) throws
  /// How many deliveries are pending, sent, retrying and given up.
  func deliveryCounts() throws -> DeliveryCounts
  /// The watermarks of a job for every unit that has one, in one read.
  func watermarks(job: String) throws -> [String: Date]
  /// Which of `keys` the outbox already holds, in one read (a dry run's question).
  func existingDeliveryKeys(among keys: [DeliveryKey]) throws -> Set<DeliveryKey>
}

extension DeliveryStore {
  /// Claims without a filter: every backend's filtered claim, taking everything.
  public func claimDeliveries(limit: Int, now: Date, leaseSeconds: Double) throws -> [Delivery] {
    try claimDeliveries(DeliveryFilter(), limit: limit, now: now, leaseSeconds: leaseSeconds)
  }

  /// Claims for an anonymous holder, the lease measured from `now`.
  public func claimDeliveries(_ filter: DeliveryFilter, limit: Int, now: Date, leaseSeconds: Double) throws
    -> [Delivery]
  {
    try claimDeliveries(filter, limit: limit, now: now, lease: ClaimLease(holder: "", clock: now, seconds: leaseSeconds))
  }

  /// Inserts claimed by an anonymous holder, the lease measured from `now`.
  public func insertDeliveriesClaimed(_ deliveries: [Delivery], now: Date, leaseSeconds: Double) throws
    -> [Delivery]
  {
    try insertDeliveriesClaimed(deliveries, now: now, lease: ClaimLease(holder: "", clock: now, seconds: leaseSeconds))
  }
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

/// A plugin's own small key-value store, kept apart from the ledger: JSON text values
/// under string keys, scoped by plugin id and capped in size (`PluginDataLimits`).
public protocol PluginDataStore: Sendable {
  /// The JSON text stored under `key` for `plugin`, or nil.
  func pluginValue(plugin: String, key: String) throws -> String?
  /// Stores JSON text under `key` for `plugin`; throws `.invalid` past the size caps.
  func setPluginValue(plugin: String, key: String, json: String) throws
  /// Removes `key` for `plugin` (removing an absent key is a no-op).
  func deletePluginValue(plugin: String, key: String) throws
}

/// The size caps of the plugin key-value store.
public enum PluginDataLimits {
  /// The longest key, in bytes.
  public static let keyBytes = 200
  /// The largest value, in bytes of JSON text.
  public static let valueBytes = 64 << 10
  /// The most a plugin may keep in all, in bytes of JSON text.
  public static let pluginBytes = 1 << 20

  /// Throws `.invalid` for an empty or too long key or a too large value.
  public static func checkEntry(plugin: String, key: String, json: String) throws {
    guard !key.isEmpty, key.utf8.count <= keyBytes else {
      throw StoreError(.invalid, "插件 \(plugin) 的键应为 1 到 \(keyBytes) 字节")
    }
    guard json.utf8.count <= valueBytes else {
      throw StoreError(
        .invalid,
        "插件 \(plugin) 的键 \"\(key)\" 的值有 \(json.utf8.count) 字节，超过上限 \(valueBytes) 字节")
    }
  }

  /// Throws `.invalid` when `json` and the plugin's other values (`others` bytes) pass the cap.
  public static func checkTotal(plugin: String, others: Int, json: String) throws {
    guard others + json.utf8.count <= pluginBytes else {
      throw StoreError(.invalid, "插件 \(plugin) 保存的数据将超过上限 \(pluginBytes) 字节；请删除不用的键")
    }
  }
}

/// The history of the checklists: each item's definition per unit type from the day the
/// ledger first saw it in force, so past periods are judged by the definition they had.
public protocol ItemHistoryStore: Sendable {
  /// Every item version, by unit type, item and `since`.
  func itemVersions() throws -> [ItemVersion]
  /// Adds versions in one transaction; one whose (unit type, item, since) is already
  /// stored is left as it was, so two runs seeing the same change agree.
  func addItemVersions(_ versions: [ItemVersion]) throws
}

/// The whole ledger store: every ability in one.
public protocol Store:
  UnitStore, PersonStore, DirectoryImportStore, RecordStore, DeliveryStore, ArchiveStore,
  AuditStore, MaintenanceStore, PluginDataStore, ItemHistoryStore, FindingStore
{}
