import Foundation
import Rendering
import Testing

/// Charts in DOCX: native chart parts read back with Python's zipfile and ElementTree, or,
/// on request, a caption and a data table read back with python-docx.
@Suite struct DOCXChartTests {
  static let readCharts = """
    import json, sys, zipfile
    import xml.etree.ElementTree as ET
    C = '{http://schemas.openxmlformats.org/drawingml/2006/chart}'
    z = zipfile.ZipFile(sys.argv[1])
    types = z.read('[Content_Types].xml').decode()
    rels = z.read('word/_rels/document.xml.rels').decode()
    charts = []
    for name in sorted(n for n in z.namelist() if n.startswith('word/charts/')):
        root = ET.fromstring(z.read(name))
        kind = [e.tag[len(C):] for e in root.iter() if e.tag in (C + 'barChart', C + 'lineChart')]
        series = []
        for ser in root.iter(C + 'ser'):
            tx = ser.find(C + 'tx').find('.//' + C + 'v').text
            cats = [v.text for v in ser.find(C + 'cat').iter(C + 'v')]
            vals = [float(v.text) for v in ser.find(C + 'val').iter(C + 'v')]
            series.append({'name': tx, 'categories': cats, 'values': vals})
        lo = root.find('.//' + C + 'valAx/' + C + 'scaling/' + C + 'min')
        charts.append({'part': name, 'kind': kind[0], 'series': series,
                       'min': float(lo.get('val')) if lo is not None else None,
                       'typed': ('/' + name) in types, 'related': name[5:] in rels})
    print(json.dumps(charts, ensure_ascii=False))
    """

  struct ChartRead: Decodable {
    struct SeriesRead: Decodable {
      var name: String
      var categories: [String]
      var values: [Double]
    }
    var part: String
    var kind: String
    var series: [SeriesRead]
    var min: Double?
    var typed: Bool
    var related: Bool
  }

  @Test func chartsBecomeChartPartsWithTheirData() throws {
    let docx = try DOCXWriter().render(SampleDocument.document)
    let charts = try Reader.withFiles([("charts.docx", docx)]) {
      try Reader.python(Self.readCharts, $0, as: [ChartRead].self)
    }
    try #require(charts.count == 2)
    #expect(charts.map(\.part) == ["word/charts/chart1.xml", "word/charts/chart2.xml"])
    #expect(charts.allSatisfy { $0.typed && $0.related }, "content type and relationship")
    #expect(charts[0].kind == "barChart")
    #expect(charts[0].min == 0, "bars start at zero")
    #expect(charts[1].min == 0, "a percentage axis runs 0–100, lines too")
    #expect(charts[0].series.map(\.name) == ["完成率"])
    #expect(charts[0].series[0].categories == ["教学常规", "平安校园", "德育"])
    #expect(charts[0].series[0].values == [95.2, 100, 87.5])
    #expect(charts[1].kind == "lineChart")
    #expect(charts[1].series.map(\.name) == ["本校", "全镇平均"])
    #expect(charts[1].series[1].values == [88, 91, 92.25])
  }

  @Test func chartsAsTablesGiveACaptionAndADataTable() throws {
    guard Reader.pythonHas("docx") else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    let docx = try DOCXWriter(chartsAsTables: true).render(SampleDocument.document)
    let script = """
      import json, sys, docx
      d = docx.Document(sys.argv[1])
      print(json.dumps({'captions': [p.text for p in d.paragraphs if p.style.name == 'Caption'],
                        'firsts': [[r.cells[0].text for r in t.rows] for t in d.tables]},
                       ensure_ascii=False))
      """
    struct Read: Decodable {
      var captions: [String]
      var firsts: [[String]]
    }
    let read = try Reader.withFiles([("tables.docx", docx)]) {
      try Reader.python(script, $0, as: Read.self)
    }
    #expect(read.captions == ["表1 各类工作完成情况", "图1 各类工作按时完成率", "表2 逾期事项", "图2 近三个月完成率"])
    #expect(read.firsts.count == 5)
    #expect(read.firsts[2] == ["项目", "教学常规", "平安校园", "德育"])
  }
}
