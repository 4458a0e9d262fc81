/// Breaks a title (or a chart label) into lines the way GB/T 9704 asks of a 公文 title:
/// "回行时，要做到词意完整，排列对称，长短适宜" — between words only, lines of balanced length,
/// no line shorter than a few characters, none starting with 的/和/与 or closing punctuation.
public enum TitleLines {
  /// `text` as lines at most `width` display columns wide (a CJK character is 2): the fewest
  /// lines that fit, broken at the best word boundaries with lengths as even as possible.
  /// Lines should be at least `shortest` columns; a "\n" in `text` is kept as a break.
  public static func split(_ text: String, width: Int, shortest: Int = 6) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { part in
      splitLine(String(part), width: max(width, 2), shortest: shortest)
    }
  }

  private static func splitLine(_ text: String, width: Int, shortest: Int) -> [String] {
    guard DisplayWidth.of(text) > width else { return [text] }
    // A word wider than a line cannot be kept whole: its characters become words.
    let words = ChineseWords.split(text).flatMap { word in
      DisplayWidth.of(word) > width ? word.map(String.init) : [word]
    }
    let widths = words.map(DisplayWidth.of)
    let total = widths.reduce(0, +)
    var lines = (total + width - 1) / width
    while lines <= words.count {
      if let breaks = bestBreaks(words, widths, lines: lines, width: width, shortest: shortest) {
        var out: [String] = []
        var start = 0
        for end in breaks + [words.count] {
          out.append(words[start..<end].joined().trimmingSpaces)
          start = end
        }
        return out
      }
      lines += 1
    }
    return [text]
  }

  /// The word indices at which lines 2…n start, minimising penalties for poor break points
  /// (×16, in columns²) plus the squared distance of each line's width from the average.
  private static func bestBreaks(
    _ words: [String], _ widths: [Int], lines: Int, width: Int, shortest: Int
  ) -> [Int]? {
    let n = words.count
    let target = Double(widths.reduce(0, +)) / Double(lines)
    var prefix = [0]
    for w in widths { prefix.append(prefix[prefix.count - 1] + w) }
    // best[k][i]: least cost of laying words i..<n out in k lines, with the first break.
    var best = [[(cost: Double, next: Int)?]](
      repeating: [(cost: Double, next: Int)?](repeating: nil, count: n + 1), count: lines + 1)
    best[0][n] = (0, n)
    for k in 1...lines {
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in (i + 1)...n {
          let lineWidth = prefix[j] - prefix[i]
          if lineWidth > width { break }
          guard let rest = best[k - 1][j], (j == n) == (k == 1) else { continue }
          var cost = (Double(lineWidth) - target) * (Double(lineWidth) - target) + rest.cost
          if lineWidth < shortest { cost += 1600 }
          if j < n { cost += 16 * Double(breakCost(words[j - 1], words[j])) }
          if best[k][i].map({ cost < $0.cost }) ?? true { best[k][i] = (cost, j) }
        }
      }
    }
    guard best[lines][0] != nil else { return nil }
    var breaks: [Int] = []
    var i = 0
    for k in stride(from: lines, to: 1, by: -1) {
      guard let step = best[k][i] else { return nil }
      breaks.append(step.next)
      i = step.next
    }
    return breaks
  }

  /// How poor a break between `left` and `right` is: 0 at a natural boundary (after a unit's
  /// name or a period, before a document kind, at a space), 2 between two known words,
  /// 6 next to a lone character (probably inside a word), 10 inside a date, 100 where a line
  /// must not break.
  static func breakCost(_ left: String, _ right: String) -> Int {
    guard let first = right.first, let last = left.last else { return 0 }
    if noLineStart.contains(first) || noLineEnd.contains(last) || ["关于", "对于"].contains(left) {
      return 100
    }
    if last == " " || first == " " { return 0 }
    // Keep a date together: 2026年 | 11月, 2026年 | 第四季度, 11月 | 1日.
    if (last == "年" || last == "月"), first.isNumber || first == "第" || right.hasPrefix("上半")
      || right.hasPrefix("下半")
    {
      return 10
    }
    if ChineseWords.documentKinds.contains(where: { right.hasPrefix($0) }) { return 0 }
    if ChineseWords.unitSuffixes.contains(where: { left.hasSuffix($0) }) { return 0 }
    if ChineseWords.periodWords.contains(where: { left.hasSuffix($0) }) { return 0 }
    if left.first?.isNumber == true, last == "年" || last == "月" || left.hasSuffix("学年") {
      return 0
    }
    return left.count > 1 && right.count > 1 ? 2 : 6
  }

  /// Characters a line must not start with: function words that lean on what precedes them,
  /// closing punctuation and units.
  private static let noLineStart: Set<Character> = Set("的之了着和与及或等、，。：；！？）》」』”’%％")
  /// Characters a line must not end with: opening punctuation.
  private static let noLineEnd: Set<Character> = Set("（《「『“‘")
}

extension String {
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
