/// `taizhang remind --json`: the summary as one JSON document.
extension RemindSummary: Encodable {
  enum CodingKeys: String, CodingKey {
    case day, units, queued, messages, sent, failed, givenUp = "given_up", problems
    case skippedUnits = "skipped_units", channels, dryRun = "dry_run", log, outcome
    case exitCode = "exit_code", summary, deferred, interrupted
    case missingHolidayYears = "missing_holiday_years"
  }

  /// Encodes the counts, the outcome and exit code, the problems, the skipped units with
  /// their reasons, the new deliveries per channel and the summary line.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(day, forKey: .day)
    try c.encode(units, forKey: .units)
    try c.encode(queued, forKey: .queued)
    try c.encode(messages, forKey: .messages)
    try c.encode(sent, forKey: .sent)
    try c.encode(failed, forKey: .failed)
    try c.encode(givenUp, forKey: .givenUp)
    try c.encode(deferred, forKey: .deferred)
    try c.encode(interrupted, forKey: .interrupted)
    try c.encode(missingHolidayYears, forKey: .missingHolidayYears)
    try c.encode(problems, forKey: .problems)
    try c.encode(skipped, forKey: .skippedUnits)
    try c.encode(queuedByChannel.mapValues { ["queued": $0] }, forKey: .channels)
    try c.encode(dryRun, forKey: .dryRun)
    try c.encodeIfPresent(dryRun ? nil : log, forKey: .log)
    try c.encode(outcome, forKey: .outcome)
    try c.encode(exitCode, forKey: .exitCode)
    try c.encode(line, forKey: .summary)
  }
}
