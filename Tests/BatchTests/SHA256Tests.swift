import Testing
@testable import Batch

/// NIST FIPS 180-4 example vectors and block-boundary cases.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func nistVectors(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test func oneMillionAs() {
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalUpdatesMatchOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for split in [0, 1, 55, 56, 63, 64, 65, 127, 999] {
            var hasher = SHA256()
            hasher.update(bytes[..<split])
            hasher.update(bytes[split...])
            #expect(hasher.finalize().hexString == SHA256.hex(of: bytes), "split at \(split)")
        }
    }

    /// The x86 SHA-extension path against the portable definition, on runs of 1 to 40 blocks of
    /// varied bytes (the NIST vectors above go through whichever path this processor takes).
    @Test(.enabled(if: SHA256.usesHardware, "this processor lacks the x86 SHA extensions"))
    func hardwareAgreesWithThePortableDefinition() {
        var seed: UInt32 = 0x1234_5678
        let bytes = (0..<(64 * 40)).map { _ in
            seed = seed &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: seed >> 24)
        }
        for blocks in 1...40 {
            var hardware = SHA256(), portable = SHA256()
            bytes.withUnsafeBytes { raw in
                hardware.compress(blocks: blocks, at: raw.baseAddress!, hardware: true)
                portable.compress(blocks: blocks, at: raw.baseAddress!, hardware: false)
            }
            #expect(hardware.words == portable.words, "\(blocks) blocks")
        }
    }
}

extension SHA256 {
    /// The chaining state as an array, for comparing.
    var words: [UInt32] { [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] }
}
