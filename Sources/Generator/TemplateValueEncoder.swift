import CaseModel
import Templating

/// Turns any `Encodable` value into a `TemplateValue` tree, keeping money and dates typed.
///
/// The case model and the analysis are `Encodable` already (for `--json`), so the template context
/// follows the case file's own field names with no hand-written mapping to drift out of step.
/// `Money` becomes `.money`, `CalendarDate` becomes `.date`; everything else follows its `encode(to:)`.
public struct TemplateValueEncoder {
    /// Creates an encoder.
    public init() {}

    /// Encodes `value` into a template value.
    public func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        let box = Box()
        try box.store(value, codingPath: [])
        return box.finished
    }
}

/// A mutable slot in the tree being built; reference semantics let nested containers write back.
private final class Box {
    var value: TemplateValue = .null
    var keyed: [String: Box]?
    var unkeyed: [Box]?

    func store<T: Encodable>(_ v: T, codingPath: [any CodingKey]) throws {
        if let money = v as? Money {
            value = .money(cents: money.cents)
        } else if let date = v as? CalendarDate {
            value = .date(year: date.year, month: date.month, day: date.day)
        } else {
            try v.encode(to: BoxEncoder(box: self, codingPath: codingPath))
        }
    }

    /// The finished tree, collapsing containers into values.
    var finished: TemplateValue {
        if let keyed { return .map(keyed.mapValues(\.finished)) }
        if let unkeyed { return .list(unkeyed.map(\.finished)) }
        return value
    }
}

private struct BoxEncoder: Encoder {
    let box: Box
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.keyed == nil { box.keyed = [:] }
        return KeyedEncodingContainer(KeyedBox<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if box.unkeyed == nil { box.unkeyed = [] }
        return UnkeyedBox(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleBox(box: box, codingPath: codingPath) }
}

private struct KeyedBox<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: Box
    var codingPath: [any CodingKey]

    private func child(_ key: Key) -> Box {
        let b = Box()
        box.keyed![key.stringValue] = b
        return b
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).value = .null }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try child(key).store(value, codingPath: codingPath + [key])
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        // Absent optionals stay absent, so `{{#if x}}` and "missing value" errors see them as missing.
        if let value { try encode(value, forKey: key) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        BoxEncoder(box: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        BoxEncoder(box: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { BoxEncoder(box: box, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { BoxEncoder(box: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedBox: UnkeyedEncodingContainer {
    let box: Box
    var codingPath: [any CodingKey]
    var count: Int { box.unkeyed!.count }

    private func next() -> Box {
        let b = Box()
        box.unkeyed!.append(b)
        return b
    }

    mutating func encodeNil() throws { next().value = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { try next().store(value, codingPath: codingPath) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        BoxEncoder(box: next(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        BoxEncoder(box: next(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { BoxEncoder(box: next(), codingPath: codingPath) }
}

private struct SingleBox: SingleValueEncodingContainer {
    let box: Box
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.value = .null }
    mutating func encode(_ value: Bool) throws { box.value = .bool(value) }
    mutating func encode(_ value: String) throws { box.value = .string(value) }
    mutating func encode(_ value: Double) throws { box.value = .string(String(value)) }
    mutating func encode(_ value: Float) throws { box.value = .string(String(value)) }
    mutating func encode(_ value: Int) throws { box.value = .int(value) }
    mutating func encode(_ value: Int8) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: Int16) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: Int32) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: Int64) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: UInt) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: UInt8) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: UInt16) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: UInt32) throws { box.value = .int(Int(value)) }
    mutating func encode(_ value: UInt64) throws { box.value = .int(Int(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try box.store(value, codingPath: codingPath) }
}
