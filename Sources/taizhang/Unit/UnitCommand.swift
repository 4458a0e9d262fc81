import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang unit …`: the units and their tree.
  struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "unit",
      abstract: "Manage units (a bureau over its schools, hospitals, communities).",
      subcommands: [
        UnitAdd.self, UnitList.self, UnitShow.self, UnitEdit.self, UnitMove.self,
        UnitRemove.self, UnitImport.self, UnitExport.self,
      ])
  }
}

/// Table rows shared by `unit list` and `unit show`.
enum UnitText {
  static func table(_ units: [OrgUnit]) -> TextTable {
    var table = TextTable(headers: ["编号", "名称", "类型", "上级", "属性"])
    for u in units {
      table.append([
        u.id, u.name, u.type, u.parentID ?? "", KeyValueList.format(u.attributes),
      ])
    }
    return table
  }

  /// Parses repeated `--attribute key=value` options.
  static func attributes(_ items: [String]) throws -> [String: String] {
    var result: [String: String] = [:]
    for item in items {
      guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
        throw UsageError("属性 \"\(item)\" 应写成 键=值，例如 区域=农村")
      }
      result[String(item[..<eq])] = String(item[item.index(after: eq)...])
    }
    return result
  }
}
