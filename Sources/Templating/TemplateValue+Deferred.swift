import Synchronization

/// A template value computed when a template first reads it, then kept: the case analysis, which
/// most letters never read, costs nothing until one does, and is computed once per context however
/// many documents read it.
public final class DeferredValue: Sendable {
    private let make: @Sendable () -> TemplateValue
    private let made = Mutex<TemplateValue?>(nil)

    /// A value that `make` computes on first use.
    public init(_ make: @escaping @Sendable () -> TemplateValue) {
        self.make = make
    }

    /// The value, computed on the first call.
    public var value: TemplateValue {
        made.withLock { made in
            if let made { return made }
            let value = make().resolved
            made = value
            return value
        }
    }
}

extension DeferredValue: Hashable {
    /// Equal when the values are (which computes both).
    public static func == (a: DeferredValue, b: DeferredValue) -> Bool { a === b || a.value == b.value }

    /// Hashes the value (which computes it).
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension TemplateValue {
    /// The value itself, or a deferred value's value (computed now if it was not yet).
    public var resolved: TemplateValue {
        if case .deferred(let deferred) = self { return deferred.value }
        return self
    }

    /// What a look-up finds here: the value itself, or a deferred value's value; nil when a
    /// deferred value makes `.null`, which counts as absent (as an optional field left out does).
    public var found: TemplateValue? {
        guard case .deferred(let deferred) = self else { return self }
        let value = deferred.value
        if case .null = value { return nil }
        return value
    }
}
