/// The page's stylesheet: GB/T 9704-like A4 print layout, CJK font fallbacks.
enum HTMLStyle {
  static let serif =
    "\"FangSong_GB2312\", \"仿宋_GB2312\", \"FangSong\", \"STFangsong\", \"SimSun\", "
    + "\"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif"
  static let titleFont =
    "\"FZXiaoBiaoSong-B05S\", \"方正小标宋简体\", \"SimSun\", \"Songti SC\", "
    + "\"Noto Serif CJK SC\", \"Source Han Serif SC\", serif"
  static let sans =
    "\"SimHei\", \"黑体\", \"Heiti SC\", \"PingFang SC\", \"Microsoft YaHei\", "
    + "\"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif"

  static let css = """
    @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
    html { background: #f4f4f2; }
    body { margin: 0; color: #111; font-family: \(serif); font-size: 16pt; line-height: 1.8; }
    .document { max-width: 156mm; margin: 2em auto; padding: 2em 3em; background: #fff; }
    h1.title { font-family: \(titleFont); font-size: 22pt; font-weight: normal;
      text-align: center; margin: 0 0 0.5em; line-height: 1.5; text-wrap: balance; }
    .subtitle { text-align: center; margin: 0 0 1.5em; }
    .addressee { text-indent: 0; }
    h2, h3, h4, h5, h6 { font-size: 16pt; margin: 0.8em 0 0.2em; text-indent: 2em; }
    h2 { font-family: \(sans); font-weight: normal; }
    h3 { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "STKaiti", \(serif);
      font-weight: normal; }
    h4, h5, h6 { font-weight: bold; }
    p { margin: 0; text-indent: 2em; }
    ul, ol { margin: 0.2em 0 0.2em 2em; padding-left: 1em; }
    em { font-style: normal; text-emphasis: dot; -webkit-text-emphasis: dot;
      text-emphasis-position: under right; }
    table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 12pt;
      line-height: 1.5; }
    caption { font-family: \(sans); font-size: 12pt; padding-bottom: 0.3em; }
    th, td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: middle; }
    th { font-family: \(sans); font-weight: normal; text-align: center; background: #f0f0f0; }
    td.center { text-align: center; }
    td.right { text-align: right; font-variant-numeric: tabular-nums; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .key-figures { display: flex; flex-wrap: wrap; gap: 0.6em; margin: 0.6em 0 1em; }
    .figure { flex: 1 1 9em; border: 1px solid #999; padding: 0.4em 0.6em; line-height: 1.4; }
    .figure .label, .figure .target { display: block; font-size: 11pt; color: #444; }
    .figure .value { display: block; font-size: 20pt; font-family: \(sans); }
    figure.chart { margin: 0.8em 0 1em; text-align: center; break-inside: avoid; }
    figure.chart svg { width: 100%; height: auto; max-width: 156mm; }
    figure.chart svg text { font-family: \(sans); }
    figcaption { font-family: \(sans); font-size: 12pt; }
    .page-break { break-after: page; page-break-after: always; height: 0; }
    .signature { margin: 2em 4em 0 auto; width: max-content; text-align: center;
      break-before: avoid; page-break-before: avoid; break-inside: avoid; page-break-inside: avoid; }
    .closing { break-inside: avoid; page-break-inside: avoid; }
    .nobr { white-space: nowrap; }
    .signature p { text-indent: 0; }
    @media print {
      html { background: none; }
      .document { max-width: none; margin: 0; padding: 0; }
      th { background: none; }
    }

    """
}
