/// A bar or line chart: categories along the x axis, one or more value series.
public struct Chart: Codable, Equatable, Sendable {
  /// How the series are drawn.
  public enum Kind: String, Codable, Sendable {
    /// Grouped vertical bars, one group per category.
    case bar
    /// One line per series through its points.
    case line
  }

  /// Bar or line.
  public var kind: Kind
  /// The chart's title (图 …).
  public var title: String
  /// Category labels along the x axis.
  public var categories: [String]
  /// The series; each has one value per category.
  public var series: [Series]
  /// An optional unit for the values, e.g. "%" or "件".
  public var unit: String?

  /// Creates a chart.
  public init(
    kind: Kind, title: String, categories: [String], series: [Series], unit: String? = nil
  ) {
    self.kind = kind
    self.title = title
    self.categories = categories
    self.series = series
    self.unit = unit
  }

  func validate() throws(RenderError) {
    guard !series.isEmpty else { throw RenderError("chart \"\(title)\" has no series") }
    for s in series where s.values.count != categories.count {
      throw RenderError(
        "series \"\(s.name)\" of chart \"\(title)\" has \(s.values.count) values "
          + "for \(categories.count) categories")
    }
    for s in series where s.values.contains(where: { !$0.isFinite }) {
      throw RenderError("series \"\(s.name)\" of chart \"\(title)\" has a value that is not finite")
    }
  }
}

/// A named series of values, one per category.
public struct Series: Codable, Equatable, Sendable {
  /// The series' name, shown in the legend.
  public var name: String
  /// Its values in category order.
  public var values: [Double]

  /// Creates a series.
  public init(name: String, values: [Double]) {
    self.name = name
    self.values = values
  }
}

/// A block of headline numbers: each with a label, a value and an optional target.
public struct KeyFigures: Codable, Equatable, Sendable {
  /// The figures in order.
  public var items: [KeyFigure]

  /// Creates a key-figure block.
  public init(_ items: [KeyFigure]) {
    self.items = items
  }
}

/// One headline number, already formatted by the report (e.g. "96.5%").
public struct KeyFigure: Codable, Equatable, Sendable {
  /// What is measured, e.g. "按时完成率".
  public var label: String
  /// The measured value as it should read.
  public var value: String
  /// The target as it should read, if there is one.
  public var target: String?

  /// Creates a key figure.
  public init(label: String, value: String, target: String? = nil) {
    self.label = label
    self.value = value
    self.target = target
  }
}
