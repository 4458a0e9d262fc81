import Foundation
import Testing

@testable import Storage

/// Roll-up reads make each distinct unit, item and period id into a string once.
@Suite("Interned column texts in roll-up reads")
struct TextInternerTests {
  @Test("each distinct text gets one number, in order of first sight, whatever comes between")
  func numbers() {
    var interner = TextInterner()
    let texts = [
      "s1", "safety.daily_inspection", "s1", "", "校长", "safety.daily_inspection", "s1", "s", "",
    ]
    let numbers = texts.map { text in
      var text = text
      return text.withUTF8 { interner.number($0.baseAddress, count: $0.count) }
    }
    #expect(numbers == [0, 1, 0, 2, 3, 1, 0, 4, 2])
    #expect(interner.strings == ["s1", "safety.daily_inspection", "", "校长", "s"])
    #expect(interner.number(nil, count: 0) == 2)
  }

  @Test("tallies over more units than one read takes keep every key and count exact")
  func manyUnits() throws {
    let s = try Scratch()
    let units = (0..<640).map { String(format: "u%03d", $0) }
    try s.store.importDirectory(
      DirectoryBatch(units: units.map { OrgUnit(id: $0, name: $0, type: "school") }), by: "t")
    let items = ["教学.周例会", "safety.daily_inspection_of_the_buildings", "rate"]
    var records: [LedgerRecord] = []
    for (u, unit) in units.enumerated() {
      for (i, item) in items.enumerated() where (u + i) % 3 != 0 {
        for day in 1...((u + i) % 4 + 1) {
          records.append(
            LedgerRecord(
              key: OccurrenceKey(unitID: unit, itemID: item, period: "2026-11-0\(day)"),
              doneAt: Date(timeIntervalSince1970: Double(u * 10 + day)), values: ["数": Double(u)]))
        }
        records.append(
          LedgerRecord(
            key: OccurrenceKey(unitID: unit, itemID: item, period: "2026-11-01"),
            doneAt: Date(timeIntervalSince1970: 1), values: ["数": -1]))
      }
    }
    _ = try s.store.addRecords(records, by: "t")
    let periods = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"]
    let tallies = try s.store.recordTallies(
      unitIDs: units.reversed(), periods: periods, valuesOf: ["rate"])
    let plain = try RecordTallyTests.Plain(base: s.store).recordTallies(
      unitIDs: units, periods: periods, valuesOf: ["rate"])
    #expect(tallies.count == plain.count)
    #expect(Set(tallies.map(\.key)) == Set(plain.map(\.key)))
    let byKey = Dictionary(uniqueKeysWithValues: tallies.map { ($0.key, $0) })
    for t in plain { #expect(byKey[t.key] == t) }
    let first = OccurrenceKey(unitID: "u001", itemID: "教学.周例会", period: "2026-11-01")
    #expect(byKey[first]?.count == 2)
    let rate = OccurrenceKey(unitID: "u639", itemID: "rate", period: "2026-11-01")
    #expect(byKey[rate]?.count == 2)
    #expect(byKey[rate]?.latestValues == ["数": 639])
  }
}
