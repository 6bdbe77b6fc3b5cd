import CaseModel
import Foundation
import HTTPTypes
import Hummingbird

/// A submitted form: `application/x-www-form-urlencoded`, bounded, decoded by Foundation.
struct FormData {
    /// Every name and value, in order (a checkbox group repeats its name).
    var pairs: [(String, String)]

    func value(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    static func read(_ request: Request, limit: Int) async throws -> FormData {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            throw HTTPError(.unsupportedMediaType, message: "this form must be sent as application/x-www-form-urlencoded")
        }
        let buffer = try await request.body.collect(upTo: limit)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw HTTPError(.badRequest, message: "the form could not be read")
        }
        // URLComponents reads `+` literally; forms send it for a space.
        var components = URLComponents()
        components.percentEncodedQuery = text.replacingOccurrences(of: "+", with: "%20")
        guard let items = components.queryItems else { throw HTTPError(.badRequest, message: "the form could not be read") }
        return FormData(pairs: items.map { ($0.name, $0.value ?? "") })
    }

    /// The answers of an interview page: list checkboxes (`name[]`) numbered, text trimmed, empty
    /// values dropped, and a Social Security or account number cut to its last four characters.
    func answers() -> [String: String] {
        var answers: [String: String] = [:]
        var listCounts: [String: Int] = [:]
        for (name, raw) in pairs where name != "csrf" && name != "action" {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { continue }
            if name.hasSuffix("[]") {
                let base = String(name.dropLast(2))
                let index = listCounts[base, default: 0]
                listCounts[base] = index + 1
                answers["\(base)[\(index)]"] = value
            } else {
                answers[name] = Self.masked(value, at: name)
            }
        }
        return Self.compacted(answers)
    }

    /// Only the last four characters of a number the documents never show whole.
    static func masked(_ value: String, at path: String) -> String {
        switch CaseSchema.field(atPath: path)?.type {
        case .ssn?, .accountNumber?:
            let kept = value.filter { $0.isLetter || $0.isNumber }
            return String(kept.suffix(4))
        default: return value
        }
    }

    /// Renumbers list items so that an item left blank leaves no gap (`income[0]` empty, `income[1]`
    /// filled becomes `income[0]`), at every depth.
    static func compacted(_ answers: [String: String]) -> [String: String] {
        var result = answers
        var changed = true
        while changed {
            changed = false
            // The list paths with items, and their indexes.
            var lists: [String: Set<Int>] = [:]
            for key in result.keys {
                var search = key.startIndex
                while let open = key[search...].firstIndex(of: "["), let close = key[open...].firstIndex(of: "]") {
                    if let n = Int(key[key.index(after: open)..<close]) { lists[String(key[..<open]), default: []].insert(n) }
                    search = key.index(after: close)
                }
            }
            for (list, indexes) in lists.sorted(by: { $0.key < $1.key }) {
                let sorted = indexes.sorted()
                guard sorted != Array(0..<sorted.count) else { continue }
                let renumber = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
                result = Dictionary(
                    uniqueKeysWithValues: result.map { key, value in
                        guard key.hasPrefix(list + "["), let close = key.dropFirst(list.count).firstIndex(of: "]"),
                            let n = Int(key[key.index(key.startIndex, offsetBy: list.count + 1)..<close])
                        else { return (key, value) }
                        return (list + "[\(renumber[n]!)" + key[close...], value)
                    })
                changed = true
                break
            }
        }
        return result
    }
}
