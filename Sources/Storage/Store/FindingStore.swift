import Foundation

/// Inspections, the problems they found and their rectification (检查与整改台账). Every
/// change of a finding is one transaction with an audit entry and a `FindingEvent`.
public protocol FindingStore: Sendable {
  /// Adds an inspection; evidence files are copied into the evidence folder first.
  /// Returns it with its id and evidence references. Throws `.notFound` for a missing unit.
  func addInspection(_ inspection: Inspection, evidenceFiles: [URL], by actor: String) throws -> Inspection
  /// The inspection with this id, or nil.
  func inspection(_ id: Int64) throws -> Inspection?
  /// The inspections of the units (every unit when nil), by date then id.
  func inspections(unitIDs: [String]?) throws -> [Inspection]

  /// Adds a finding (待整改 or 整改中; any other status is `.invalid`), with an `add` event.
  /// Throws `.notFound` for a missing unit, person or inspection, `.invalid` for a bad date
  /// or a deadline before the found-on day, `.conflict` for an inspection of a unit that is
  /// neither the finding's nor above it.
  func addFinding(_ finding: Finding, by actor: String) throws -> Finding
  /// Adds many findings in one transaction, all or nothing: what an import writes. A finding
  /// whose unit, found-on day and description match a stored one is skipped (counted), so
  /// importing the same list again adds nothing.
  func addFindings(_ findings: [Finding], by actor: String) throws -> FindingBatchResult
  /// The finding with this id, or nil.
  func finding(_ id: Int64) throws -> Finding?
  /// The findings `filter` takes, by unit, found-on day and id.
  func findings(_ filter: FindingFilter) throws -> [Finding]
  /// The events of the findings, oldest first (by finding, then time).
  func findingEvents(findingIDs: [Int64]) throws -> [FindingEvent]

  /// Sets owner, measures, deadline (nil fields are left as they are); an `assign` event.
  /// Throws `.conflict` for a closed finding.
  func assignFinding(_ id: Int64, _ change: FindingAssignment, by actor: String) throws -> Finding
  /// Starts rectification: 待整改 → 整改中; a `start` event. `.conflict` from any other status.
  func startRectification(_ id: Int64, on day: String, note: String?, at: Date, by actor: String) throws -> Finding
  /// Reports it rectified: from 待整改 or 整改中 to 待验收, with the day (not before it was
  /// found), a note and optional evidence files; a `rectify` event.
  func rectifyFinding(
    _ id: Int64, _ rectification: Rectification, evidenceFiles: [URL], by actor: String
  ) throws -> Finding
  /// Checks it and closes it (销号): only from 待验收, never by its owner nor by whoever
  /// reported it rectified, and — when `check.verifierRoles` are given — by a holder of one
  /// of them in its unit or above, or by someone holding a role in a unit above;
  /// a `verify` event.
  func verifyFinding(_ id: Int64, _ check: FindingCheck, by actor: String) throws -> Finding
  /// Checks it and sends it back (退回): only from 待验收, to 整改中, with a reason
  /// (`check.note`, required); a `return` event. The same people may do it as may verify.
  func returnFinding(_ id: Int64, _ check: FindingCheck, by actor: String) throws -> Finding
  /// Puts it under supervision (挂牌督办) or lifts it, any time before it is closed; a
  /// `supervise` or `unsupervise` event (none when nothing changes).
  func setSupervised(
    _ id: Int64, _ supervised: Bool, on day: String, note: String?, at: Date, by actor: String
  ) throws -> Finding
}

extension FindingStore {
  /// The findings of the units, optionally of some statuses only.
  public func findings(unitIDs: [String], statuses: Set<FindingStatus>? = nil) throws -> [Finding] {
    try findings(FindingFilter(unitIDs: unitIDs, statuses: statuses))
  }

  /// Starts rectification, entered now.
  public func startRectification(_ id: Int64, on day: String, note: String?, by actor: String) throws -> Finding {
    try startRectification(id, on: day, note: note, at: Date(), by: actor)
  }

