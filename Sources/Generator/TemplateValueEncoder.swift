import CaseModel
import LegalRules
import Templating

/// Turns any `Encodable` value into a `TemplateValue` tree, keeping money and dates typed.
///
/// The case model and the analysis are `Encodable` already (for `--json`), so the template context
/// follows the case file's own field names with no hand-written mapping to drift out of step.
/// `Money` becomes `.money`, `CalendarDate` becomes `.date`, and an `Address` also gets `lines` (its
/// street lines, then "City, ST 12345", from `Address.lines`); everything else follows `encode(to:)`.
///
/// It runs once per record in a batch, so scalars are stored without allocating a node each and
/// the coding path is not tracked (nothing here reads it).
public struct TemplateValueEncoder {
    /// Creates an encoder.
    public init() {}

    /// Encodes `value` into a template value, only the fields in `selection` (see
    /// ``ContextSelection``): a field left out is never encoded at all.
    public func encode<T: Encodable>(_ value: T, selecting selection: ContextSelection = .everything) throws -> TemplateValue {
        try Node.value(of: value, selection)
    }
}

/// A container being filled; reference semantics let nested containers write back.
/// (Internal, not private: the direct builders live in `TemplateValueEncoder+Direct.swift`.)
final class Node {
    enum Slot {
        case value(TemplateValue)
        case node(Node)

        var finished: TemplateValue {
            switch self {
            case .value(let v): return v
            case .node(let n): return n.finished
            }
        }
    }

    /// One keyed entry (a struct, not a tuple: arrays of tuples are destroyed by the generic runtime).
    struct Entry {
        let key: String
        let slot: Slot
    }

    var single: TemplateValue = .null
    /// Keyed entries in the order they were encoded; a later entry for the same key wins, as a
    /// dictionary store would. Built into the map once, at its final size, when finished, which
    /// saves hashing every key again as a growing dictionary resizes.
    var keyed: [Entry]?
    var unkeyed: [Slot]?

    /// The template value of any encodable value, with the fields in `selection`.
    static func value<T: Encodable>(of v: T, _ selection: ContextSelection) throws -> TemplateValue {
        if T.self == Money.self {
            return .money(cents: (v as! Money).cents)
        } else if T.self == CalendarDate.self {
            let date = v as! CalendarDate
            return .date(year: date.year, month: date.month, day: date.day)
        } else if T.self == String.self {
            return .string(v as! String)
        } else if T.self == Int.self {
            return .int(v as! Int)
        } else if T.self == Bool.self {
            return .bool(v as! Bool)
        } else if T.self == [String].self {
            return .list((v as! [String]).map(TemplateValue.string))
        } else if T.self == SensitiveNumber.self {
            return checked(.string((v as! SensitiveNumber).masked), v)
        } else if T.self == Percentage.self {
            return checked(.string((v as! Percentage).description), v)
        } else if T.self == [ContactMedium].self {
            return checked(.list((v as! [ContactMedium]).map { .string($0.rawValue) }), v)
        } else if T.self == Case.self {
            return checked(try direct(v as! Case, selection), v, selection)
        } else if T.self == Debtor.self {
            return checked(try direct(v as! Debtor, selection), v, selection)
        } else if T.self == Debt.self {
            return checked(try direct(v as! Debt, selection), v, selection)
        } else if T.self == ContactPreferences.self {
            return checked(try direct(v as! ContactPreferences, selection), v, selection)
        } else if T.self == Judgment.self {
            return checked(try direct(v as! Judgment, selection), v, selection)
        } else if T.self == Sale.self {
            return checked(try direct(v as! Sale, selection), v, selection)
        } else if T.self == CaseAnalysis.self {
            return checked(try direct(v as! CaseAnalysis, selection), v, selection)
        } else if T.self == CaseAnalysis.Deficiency.self {
            return checked(try direct(v as! CaseAnalysis.Deficiency, selection), v, selection)
        } else if T.self == CaseAnalysis.Deficiency.Figures.self {
            return checked(try direct(v as! CaseAnalysis.Deficiency.Figures, selection), v, selection)
        } else if T.self == Jurisdiction.self {
            return checked(.string((v as! Jurisdiction).code), v)
        } else if T.self == Address.self {
            return checked(direct(v as! Address), v)
        } else if T.self == HourRange.self {
            return checked(direct(v as! HourRange), v)
        } else if T.self == Party.self {
            return checked(try direct(v as! Party, selection), v, selection)
        } else if T.self == [Contact].self {
            return checked(.list((v as! [Contact]).map(direct)), v)
        } else if T.self == Finding.self {
            return checked(direct(v as! Finding), v)
        } else if T.self == Citation.self {
            return checked(direct(v as! Citation), v)
        } else if T.self == Figure.self {
            return checked(direct(v as! Figure), v)
        } else if T.self == [Finding].self {
            return checked(.list((v as! [Finding]).map(direct)), v)
        } else if T.self == [Citation].self {
            return checked(.list((v as! [Citation]).map(direct)), v)
        } else if T.self == [Figure].self {
            return checked(.list((v as! [Figure]).map(direct)), v)
        }
        return try encoded(v, selection)
    }

