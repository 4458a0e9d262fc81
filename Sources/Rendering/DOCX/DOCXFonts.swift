/// `word/fontTable.xml`: every face the styles name, with the alternatives a reader should
/// try when it is missing (ECMA-376 §17.8.3: `w:altName` is a comma-separated list tried in
/// order) and its character set (86 = GB2312) and family, so a machine without the official
/// faces falls back to one of the same kind rather than to whatever it has.
enum DOCXFonts {
  /// One face: its name as the styles use it, alternatives in order, and its class.
  struct Face {
    var name: String
    var alternatives: [String]
    var charset: String
    var family: String
    var pitch: String
  }

  /// The faces of the GB/T 9704 scheme and their fallbacks.
  static let faces: [Face] = [
    Face(
      name: GBT9704.bodyFont, alternatives: ["仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"],
      charset: "86", family: "modern", pitch: "fixed"),
    Face(
      name: "仿宋", alternatives: ["FangSong", "STFangsong", "Noto Serif CJK SC"], charset: "86",
      family: "modern", pitch: "fixed"),
    Face(
      name: GBT9704.titleFont, alternatives: ["华文中宋", "STZhongsong", "SimSun", "宋体", "Noto Serif CJK SC"],
      charset: "86", family: "auto", pitch: "variable"),
    Face(
      name: GBT9704.headingFont, alternatives: ["SimHei", "Heiti SC", "Noto Sans CJK SC"],
      charset: "86", family: "modern", pitch: "fixed"),
    Face(
      name: GBT9704.subheadingFont, alternatives: ["楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC"],
      charset: "86", family: "modern", pitch: "fixed"),
    Face(
      name: GBT9704.pageNumberFont, alternatives: ["SimSun", "Songti SC", "Noto Serif CJK SC"],
      charset: "86", family: "auto", pitch: "variable"),
    Face(
      name: GBT9704.latin, alternatives: ["Liberation Serif", "Tinos"], charset: "00",
      family: "roman", pitch: "variable"),
  ]

  /// The font table part.
  static var xml: String {
    let fonts = faces.map { f in
      "<w:font w:name=\"\(XMLText.escape(f.name))\">"
        + "<w:altName w:val=\"\(XMLText.escape(f.alternatives.joined(separator: ",")))\"/>"
        + "<w:charset w:val=\"\(f.charset)\"/><w:family w:val=\"\(f.family)\"/>"
        + "<w:pitch w:val=\"\(f.pitch)\"/></w:font>"
    }.joined()
    return DOCXPackage.header + "<w:fonts xmlns:w=\"\(DOCXPackage.wNS)\">" + fonts + "</w:fonts>"
  }
}
