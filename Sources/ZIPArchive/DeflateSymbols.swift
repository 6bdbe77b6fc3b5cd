/// Deflate's length and distance alphabets (RFC 1951, 3.2.5): each symbol's base value and how many
/// extra bits follow it.
enum DeflateSymbols {
    /// The shortest length of each length code 0...28 (symbols 257...285).
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    /// The extra bits after each length code.
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// The shortest distance of each distance code 0...29.
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    /// The extra bits after each distance code.
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// The length code of each match length 3...258 (entries 0...2 unused).
    static let lengthCode: [Int] = (0...258).map { length in
        length < 3 ? 0 : lengthBase.lastIndex { $0 <= length }!
    }

    /// The distance code of distance d is `distanceSlot[d - 1]` for d ≤ 256 and
    /// `distanceSlot[256 + (d - 1) >> 7]` above (zlib's `d_code`): 512 entries instead of 32,768.
    static let distanceSlot: [UInt8] = (0..<512).map { slot in
        let distance = slot < 256 ? slot + 1 : ((slot - 256) << 7) + 1
        return UInt8(distanceBase.lastIndex { $0 <= distance }!)
    }

    /// The distance code of `distance` (1...32,768).
    static func distanceCode(_ distance: Int) -> Int {
        Int(distance <= 256 ? distanceSlot[distance - 1] : distanceSlot[256 + ((distance - 1) >> 7)])
    }
}
