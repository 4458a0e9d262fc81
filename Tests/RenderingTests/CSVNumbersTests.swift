import Foundation
import Testing

@testable import Rendering

/// CSV as a spreadsheet reads it: quantities are bare numbers under a header naming the
/// unit, and every row says which unit and period it belongs to.
@Suite struct CSVNumbersTests {
  static let scope = [ScopeField("报告单位", "城南中学"), ScopeField("统计期间", "2026年11月")]
  static let document = Document(
    title: "城南中学2026年11月月度工作小结",
    blocks: [
      .table(
        Table(
          caption: "分类完成情况",
          header: ["类别", "应完成次数", "完成次数", "逾期次数", "完成率"],
          body: [
            ["教学常规", "9", "7", "2", "77.8%"],
            ["平安校园", "0", "0", "0", "—"],
            ["合计", "9", "7", "2", "77.8%"],
          ])),
      .table(
        Table(
          caption: "逾期事项", header: ["事项", "逾期次数", "最早应完成", "已逾期"],
          body: [["备课检查", "2 次", "2026-11-27", "3 天"], ["作业批改", "1 次", "2026-11-30", "—"]])),
    ],
    scope: scope)

  @Test func quantitiesLoseTheirUnitToTheHeader() throws {
    let rows = try CSVColumns.rows(Self.document.tables[1], scope: Self.scope)
    #expect(
      rows == [
        ["报告单位", "统计期间", "事项", "逾期次数", "最早应完成", "已逾期（天）"],
        ["城南中学", "2026年11月", "备课检查", "2", "2026-11-27", "3"],
        ["城南中学", "2026年11月", "作业批改", "1", "2026-11-30", ""],
      ])
    let first = try CSVColumns.rows(Self.document.tables[0], scope: [])
    #expect(first[0] == ["类别", "应完成次数", "完成次数", "逾期次数", "完成率（%）"])
    #expect(first[2] == ["平安校园", "0", "0", "0", ""])
    #expect(first[3] == ["合计", "9", "7", "2", "77.8"])
  }

  @Test func aColumnOfMixedTextStaysText() {
    #expect(CSVColumns.commonUnit(["≥ 1 篇", "2 篇"]) == nil)
    #expect(CSVColumns.commonUnit(["2 次", "3 天"]) == nil)
    #expect(CSVColumns.commonUnit(["1/1"]) == nil)
    #expect(CSVColumns.commonUnit(["-3", "4.5", "—"]) == "")
  }

  /// Each CSV file opened by LibreOffice Calc (UTF-8, comma, Chinese locale) and saved as
  /// flat ODS: the value type of every cell, by row.
  static let cellTypes = """
    import json, sys, xml.etree.ElementTree as ET
    T = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
    O = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'
    out = []
    for path in sys.argv[1:]:
        rows = []
        for row in ET.parse(path).iter(T + 'table-row'):
            cells = []
            for cell in row.iter(T + 'table-cell'):
                n = int(cell.get(T + 'number-columns-repeated', '1'))
                cells += [cell.get(O + 'value-type', '')] * min(n, 50)
            while cells and cells[-1] == '':
                cells.pop()
            if cells:
                rows.append(cells)
        out.append(rows)
    print(json.dumps(out))
    """

  @Test func libreOfficeCalcReadsTheCountsAsNumbers() throws {
    let files = try CSVWriter().renderTables(Self.document)
    let types = try Office.convert(files, to: "fods", infilter: "Text - txt - csv (StarCalc):44,34,76,1,,2052") { paths in
      try Reader.python(Self.cellTypes, paths, as: [[[String]]].self)
    }
    try #require(types.count == 2)
    // 分类完成情况: two scope columns of text, the category, three counts and the rate.
    #expect(types[0][0] == Array(repeating: "string", count: 7))
    #expect(types[0][1] == ["string", "string", "string", "float", "float", "float", "float"])
    #expect(types[0][2] == ["string", "string", "string", "float", "float", "float"])
    #expect(types[0][3] == ["string", "string", "string", "float", "float", "float", "float"])
    // 逾期事项: the count and the days are numbers, the date a date.
    #expect(types[1][1] == ["string", "string", "string", "float", "date", "float"])
  }
}
