/// What running one spec file of a plugin showed.
public struct SpecFileResult: Sendable, Encodable {
  /// One `it` block.
  public struct Test: Sendable, Encodable {
    /// Its name, prefixed by the names of the `describe` blocks around it.
    public let name: String
    /// Nil when it passed; else `file:line: message`.
    public let failure: String?
  }

  /// The plugin's id.
  public let plugin: String
  /// The spec file as shown, e.g. `Plugins/school/spec/terms_spec.lua`.
  public let file: String
  /// The tests, in the order declared.
  public let tests: [Test]
  /// Why the file could not be loaded at all, with file and line; nil when it loaded.
  public let loadError: String?

  /// How many tests passed.
  public var passed: Int { tests.filter { $0.failure == nil }.count }
  /// How many tests failed.
  public var failed: Int { tests.count - passed }

  enum CodingKeys: String, CodingKey {
    case plugin, file, tests, loadError = "load_error", passed, failed
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(plugin, forKey: .plugin)
    try container.encode(file, forKey: .file)
    try container.encode(tests, forKey: .tests)
    try container.encode(loadError, forKey: .loadError)
    try container.encode(passed, forKey: .passed)
    try container.encode(failed, forKey: .failed)
  }
}

/// The outcome of `taizhang plugin test`.
public struct SpecReport: Sendable, Encodable {
  /// Every spec file run.
  public let files: [SpecFileResult]
  /// Plugins that could not be tested (not found, or with problems), with the reason.
  public let unusable: [String]
  /// Checklist plugins that have no spec files.
  public let withoutSpecs: [String]

  enum CodingKeys: String, CodingKey { case files, unusable, withoutSpecs = "without_specs" }

  /// 0 when all passed, 1 when a test failed, 2 when a spec or plugin could not be loaded.
  public var exitCode: Int32 {
    if !unusable.isEmpty || files.contains(where: { $0.loadError != nil }) { return 2 }
    return files.contains { $0.failed > 0 } ? 1 : 0
  }
}
