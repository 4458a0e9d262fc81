extension PluginCatalog {
  /// The finding rules in force for units of `type`: those the usable plugin serving the
  /// type declares with `tz.finding_rules{…}` (the last declaration covering the type),
  /// else `FindingRules.standard` (any category, 一般/较重/严重 in 10/5/2 workdays, no
  /// verifier roles). This is what `finding add` files a finding by (category, default
  /// deadline from the severity, owner role), what `finding verify` checks the closer
  /// against, and what the reminders escalate an overdue finding along.
  public func findingRules(forUnitType type: String) -> FindingRules {
    plugin(forUnitType: type)?.findingRules(forUnitType: type) ?? .standard
  }
}
