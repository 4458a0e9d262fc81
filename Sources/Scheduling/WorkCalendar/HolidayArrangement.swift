/// One year's official holiday arrangement (放假调休安排) as published by the State Council:
/// the holiday spans and the weekend days that become make-up workdays (调休上班).
public struct HolidayArrangement: Hashable, Sendable, Codable {
  /// A named holiday span, inclusive at both ends (e.g. 春节 2026-02-15 … 2026-02-23).
  public struct Holiday: Hashable, Sendable, Codable {
    /// The festival's Chinese name (元旦, 春节, 清明节, …).
    public var name: String
    /// The first day off.
    public var from: CivilDate
    /// The last day off.
    public var to: CivilDate
    /// Creates a holiday span.
    public init(name: String, from: CivilDate, to: CivilDate) {
      self.name = name
      self.from = from
      self.to = to
    }
  }

  /// A weekend day that is an official working day, given in exchange for a holiday.
  public struct MakeupWorkday: Hashable, Sendable, Codable {
    /// The date (usually a Saturday or Sunday).
    public var date: CivilDate
    /// The name of the holiday this day pays for.
    public var forHoliday: String
    /// Creates a make-up workday.
    public init(date: CivilDate, forHoliday: String) {
      self.date = date
      self.forHoliday = forHoliday
    }
  }

  /// The calendar year the notice covers.
  public var year: Int
  /// Where the data comes from (the notice's number or title).
  public var source: String
  /// The holiday spans.
  public var holidays: [Holiday]
  /// The make-up workdays.
  public var workdays: [MakeupWorkday]

  /// Creates an arrangement, checking that it is self-consistent.
  /// - Throws: `ArrangementError` naming the first problem found.
  public init(year: Int, source: String, holidays: [Holiday], workdays: [MakeupWorkday]) throws {
    self.year = year
    self.source = source
    self.holidays = holidays
    self.workdays = workdays
    try validate()
  }

  enum CodingKeys: String, CodingKey { case year, source, holidays, workdays }

  /// Decodes an arrangement, checking it like the memberwise initialiser does.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      year: c.decode(Int.self, forKey: .year), source: c.decode(String.self, forKey: .source),
      holidays: c.decode([Holiday].self, forKey: .holidays),
      workdays: c.decode([MakeupWorkday].self, forKey: .workdays))
  }

  private func validate() throws {
    let earliest = CivilDate(year - 1, 12, 1)
    let latest = CivilDate(year + 1, 1, 31)
    var off = Set<CivilDate>()
    for holiday in holidays {
      guard holiday.from <= holiday.to else {
        throw ArrangementError(year: year, message: "节假日“\(holiday.name)”的起始日期晚于结束日期")
      }
      guard holiday.from >= earliest, holiday.to <= latest else {
        throw ArrangementError(
          year: year, message: "节假日“\(holiday.name)”的日期 \(holiday.from) 不在 \(year) 年附近")
      }
      for day in holiday.from...holiday.to { off.insert(day) }
    }
    for workday in workdays {
      guard workday.date >= earliest, workday.date <= latest else {
        throw ArrangementError(year: year, message: "调休上班日 \(workday.date) 不在 \(year) 年附近")
      }
      guard !off.contains(workday.date) else {
        throw ArrangementError(year: year, message: "\(workday.date) 既是假日又是调休上班日")
      }
    }
  }
}

/// A holiday arrangement that contradicts itself.
public struct ArrangementError: Error, CustomStringConvertible, Sendable {
  /// The arrangement's year.
  public let year: Int
  /// What is wrong, in Chinese.
  public let message: String
  /// `year: message`.
  public var description: String { "\(year) 年节假日安排：\(message)" }
}

/// A span of days a unit closes on top of the national calendar (e.g. a school's winter
/// vacation, 寒假), during which no day is a workday for that unit.
public struct UnitClosure: Hashable, Sendable, Codable {
  /// The closure's name (寒假, 暑假, 停课…).
  public var name: String
  /// The first closed day.
  public var from: CivilDate
  /// The last closed day.
  public var to: CivilDate
  /// Creates a closure.
  public init(name: String, from: CivilDate, to: CivilDate) {
    self.name = name
    self.from = from
    self.to = to
  }
}
