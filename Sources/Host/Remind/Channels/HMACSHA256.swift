import Storage

/// HMAC-SHA256 (RFC 2104) over the Storage module's SHA-256, for the DingTalk robot's
/// signature.
enum HMACSHA256 {
  static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
    var block = key
    if block.count > 64 {
      var sha = SHA256()
      sha.update(block)
      block = sha.finalize()
    }
    block += [UInt8](repeating: 0, count: 64 - block.count)
    var inner = SHA256()
    inner.update(block.map { $0 ^ 0x36 })
    inner.update(message)
    var outer = SHA256()
    outer.update(block.map { $0 ^ 0x5c })
    outer.update(inner.finalize())
    return outer.finalize()
  }
}
