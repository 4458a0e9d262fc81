extension PluginCatalog {
  /// The finding rules in force for units of `type`: those the usable plugin serving the
  /// type declares with `tz.finding_rules{…}` (the last declaration covering the type),
  /// else `FindingKinds.standard` (any category, 一般/较重/严重 in 10/5/2 workdays, no
  /// verifier roles). This is what `finding add` files a finding by (category, default
  /// deadline from the severity, owner role), what `finding verify` checks the closer
  /// against, and what the reminders escalate an overdue finding along.
  public func findingKinds(for type: String) -> FindingKinds {
    plugin(forUnitType: type)?.findingKinds(forUnitType: type) ?? .standard
  }
}
