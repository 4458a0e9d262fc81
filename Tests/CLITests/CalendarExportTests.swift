import Foundation
import Testing

@Suite("taizhang calendar export: an .ics that a real parser reads")
struct CalendarExportTests {
  @Test("events with stable UIDs, Chinese summaries and the Asia/Shanghai zone; lines folded")
  func export() throws {
    let site = try RemindSite()
    let file = site.cli.folder.appendingPathComponent("school.ics").path
    let args = ["calendar", "export", "--unit", "qy-shiyan-xx", "--today", "2026-10-12", "--days", "14"]
    let first = try site.cli.run(args: args + ["-o", file])
    #expect(first.status == 0, "\(first.stderr)")
    let again = try site.cli.run(args: args)
    let parsed = try Python.run(#"""
      import sys, icalendar
      cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
      print("TZ", [str(t["TZID"]) for t in cal.walk("VTIMEZONE")])
      for e in cal.walk("VEVENT"):
          print("EV", e["UID"], e["DTSTART"].dt.isoformat(), e["SUMMARY"])
      """#, args: [file])
    #expect(parsed.contains("TZ ['Asia/Shanghai']"))
    let events = parsed.split(separator: "\n").filter { $0.hasPrefix("EV ") }
    #expect(events.count > 10)
    #expect(parsed.contains("EV qy-shiyan-xx/health.eye_exercise/2026-10-12@taizhang 2026-10-12 做好每日眼保健操"))
    // Stable: the same UIDs on a second export, and no line longer than 75 octets.
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let uids = { (t: String) in t.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
    #expect(uids(text) == uids(again.stdout))
    #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    #expect(try site.cli.run(args: ["calendar", "export", "--unit", "nowhere"]).status == 1)
  }
}
