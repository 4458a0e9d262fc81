/// Calendars and recurrence for taizhang: working days, lunar dates, school terms and
/// the expansion of recurrence rules into occurrences. Pure value code.
public enum Scheduling {}
