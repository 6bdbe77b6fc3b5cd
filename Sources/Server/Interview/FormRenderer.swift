import CaseModel

/// The form controls of a page, generated from the case schema: a fieldset with a legend for each
/// object and list item, a labelled control for each field, its hint, and its error beside it.
struct FormRenderer {
    var answers: [String: String]
    /// Error messages by case path.
    var errors: [String: [String]]
    var language: String

    /// The controls for every path of `page`.
    func render(_ page: InterviewPage) -> String {
        var renderer = self
        renderer.currentPagePaths = Set(page.paths)
        return renderer.renderPaths(page)
    }

    private func renderPaths(_ page: InterviewPage) -> String {
        page.paths.compactMap { path in
            let parent = path.split(separator: ".").dropLast().joined(separator: ".")
            let objectName = parent.isEmpty ? CaseSchema.rootName : objectName(at: parent)
            guard let field = CaseSchema.object(objectName).field(String(path.split(separator: ".").last!)) else { return nil }
            return control(field, object: objectName, path: path)
        }.joined(separator: "\n")
    }

    private func objectName(at path: String) -> String {
        if case .object(let name) = CaseSchema.field(atPath: path)?.type.elementType { return name }
        return CaseSchema.rootName
    }

    /// One field: an object or list becomes a fieldset; a value becomes a labelled control.
    func control(_ field: FieldSpec, object: String, path: String) -> String {
        // `debt.disputed` is asked on the page that names it, not inside `debt` on another page.
        if InterviewPage.claimedPaths.contains(path) && !currentPagePaths.contains(path) { return "" }
        switch field.type {
        case .object(let name):
            let inner = CaseSchema.object(name).fields.map { control($0, object: name, path: path + "." + $0.key) }
            return fieldset(field, object: object, path: path, body: inner.joined(separator: "\n"))
        case .list(.object(let name)):
            let items = (0...itemCount(path)).map { i -> String in
                let itemPath = "\(path)[\(i)]"
                let inner = CaseSchema.object(name).fields.map { control($0, object: name, path: itemPath + "." + $0.key) }
                let legend = (language == "es" ? "Elemento " : "Item ") + String(i + 1)
                return "<fieldset class=\"item\" id=\"\(HTML.id(forPath: itemPath))\"><legend>\(legend)</legend>\n"
                    + errorText(itemPath) + inner.joined(separator: "\n") + "</fieldset>"
            }
            return fieldset(field, object: object, path: path, body: items.joined(separator: "\n"))
        case .list(.choice(let values)):
            let chosen = Set((0..<itemCount(path)).compactMap { answers["\(path)[\($0)]"] })
            let boxes = values.enumerated().map { i, value in
                let id = HTML.id(forPath: path) + "-\(i)"
                return
                    "<div class=\"option\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(HTML.escape(path))[]\" value=\"\(HTML.escape(value))\"\(chosen.contains(value) ? " checked" : "")>"
                    + "<label for=\"\(id)\">\(HTML.escape(Labels.value(value, language: language)))</label></div>"
            }
            return fieldset(field, object: object, path: path, body: boxes.joined(separator: "\n"))
        case .list:
            let label = Self.span(Labels.label(field, language: language))
            let inputs = (0...itemCount(path)).map { i in
                input(label: label + " " + String(i + 1), path: "\(path)[\(i)]", hint: nil, type: .text)
            }
            return fieldset(field, object: object, path: path, body: inputs.joined(separator: "\n"))
        case .boolean:
            let current = answers[path]
            let radios = [("true", "yes"), ("false", "no"), ("", "unsure")].map { value, suffix in
                let id = HTML.id(forPath: path) + "-" + suffix
                let text =
                    value.isEmpty
                    ? (language == "es" ? "No sé / no aplica" : "Not sure / does not apply")
                    : Labels.value(value, language: language)
                return
                    "<div class=\"option\"><input type=\"radio\" id=\"\(id)\" name=\"\(HTML.escape(path))\" value=\"\(value)\"\((current ?? "") == value ? " checked" : "")>"
                    + "<label for=\"\(id)\">\(HTML.escape(text))</label></div>"
            }
            return fieldset(field, object: object, path: path, body: radios.joined(separator: "\n"), compact: true)
        default:
            let label = Labels.label(field, language: language), hint = Labels.hint(field, object: object, language: language)
            return input(label: Self.span(label), path: path, hint: Self.span(hint), type: field.type, required: field.isRequired)
        }
    }

