import Foundation

/// An inspection of a unit: a self-check (自查), a superior's inspection (督查, 检查验收),
/// a look-back review (回头看). The problems it found are `Finding`s that name it.
public struct Inspection: Sendable, Equatable, Codable {
  /// Row id assigned by the store (0 before insertion).
  public var id: Int64
  /// The unit inspected.
  public var unitID: String
  /// What kind of inspection: 自查, 督查, 检查验收, 回头看, 上级检查 (free text).
  public var kind: String
  /// The day it took place, `YYYY-MM-DD`.
  public var date: String
  /// Who inspected: names or person ids, in the order given.
  public var inspectors: [String]
  /// The checklist or standard it was against, if named.
  public var standard: String?
  /// The score it gave, if any.
  public var score: Double?
  /// Free notes.
  public var notes: String?
  /// Evidence files (the inspection's minutes, score sheet…), in the order given.
  public var evidence: [EvidenceRef]
  /// The moment it was entered in the ledger.
  public var enteredAt: Date
  /// Who entered it (the actor).
  public var enteredBy: String

  /// Creates an inspection.
  public init(
    id: Int64 = 0, unitID: String, kind: String, date: String, inspectors: [String] = [],
    standard: String? = nil, score: Double? = nil, notes: String? = nil,
    evidence: [EvidenceRef] = [], enteredAt: Date = Date(), enteredBy: String = ""
  ) {
    self.id = id
    self.unitID = unitID
    self.kind = kind
    self.date = date
    self.inspectors = inspectors
    self.standard = standard
    self.score = score
    self.notes = notes
    self.evidence = evidence
    self.enteredAt = enteredAt
    self.enteredBy = enteredBy
  }

  /// The kinds the CLI suggests; any other text is accepted too.
  public static let kinds = ["自查", "督查", "检查验收", "回头看", "上级检查"]
}

/// Where a finding is in its loop: found, being rectified, waiting for someone else to
/// check the rectification, closed (销号).
public enum FindingStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
  /// 待整改: found, nobody has started on it.
  case open
  /// 整改中: being rectified (or sent back after a check).
  case rectifying
  /// 待验收: rectified, waiting for a check.
  case awaitingCheck = "awaiting_check"
  /// 已销号: checked and closed.
  case closed

  /// The Chinese word, as tables and reports show it.
  public var title: String {
    switch self {
    case .open: "待整改"
    case .rectifying: "整改中"
    case .awaitingCheck: "待验收"
    case .closed: "已销号"
    }
  }

  /// The status named by its Chinese word or its stored name, or nil.
  public init?(named name: String) {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if let status = FindingStatus(rawValue: trimmed) {
      self = status
    } else if let status = FindingStatus.allCases.first(where: { $0.title == trimmed }) {
      self = status
    } else {
      return nil
    }
  }
}

/// A problem found at a unit (问题), and its rectification (整改): what, who owns it, by
/// when, and how far it has come.
public struct Finding: Sendable, Equatable, Codable {
  /// Row id assigned by the store (0 before insertion).
  public var id: Int64
  /// The unit it was found at.
  public var unitID: String
  /// The inspection that found it, if recorded.
  public var inspectionID: Int64?
  /// The checklist item it concerns, if any.
  public var itemID: String?
  /// What the problem is.
  public var description: String
  /// Its category (free text, e.g. 安全管理).
  public var category: String
  /// How serious: 一般, 较重, 严重 by default; plugins may declare others.
  public var severity: String
  /// The day it was found, `YYYY-MM-DD`.
  public var foundOn: String
  /// Who found it (a name or person id).
  public var foundBy: String?
  /// The role responsible for it in the unit (责任部门/岗位).
  public var ownerRole: String?
  /// The person responsible for it (责任人), a person id.
  public var ownerPersonID: String?
  /// Roles that cooperate (配合部门).
  public var cooperatingRoles: [String]
  /// The measures to take (整改措施).
  public var measures: String?
  /// The rectification deadline (整改时限), `YYYY-MM-DD`.
  public var deadline: String
  /// Where it is in its loop.
  public var status: FindingStatus
  /// Under the superior's supervision (挂牌督办).
  public var supervised: Bool
  /// The day it was rectified, `YYYY-MM-DD`.
  public var rectifiedOn: String?
  /// What was done.
  public var rectificationNote: String?
  /// The rectification's evidence files, in the order given.
  public var rectificationEvidence: [EvidenceRef]
  /// The person who reported it rectified, if known.
  public var rectifiedBy: String?
  /// The day it was closed (销号), `YYYY-MM-DD`.
  public var closedOn: String?
  /// The person who checked and closed it.
  public var closedBy: String?
  /// How many times a check sent it back (退回).
  public var returnCount: Int
  /// Why it was last sent back.
  public var lastReturnReason: String?
  /// The moment it was entered in the ledger.
  public var enteredAt: Date

