import Foundation

/// Draws a chart as inline SVG: axes, gridlines at round values, grouped bars or lines,
/// category labels and a legend. Coordinates are rounded to 0.1 so output is stable.
/// Category labels wider than their slot wrap between words onto more lines (the chart
/// grows taller), so labels never overlap however many categories there are.
struct SVGChart {
  static let width = 640.0
  static let palette = ["#c0392b", "#2e6da4", "#d4a017", "#3a8a4f", "#7b4f9d", "#6b6b6b"]
  /// Category labels: 12 px text, lines 15 px apart, the first baseline 18 px below the plot.
  static let labelSize = 12.0, labelLeading = 15.0, labelDrop = 18.0
  let chart: Chart
  let plot = (left: 56.0, right: 624.0, top: 20.0, bottom: 290.0)
  /// Each category's label as lines that fit its slot.
  let labels: [[String]]

  init(_ chart: Chart) {
    self.chart = chart
    let band = (plot.right - plot.left) / Double(max(chart.categories.count, 1))
    let columns = Self.columns(fitting: band - 8)
    labels = chart.categories.map { TitleLines.split($0, width: columns, shortest: 2) }
  }

  /// Display columns of label text that fit `pixels`: a Chinese character (2 columns) is
  /// 12 px at 12 px, and no Latin letter or digit is wider than 7 px, so 7 px a column.
  static func columns(fitting pixels: Double) -> Int { max(2, Int(pixels / 7)) }

  /// The widest a line of label text can be drawn, in pixels (the bound `columns` assumes).
  static func labelWidth(_ line: String) -> Double { Double(DisplayWidth.of(line)) * 7 }

  /// The baseline of the legend, below the last line of the category labels.
  var legendBaseline: Double {
    let lines = Double(labels.map(\.count).max() ?? 1)
    return plot.bottom + Self.labelDrop + (lines - 1) * Self.labelLeading + 40
  }

  /// The drawing's height: the plot, the labels and the legend.
  var height: Double { legendBaseline + 12 }

