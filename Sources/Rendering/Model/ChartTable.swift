/// A chart's data as a table (categories down, series across), for formats that show
/// charts as numbers: Markdown, CSV and DOCX.
enum ChartTable {
  static func table(_ c: Chart) -> Table {
    let unit = c.unit.map { "（\($0)）" } ?? ""
    return Table(
      caption: c.title,
      header: ["项目"] + c.series.map { $0.name + unit },
      body: c.categories.enumerated().map { i, category in
        [category] + c.series.map { NumberText.format($0.values[i]) }
      },
      alignments: [.left] + c.series.map { _ in .right })
  }
}