  /// Creates a finding.
  public init(
    id: Int64 = 0, unitID: String, inspectionID: Int64? = nil, itemID: String? = nil,
    description: String, category: String = "", severity: String = "一般", foundOn: String,
    foundBy: String? = nil, ownerRole: String? = nil, ownerPersonID: String? = nil,
    cooperatingRoles: [String] = [], measures: String? = nil, deadline: String,
    status: FindingStatus = .open, supervised: Bool = false, rectifiedOn: String? = nil,
    rectificationNote: String? = nil, rectificationEvidence: [EvidenceRef] = [],
    rectifiedBy: String? = nil, closedOn: String? = nil, closedBy: String? = nil,
    returnCount: Int = 0, lastReturnReason: String? = nil, enteredAt: Date = Date()
  ) {
    self.id = id
    self.unitID = unitID
    self.inspectionID = inspectionID
    self.itemID = itemID
    self.description = description
    self.category = category
    self.severity = severity
    self.foundOn = foundOn
    self.foundBy = foundBy
    self.ownerRole = ownerRole
    self.ownerPersonID = ownerPersonID
    self.cooperatingRoles = cooperatingRoles
    self.measures = measures
    self.deadline = deadline
    self.status = status
    self.supervised = supervised
    self.rectifiedOn = rectifiedOn
    self.rectificationNote = rectificationNote
    self.rectificationEvidence = rectificationEvidence
    self.rectifiedBy = rectifiedBy
    self.closedOn = closedOn
    self.closedBy = closedBy
    self.returnCount = returnCount
    self.lastReturnReason = lastReturnReason
    self.enteredAt = enteredAt
  }

  /// The default severities, mildest first.
  public static let severities = ["一般", "较重", "严重"]

  /// Whether it is overdue as of `day` (`YYYY-MM-DD`): not closed, not waiting for a
  /// check, and `day` past the deadline. One waiting for a check is late at most
  /// (`isLate`), not overdue: its owner has done their part.
  public func isOverdue(on day: String) -> Bool {
    switch status {
    case .open, .rectifying: day > deadline
    case .awaitingCheck, .closed: false
    }
  }

  /// Whether it was (or, still open, is as of `day`) rectified after its deadline.
  public func isLate(on day: String) -> Bool {
    if let rectifiedOn { return rectifiedOn > deadline }
    return isOverdue(on: day)
  }
}

/// What a finding's event did.
public enum FindingAction: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
  /// Entered (by hand or by import).
  case add
  /// Owner, measures or deadline set or changed.
  case assign
  /// Rectification started (待整改 → 整改中).
  case start
  /// Reported rectified (→ 待验收).
  case rectify
  /// Checked and closed (销号, 待验收 → 已销号).
  case verify
  /// Checked and sent back (退回, 待验收 → 整改中).
  case `return`
  /// Put under supervision (挂牌督办).
  case supervise
  /// Supervision lifted (摘牌).
  case unsupervise
  /// Other fields changed.
  case edit

  /// The Chinese word, as histories show it.
  public var title: String {
    switch self {
    case .add: "登记"
    case .assign: "交办"
    case .start: "开始整改"
    case .rectify: "整改完成"
    case .verify: "验收销号"
    case .return: "退回"
    case .supervise: "挂牌督办"
    case .unsupervise: "摘牌"
    case .edit: "修改"
    }
  }
}

/// One change of a finding: its history, and its audit.
public struct FindingEvent: Sendable, Equatable, Codable {
  /// Row id assigned by the store.
  public var id: Int64
  /// The finding changed.
  public var findingID: Int64
  /// The moment it was entered in the ledger.
  public var at: Date
  /// The day it happened, `YYYY-MM-DD`.
  public var on: String
  /// What it did.
  public var action: FindingAction
  /// Who did it (the actor, or the person id when known).
  public var actor: String
  /// A note: the rectification note, the reason for a return…
  public var note: String?
  /// The status after it.
  public var status: FindingStatus

  /// Creates an event.
  public init(
    id: Int64 = 0, findingID: Int64, at: Date, on: String, action: FindingAction,
    actor: String, note: String? = nil, status: FindingStatus
  ) {
    self.id = id
    self.findingID = findingID
    self.at = at
    self.on = on
    self.action = action
    self.actor = actor
    self.note = note
    self.status = status
  }
}
