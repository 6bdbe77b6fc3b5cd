/// Finds a case's top-level `id` without validating the case, so that the reader stage can name
/// every record's folder in record order while the costly validation runs in parallel.
enum CaseIDScanner {
    /// The top-level `"id"` of a JSON object (a string, or a number's digits); nil when absent.
    static func jsonID(in text: String) -> String? {
        // In place: the reader stage is serial, and a copy of every line showed in the profile.
        var text = text
        return text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes: bytes)
            return scanner.topLevelID()
        }
    }

    /// The value of a top-level `id:` line in YAML, unquoted; nil when absent or not a scalar.
    static func yamlID(in text: String) -> String? {
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            guard line.hasPrefix("id:") else { continue }
            var value = line.dropFirst(3)
            if value.hasSuffix("\r") { value = value.dropLast() }
            value = value.drop(while: { $0 == " " || $0 == "\t" })
            if value.first == "\"" {
                return Array(value.utf8).withUnsafeBufferPointer { bytes in
                    var scanner = JSONScanner(bytes: bytes)
                    return scanner.string()
                }
            }
            if value.first == "'" {
                guard let end = value.dropFirst().firstIndex(of: "'") else { return nil }
                // Only the simple case: a doubled quote inside is left to the validator's reading.
                return String(value[value.index(after: value.startIndex)..<end])
            }
            if let comment = value.firstRange(of: " #") { value = value[..<comment.lowerBound] }
            while value.last == " " || value.last == "\t" { value = value.dropLast() }
            return value.isEmpty || value == "~" || value == "null" ? nil : String(value)
        }
        return nil
    }
}

/// A forward-only reader over JSON bytes that can skip values without building them.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    /// Reads `{ "key": value, … }` up to the `id` key's value.
    mutating func topLevelID() -> String? {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while true {
            skipSpace()
            guard let key = string() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            if key == "id" {
                if i < bytes.count, bytes[i] == UInt8(ascii: "\"") { return string() }
                let start = i
                while i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ".")
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
                return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
            }
            guard skipValue() else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }

    /// Skips one value of any kind, tracking nesting and strings.
    mutating func skipValue() -> Bool {
        var depth = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                guard string() != nil else { return false }
                if depth == 0 { return true }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return true }
                depth -= 1
                if depth == 0 { i += 1; return true }
            case UInt8(ascii: ","):
                if depth == 0 { return true }
            default:
                break
            }
            i += 1
        }
        return depth == 0
    }

    /// Reads a JSON string at the cursor, decoding escapes; nil when malformed.
    mutating func string() -> String? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var out: [UInt8] = []
        var pendingHigh: UInt32?
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                i += 4
                var scalarValue = v
                if (0xD800...0xDBFF).contains(v) { pendingHigh = v; continue }
                if (0xDC00...0xDFFF).contains(v), let high = pendingHigh {
                    scalarValue = 0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)
                }
                pendingHigh = nil
                out += Array(String(Unicode.Scalar(scalarValue).map(Character.init) ?? "\u{FFFD}").utf8)
            default: out.append(e)  // \" \\ \/ and anything else, literally
            }
        }
        return nil
    }
}
