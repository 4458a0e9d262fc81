import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang person …`: people and their contact addresses.
  struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "person",
      abstract: "Manage people and their contact addresses.",
      subcommands: [
        PersonAdd.self, PersonList.self, PersonShow.self, PersonEdit.self, PersonImport.self,
        PersonExport.self,
      ])
  }
}

/// Contact options shared by `person add` and `person edit`.
struct ContactOptions: ParsableArguments {
  @Option(help: "Email address.") var email: String?
  @Option(help: "Phone number.") var phone: String?
  @Option(help: "DingTalk user id.") var dingtalk: String?
  @Option(help: "WeCom (企业微信) user id.") var wecom: String?

  /// The given addresses, checked.
  func contacts() throws -> [String: String] {
    var result: [String: String] = [:]
    for (channel, value) in [
      ("email", email), ("phone", phone), ("dingtalk", dingtalk), ("wecom", wecom),
    ] {
      guard let value else { continue }
      if !value.isEmpty, let problem = ContactCheck.problem(channel: channel, address: value) {
        throw UsageError(problem)
      }
      result[channel] = value
    }
    return result
  }
}

/// Table rows shared by the person commands.
enum PersonText {
  static func table(_ people: [Person]) -> TextTable {
    var table = TextTable(headers: ["编号", "姓名", "邮箱", "电话", "钉钉", "企业微信"])
    for p in people {
      table.append([p.id, p.name] + Person.channels.map { p.contacts[$0] ?? "" })
    }
    return table
  }
}
