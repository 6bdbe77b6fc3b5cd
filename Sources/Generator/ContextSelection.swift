import Templating

/// The part of the template context a set of templates can read, as a tree of field names: the
/// context builder encodes only these fields, and runs the analysis only when `analysis` is read.
///
/// Built from each template's ``CompiledTemplate/referencedPaths`` (holes, conditions, loop lists,
/// `requires`, `applies_when`, partials inlined). A path that a template reads directly is kept
/// whole, with everything beneath it, so a condition's truth, a `count`, a `join` or a loop sees the
/// same value as in the full context; a path that is only passed through (`debtor` in
/// `debtor.name`) keeps just the fields read beneath it. List items are transparent: `debts[].amount`
/// selects `amount` in every item of `debts`. A selection is therefore always a superset of what
/// rendering reads, and the rendered bytes are the same as from the full context; the golden matrix
/// renders every built-in document through it.
public struct ContextSelection: Sendable, Hashable {
    /// Whether everything beneath this point is selected.
    public private(set) var isWhole: Bool
    /// The selected fields beneath this point, when not whole.
    private var fields: [String: ContextSelection]
    /// Which of `fields` the context builder knows (``ContextKey``), for look-ups without hashing.
    private var keys = ContextKeys()
    /// Whether ``CaseContext/withSources(_:)`` gave this selection, so that a batch record need
    /// not ask again (a dozen hashed look-ups per record). Not part of the selection's value.
    var includesSources = false

    /// Everything: the full context (what `redress fill` and user DOCX templates get, since a
    /// Word file's tags are read at fill time).
    public static let everything = ContextSelection(isWhole: true, fields: [:])
    /// Nothing at all.
    public static let nothing = ContextSelection(isWhole: false, fields: [:])

    private init(isWhole: Bool, fields: [String: ContextSelection], keys: ContextKeys = ContextKeys()) {
        self.isWhole = isWhole
        self.fields = fields
        self.keys = keys
    }

    /// The fields that `templates` can read.
    public init(reading templates: some Sequence<CompiledTemplate>) {
        self = .nothing
        for template in templates {
            for reference in template.referencedPaths {
                for path in reference.candidates { insert(path) }
            }
        }
    }

    /// The selection beneath `field`, or nil when nothing beneath it is selected.
    public func field(_ name: String) -> ContextSelection? {
        isWhole ? self : fields[name]
    }

    /// Whether `field`, or anything beneath it, is selected.
    public func contains(_ name: String) -> Bool {
        isWhole || fields[name] != nil
    }

    /// Whether `key`, or anything beneath it, is selected: one bit, no hashing.
    func contains(_ key: ContextKey) -> Bool {
        isWhole || keys.contains(key)
    }

    /// The selection beneath `key`, or nil when nothing beneath it is selected; hashes the name
    /// only when it is selected.
    func field(_ key: ContextKey) -> ContextSelection? {
        isWhole ? self : keys.contains(key) ? fields[key.name] : nil
    }

    /// Whether only fields in `allowed` are selected here (and not everything): one comparison
    /// of bits, since every selected name that is a ``ContextKey`` has its bit.
    func selectsOnly(_ allowed: ContextKeys) -> Bool {
        !isWhole && fields.count == keys.count && keys.isSubset(of: allowed)
    }

    /// Selects a dotted path (`debts[].amount`) and everything beneath it. A numeric part indexes
    /// a list (`income.0.source`, as a `requires` entry may spell it) and selects in every item.
    public mutating func insert(_ path: String) {
        insert(path.split(separator: ".").compactMap { part -> String? in
            var name = Substring(part)
            while name.hasSuffix("[]") { name = name.dropLast(2) }
            return !name.isEmpty && name.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ? nil : String(name)
        }[...])
    }

    private mutating func insert(_ parts: ArraySlice<String>) {
        includesSources = false
        guard !isWhole else { return }
        guard let first = parts.first else {
            self = .everything
            return
        }
        fields[first, default: .nothing].insert(parts.dropFirst())
        if let key = ContextKey(name: first) { keys.insert(key) }
    }

    /// Everything selected in either.
    public func union(_ other: ContextSelection) -> ContextSelection {
        if isWhole || other.isWhole { return .everything }
        var both = ContextSelection(isWhole: false, fields: fields.merging(other.fields) { $0.union($1) }, keys: keys.union(other.keys))
        // The sources of a derived field read by either are whole in that one, so whole in both.
        both.includesSources = includesSources && other.includesSources
        return both
    }
}

extension ContextSelection {
    /// Equal when the same fields are selected (`includesSources` is a cache, not a value).
    public static func == (a: ContextSelection, b: ContextSelection) -> Bool {
        a.isWhole == b.isWhole && a.fields == b.fields
    }

    /// Hashes the selected fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isWhole)
        hasher.combine(fields)
    }
}

extension ContextSelection: CustomStringConvertible {
    /// The selected fields, sorted, nested in braces: `analysis{fdcpa}, debtor{address, name}`;
    /// `*` when everything is selected.
    public var description: String {
        if isWhole { return "*" }
        return fields.keys.sorted().map { key in
            let inner = fields[key]!
            return inner.isWhole ? key : key + "{" + inner.description + "}"
        }.joined(separator: ", ")
    }
}