  var svg: String {
    let scale = AxisScale(chart)
    var out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) "
      + "\(n(height))\" role=\"img\" aria-label=\"\(HTMLText.attribute(chart.title))\">\n"
    out += gridlines(scale)
    out += chart.kind == .bar ? bars(scale) : lines(scale)
    out += categoryLabels() + legend()
    return out + "</svg>\n"
  }

  private func y(_ v: Double, _ s: AxisScale) -> Double {
    plot.bottom - (v - s.low) / (s.high - s.low) * (plot.bottom - plot.top)
  }

  private var band: Double {
    (plot.right - plot.left) / Double(max(chart.categories.count, 1))
  }

  private func gridlines(_ s: AxisScale) -> String {
    var out = "<g class=\"axis\" font-size=\"12\" fill=\"#333\">\n"
    for tick in s.ticks {
      let ty = n(y(tick, s))
      let stroke = tick == 0 ? "#333" : "#ddd"
      out +=
        "<line x1=\"\(n(plot.left))\" y1=\"\(ty)\" x2=\"\(n(plot.right))\" y2=\"\(ty)\" "
        + "stroke=\"\(stroke)\"/>"
      out +=
        "<text x=\"\(n(plot.left - 6))\" y=\"\(ty)\" text-anchor=\"end\" "
        + "dominant-baseline=\"middle\">\(NumberText.withUnit(tick, chart.unit))</text>\n"
    }
    out +=
      "<line x1=\"\(n(plot.left))\" y1=\"\(n(plot.top))\" x2=\"\(n(plot.left))\" "
      + "y2=\"\(n(plot.bottom))\" stroke=\"#333\"/>\n"
    return out + "</g>\n"
  }

  private func bars(_ s: AxisScale) -> String {
    let group = band * 0.7
    let width = group / Double(chart.series.count)
    let labelled = chart.categories.count * chart.series.count <= 24
    var out = "<g class=\"bars\" font-size=\"11\" text-anchor=\"middle\">\n"
    for (si, series) in chart.series.enumerated() {
      let color = Self.palette[si % Self.palette.count]
      for (ci, value) in series.values.enumerated() {
        let x = plot.left + band * Double(ci) + (band - group) / 2 + width * Double(si)
        let (y0, y1) = (y(0, s), y(value, s))
        out +=
          "<rect x=\"\(n(x))\" y=\"\(n(min(y0, y1)))\" width=\"\(n(width))\" "
          + "height=\"\(n(abs(y0 - y1)))\" fill=\"\(color)\"/>"
        if labelled {
          let ly = value >= 0 ? min(y0, y1) - 4 : max(y0, y1) + 12
          out +=
            "<text x=\"\(n(x + width / 2))\" y=\"\(n(ly))\">"
            + "\(NumberText.format(value))</text>"
        }
        out += "\n"
      }
    }
    return out + "</g>\n"
  }

  private func lines(_ s: AxisScale) -> String {
    var out = "<g class=\"lines\" fill=\"none\" stroke-width=\"2\">\n"
    for (si, series) in chart.series.enumerated() {
      let color = Self.palette[si % Self.palette.count]
      let points = series.values.enumerated().map { ci, v in
        (plot.left + band * (Double(ci) + 0.5), y(v, s))
      }
      let path = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
      out += "<polyline points=\"\(path)\" stroke=\"\(color)\"/>\n"
      for p in points {
        out += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"3\" fill=\"\(color)\"/>"
      }
      out += "\n"
    }
    return out + "</g>\n"
  }

  private func categoryLabels() -> String {
    var out =
      "<g class=\"categories\" font-size=\"\(n(Self.labelSize))\" fill=\"#333\" "
      + "text-anchor=\"middle\">\n"
    for (i, lines) in labels.enumerated() {
      let x = n(plot.left + band * (Double(i) + 0.5))
      out += "<text>"
      for (l, line) in lines.enumerated() {
        let y = plot.bottom + Self.labelDrop + Double(l) * Self.labelLeading
        out += "<tspan x=\"\(x)\" y=\"\(n(y))\">\(HTMLText.escape(line))</tspan>"
      }
      out += "</text>\n"
    }
    return out + "</g>\n"
  }

  private func legend() -> String {
    var out = "<g class=\"legend\" font-size=\"12\" fill=\"#333\">\n"
    var x = plot.left
    let y = legendBaseline
    for (si, series) in chart.series.enumerated() {
      let color = Self.palette[si % Self.palette.count]
      out +=
        "<rect x=\"\(n(x))\" y=\"\(n(y - 10))\" width=\"12\" height=\"12\" "
        + "fill=\"\(color)\"/><text x=\"\(n(x + 16))\" y=\"\(n(y))\">"
        + "\(HTMLText.escape(series.name))</text>\n"
      x += 16 + Double(DisplayWidth.of(series.name)) * 6.5 + 20
    }
    return out + "</g>\n"
  }

  private func n(_ v: Double) -> String { NumberText.format(v, decimals: 1) }
}

/// A value axis from 0 (or below, for negative data) to a round maximum, with round ticks.
struct AxisScale {
  let low: Double, high: Double, step: Double

  /// Whether `chart` shows percentages that all lie within 0–100: its axis is then 0–100.
  static func isPercent(_ chart: Chart) -> Bool {
    (chart.unit == "%" || chart.unit == "％")
      && chart.series.allSatisfy { $0.values.allSatisfy { (0...100).contains($0) } }
  }

  /// The scale for `chart`: 0–100 by 20 for percentages, else fitted to the values.
  init(_ chart: Chart) {
    self.init(Self.isPercent(chart) ? [0, 100] : chart.series.flatMap(\.values))
  }

  init(_ values: [Double]) {
    let lo = min(0, values.min() ?? 0)
    let hi = max(0, values.max() ?? 0)
    let span = hi - lo > 0 ? hi - lo : 1
    let raw = span / 5
    let magnitude = pow(10, (log10(raw)).rounded(.down))
    let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
    self.step = step
    self.low = (lo / step).rounded(.down) * step
    self.high = max((hi / step).rounded(.up) * step, low + step)
  }

  var ticks: [Double] {
    let count = Int(((high - low) / step).rounded())
    return (0...count).map { low + Double($0) * step }
  }
}
