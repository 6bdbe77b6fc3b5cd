import Foundation

/// Turns a case id into a folder name that is safe on every common file system.
///
/// Case ids come from outside (a CSV cell, a JSON field) and end up as a path component, so nothing
/// in them may climb out of the output folder, hide a file, or be refused by Windows or macOS.
/// `generate` and `batch` both name case folders with it (it lives here, below both).
public enum SafeName {
    /// The longest folder name, in UTF-8 bytes: well under the 255-byte limit of common file
    /// systems, leaving room for a `-N` suffix and keeping whole paths short on Windows.
    public static let maxBytes = 80

    /// Device names Windows reserves in every folder, with or without an extension.
    static let windowsReserved: Set<String> = Set(
        ["con", "prn", "aux", "nul"] + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" }
            + ["com¹", "com²", "com³", "lpt¹", "lpt²", "lpt³", "conin$", "conout$"])

    /// The safe form of `id`; `record-<n>` when nothing usable is left.
    ///
    /// Separators, reserved punctuation and control or bidi-control characters become `_`; runs of
    /// dots shrink to one; leading dots and spaces and trailing dots and spaces go; names Windows
    /// reserves, and the batch's own file names, get a `_` in front; long names are cut.
    public static func sanitise(_ id: String?, record: Int) -> String {
        // Most ids are plain (letters, digits, `-`, `_`, single dots inside, short) and come out as
        // they are unless reserved: a batch's reading stage names every record, so skip the rest.
        if let id, isPlain(id) { return isReserved(id) ? truncated("_" + id) : id }
        return sanitiseFully(id, record: record)
    }

    /// A folder name for `id` on its own, with no other ids to compare with (`generate`): its safe
    /// form, plus `-` and 8 hex digits of a hash of the id when the safe form differs from the id, so
    /// that `a:b`, `a|b` and `a"b` (all `a_b`) never share a folder across runs.
    public static func distinctName(for id: String?) -> String {
        let safe = sanitise(id, record: 1)
        guard let id, safe != id else { return safe }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let digits = String(UInt32(truncatingIfNeeded: hash ^ (hash >> 32)), radix: 16)
        let suffix = "-" + String(repeating: "0", count: 8 - digits.count) + digits
        return truncated(safe, leaving: suffix.utf8.count) + suffix
    }

    /// `name` cut so that `reserve` more bytes fit within ``maxBytes``.
    static func truncated(_ name: String, leaving reserve: Int) -> String {
        var out = name
        while out.utf8.count + reserve > maxBytes, !out.isEmpty { out.removeLast() }
        return out
    }

    /// Whether `id` is already safe as it is, except for being a reserved name: 1 to ``maxBytes``
    /// bytes of ASCII letters, digits, `-`, `_` and dots, with no dot first or last or next to another.
    static func isPlain(_ id: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: ".")
        var count = 0
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: "."):
                if previous == UInt8(ascii: ".") { return false }
            default:
                return false
            }
            previous = byte
            count += 1
            if count > maxBytes { return false }
        }
        return count > 0 && previous != UInt8(ascii: ".")
    }

    /// ``sanitise(_:record:)`` without the shortcut for plain ids (the tests hold the two equal).
    static func sanitiseFully(_ id: String?, record: Int) -> String {
        var scalars = String.UnicodeScalarView()
        var previousDot = false
        // NFC first, so that an é typed two ways names one folder. ASCII is NFC already, and the
        // bridged call costs the serial reader stage for every record, so plain ids skip it.
        let id = id ?? ""
        let normalized = id.utf8.allSatisfy { $0 < 0x80 } ? id : id.precomposedStringWithCanonicalMapping
        for scalar in normalized.unicodeScalars {
            if scalar == "." {
                if !previousDot { scalars.append(scalar) }
                previousDot = true
                continue
            }
            previousDot = false
            scalars.append(isUnsafe(scalar) ? "_" : scalar)
        }
        var name = trimmed(String(scalars))
        name = truncated(name)
        if name.isEmpty { return "record-\(record)" }
        if isReserved(name) { name = truncated("_" + name) }
        return name
    }

    /// Whether a scalar may not appear in a file name somewhere (or would mislead a reader).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: return true  // C0 and C1 controls, DEL
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true  // separators, bidi, BOM
        default: return "/\\:*?\"<>|".unicodeScalars.contains(scalar)
        }
    }

    /// Without leading dots and spaces, or trailing dots and spaces (Windows drops those silently).
    static func trimmed(_ name: String) -> String {
        var s = Substring(name)
        while let first = s.first, first == "." || first == " " { s = s.dropFirst() }
        while let last = s.last, last == "." || last == " " { s = s.dropLast() }
        return String(s)
    }

    /// Cut to ``maxBytes`` at a character boundary, then trimmed again.
    static func truncated(_ name: String) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var out = ""
        var bytes = 0
        for character in name {
            let size = character.utf8.count
            if bytes + size > maxBytes { break }
            out.append(character)
            bytes += size
        }
        return trimmed(out)
    }

    /// A Windows device name (`CON`, `nul.txt`, `com1.tar.gz`) or one of the batch's own files.
    static func isReserved(_ name: String) -> Bool {
        let lower = name.lowercased()
        let stem = lower.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? lower
        var trimmedStem = Substring(stem)
        while trimmedStem.last == " " { trimmedStem = trimmedStem.dropLast() }
        if windowsReserved.contains(String(trimmedStem)) { return true }
        return isBatchFileName(lower)
    }

    /// `manifest.csv`, `errors.jsonl`, `batch.zip` and their `-K-of-N` shard forms: the files a batch
    /// writes beside the case folders (the same list as Batch's `BatchFiles`, which sits above this module).
    static func isBatchFileName(_ lower: String) -> Bool {
        for (stem, ext) in [("manifest", ".csv"), ("errors", ".jsonl"), ("batch", ".zip")]
        where lower.hasPrefix(stem) && lower.hasSuffix(ext) {
            let middle = lower.dropFirst(stem.count).dropLast(ext.count)
            if middle.isEmpty { return true }
            let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 4, parts[0].isEmpty, parts[2] == "of", Int(parts[1]) != nil, Int(parts[3]) != nil { return true }
        }
        return false
    }
}
