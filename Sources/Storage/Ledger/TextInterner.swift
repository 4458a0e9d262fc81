import Foundation

/// Makes each distinct text read from a column into a `String` once, by number: a roll-up
/// reads the same unit, item and period ids hundreds of thousands of times, and building a
/// fresh string (and for longer ids, allocating it) for each is most of the reading's cost.
struct TextInterner {
  private(set) var strings: [String] = []
  private var byHash: [Int: [Int]] = [:]
  private var last = -1

  /// The number of the text of `count` bytes at `bytes` (UTF-8, as SQLite returns it).
  mutating func number(_ bytes: UnsafePointer<UInt8>?, count: Int) -> Int {
    let buffer = UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count)
    // Rows come in index order, so the same value often repeats on the next row.
    if last >= 0, Self.equal(strings[last], buffer) { return last }
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(buffer))
    let hash = hasher.finalize()
    if let bucket = byHash[hash],
      let found = bucket.first(where: { Self.equal(strings[$0], buffer) })
    {
      last = found
      return found
    }
    strings.append(String(decoding: buffer, as: UTF8.self))
    byHash[hash, default: []].append(strings.count - 1)
    last = strings.count - 1
    return last
  }

  /// The text of column `i` of the cursor's row, made into a `String` once per distinct text.
  mutating func text(_ cursor: any SQLCursor, _ i: Int) -> String {
    let number = cursor.withTextBytes(i) { self.number($0.baseAddress, count: $0.count) }
    return strings[number]
  }

  private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var string = string
    return string.withUTF8 { own in
      own.count == bytes.count
        && (own.count == 0 || memcmp(own.baseAddress!, bytes.baseAddress!, own.count) == 0)
    }
  }
}
