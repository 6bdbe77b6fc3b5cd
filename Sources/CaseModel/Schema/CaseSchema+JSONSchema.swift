/// Renders the table as a JSON Schema (draft 2020-12), the text of `schema/case.schema.json`.
extension CaseSchema {
    /// The schema's `$id`.
    public static let schemaID = "https://redress.example/schema/case.schema.json"

    /// The JSON Schema for case files, pretty-printed with two-space indentation and a final newline.
    public static func jsonSchema() -> String {
        let root = object(rootName)
        var top: [(String, JSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(schemaID)),
            ("title", .string("Redress case file")),
            ("description", .string(root.summary + " See docs/case-file.md.")),
        ]
        top += body(of: root)
        top.append(
            (
                "$defs",
                .object(
                    objects.dropFirst().map {
                        (
                            $0.name,
                            .object(
                                [("title", .string($0.name)), ("description", .string($0.summary))] + body(of: $0))
                        )
                    })
            ))
        return JSON.object(top).rendered(indent: "") + "\n"
    }

    private static func body(of spec: ObjectSpec) -> [(String, JSON)] {
        var out: [(String, JSON)] = [("type", .string("object"))]
        out.append(("properties", .object(spec.fields.map { ($0.key, property($0)) })))
        if !spec.requiredKeys.isEmpty { out.append(("required", .array(spec.requiredKeys.map(JSON.string)))) }
        out.append(("additionalProperties", .bool(false)))
        return out
    }

    private static func property(_ field: FieldSpec) -> JSON {
        .object([("description", .string(field.summary))] + schema(of: field.type))
    }

    private static func schema(of type: FieldType) -> [(String, JSON)] {
        func types(_ names: String...) -> (String, JSON) {
            ("type", names.count == 1 ? .string(names[0]) : .array(names.map(JSON.string)))
        }
        switch type {
        case .text, .partyReference: return [types("string", "number")]
        case .money: return [types("number", "string"), ("pattern", .string(#"^-?\$?[0-9][0-9,]*(\.[0-9]{1,2})?$"#))]
        case .date:
            return [
                types("string"), ("format", .string("date")),
                ("pattern", .string(#"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#)),
            ]
        case .time: return [types("string"), ("pattern", .string(TimeOfDay.pattern))]
        case .boolean: return [types("boolean")]
        case .count: return [types("integer"), ("minimum", .number("1"))]
        case .percentage: return [types("number", "string"), ("pattern", .string(#"^[0-9]+(\.[0-9]{1,3})? ?%?$"#))]
        case .acres: return [types("number", "string"), ("pattern", .string(#"^[0-9]+(\.[0-9]{1,3})?$"#))]
        case .zip: return [types("string", "integer"), ("pattern", .string(#"^[0-9]{5}(-[0-9]{4})?$"#))]
        case .state, .choice: return [("enum", .array((type.allowedValues ?? []).map(JSON.string)))]
        case .email: return [types("string"), ("format", .string("email"))]
        case .ssn: return [types("string"), ("pattern", .string(#"^([0-9*Xx]{3}-?[0-9*Xx]{2}-?)?[0-9]{4}$"#))]
        case .accountNumber: return [types("string", "integer")]
        case .last4: return [types("string", "integer"), ("pattern", .string(#"^[0-9]{4}$"#))]
        case .object(let name): return [("$ref", .string("#/$defs/\(name)"))]
        case .list(let inner): return [types("array"), ("items", .object(schema(of: inner)))]
        }
    }
}

/// Just enough JSON to print the schema with keys in a fixed order.
private indirect enum JSON {
    case string(String)
    case number(String)
    case bool(Bool)
    case array([JSON])
    case object([(String, JSON)])

    func rendered(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .string(let s): return JSONText.quoted(s)
        case .number(let n): return n
        case .bool(let b): return String(b)
        case .array(let items):
            if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                return "[" + items.map { $0.rendered(indent: inner) }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let entries):
            guard !entries.isEmpty else { return "{}" }
            return "{\n"
                + entries.map { inner + JSONText.quoted($0.0) + ": " + $0.1.rendered(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }
}
