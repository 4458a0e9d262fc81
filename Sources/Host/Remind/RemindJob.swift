import Foundation
import Scheduling
import Storage

#if canImport(Glibc)
  import Glibc
#endif

/// `taizhang remind`: plan the deliveries owed since each unit's watermark, write them to
/// the outbox in one transaction, advance the watermarks, then claim and send what is
/// pending — one digest per recipient and channel — marking each sent or failed.
public struct RemindJob {
  /// The job's name in the run log and the watermark table.
  public static let name = "remind"
  /// The watermark table's job for the start of each unit's held streak (HeldUnits).
  static let heldName = "remind-held"

  let config: SiteConfig
  let ledger: Ledger

  /// Creates the job over a ledger with a site config.
  public init(config: SiteConfig, ledger: Ledger) {
    self.config = config
    self.ledger = ledger
  }

  /// The detail log's path: the config's `log`, else `remind.log` beside the database.
  public var logPath: String {
    config.log.map(DatabaseLocation.absolute)
      ?? (URL(fileURLWithPath: ledger.path).deletingLastPathComponent().path + "/remind.log")
  }

  /// Runs once. Configuration problems throw (exit 2); failed sends are counted.
  public func run(_ options: RemindOptions, console: @escaping (String) -> Void) throws -> RemindSummary {
    signal(SIGPIPE, SIG_IGN)  // a mail program that exits early must not kill the run
    let started = Self.clock()
    let store = ledger.store
    let channels = try selectedChannels(options.channel)
    let allUnits = try store.units()
    // Every folder named must hold plugins; an empty ledger loads none: a cold start stays fast.
    let searchPath = try PluginSearchPath.checked(extra: options.pluginFolders, config: config)
    let catalog = options.plugin != nil || !allUnits.isEmpty
      ? PluginCatalog.load(searchPath) : PluginCatalog(plugins: [], overrides: [], searchPath: searchPath)
    let calendar = try catalog.plugin("calendar").map {
      try HolidayDataLoader(pluginFolder: $0.folder).workCalendar()
    } ?? .weekendsOnly
    let units = try selectedUnits(allUnits, options, catalog: catalog)
    try Self.requireServed(units, by: catalog)
    for plugin in catalog.plugins { plugin.services.store = store }  // applies sees tz.unit.children as checklist does
    let day = CivilDate(options.now, in: config.timeZone)
    var summary = RemindSummary(day: day.description, units: units.count, dryRun: options.dryRun, log: logPath)
    let log = RemindLog(path: options.dryRun ? nil : logPath)
    let deadline = ChildProcess.now() + Double(config.remind.deadlineSeconds)
    let web = WebClient()
    defer { web.shutdown() }
    let heartbeat = Heartbeat(url: options.dryRun ? nil : config.heartbeat, log: log, web: web)
    heartbeat.ping(.start)
    let runID = options.dryRun ? nil : try store.startRun(job: Self.name, at: options.now)
    do {
      let directory = try RemindDirectory(store: store, units: allUnits)
      var planner = RemindPlanner(
        catalog: catalog, calendar: calendar, store: store, directory: directory,
        channels: channels, settings: config.remind, timeZone: config.timeZone)
      // The morning run is the ledger's daily look at the checklists: what is new or
      // changed is dated today and remembered.
      planner.history = try ItemHistory.load(
        store: store, catalog: catalog, day: day, persist: !options.dryRun, now: options.now)
      let watermarks = try store.watermarks(job: Self.name)
      let heldMarks = try store.watermarks(job: Self.heldName)
      planner.catchUpAll = HeldUnits.returning(watermarks: watermarks, held: heldMarks)
      var (planned, covered) = try planner.plan(units, now: options.now, watermarks: watermarks)
      // Open findings of the covered units, in the same digests (a section of their own).
      var findingPlan = FindingReminders(
        catalog: catalog, calendar: calendar, directory: directory, channels: channels, settings: config.remind)
      planned += try findingPlan.plan(
        store.findings(FindingFilter(unitIDs: covered, statuses: [.open, .rectifying])),
        days: Self.days(of: covered, planner: planner, directory: directory, now: options.now, watermarks: watermarks),
        catchUpAll: planner.catchUpAll)
      planner.unheard.merge(findingPlan.unheard, uniquingKeysWith: +)
      // The days judged: from the oldest watermark the run catches up from, to a month
      // ahead (the warnings before due days); a year among them without holiday data is
      // said once in the summary.
      let oldest = watermarks.values.map { CivilDate($0, in: config.timeZone) }.min() ?? day
      let judged = max(min(oldest, day), day.adding(days: -config.remind.catchUpDays))...day.adding(days: 31)
      summary.missingHolidayYears = HolidayCoverage.missingYears(in: judged, calendar: calendar)
      HolidayCoverage.warning(missingYears: summary.missingHolidayYears).map { log.write("注意：\($0)") }
      summary.problems = Array(Set(planner.allProblems)).sorted()
      summary.skipped = planner.held
      for channel in channels { summary.queuedByChannel[channel.name] = 0 }
      summary.problems.forEach { log.write("问题：\($0)") }
      if options.dryRun {
        try preview(planned, people: directory.people, store: store, summary: &summary, console: console)
        return summary
      }
      let plannedAt = Self.elapsed(since: started)
      // Earlier deliveries due again (failed ones whose retry time came, and those of a run
      // that died holding them) are claimed first; this run's new ones are inserted already
      // claimed, so they need no second pass. Another runner's are left to it.
      let filter = DeliveryFilter(unitIDs: Set(units.map(\.id)), channels: Set(channels.map(\.name)))
      let holder = ClaimHolder.current(run: String(runID ?? 0)).text
      let lease = Double(config.remind.leaseSeconds)
      let keeper = ClaimKeeper(store: store, holder: holder, leaseSeconds: lease, log: log)
      keeper.start()
      defer { keeper.stop() }
      // Claims whose holder was a process of this host that is gone are taken at once.
      let gone = try store.claimHolders(at: Date()).filter { ClaimHolder(text: $0)?.isGoneFromThisHost == true }
      let again = try store.claimDeliveries(
        filter, limit: Int.max, now: options.now,
        lease: ClaimLease(holder: holder, clock: Date(), seconds: lease, takingOver: Set(gone)))
      summary.interrupted = again.filter(\.interrupted).count
      var fresh = try store.insertDeliveriesClaimed(
        planned, now: options.now, lease: ClaimLease(holder: holder, clock: Date(), seconds: lease))
      summary.queued = fresh.count
      for d in fresh { summary.queuedByChannel[d.key.channel, default: 0] += 1 }
      try store.advanceWatermarks(job: Self.name, unitIDs: covered, to: options.now)
      try HeldUnits.mark(
        Set(summary.skipped.map(\.unit)), watermarks: watermarks, held: heldMarks, now: options.now, store: store)
      let queuedAt = Self.elapsed(since: started)
      log.write("\(day)：\(covered.count) 个单位，计划 \(planned.count) 条（\(plannedAt) ms），新写入发件箱 \(summary.queued) 条（\(queuedAt - plannedAt) ms）")
      let origins = Self.origins(of: fresh, in: planned)
      planned = []  // a large run's biggest array
      // Where the notice is in memory the stored text is not read again: let it go too.
      for (i, origin) in origins.enumerated() where origin != nil { fresh[i].message = "" }
      var sender = RemindSender(config: config, store: store, people: directory.people, log: log, console: console)
      var messages = PluginMessages()
      let unitTypes = Dictionary(units.map { ($0.id, $0.type) }) { first, _ in first }
      let language = config.language
      sender.pluginTexts = { unitID in
        guard let type = unitTypes[unitID], let plugin = catalog.serving(unitType: type) else { return [:] }
        let texts = messages.overrides(of: plugin, language: language)
        messages.takeProblems().forEach { log.write("问题：\($0)") }
        return texts
      }
      let notices = planner.notices + findingPlan.notices
      sender.knownNotice = { i in
        i >= again.count ? origins[i - again.count].map { notices[$0] } : nil
      }
      fresh.insert(contentsOf: again, at: 0)  // the claimed list, in place: no second copy
      try sender.send(
        fresh, now: options.now, day: day, holder: holder, deadline: deadline, web: web, summary: &summary)
      log.write("发送用时 \(Self.elapsed(since: started) - queuedAt) ms")
      try store.finishRun(id: runID!, at: options.now, outcome: summary.outcome, detail: summary.line)
      heartbeat.ping(summary.exitCode == 0 ? .success : .failure)
      log.write(summary.line)
      return summary
    } catch {
      if let runID { try? store.finishRun(id: runID, at: options.now, outcome: "failed", detail: "\(error)") }
      log.write("运行失败：\(error)")
      heartbeat.ping(.failure)
      throw error
    }
  }

