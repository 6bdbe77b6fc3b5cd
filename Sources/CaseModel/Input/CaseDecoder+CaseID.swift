extension CaseDecoder {
    /// The case id. It names the case's output folder, so it must be one harmless path component:
    /// no `/` or `\`, no leading dot (`.`, `..`, hidden files), no control characters, not empty.
    mutating func caseID(_ r: ObjectReader, _ key: String) -> String? {
        guard let id = text(r, key) else { return nil }
        guard let problem = CaseDecoder.folderNameProblem(id) else { return id }
        diagnostics.append(
            .error(
                r.childPath(key), "\"\(id.escapingControlCharacters)\" cannot be a case id: \(problem)",
                hint: "the id names the output folder; use letters, digits, '-' and '_', such as ca-2026-031"))
        return nil
    }

    /// Why `id` is not a safe single folder name, or nil when it is.
    static func folderNameProblem(_ id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.isASCIIOnly {
            // Byte by byte, with the same answers in the same order: no bridged Foundation `contains`.
            let utf8 = id.utf8
            if utf8.contains(UInt8(ascii: "/")) || utf8.contains(UInt8(ascii: "\\")) { return "it contains a path separator" }
            if utf8.first == UInt8(ascii: ".") { return "it starts with a dot" }
            if utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "it contains a control character" }
            return nil
        }
        if id.contains("/") || id.contains("\\") { return "it contains a path separator" }
        if id.hasPrefix(".") { return "it starts with a dot" }
        if id.unicodeScalars.contains(where: \.isControlOrFormatting) { return "it contains a control character" }
        return nil
    }
}
