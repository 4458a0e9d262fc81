/// A chart as a native Word chart part (`word/charts/chartN.xml`, DrawingML charts, ECMA-376
/// Part 1 §21.2) with its data cached in the part itself: Word and LibreOffice draw it and
/// it stays a chart; there is no embedded workbook, so Word cannot "edit data" in it.
enum DOCXChart {
  static let cNS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
  static let aNS = "http://schemas.openxmlformats.org/drawingml/2006/main"
  static let wpNS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  /// The drawing's size: 14 × 8 cm, in EMU (360000 a centimetre).
  static let width = 5_040_000, height = 2_880_000

  /// The run that places chart `number` (1-based) inline, pointing at relationship `rId`.
  static func drawing(number: Int, rId: String, title: String) -> String {
    "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" "
      + "xmlns:wp=\"\(wpNS)\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
      + "<wp:docPr id=\"\(number)\" name=\"图\(number)\" descr=\"\(XMLText.escape(title))\"/>"
      + "<a:graphic xmlns:a=\"\(aNS)\"><a:graphicData uri=\"\(cNS)\">"
      + "<c:chart xmlns:c=\"\(cNS)\" r:id=\"\(rId)\"/></a:graphicData></a:graphic>"
      + "</wp:inline></w:drawing></w:r>"
  }

  /// The chart part for `chart`.
  static func part(_ chart: Chart) -> String {
    let series = chart.series.enumerated().map { i, s in self.series(chart, i, s) }.joined()
    let plot: String
    switch chart.kind {
    case .bar:
      plot =
        "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
        + "<c:varyColors val=\"0\"/>\(series)<c:gapWidth val=\"80\"/>"
        + "<c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
    case .line:
      plot =
        "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
        + "\(series)<c:marker val=\"1\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/>"
        + "</c:lineChart>"
    }
    return DOCXPackage.header
      + "<c:chartSpace xmlns:c=\"\(cNS)\" xmlns:a=\"\(aNS)\" xmlns:r=\"\(DOCXPackage.rNS)\">"
      + "<c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/>"
      + "<c:plotArea><c:layout/>\(plot)\(axes(fromZero: fromZero(chart), percent: AxisScale.isPercent(chart)))</c:plotArea>"
      + "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>"
      + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
      + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1050\">"
      + "<a:latin typeface=\"\(GBT9704.latin)\"/><a:ea typeface=\"\(GBT9704.bodyFont)\"/>"
      + "</a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr></c:chartSpace>"
  }

  private static func series(_ chart: Chart, _ index: Int, _ s: Series) -> String {
    let color = String(SVGChart.palette[index % SVGChart.palette.count].dropFirst())
    let column = columnName(index + 1)
    let rows = chart.categories.count + 1
    let fill = "<a:solidFill><a:srgbClr val=\"\(color)\"/></a:solidFill>"
    let shape =
      chart.kind == .bar
      ? "<c:spPr>\(fill)</c:spPr><c:invertIfNegative val=\"0\"/>"
      : "<c:spPr><a:ln w=\"28575\" cap=\"rnd\">\(fill)</a:ln></c:spPr>"
        + "<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr>\(fill)</c:spPr>"
        + "</c:marker>"
    let labels =
      chart.kind == .bar && chart.categories.count * chart.series.count <= 24
      ? "<c:dLbls><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
        + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>"
        + "</c:dLbls>"
      : ""
    let categories = chart.categories.enumerated().map { i, c in
      "<c:pt idx=\"\(i)\"><c:v>\(XMLText.escape(c))</c:v></c:pt>"
    }.joined()
    let values = s.values.enumerated().map { i, v in
      "<c:pt idx=\"\(i)\"><c:v>\(NumberText.format(v, decimals: 6))</c:v></c:pt>"
    }.joined()
    let count = "<c:ptCount val=\"\(chart.categories.count)\"/>"
    return "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
      + "<c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f><c:strCache><c:ptCount val=\"1\"/>"
      + "<c:pt idx=\"0\"><c:v>\(XMLText.escape(s.name))</c:v></c:pt></c:strCache></c:strRef>"
      + "</c:tx>\(shape)\(labels)"
      + "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(rows)</c:f><c:strCache>\(count)\(categories)"
      + "</c:strCache></c:strRef></c:cat>"
      + "<c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(rows)</c:f><c:numCache>"
      + "<c:formatCode>General</c:formatCode>\(count)\(values)</c:numCache></c:numRef></c:val>"
      + (chart.kind == .line ? "<c:smooth val=\"0\"/>" : "") + "</c:ser>"
  }

  /// Bars start at zero so their lengths compare honestly; lines may zoom to their data.
  private static func fromZero(_ chart: Chart) -> Bool {
    chart.kind == .bar && chart.series.allSatisfy { $0.values.allSatisfy { $0 >= 0 } }
  }

  /// The category and value axes. A percentage axis runs 0–100 in steps of 20, set
  /// explicitly: left to itself LibreOffice draws 100% bars on an axis to 120.
  private static func axes(fromZero: Bool, percent: Bool) -> String {
    let limits =
      percent ? "<c:max val=\"100\"/><c:min val=\"0\"/>" : fromZero ? "<c:min val=\"0\"/>" : ""
    return "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
      + "<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" "
      + "sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
      + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/>"
      + "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
      + "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/>"
      + limits + "</c:scaling>"
      + "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>"
      + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
      + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/>"
      + "<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
      + (percent ? "<c:majorUnit val=\"20\"/>" : "") + "</c:valAx>"
  }

  /// Spreadsheet column letters for the (notional) data sheet: 1 → B, 2 → C, …
  private static func columnName(_ n: Int) -> String {
    var n = n + 1
    var name = ""
    while n > 0 {
      let r = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + r))) + name
      n = (n - 1) / 26
    }
    return name
  }
}
