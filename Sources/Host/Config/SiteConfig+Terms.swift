import Foundation
import Scheduling
import Storage

extension SiteConfig {
  /// The keys of one term of `[[school.terms]]`.
  static let termKeys = ["name", "start", "end"]

  /// Reads `[school]`: `terms`, an array of tables `{ name, start, end }` whose dates are
  /// TOML local dates (`start = 2026-09-01`). Date-times, times, quoted dates, an end
  /// before its start, overlapping terms and two terms of one half year are errors with
  /// the file and line.
  static func readSchoolTerms(_ reader: inout TableReader) throws -> SiteTerms {
    guard let entry = reader.entry("terms") else { return .none }
    let file = reader.file
    guard case .array(let elements) = entry.value else {
      throw ConfigError(
        file: file, line: entry.line,
        "school.terms 应是学期的表数组：每个学期一段 [[school.terms]]，写 start 和 end；不是\(entry.value.chineseTypeName)"
      )
    }
    var terms: [(term: Scheduling.SchoolTerm, label: String, line: Int)] = []
    for (index, element) in elements.enumerated() {
      guard case .table(let fields) = element else {
        throw ConfigError(
          file: file, line: entry.line(element: index),
          "school.terms 的第 \(index + 1) 项应是一个学期 { start = 2026-09-01, end = 2027-01-23 }，不是\(element.chineseTypeName)"
        )
      }
      func line(_ key: String?) -> Int { entry.line(element: index, key: key) }
      let unknown = fields.keys.filter { !termKeys.contains($0) }.sorted {
        (line($0), $0) < (line($1), $1)
      }
      if let key = unknown.first {
        // Three short keys: two letters off (`strat`, `nmae`) is still a clear guess.
        let nearest = termKeys.map { ($0, DeclarationSchema.editDistance(key, $0)) }.min {
          $0.1 < $1.1
        }
        let guess = nearest.flatMap { $0.1 <= 2 ? "（是不是 \($0.0)？）" : nil } ?? ""
        throw ConfigError(
          file: file, line: line(key),
          "[[school.terms]] 中没有键 \"\(key)\"\(guess)；学期可写 name、start、end")
      }
      var name: String?
      if let value = fields["name"] {
        guard case .string(let text) = value, !text.trimmingCharacters(in: .whitespaces).isEmpty
        else {
          throw ConfigError(
            file: file, line: line("name"), "学期的 name 应是不空的字符串，如 name = \"2026秋季学期\"")
        }
        name = text
      }
      let label = name.map { "学期“\($0)”" } ?? "第 \(index + 1) 个学期"
      func date(_ key: String) throws -> CivilDate {
        guard let value = fields[key] else {
          let what = key == "start" ? "开学日期" : "期末日期"
          throw ConfigError(
            file: file, line: line(nil),
            "\(label)缺少 \(key)（\(what)，如 \(key) = \(key == "start" ? "2026-09-01" : "2027-01-23")）")
        }
        return try termDate(value, key: key, label: label, file: file, line: line(key))
      }
      let start = try date("start")
      let end = try date("end")
      guard start <= end else {
        throw ConfigError(
          file: file, line: line("end"), "\(label)的结束日期 end = \(end) 早于开始日期 start = \(start)")
      }
      guard start.distance(to: end) < 366 else {
        throw ConfigError(
          file: file, line: line("end"),
          "\(label)从 \(start) 到 \(end)，长过一年；一个学期写一段 [[school.terms]]，请检查 end 的年份")
      }
      terms.append(
        (Scheduling.SchoolTerm(start: start, end: end, name: name), label, line("start")))
    }
    terms.sort { $0.term.start < $1.term.start }
    for (earlier, later) in zip(terms, terms.dropFirst()) {
      let a = earlier.term, b = later.term
      if b.start <= a.end {
        throw ConfigError(
          file: file, line: later.line,
          "\(later.label)（\(b.start)–\(b.end)）与\(earlier.label)（\(a.start)–\(a.end)）重叠；下一个学期应在上一个学期结束之后开始"
        )
      }
      if a.key == b.key {
        throw ConfigError(
          file: file, line: later.line,
          "\(later.label)和\(earlier.label)都在 \(b.year) 年\(b.index == 1 ? "上" : "下")半年开学，期次都是 \(b.key)；每半年只能有一个学期开学（春季、秋季各一个）"
        )
      }
    }
    return SiteTerms(
      terms.map {
        StoredSchoolTerm(
          name: $0.term.name, start: $0.term.start.description, end: $0.term.end.description)
      })
  }

  /// A term's `start` or `end`: a TOML local date, anything else an error saying how to write it.
  private static func termDate(
    _ value: ConfigValue, key: String, label: String, file: String, line: Int
  ) throws -> CivilDate {
    let example = key == "start" ? "2026-09-01" : "2027-01-23"
    switch value {
    case .dateTime(let text):
      if text.count == 10, let date = CivilDate(text) {
        guard (1901...2099).contains(date.year) else {
          throw ConfigError(
            file: file, line: line, "\(label)的 \(key) = \(text) 不在 1901 至 2099 年之间；请检查年份")
        }
        return date
      }
      if text.contains("T") {
        throw ConfigError(
          file: file, line: line,
          "\(label)的 \(key) = \(text) 带有时刻；学期只写日期，如 \(key) = \(text.prefix(10))")
      }
      throw ConfigError(
        file: file, line: line, "\(label)的 \(key) = \(text) 是时刻，不是日期；应写成 \(key) = \(example)")
    case .string(let text):
      if text.count == 10, CivilDate(text) != nil {
        throw ConfigError(
          file: file, line: line, "\(label)的 \(key) = \"\(text)\" 是字符串；日期不加引号：\(key) = \(text)")
      }
      throw ConfigError(
        file: file, line: line,
        "\(label)的 \(key) = \"\(text)\" 不是日期；应写成 \(key) = \(example)（年-月-日，不加引号）")
    default:
      throw ConfigError(
        file: file, line: line,
        "\(label)的 \(key) 应是日期，如 \(key) = \(example)；不是\(value.chineseTypeName)")
    }
  }
}

extension ConfigValue {
  /// What the value is, in the words of a Chinese message.
  var chineseTypeName: String {
    switch self {
    case .string: "字符串"
    case .integer: "整数"
    case .float: "小数"
    case .boolean: "布尔值"
    case .dateTime: "日期时间"
    case .array: "数组"
    case .table: "表"
    }
  }
}