    /// Whether `value(of:_:)` builds a `T` whole, whatever the selection says beneath it: scalars,
    /// and the parts built whole (addresses, contacts). A builder need not look up the
    /// selection beneath such a field (the check folds to a constant in specialised code).
    static func isBuiltWhole<T>(_: T.Type) -> Bool {
        T.self == Money.self || T.self == CalendarDate.self || T.self == String.self || T.self == Int.self
            || T.self == Bool.self || T.self == [String].self || T.self == SensitiveNumber.self || T.self == Percentage.self
            || T.self == Jurisdiction.self
            || T.self == [ContactMedium].self || T.self == HourRange.self || T.self == Address.self || T.self == [Contact].self
    }

    /// The value through `encode(to:)`, the definition every shortcut must match.
    static func encoded<T: Encodable>(_ v: T, _ selection: ContextSelection = .everything) throws -> TemplateValue {
        let node = Node()
        try v.encode(to: NodeEncoder(node: node, selection: selection))
        if T.self == Address.self, node.keyed != nil, selection.contains("lines") {
            node.keyed!.append(Entry(key: "lines", slot: .value(.list((v as! Address).lines.map(TemplateValue.string)))))
        }
        return node.finished
    }

    static func checked<T: Encodable>(_ value: TemplateValue, _ v: T, _ selection: ContextSelection = .everything) -> TemplateValue {
        assert(value == (try? encoded(v, selection)), "TemplateValueEncoder's shortcut for \(T.self) differs from its encode(to:)")
        return value
    }

    var finished: TemplateValue {
        if let keyed {
            return .map(Dictionary(keyed.lazy.map { ($0.key, $0.slot.finished) }, uniquingKeysWith: { $1 }))
        }
        if let unkeyed { return .list(unkeyed.map(\.finished)) }
        return single
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    /// The fields to encode beneath this node.
    let selection: ContextSelection
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.keyed == nil {
            node.keyed = []
            node.keyed!.reserveCapacity(8)
        }
        return KeyedEncodingContainer(KeyedNode<Key>(node: node, selection: selection))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if node.unkeyed == nil { node.unkeyed = [] }
        return UnkeyedNode(node: node, selection: selection)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleNode(node: node, selection: selection) }
}

private struct KeyedNode<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let selection: ContextSelection
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: TemplateValue, _ key: Key) { node.keyed!.append(Node.Entry(key: key.stringValue, slot: .value(value))) }

    /// The node for a nested container under `key`; a field that is not selected gets a node
    /// that is filled and thrown away, since a container must be returned.
    private func child(_ key: Key) -> NodeEncoder {
        let child = Node()
        guard let inner = selection.field(key.stringValue) else { return NodeEncoder(node: child, selection: .nothing) }
        node.keyed!.append(Node.Entry(key: key.stringValue, slot: .node(child)))
        return NodeEncoder(node: child, selection: inner)
    }

    private func wanted(_ key: Key) -> Bool { selection.contains(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { if wanted(key) { set(.null, key) } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { if wanted(key) { set(.bool(value), key) } }
    mutating func encode(_ value: String, forKey key: Key) throws { if wanted(key) { set(.string(value), key) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { if wanted(key) { set(.int(value), key) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { if wanted(key) { set(.string(String(value)), key) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        // An unselected field is skipped before its value is walked: that is the saving.
        guard let inner = selection.field(key.stringValue) else { return }
        set(try Node.value(of: value, inner), key)
    }
    // Absent optionals stay absent, so `{{#if x}}` and "missing value" errors see them as missing.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value, wanted(key) { set(.bool(value), key) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value, wanted(key) { set(.string(value), key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value, wanted(key) { set(.int(value), key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value, let inner = selection.field(key.stringValue) else { return }
        set(try Node.value(of: value, inner), key)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        child(key).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node, selection: selection) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}

/// A list: its items share the list's selection (list items are transparent to paths).
private struct UnkeyedNode: UnkeyedEncodingContainer {
    let node: Node
    let selection: ContextSelection
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.unkeyed!.count }

    private func next() -> Node {
        let child = Node()
        node.unkeyed!.append(.node(child))
        return child
    }

    mutating func encodeNil() throws { node.unkeyed!.append(.value(.null)) }
    mutating func encode(_ value: String) throws { node.unkeyed!.append(.value(.string(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.unkeyed!.append(.value(try Node.value(of: value, selection))) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: next(), selection: selection).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: next(), selection: selection).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: next(), selection: selection) }
}

private struct SingleNode: SingleValueEncodingContainer {
    let node: Node
    let selection: ContextSelection
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { node.single = .null }
    mutating func encode(_ value: Bool) throws { node.single = .bool(value) }
    mutating func encode(_ value: String) throws { node.single = .string(value) }
    mutating func encode(_ value: Double) throws { node.single = .string(String(value)) }
    mutating func encode(_ value: Float) throws { node.single = .string(String(value)) }
    mutating func encode(_ value: Int) throws { node.single = .int(value) }
    mutating func encode(_ value: Int8) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: Int16) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: Int32) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: Int64) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: UInt) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: UInt8) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: UInt16) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: UInt32) throws { node.single = .int(Int(value)) }
    mutating func encode(_ value: UInt64) throws { node.single = .int(Int(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.single = try Node.value(of: value, selection) }
}
