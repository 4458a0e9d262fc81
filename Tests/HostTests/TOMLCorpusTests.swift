import Foundation
import Host
import Testing

/// The public toml-test corpus (Fixtures/toml-test, MIT, see its README.md) through the
/// config reader's TOML layer: every valid file reads to exactly the values its JSON gives,
/// every invalid file is a config error with the file named, never a crash or a silent read.
@Suite("The config reader passes the toml-test corpus")
struct TOMLCorpusTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/toml-test")

  static func files(_ kind: String) -> [String] {
    let folder = root.appendingPathComponent(kind)
    let all = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    return all.filter { $0.hasSuffix(".toml") }.sorted()
  }

  @Test("the corpus is there", arguments: ["valid", "invalid"])
  func present(kind: String) {
    #expect(Self.files(kind).count > 80, "Fixtures/toml-test/\(kind) is missing")
  }

  @Test("a valid file reads to the values of its JSON", arguments: files("valid"))
  func valid(name: String) throws {
    let url = Self.root.appendingPathComponent("valid/\(name)")
    let data = try Data(contentsOf: url)
    let document = try ConfigDocument.parse(data: data, file: name)
    let expectedURL = url.deletingPathExtension().appendingPathExtension("json")
    let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL), options: [.fragmentsAllowed])
    let got = Self.tree(document)
    #expect(Self.matches(got, expected), "\(name): read \(got)")
  }

  @Test("an invalid file is a config error naming the file", arguments: files("invalid"))
  func invalid(name: String) throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("invalid/\(name)"))
    let error = try #require(throws: ConfigError.self) { try ConfigDocument.parse(data: data, file: name) }
    #expect(error.description.hasPrefix(name + ":"))
    #expect(error.exitCode == 2)
  }

  /// The document as one nested table again.
  static func tree(_ document: ConfigDocument) -> ConfigValue {
    var root: [String: ConfigValue] = [:]
    for table in document.tables {
      insert(table.entries.mapValues(\.value), at: table.path[...], into: &root)
    }
    return .table(root)
  }

  static func insert(_ entries: [String: ConfigValue], at path: ArraySlice<String>, into table: inout [String: ConfigValue]) {
    guard let first = path.first else {
      table.merge(entries) { _, new in new }
      return
    }
    var child: [String: ConfigValue] = [:]
    if case .table(let existing) = table[first] { child = existing }
    insert(entries, at: path.dropFirst(), into: &child)
    table[first] = .table(child)
  }

  /// Whether a value equals toml-test's tagged JSON (`{"type": "integer", "value": "1"}`).
  static func matches(_ value: ConfigValue, _ json: Any) -> Bool {
    if let leaf = json as? [String: Any], leaf.count == 2, let type = leaf["type"] as? String,
      let text = leaf["value"] as? String
    {
      switch (type, value) {
      case ("string", .string(let s)): return s == text
      case ("integer", .integer(let n)): return Int(text) == n
      case ("bool", .boolean(let b)): return String(b) == text
      case ("float", .float(let d)):
        if d.isNaN { return text.hasSuffix("nan") }
        if d.isInfinite { return text == (d > 0 ? "inf" : "-inf") || (d > 0 && text == "+inf") }
        return Double(text) == d
      case (let t, .dateTime(let s)) where t.hasPrefix("date") || t.hasPrefix("time"):
        return normalised(s) == normalised(text)
      default: return false
      }
    }
    switch (value, json) {
    case (.array(let values), let array as [Any]):
      return values.count == array.count && zip(values, array).allSatisfy { matches($0, $1) }
    case (.table(let fields), let object as [String: Any]):
      return Set(fields.keys) == Set(object.keys)
        && fields.allSatisfy { key, v in object[key].map { matches(v, $0) } ?? false }
    default:
      return false
    }
  }

  /// A date-time in one spelling: `T`, upper-case `Z` for +00:00, no trailing zero seconds fraction.
  static func normalised(_ text: String) -> String {
    var s = text.uppercased().replacingOccurrences(of: " ", with: "T")
    s = s.replacingOccurrences(of: "+00:00", with: "Z")
    if let dot = s.firstIndex(of: ".") {
      let digitsEnd = s[s.index(after: dot)...].firstIndex { !$0.isNumber } ?? s.endIndex
      var fraction = String(s[s.index(after: dot)..<digitsEnd])
      while fraction.hasSuffix("0") { fraction.removeLast() }
      s = String(s[..<dot]) + (fraction.isEmpty ? "" : "." + fraction) + s[digitsEnd...]
    }
    return s
  }
}
