/// Splits Chinese text into the pieces a line may not break inside: dictionary words of
/// official titles (工作小结, 通报, 中学, 教育局 …), numbers with their date or count unit
/// ("2026年", "11月", "第四季度", "12项"), Latin words, and single characters otherwise.
/// Chinese has no spaces, so this small vocabulary is what keeps "月度工 / 作小结" from happening.
enum ChineseWords {
  /// The pieces of `text` in order; joined they give `text` back.
  static func split(_ text: String) -> [String] {
    let chars = Array(text)
    var words: [String] = []
    var i = 0
    while i < chars.count {
      let end = wordEnd(chars, at: i)
      words.append(String(chars[i..<end]))
      i = end
    }
    return words
  }

  /// Where the word starting at `i` ends (exclusive).
  private static func wordEnd(_ chars: [Character], at i: Int) -> Int {
    if isLatin(chars[i]) {
      var j = i + 1
      while j < chars.count,
        isLatin(chars[j]) || (joiners.contains(chars[j]) && j + 1 < chars.count && chars[j + 1].isNumber)
      {
        j += 1
      }
      if chars[i].isNumber { j = attach(numberUnits, to: chars, at: j) }
      return j
    }
    if chars[i] == "第", i + 1 < chars.count, numerals.contains(chars[i + 1]) {
      var j = i + 1
      while j < chars.count, numerals.contains(chars[j]) { j += 1 }
      return attach(ordinalUnits, to: chars, at: j)
    }
    for length in stride(from: min(longestWord, chars.count - i), to: 1, by: -1)
    where vocabulary.contains(String(chars[i..<(i + length)])) {
      return i + length
    }
    return i + 1
  }

  /// `j` moved past the first of `units` that starts there, if any.
  private static func attach(_ units: [String], to chars: [Character], at j: Int) -> Int {
    for unit in units where j + unit.count <= chars.count {
      if String(chars[j..<(j + unit.count)]) == unit { return j + unit.count }
    }
    return j
  }

  private static func isLatin(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber)
  }

  /// Characters that join two runs of digits into one word: 2026-11-27, 2026—2027, 92.5.
  private static let joiners: Set<Character> = ["-", ".", "/", ":", "—", "–", "~"]
  private static let numerals: Set<Character> = Set("一二三四五六七八九十百零〇两0123456789")
  /// Units that belong to the number before them (longest first where one starts another).
  private static let numberUnits = [
    "学年", "年度", "年", "月", "日", "号", "届", "级", "项次", "人次", "%", "％", "项", "次", "天", "篇",
  ]
  private static let ordinalUnits = ["季度", "学期", "阶段", "期", "批", "次", "届", "名", "轮"]

  /// Words a document kind ends with: a break before them costs nothing.
  static let documentKinds: [String] = [
    "月度工作小结", "工作情况通报", "工作进展情况", "工作进展报告", "工作小结", "工作总结", "工作计划",
    "工作情况", "工作方案", "实施方案", "情况通报", "进展情况", "进展报告", "自查报告", "自查情况", "自查表",
    "通报", "小结", "总结", "报告", "情况", "计划", "台账", "工作", "方案", "通知", "意见", "明细",
    "一览表", "汇总表", "统计表", "登记表",
  ]
  /// Words a unit's name ends with: a break after them costs nothing.
  static let unitSuffixes: [String] = [
    "中学", "小学", "学校", "医院", "社区", "教育局", "卫生健康局", "委员会", "居委会", "幼儿园",
    "卫生院", "街道", "办事处", "中心", "人民政府", "政府", "省", "市", "区", "县", "镇", "乡", "村",
  ]
  /// Words a period ends with: a break after them costs nothing.
  static let periodWords: [String] = ["季度", "学期", "年度", "半年", "上半年", "下半年", "全年"]
  private static let otherWords: [String] = [
    "关于", "对于", "教育", "教学", "安全", "行风", "建设", "创建", "达标", "文明", "学年", "实验", "人民",
    "卫生", "健康", "平安", "校园", "专项", "整治", "检查", "督导", "开展", "落实", "年度", "月度", "季度",
    "第一", "第二", "第三", "各类", "单位", "下级", "完成", "党建", "德育", "师德", "师风", "医德", "医风",
  ]
  static let vocabulary: Set<String> = Set(documentKinds + unitSuffixes + periodWords + otherWords)
  private static let longestWord = vocabulary.map(\.count).max() ?? 1
}
