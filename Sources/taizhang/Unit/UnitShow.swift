import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang unit show`.
  struct UnitShow: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one unit with its children and role holders.")

    @Argument(help: "The unit's id.") var id: String
    @OptionGroup var options: StoreOptions

    /// What `--json` prints.
    struct Detail: Encodable {
      var unit: OrgUnit
      var children: [String]
      var roles: [RoleAssignment]
    }

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let unit = try ledger.unit(id)
        let children = try ledger.store.children(of: id)
        let roles = try ledger.store.roleAssignments(unitID: id, personID: nil)
        if options.json {
          try options.printJSON(Detail(unit: unit, children: children.map(\.id), roles: roles))
          return
        }
        var lines = [
          "编号：\(unit.id)", "名称：\(unit.name)", "类型：\(unit.type)",
          "上级：\(unit.parentID ?? "（无）")",
        ]
        for (k, v) in unit.attributes.sorted(by: { $0.key < $1.key }) {
          lines.append("属性：\(k)=\(v)")
        }
        for t in unit.terms { lines.append("学期：\(t.name) \(t.start)..\(t.end)") }
        let site = SiteTerms.standard()
        if site.governs(unit) {
          for t in site.terms { lines.append("学期：\(t.name) \(t.start)..\(t.end)（站点配置 [[school.terms]]）") }
        }
        lines.append(
          "下级单位：\(children.isEmpty ? "（无）" : children.map(\.name).joined(separator: "、"))")
        for line in lines { Console.out(line) }
        if !roles.isEmpty {
          Console.out("")
          var table = TextTable(headers: ["角色", "人员", "姓名"])
          for r in roles {
            table.append([r.role, r.personID, (try ledger.store.person(r.personID))?.name ?? ""])
          }
          options.printTable(table)
        }
      }
    }
  }
}