  /// Puts it under supervision or lifts it, entered now.
  public func setSupervised(_ id: Int64, _ supervised: Bool, on day: String, note: String?, by actor: String) throws
    -> Finding
  {
    try setSupervised(id, supervised, on: day, note: note, at: Date(), by: actor)
  }

  /// The events of one finding, oldest first.
  public func findingEvents(findingID: Int64) throws -> [FindingEvent] {
    try findingEvents(findingIDs: [findingID])
  }
}

/// Which findings a read returns; every condition left nil takes everything.
public struct FindingFilter: Sendable, Equatable {
  /// Only these units.
  public var unitIDs: [String]?
  /// Only these statuses.
  public var statuses: Set<FindingStatus>?
  /// Only those this inspection found.
  public var inspectionID: Int64?
  /// Only those this person owns.
  public var ownerPersonID: String?
  /// Only these severities.
  public var severities: Set<String>?

  /// Creates a filter.
  public init(
    unitIDs: [String]? = nil, statuses: Set<FindingStatus>? = nil, inspectionID: Int64? = nil,
    ownerPersonID: String? = nil, severities: Set<String>? = nil
  ) {
    self.unitIDs = unitIDs
    self.statuses = statuses
    self.inspectionID = inspectionID
    self.ownerPersonID = ownerPersonID
    self.severities = severities
  }
}

/// What an `addFindings` did.
public struct FindingBatchResult: Sendable, Equatable {
  /// The findings added, with their ids, in the order given.
  public var added: [Finding]
  /// How many were skipped as already stored.
  public var skipped: Int

  /// Creates a result.
  public init(added: [Finding], skipped: Int) {
    self.added = added
    self.skipped = skipped
  }
}

/// A change of a finding's owner, measures or deadline; nil fields stay as they are.
public struct FindingAssignment: Sendable, Equatable {
  /// The responsible role.
  public var ownerRole: String?
  /// The responsible person (a person id).
  public var ownerPersonID: String?
  /// The cooperating roles.
  public var cooperatingRoles: [String]?
  /// The measures.
  public var measures: String?
  /// The deadline, `YYYY-MM-DD` (not before the finding was found).
  public var deadline: String?
  /// The day of the change, `YYYY-MM-DD`.
  public var on: String
  /// A note for the history.
  public var note: String?
  /// The moment it is entered (now, unless a test or a back-fill says otherwise).
  public var at: Date

  /// Creates a change.
  public init(
    ownerRole: String? = nil, ownerPersonID: String? = nil, cooperatingRoles: [String]? = nil,
    measures: String? = nil, deadline: String? = nil, on: String, note: String? = nil, at: Date = Date()
  ) {
    self.at = at
    self.ownerRole = ownerRole
    self.ownerPersonID = ownerPersonID
    self.cooperatingRoles = cooperatingRoles
    self.measures = measures
    self.deadline = deadline
    self.on = on
    self.note = note
  }
}

/// A report that a finding was rectified.
public struct Rectification: Sendable, Equatable {
  /// The day it was rectified, `YYYY-MM-DD` (not before the finding was found).
  public var on: String
  /// What was done.
  public var note: String
  /// Who did it (a person id), if known: they may not verify it.
  public var personID: String?
  /// The moment it is entered.
  public var at: Date

  /// Creates a report.
  public init(on: String, note: String, personID: String? = nil, at: Date = Date()) {
    self.at = at
    self.on = on
    self.note = note
    self.personID = personID
  }
}

/// A check of a rectified finding, closing it or sending it back.
public struct FindingCheck: Sendable, Equatable {
  /// The day of the check, `YYYY-MM-DD` (not before it was rectified).
  public var on: String
  /// The person checking (a person id).
  public var personID: String
  /// The role the checker must hold, in the finding's unit or a unit above it, when the
  /// unit's type declares one.
  public var verifierRoles: [String]
  /// A note; for a return, the reason (required).
  public var note: String?
  /// The moment it is entered.
  public var at: Date

  /// Creates a check.
  public init(
    on: String, personID: String, verifierRoles: [String] = [], note: String? = nil, at: Date = Date()
  ) {
    self.at = at
    self.on = on
    self.personID = personID
    self.verifierRoles = verifierRoles
    self.note = note
  }
}
