/// An organisational unit (单位): a bureau, a school, a hospital, a community; units form a tree.
public struct OrgUnit: Sendable, Equatable, Codable {
  /// Stable identifier chosen by the administrator, e.g. `hx-yizhong`.
  public var id: String
  /// Display name, e.g. 河西区第一中学.
  public var name: String
  /// The unit type, matching a plugin's unit type, e.g. `school` or `bureau`.
  public var type: String
  /// The superior unit's id, or nil for a root.
  public var parentID: String?
  /// Free key/value attributes such as 区域=农村 or 寄宿=是.
  public var attributes: [String: String]
  /// School terms, when the unit keeps them.
  public var terms: [SchoolTerm]

  /// Creates a unit.
  public init(
    id: String, name: String, type: String, parentID: String? = nil,
    attributes: [String: String] = [:], terms: [SchoolTerm] = []
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.parentID = parentID
    self.attributes = attributes
    self.terms = terms
  }
}

/// One school term of a unit: a name and its first and last day (`YYYY-MM-DD`).
public struct SchoolTerm: Sendable, Equatable, Codable {
  /// The term's name, e.g. 2026秋季学期.
  public var name: String
  /// First day, `YYYY-MM-DD`.
  public var start: String
  /// Last day, `YYYY-MM-DD`.
  public var end: String

  /// Creates a term.
  public init(name: String, start: String, end: String) {
    self.name = name
    self.start = start
    self.end = end
  }
}
