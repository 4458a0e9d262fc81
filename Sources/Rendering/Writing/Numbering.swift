/// Caption numbering shared by the writers: tables and charts are numbered separately.
struct Numbering {
  private(set) var tables = 0
  private(set) var charts = 0

  /// The caption of the next table: "表1 caption" (or nil when the table has none).
  mutating func tableCaption(_ caption: String?) -> String? {
    tables += 1
    return caption.map { "表\(tables) \($0)" }
  }

  /// The caption of the next chart: "图1 title".
  mutating func chartCaption(_ title: String) -> String {
    charts += 1
    return "图\(charts) \(title)"
  }
}
