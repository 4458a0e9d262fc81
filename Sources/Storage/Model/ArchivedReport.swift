import Foundation

/// An archived rendering of a report.
public struct ArchivedReport: Sendable, Equatable, Codable {
  /// Row id.
  public var id: Int64
  /// The unit the report is about.
  public var unitID: String
  /// The report kind, e.g. `monthly`.
  public var kind: String
  /// The period key.
  public var period: String
  /// The format, e.g. `docx`, `html`.
  public var format: String
  /// SHA-256 of the rendered file.
  public var sha256: String
  /// Where the file was written.
  public var path: String
  /// When it was archived.
  public var createdAt: Date

  /// Creates a report entry.
  public init(
    id: Int64 = 0, unitID: String, kind: String, period: String, format: String,
    sha256: String, path: String, createdAt: Date
  ) {
    self.id = id
    self.unitID = unitID
    self.kind = kind
    self.period = period
    self.format = format
    self.sha256 = sha256
    self.path = path
    self.createdAt = createdAt
  }
}

/// One run of a job (remind, report) and how it ended.
public struct RunLogEntry: Sendable, Equatable, Codable {
  /// Row id.
  public var id: Int64
  /// The job name, e.g. `remind`.
  public var job: String
  /// When it started.
  public var startedAt: Date
  /// When it finished, nil while running.
  public var finishedAt: Date?
  /// Outcome, e.g. `ok`, `partial`, `failed`.
  public var outcome: String?
  /// Free detail (counts, error text).
  public var detail: String?

  /// Creates an entry.
  public init(
    id: Int64 = 0, job: String, startedAt: Date, finishedAt: Date? = nil,
    outcome: String? = nil, detail: String? = nil
  ) {
    self.id = id
    self.job = job
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.outcome = outcome
    self.detail = detail
  }
}

/// One change kept in the audit trail: who, when, what, and the state before and after.
public struct AuditEntry: Sendable, Equatable, Codable {
  /// Row id.
  public var id: Int64
  /// When the change was made.
  public var at: Date
  /// Who made it (an OS user or a person id).
  public var actor: String
  /// The verb: `add`, `edit`, `move`, `remove`, `import`, `record`, `undo`, `restore`…
  public var action: String
  /// The entity kind: `unit`, `person`, `role`, `record`, `store`.
  public var entity: String
  /// The entity's id (for a record: `unit/item/period#id`).
  public var entityID: String
  /// The unit concerned, when there is one.
  public var unitID: String?
  /// JSON of the state before, nil for an addition.
  public var before: String?
  /// JSON of the state after, nil for a removal.
  public var after: String?

  /// Creates an entry.
  public init(
    id: Int64 = 0, at: Date, actor: String, action: String, entity: String,
    entityID: String, unitID: String? = nil, before: String? = nil, after: String? = nil
  ) {
    self.id = id
    self.at = at
    self.actor = actor
    self.action = action
    self.entity = entity
    self.entityID = entityID
    self.unitID = unitID
    self.before = before
    self.after = after
  }
}