  /// A configuration error (exit 2, before anything is written) when units are to be
  /// served and no plugin on the search path serves any of their types.
  static func requireServed(_ units: [OrgUnit], by catalog: PluginCatalog) throws {
    guard !units.isEmpty, !units.contains(where: { catalog.serving(unitType: $0.type) != nil }) else { return }
    let types = Set(units.map(\.type)).sorted().joined(separator: "、")
    let found = catalog.plugins.map(\.id).joined(separator: "、")
    let folders = catalog.searchPath.folders.map(\.path).joined(separator: "、")
    throw UsageError(
      "没有插件服务账本中的任何单位（单位类型：\(types)）；找到的插件：\(found.isEmpty ? "无" : found)（插件目录：\(folders.isEmpty ? "无" : folders)）。"
        + "请检查插件是否安装，或用 --plugins、TAIZHANG_PLUGIN_PATH 指定插件目录；未写入任何内容")
  }

  /// The days each covered unit's run covers, by unit.
  static func days(
    of covered: [String], planner: RemindPlanner, directory: RemindDirectory, now: Date, watermarks: [String: Date]
  ) -> [String: ClosedRange<CivilDate>] {
    var days: [String: ClosedRange<CivilDate>] = [:]
    for id in covered {
      if let unit = directory.units[id], let range = planner.days(for: unit, now: now, watermarks: watermarks) {
        days[id] = range
      }
    }
    return days
  }

