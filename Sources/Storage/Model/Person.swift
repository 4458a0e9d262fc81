/// A person who can be reminded and who can tick items off.
public struct Person: Sendable, Equatable, Codable {
  /// Stable identifier, e.g. `zhang-wei`.
  public var id: String
  /// Display name, e.g. 张伟.
  public var name: String
  /// Contact address per channel (`email`, `phone`, `dingtalk`, `wecom`).
  public var contacts: [String: String]

  /// Creates a person.
  public init(id: String, name: String, contacts: [String: String] = [:]) {
    self.id = id
    self.name = name
    self.contacts = contacts
  }

  /// The contact channels a person may have, in display order.
  public static let channels = ["email", "phone", "dingtalk", "wecom"]
}

/// A role name held by a person in a unit; a role may be held by several people.
public struct RoleAssignment: Sendable, Equatable, Hashable, Codable {
  /// The unit's id.
  public var unitID: String
  /// The role name from the plugin vocabulary, e.g. 校长.
  public var role: String
  /// The person's id.
  public var personID: String

  /// Creates an assignment.
  public init(unitID: String, role: String, personID: String) {
    self.unitID = unitID
    self.role = role
    self.personID = personID
  }
}
