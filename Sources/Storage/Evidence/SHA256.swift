import Crypto
import Foundation

/// SHA-256 as the ledger uses it (evidence names, report archives, digest ids): swift-crypto's
/// implementation behind the small streaming API callers already had — `update` with
/// chunks, then `finalize` — so no module but Storage needs to import Crypto.
public struct SHA256: Sendable {
  private var hasher = Crypto.SHA256()

  /// A fresh hash state.
  public init() {}

  /// Feeds bytes.
  public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
    let done: Void? = bytes.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    if done == nil { hasher.update(data: Array(bytes)) }
  }

  /// Feeds a contiguous block of bytes.
  public mutating func update(bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
  }

  /// Finishes and returns the 32-byte digest.
  public mutating func finalize() -> [UInt8] {
    Array(hasher.finalize())
  }

  /// The lower-case hex digest of `bytes`.
  public static func hex<S: Sequence>(of bytes: S) -> String where S.Element == UInt8 {
    var hash = SHA256()
    hash.update(bytes)
    return hexString(hash.finalize())
  }


  /// Lower-case hex of a digest.
  public static func hexString(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(digest.count * 2)
    for byte in digest {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
