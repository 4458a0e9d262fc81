import Foundation

/// The 24 solar terms (二十四节气), each the moment the sun's apparent ecliptic longitude
/// reaches a multiple of 15°. Dates are reckoned in Beijing time (UTC+8).
public enum SolarTerm: Int, CaseIterable, Sendable {
  case xiaohan, dahan, lichun, yushui, jingzhe, chunfen, qingming, guyu
  case lixia, xiaoman, mangzhong, xiazhi, xiaoshu, dashu, liqiu, chushu
  case bailu, qiufen, hanlu, shuangjiang, lidong, xiaoxue, daxue, dongzhi

  /// The Chinese name (小寒 … 冬至).
  public var chineseName: String {
    [
      "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
      "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
    ][rawValue]
  }

  /// The sun's apparent longitude at this term, in degrees (小寒 285°, 春分 0°, 清明 15°…).
  public var longitude: Double { Double((285 + 15 * rawValue) % 360) }

  /// The Beijing-time date of this term in Gregorian year `year`.
  public func date(in year: Int) -> CivilDate {
    SolarTermCache.shared.dates(year)[rawValue]
  }

  /// The solar term falling on `date`, if any.
  public static func on(_ date: CivilDate) -> SolarTerm? {
    let dates = SolarTermCache.shared.dates(date.year)
    guard let index = dates.firstIndex(of: date) else { return nil }
    return SolarTerm(rawValue: index)
  }

  /// The Julian Ephemeris Day of this term in `year`, found by Newton steps on the
  /// sun's apparent longitude (Meeus, Astronomical Algorithms, ch. 25 and 27).
  func julianEphemerisDay(in year: Int) -> Double {
    // Start from the usual Gregorian date: the 6th or the 21st of the month.
    let guess = CivilDate(year, rawValue / 2 + 1, rawValue % 2 == 0 ? 6 : 21)
    var jde = Double(guess.dayNumber) + 2_440_587.5 + 0.5
    for _ in 0..<8 {
      let delta = remainder(longitude - SolarTerm.apparentLongitude(jde), 360)
      jde += 365.2422 / 360 * delta
      if abs(delta) < 1e-7 { break }
    }
    return jde
  }

  /// The sun's apparent geocentric longitude in degrees at `jde` (accuracy about 0.01°).
  static func apparentLongitude(_ jde: Double) -> Double {
    let t = (jde - 2_451_545.0) / 36_525
    let rad = Double.pi / 180
    let l0 = 280.46646 + 36_000.76983 * t + 0.000_303_2 * t * t
    let m = (357.52911 + 35_999.05029 * t - 0.000_153_7 * t * t) * rad
    let c =
      (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin(m)
      + (0.019_993 - 0.000_101 * t) * sin(2 * m) + 0.000_289 * sin(3 * m)
    let omega = (125.04 - 1934.136 * t) * rad
    let lambda = l0 + c - 0.005_69 - 0.004_78 * sin(omega)
    return lambda.truncatingRemainder(dividingBy: 360)
  }

  /// ΔT = TT − UT in seconds (Espenak & Meeus polynomials, 2005–2150).
  static func deltaT(_ year: Int) -> Double {
    let y = Double(year)
    if year < 2050 {
      let t = y - 2000
      return 62.92 + 0.32217 * t + 0.005589 * t * t
    }
    let u = (y - 1820) / 100
    return -20 + 32 * u * u - 0.5628 * (2150 - y)
  }

  /// The Beijing civil date of the term in `year`.
  func computeDate(in year: Int) -> CivilDate {
    let jdUT = julianEphemerisDay(in: year) - SolarTerm.deltaT(year) / 86_400
    let beijing = jdUT - 2_440_587.5 + 8.0 / 24
    return CivilDate(dayNumber: Int(beijing.rounded(.down)))
  }
}

/// Remembers computed solar-term dates per year; safe to use from several threads.
final class SolarTermCache: @unchecked Sendable {
  static let shared = SolarTermCache()
  private let lock = NSLock()
  private var years: [Int: [CivilDate]] = [:]

  func dates(_ year: Int) -> [CivilDate] {
    lock.lock()
    defer { lock.unlock() }
    if let dates = years[year] { return dates }
    let dates = SolarTerm.allCases.map { $0.computeDate(in: year) }
    years[year] = dates
    return dates
  }
}
