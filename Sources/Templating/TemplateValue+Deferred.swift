import Foundation

/// A template value computed when a template first reads it, then kept: the case analysis, which
/// most letters never read, costs nothing until one does, and is computed once per context however
/// many documents read it.
public final class DeferredValue: @unchecked Sendable {
    // `@unchecked`: `made` is only read or written under `lock`.
    private let make: @Sendable () -> TemplateValue
    private let lock = NSLock()
    private var made: TemplateValue?

    /// A value that `make` computes on first use.
    public init(_ make: @escaping @Sendable () -> TemplateValue) {
        self.make = make
    }

    /// The value, computed on the first call.
    public var value: TemplateValue {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make().resolved
        made = value
        return value
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
}
