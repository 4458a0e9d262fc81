/// The stretches of cell text that must not be broken across lines: dates ("2026-11-27",
/// "2026年11月27日"), numbers with their comparison and unit ("3 次", "≥ 1 篇", "92.5%") and
/// Latin words. Chinese characters between them may break anywhere.
enum KeepTogether {
  /// `text` cut into pieces in order; `whole` marks those that must stay on one line.
  static func pieces(_ text: String) -> [(text: String, whole: Bool)] {
    let chars = Array(text)
    var out: [(text: String, whole: Bool)] = []
    var i = 0
    while i < chars.count {
      if let end = date(chars, i) ?? quantity(chars, i) ?? latinWord(chars, i) {
        out.append((String(chars[i..<end]), true))
        i = end
      } else {
        out.append((String(chars[i]), false))
        i += 1
      }
    }
    return out
  }

  private static func digits(_ c: [Character], _ i: Int, _ range: ClosedRange<Int>) -> Int? {
    var j = i
    while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 }
    return range.contains(j - i) ? j : nil
  }

  /// 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日, 2026年11月, 11月27日.
  private static func date(_ c: [Character], _ i: Int) -> Int? {
    func at(_ j: Int, _ s: Character) -> Bool { j < c.count && c[j] == s }
    if let y = digits(c, i, 4...4) {
      if y < c.count, "-/.".contains(c[y]), let m = digits(c, y + 1, 1...2), at(m, c[y]),
        let d = digits(c, m + 1, 1...2)
      {
        return d
      }
      if at(y, "年"), let m = digits(c, y + 1, 1...2), at(m, "月") {
        if let d = digits(c, m + 1, 1...2), at(d, "日") { return d + 1 }
        return m + 1
      }
    }
    if let m = digits(c, i, 1...2), at(m, "月"), let d = digits(c, m + 1, 1...2), at(d, "日") {
      return d + 1
    }
    return nil
  }

  /// A number with an optional comparison before it and a unit after it: "≥ 1 篇", "3 次".
  private static func quantity(_ c: [Character], _ i: Int) -> Int? {
    var j = i
    if j < c.count, "≥≤<>＞＜=约".contains(c[j]) {
      j += 1
      while j < c.count, c[j] == " " { j += 1 }
    }
    guard let number = digits(c, j, 1...20) else { return nil }
    j = number
    while j + 1 < c.count, ".,".contains(c[j]), c[j + 1].isASCII, c[j + 1].isNumber {
      j = digits(c, j + 1, 1...20) ?? j + 1
    }
    var k = j
    if k < c.count, c[k] == " " { k += 1 }
    for unit in units where k + unit.count <= c.count && String(c[k..<(k + unit.count)]) == unit {
      return k + unit.count
    }
    return j > i && !c[i].isNumber ? j : nil
  }

  private static func latinWord(_ c: [Character], _ i: Int) -> Int? {
    var j = i
    while j < c.count, c[j].isASCII, c[j] != " ", !c[j].isWhitespace { j += 1 }
    return j > i ? j : nil
  }

  /// Units of counts, durations and rates, longest first where one starts another.
  static let units = [
    "项次", "人次", "课时", "小时", "分钟", "万元", "%", "％", "次", "天", "篇", "项", "个", "人", "件",
    "份", "元", "分", "周", "所", "家", "名", "条", "节", "场", "期", "户", "册", "本", "岁", "张",
  ]
}
