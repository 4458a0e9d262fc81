/// Page and type measures for official documents after GB/T 9704-2012, in Word's units
/// (twentieths of a point, "twips"; half-points for font sizes).
enum GBT9704 {
  /// A4: 210 × 297 mm.
  static let pageWidth = 11906, pageHeight = 16838
  /// Margins: top 37 mm, bottom 35 mm, left (binding side) 28 mm, right 26 mm.
  static let marginTop = twips(mm: 37), marginBottom = twips(mm: 35)
  static let marginLeft = twips(mm: 28), marginRight = twips(mm: 26)
  /// The type area's width: 156 mm.
  static let textWidth = pageWidth - marginLeft - marginRight
  /// 22 lines to the 225 mm type area: a fixed line pitch of about 28.95 pt.
  static let linePitch = (pageHeight - marginTop - marginBottom) / 22
  /// Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt.
  static let size2 = 44, size3 = 32, size4 = 28, sizeSmall4 = 24
  /// A title line's width in display columns (a CJK character is 2): 156 mm holds 20
  /// characters of 二号 (22 pt); one is left spare for digits drawn wider by a fallback face.
  static let titleColumns = 38
  /// 28 characters of 三号 a line: 28 × 16 pt is 448 pt but the type area is 442.2 pt
  /// (8844 twips), so body text is condensed by 0.3 pt a character (`w:spacing`, in
  /// twentieths of a point): 28 × 15.7 pt = 439.6 pt fit, 29 do not. Word and LibreOffice
  /// both honour it; a `linesAndChars` grid with `charSpace` would do it for Word only —
  /// LibreOffice lays such a grid out with each 16 pt character over two cells, 14 a line.
  static let characterSpacing = -6
  /// One 三号 character's width (16 pt), the unit of indents ("空二字" = 2 of these).
  static let char3 = 320
  /// The footer's distance from the page's bottom edge: the page number sits about 7 mm
  /// below the type area.
  static let footerDistance = twips(mm: 35 - 7 - 5)

  /// Fonts: Latin text in Times New Roman, CJK text in the official faces.
  static let latin = "Times New Roman"
  static let titleFont = "方正小标宋简体"
  static let bodyFont = "仿宋_GB2312"
  static let headingFont = "黑体"
  static let subheadingFont = "楷体_GB2312"
  static let pageNumberFont = "宋体"

  static func twips(mm: Double) -> Int { Int((mm / 25.4 * 1440).rounded()) }
}
