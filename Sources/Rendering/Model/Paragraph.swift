/// A paragraph: a sequence of text runs, each plain, strong or emphasised.
public struct Paragraph: Codable, Equatable, Sendable {
  /// The runs in order; their texts joined give the paragraph's text.
  public var runs: [Run]

  /// Creates a paragraph from runs.
  public init(runs: [Run]) {
    self.runs = runs
  }

  /// Creates a paragraph from light markup: `**strong**` and `*emphasis*`; other text is plain.
  /// An unclosed marker is kept as literal text.
  public init(_ markup: String) {
    self.runs = Paragraph.parse(markup)
  }

  /// The paragraph's text without emphasis.
  public var plainText: String { runs.map(\.text).joined() }

  static func parse(_ s: String) -> [Run] {
    var runs: [Run] = []
    var plain = ""
    var rest = Substring(s)
    while !rest.isEmpty {
      if let (run, after) = markedRun(at: rest) {
        if !plain.isEmpty { runs.append(Run(plain)) }
        plain = ""
        runs.append(run)
        rest = after
      } else {
        plain.append(rest.removeFirst())
      }
    }
    if !plain.isEmpty { runs.append(Run(plain)) }
    return runs
  }

  /// The marked run starting at `s` (`**x**` or `*x*`, non-empty) and the text after it.
  private static func markedRun(at s: Substring) -> (Run, Substring)? {
    for (marker, emphasis) in [("**", Run.Emphasis.strong), ("*", .em)] where s.hasPrefix(marker) {
      let body = s.dropFirst(marker.count)
      guard let end = body.range(of: marker), end.lowerBound > body.startIndex else { continue }
      return (Run(String(body[..<end.lowerBound]), emphasis), body[end.upperBound...])
    }
    return nil
  }
}

/// A stretch of text with one kind of emphasis.
public struct Run: Codable, Equatable, Sendable {
  /// Emphasis a run can carry; plain runs have none.
  public enum Emphasis: String, Codable, Sendable {
    /// Strong importance: bold in print.
    case strong
    /// Stress: italic in Latin text, kept upright but marked in CJK-aware writers.
    case em
  }

  /// The run's text.
  public var text: String
  /// Its emphasis, or nil for plain text (omitted from JSON).
  public var emphasis: Emphasis?

  /// Creates a run.
  public init(_ text: String, _ emphasis: Emphasis? = nil) {
    self.text = text
    self.emphasis = emphasis
  }
}
