/// Something wrong with a plugin: which plugin, where (file and line when known), and what.
public struct PluginProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The plugin's id (its folder name).
  public var plugin: String
  /// The file the problem is in, as shown to the user (e.g. `Plugins/school/checklists/safety.lua`).
  public var file: String?
  /// The line in `file`.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates a problem.
  public init(plugin: String, file: String? = nil, line: Int? = nil, message: String) {
    self.plugin = plugin
    self.file = file
    self.line = line
    self.message = message
  }

  /// `plugin school: Plugins/school/checklists/safety.lua:14: message`.
  public var description: String {
    var place = ""
    if let file { place = line.map { "\(file):\($0): " } ?? "\(file): " }
    return "plugin \(plugin): \(place)\(message)"
  }
}