  /// Where each new delivery stands in `planned`: `fresh` is the part of `planned` the
  /// store inserted, in the same order, so one walk pairs them (nil if one is not found).
  static func origins(of fresh: [Delivery], in planned: [Delivery]) -> [Int?] {
    var result: [Int?] = []
    result.reserveCapacity(fresh.count)
    var i = 0
    for d in fresh {
      while i < planned.count, planned[i].key != d.key { i += 1 }
      result.append(i < planned.count ? i : nil)
      i += 1
    }
    return result
  }

  /// Milliseconds on the monotonic clock, for the phase times in the log.
  private static func clock() -> Int {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return t.tv_sec * 1000 + t.tv_nsec / 1_000_000
  }

  private static func elapsed(since start: Int) -> Int { clock() - start }

  private func selectedChannels(_ name: String?) throws -> [ChannelConfig] {
    let all = config.effectiveChannels
    guard let name else { return all }
    guard let channel = all.first(where: { $0.name == name }) else {
      throw UsageError("--channel \"\(name)\" 未配置；已配置的渠道：\(all.map(\.name).joined(separator: "、"))")
    }
    return [channel]
  }

  private func selectedUnits(_ all: [OrgUnit], _ options: RemindOptions, catalog: PluginCatalog) throws
    -> [OrgUnit]
  {
    var units = all
    if let id = options.unit { units = [try ledger.unit(id)] }
    if let plugin = options.plugin {
      guard let found = catalog.plugin(plugin) else {
        throw UsageError("--plugin \"\(plugin)\" 不存在；已安装：\(catalog.plugins.map(\.id).joined(separator: "、"))")
      }
      units = units.filter { catalog.serving(unitType: $0.type)?.id == found.id }
    }
    return units
  }

  /// A dry run: the digests the new deliveries would make, printed, nothing written.
  private func preview(
    _ planned: [Delivery], people: [String: Person], store: any Store, summary: inout RemindSummary,
    console: (String) -> Void
  ) throws {
    var fresh: [Delivery] = []
    var seen = try store.existingDeliveryKeys(among: planned.map(\.key))
    for var d in planned where seen.insert(d.key).inserted {
      d.id = Int64(fresh.count + 1)
      fresh.append(d)
    }
    summary.queued = fresh.count
    for d in fresh { summary.queuedByChannel[d.key.channel, default: 0] += 1 }
    let templates = RemindSender.templates(config)
    let day = CivilDate(summary.day) ?? CivilDate(Date(), in: config.timeZone)
    let groups = Dictionary(grouping: fresh) { $0.key.recipient + "\u{0}" + $0.key.channel }
    for (_, deliveries) in groups.sorted(by: { $0.key < $1.key }) {
      let recipient = deliveries[0].key.recipient, channelName = deliveries[0].key.channel
      guard let channel = config.effectiveChannels.first(where: { $0.name == channelName }) else { continue }
      let digest = Digest(recipientID: recipient, person: people[recipient], channel: channel, deliveries: deliveries)
      let subject = digest.compose(templates, day: day).subject
      console("→ \(digest.person?.name ?? recipient)（\(recipient)）@\(channelName)：\(subject)，\(digest.notices.count) 项")
    }
  }
}
