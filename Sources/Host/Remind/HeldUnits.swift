import Foundation
import Storage

/// The units a run held (it could not serve them), kept in the watermark table under the
/// job `remind-held`: a held unit keeps its `remind` watermark, and its `remind-held` mark is
/// set to that watermark when its streak begins. While the held mark is not behind the
/// watermark the unit is in a held streak; the first good run then catches its days up in
/// full (every stage, as the held runs would have sent), moves the watermark on, and so
/// ends the streak. A machine that was off is different: its missed days follow each
/// rule's catch-up policy.
enum HeldUnits {
  /// The units coming back from a held streak.
  static func returning(watermarks: [String: Date], held: [String: Date]) -> Set<String> {
    Set(held.compactMap { unit, mark in
      watermarks[unit].map { mark >= $0 } == true ? unit : nil
    })
  }

  /// Records the units held this run: one held on its first run gets a watermark of now
  /// (its day is re-covered by the next run); one starting a streak gets a held mark at its
  /// watermark. Watermarks of held units never move otherwise.
  static func mark(
    _ units: Set<String>, watermarks: [String: Date], held: [String: Date], now: Date, store: any Store
  ) throws {
    let first = units.filter { watermarks[$0] == nil }.sorted()
    try store.advanceWatermarks(job: RemindJob.name, unitIDs: first, to: now)
    try store.advanceWatermarks(job: RemindJob.heldName, unitIDs: first, to: now)
    let starting = units.filter { unit in
      guard let mark = watermarks[unit] else { return false }
      return held[unit].map { $0 < mark } ?? true
    }
    let byMark = Dictionary(grouping: starting) { watermarks[$0] ?? now }
    for (mark, ids) in byMark { try store.advanceWatermarks(job: RemindJob.heldName, unitIDs: ids.sorted(), to: mark) }
  }
}