    var currentPagePaths: Set<String> = []

    /// One past the highest item index answered under `path` (0 when none).
    func itemCount(_ path: String) -> Int {
        var count = 0
        for key in answers.keys where key.hasPrefix(path + "[") {
            let digits = key.dropFirst(path.count + 1).prefix { $0.isNumber }
            if let n = Int(digits) { count = max(count, n + 1) }
        }
        return count
    }

    private func fieldset(_ field: FieldSpec, object: String, path: String, body: String, compact: Bool = false) -> String {
        let label = Labels.label(field, language: language), hint = Labels.hint(field, object: object, language: language)
        let hintID = HTML.id(forPath: path) + "-hint"
        return
            "<fieldset id=\"\(HTML.id(forPath: path))\" class=\"\(compact ? "question" : "group")\" aria-describedby=\"\(hintID)\"><legend>\(Self.span(label))</legend>\n"
            + "<p class=\"hint\" id=\"\(hintID)\">\(Self.span(hint))</p>\n" + errorText(path) + body + "\n</fieldset>"
    }

    private func input(label: String, path: String, hint: String?, type: FieldType, required: Bool = false) -> String {
        let id = HTML.id(forPath: path), hasError = errors[path] != nil
        var describedBy = hint == nil ? [] : [id + "-hint"]
        if hasError { describedBy.append(id + "-error") }
        var html = "<div class=\"field\(hasError ? " field-error" : "")\"><label for=\"\(id)\">\(label)</label>\n"
        if let hint { html += "<p class=\"hint\" id=\"\(id)-hint\">\(hint)</p>\n" }
        html += errorText(path)
        let value = answers[path] ?? ""
        let described = describedBy.isEmpty ? "" : " aria-describedby=\"\(describedBy.joined(separator: " "))\""
        let invalid = hasError ? " aria-invalid=\"true\"" : ""
        if let values = type.allowedValues {
            html +=
                "<select id=\"\(id)\" name=\"\(HTML.escape(path))\"\(described)\(invalid)><option value=\"\">\(language == "es" ? "— Elija —" : "— Choose —")</option>"
            for v in values {
                html +=
                    "<option value=\"\(HTML.escape(v))\"\(v == value ? " selected" : "")>\(HTML.escape(type == .state ? v : Labels.value(v, language: language)))</option>"
            }
            html += "</select>"
        } else {
            let kind = type == .email ? "email" : "text"
            let mode: String
            switch type {
            case .money, .percentage: mode = " inputmode=\"decimal\""
            case .count, .zip, .last4: mode = " inputmode=\"numeric\""
            default: mode = ""
            }
            html += "<input type=\"\(kind)\" id=\"\(id)\" name=\"\(HTML.escape(path))\" value=\"\(HTML.escape(value))\"\(mode)\(described)\(invalid)>"
        }
        return html + "</div>"
    }

    private func errorText(_ path: String) -> String {
        guard let messages = errors[path] else { return "" }
        let prefix = language == "es" ? "Error:" : "Error:"
        return "<p class=\"error-message\" id=\"\(HTML.id(forPath: path))-error\"><span class=\"visually-hidden\">\(prefix)</span> "
            + messages.map(HTML.escape).joined(separator: "; ") + "</p>\n"
    }

    /// Text, marked as English inside a Spanish page when it had to fall back.
    static func span(_ text: (text: String, isEnglish: Bool)) -> String {
        text.isEnglish ? "<span lang=\"en\">\(HTML.escape(text.text))</span>" : HTML.escape(text.text)
    }
}
