import Foundation
import LuaRuntime

/// A plugin after loading: its manifest, its declarations, its problems, and the sandboxed
/// state that keeps its functions (such as `applies`) callable.
public final class LoadedPlugin {
  /// The plugin's id (its folder name).
  public let id: String
  /// Where it was found.
  public let folder: URL
  /// The folder as messages show it, e.g. `Plugins/school`.
  public let shownFolder: String
  /// The manifest, when it could be read.
  public let manifest: PluginManifest?
  /// Its categories, in declaration order.
  public let categories: [ChecklistCategory]
  /// Its campaign phases.
  public let phases: [CampaignPhase]
  /// Its checklist items, in declaration order.
  public let items: [ChecklistItem]
  /// Its reminder rules.
  public let reminders: [ReminderRule]
  /// Its finding rules (`tz.finding_rules{…}`), in declaration order; see
  /// `PluginCatalog.findingKinds(for:)` for the rules in force for a unit type.
  public let findingKinds: [FindingKinds]
  /// Its reports (`reports/*.lua`), in declaration order.
  public let reports: [ReportDefinition]
  /// Its score rules.
  public let scores: [ScoreRule]
  /// Everything wrong with it; a plugin with problems is not used.
  public internal(set) var problems: [PluginProblem]
  /// The host side of its `tz` services: the ledger, the day and the unit in context.
  public let services: PluginServices
  /// The state its code lives in.
  let state: LuaState?
  /// `tz.doc` in that state, which report bodies fill.
  let documents: DocumentRecorder?

  init(
    id: String, folder: URL, shownFolder: String, manifest: PluginManifest?, state: LuaState?,
    collector: DeclarationCollector?, reports: ReportCollector? = nil, services: PluginServices,
    problems: [PluginProblem]
  ) {
    self.id = id
    self.folder = folder
    self.shownFolder = shownFolder
    self.manifest = manifest
    self.state = state
    self.services = services
    self.categories = collector?.categories ?? []
    self.phases = collector?.phases ?? []
    self.items = collector?.items ?? []
    self.reminders = collector?.reminders ?? []
    self.findingKinds = collector?.findingKinds ?? []
    self.reports = reports?.reports ?? []
    self.scores = reports?.scores ?? []
    self.documents = reports?.recorder
    self.problems = problems
    services.plugin = self
  }

  /// Whether the plugin loaded without problems and may be used.
  public var isUsable: Bool { problems.isEmpty }

  /// The finding rules governing units of `type`: the last declaration that covers it
  /// (a site plugin that `extends` this one replaces them by declaring its own), or nil.
  public func findingKinds(forUnitType type: String) -> FindingKinds? {
    findingKinds.last { $0.governs(unitType: type) }
  }
}
