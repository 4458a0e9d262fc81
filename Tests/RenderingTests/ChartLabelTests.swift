import Foundation
import Testing

@testable import Rendering

/// Category labels of HTML charts, measured as boxes: each line of a label is at most its
/// display width × 7 px wide (a Chinese character is 12 px at 12 px, no Latin character is
/// wider than 7 px) and spans 12 px above its baseline to 3 px below.
@Suite struct ChartLabelTests {
  static let schools = [
    "清远市第一实验小学", "清城区凤城街道中心小学", "清新区太和镇第二中学", "英德市英城街道城南小学",
    "连州市实验学校", "阳山县七拱镇中心小学", "佛冈县石角镇第一初级中学", "清远市清城区东城街道中心小学",
    "连南瑶族自治县寨岗镇中心小学",
  ]

  static let measure = """
    import json, sys, unicodedata, xml.etree.ElementTree as ET
    svg = ET.fromstring(sys.stdin.read())
    ns = '{http://www.w3.org/2000/svg}'
    def width(s):
        return sum(14 if unicodedata.east_asian_width(c) in 'WF' else 7 for c in s)
    boxes = []
    for g in svg.iter(ns + 'g'):
        if g.get('class') != 'categories':
            continue
        for i, text in enumerate(g.iter(ns + 'text')):
            for span in text.iter(ns + 'tspan'):
                x, y, w = float(span.get('x')), float(span.get('y')), width(span.text)
                boxes.append([i, x - w / 2, y - 12, x + w / 2, y + 3, span.text])
    legend = min(float(r.get('y')) for g in svg.iter(ns + 'g') if g.get('class') == 'legend'
                 for r in g.iter(ns + 'rect'))
    print(json.dumps({'boxes': boxes, 'legendTop': legend,
                      'height': float(svg.get('viewBox').split()[3])}, ensure_ascii=False))
    """

  struct Measured: Decodable {
    var boxes: [[Box]]
    var legendTop: Double
    var height: Double
    enum Box: Decodable {
      case number(Double), text(String)
      init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .text(try c.decode(String.self)) }
      }
      var value: Double { if case .number(let d) = self { d } else { 0 } }
    }
  }

  @Test func nineLongChineseLabelsNeverOverlap() throws {
    let chart = Chart(
      kind: .bar, title: "下级单位完成率", categories: Self.schools,
      series: [Series(name: "完成率", values: [99, 97.5, 96, 94.2, 90, 88.8, 85, 80, 72.4])], unit: "%")
    let svg = SVGChart(chart).svg
    let outcome = try Reader.run(Reader.python, ["-c", Self.measure], input: Data(svg.utf8))
    try #require(outcome.status == 0, "\(outcome.stderr)")
    let m = try JSONDecoder().decode(Measured.self, from: Data(outcome.stdout.utf8))
    let boxes = m.boxes.map { b in (label: Int(b[0].value), x0: b[1].value, y0: b[2].value, x1: b[3].value, y1: b[4].value) }
    // Every label is there, each on lines of its own.
    #expect(Set(boxes.map(\.label)) == Set(0..<9))
    for (i, a) in boxes.enumerated() {
      #expect(a.x0 >= 0 && a.x1 <= SVGChart.width, "label \(a.label) leaves the drawing")
      #expect(a.y1 <= m.legendTop, "label \(a.label) runs into the legend")
      for b in boxes[(i + 1)...] where a.label != b.label {
        let apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
        #expect(apart, "labels \(a.label) and \(b.label) overlap")
      }
    }
    #expect(m.height >= m.legendTop + 12)
  }

  @Test func aLongLabelWrapsBetweenWords() {
    let chart = Chart(
      kind: .bar, title: "t", categories: Self.schools,
      series: [Series(name: "完成率", values: Array(repeating: 90, count: 9))], unit: "%")
    // A slot of 568 / 9 = 63.1 px leaves 55.1 px: 7 columns, 3 Chinese characters a line.
    #expect(SVGChart.columns(fitting: 568.0 / 9 - 8) == 7)
    #expect(SVGChart(chart).labels[4] == ["连州市", "实验", "学校"])
  }

  @Test func percentagesRunFromZeroToOneHundred() {
    let chart = Chart(
      kind: .bar, title: "t", categories: ["甲", "乙"], series: [Series(name: "s", values: [100, 42])],
      unit: "%")
    let scale = AxisScale(chart)
    #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
    let part = DOCXChart.part(chart)
    #expect(part.contains("<c:scaling><c:orientation val=\"minMax\"/><c:max val=\"100\"/><c:min val=\"0\"/></c:scaling>"))
    #expect(part.contains("<c:majorUnit val=\"20\"/>"))
    // Counts keep an axis fitted to them; a line of counts may zoom to its data.
    let counts = Chart(kind: .bar, title: "t", categories: ["甲"], series: [Series(name: "s", values: [7])])
    #expect(!DOCXChart.part(counts).contains("<c:max "))
    let line = Chart(kind: .line, title: "t", categories: ["甲", "乙"], series: [Series(name: "s", values: [7, 9])])
    #expect(!DOCXChart.part(line).contains("<c:min "))
  }
}
