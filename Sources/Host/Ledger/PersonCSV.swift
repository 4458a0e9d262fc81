import Storage

/// The people CSV: `id,name,email,phone,dingtalk,wecom`.
public enum PersonCSV {
  /// The column names, in the order export writes them.
  public static let columns = ["id", "name"] + Person.channels

  /// Reads and validates every row; any bad row throws before anything is written.
  public static func read(_ text: String, file: String) throws -> [Person] {
    let table = try CSVTable(
      text: text, file: file, required: ["id", "name"], optional: Person.channels)
    var people: [Person] = []
    var lines: [String: Int] = [:]
    for row in table.rows {
      let id = try table.required(row, "id")
      guard !id.contains(where: \.isWhitespace) else {
        throw table.error(row, "人员编号 \"\(id)\" 不能包含空白")
      }
      if let first = lines[id] {
        throw table.error(row, "人员编号 \"\(id)\" 重复（第 \(first) 行已出现）")
      }
      lines[id] = row.line
      var person = Person(id: id, name: try table.required(row, "name"))
      for channel in Person.channels {
        let address = table.value(row, channel)
        if address.isEmpty { continue }
        if let problem = ContactCheck.problem(channel: channel, address: address) {
          throw table.error(row, problem)
        }
        person.contacts[channel] = address
      }
      people.append(person)
    }
    return people
  }

  /// The CSV text of `people`.
  public static func write(_ people: [Person]) -> String {
    CSVWriter.text(
      header: columns,
      rows: people.map { p in [p.id, p.name] + Person.channels.map { p.contacts[$0] ?? "" } })
  }
}

/// Plausibility checks of contact addresses.
public enum ContactCheck {
  /// A zh-CN message when `address` is not plausible for `channel`, else nil.
  public static func problem(channel: String, address: String) -> String? {
    switch channel {
    case "email":
      let parts = address.split(separator: "@", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
        !address.contains(where: \.isWhitespace)
      else { return "邮箱地址 \"\(address)\" 格式不对" }
    case "phone":
      let digits = address.filter { $0 != "-" && $0 != " " && $0 != "+" }
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return "电话号码 \"\(address)\" 只能包含数字、空格、+ 和 -"
      }
    default:
      guard !address.contains(where: \.isWhitespace) else {
        return "\(channel) 账号 \"\(address)\" 不能包含空白"
      }
    }
    return nil
  }
}
