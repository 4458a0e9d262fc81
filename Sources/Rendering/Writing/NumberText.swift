/// Locale-free number text for charts and captions, so output never depends on the machine.
enum NumberText {
  /// `value` rounded to at most `decimals` places, without trailing zeros: 12.50 → "12.5".
  static func format(_ value: Double, decimals: Int = 2) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    if scaled == 0 { return "0" }
    let whole = Int64(scaled / scale)
    var frac = Int64(scaled) - whole * Int64(scale)
    var digits = decimals
    while digits > 0, frac % 10 == 0 {
      frac /= 10
      digits -= 1
    }
    let sign = value < 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    let fracText = String(frac)
    let padded = String(repeating: "0", count: digits - fracText.count) + fracText
    return "\(sign)\(whole).\(padded)"
  }

  /// A value with its chart's unit: "95%" or "12 件".
  static func withUnit(_ value: Double, _ unit: String?) -> String {
    let n = format(value)
    guard let unit, !unit.isEmpty else { return n }
    return unit == "%" ? n + unit : "\(n) \(unit)"
  }
}
