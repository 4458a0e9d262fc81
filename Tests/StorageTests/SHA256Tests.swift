import Foundation
import Testing

@testable import Storage

/// SHA-256 against the NIST FIPS 180-2 / CSRC example vectors.
@Suite("SHA-256 matches the NIST test vectors")
struct SHA256Tests {
  @Test func emptyMessage() {
    #expect(
      SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func abc() {
    #expect(
      SHA256.hex(of: Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func twoBlockMessage() {
    let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(
      SHA256.hex(of: Array(message.utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func oneMillionAsInUnevenChunks() {
    var hash = SHA256()
    var fed = 0
    var chunk = 1
    while fed < 1_000_000 {
      let n = min(chunk, 1_000_000 - fed)
      hash.update(repeatElement(UInt8(ascii: "a"), count: n))
      fed += n
      chunk = chunk * 3 % 1000 + 1
    }
    #expect(
      SHA256.hexString(hash.finalize())
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
