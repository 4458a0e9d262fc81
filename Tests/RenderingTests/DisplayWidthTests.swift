import Rendering
import Testing

// Expected widths from Unicode UAX #11 (EastAsianWidth.txt) and wcwidth conventions.
@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3),
    ("台账", 4),  // CJK Unified Ideographs: W
    ("，。", 4),  // CJK punctuation U+FF0C (F), U+3002 (W)
    ("ＡＢ", 4),  // Fullwidth Latin: F
    ("ｱ", 1),  // Halfwidth Katakana U+FF71: H
    ("한글", 4),  // Hangul syllables: W
    ("e\u{301}", 1),  // combining acute accent: 0
    ("a\u{200B}b", 2),  // zero width space (Cf): 0
    ("𠀀", 2),  // CJK Extension B U+20000: W
    ("", 0),
  ])
  func width(_ text: String, _ expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }
}
