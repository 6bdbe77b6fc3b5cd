import Foundation
import Testing
import LibXML

/// libxml2 2.9 builds its table of built-in schema types lazily and without a lock; schemas
/// compiled at once in a fresh process must still all resolve `xs:int` and friends.
@Suite struct XMLSchemaConcurrencyTests {
    /// Many built-in types, so that a compile reads the table for a while.
    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="row">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="a" type="xs:int"/>
                <xs:element name="b" type="xs:decimal"/>
                <xs:element name="c" type="xs:string"/>
                <xs:element name="d" type="xs:boolean"/>
                <xs:element name="e" type="xs:date"/>
                <xs:element name="f" type="xs:unsignedInt"/>
                <xs:element name="g" type="xs:token"/>
                <xs:element name="h" type="xs:hexBinary"/>
                <xs:element name="i" type="xs:long"/>
                <xs:element name="j" type="xs:NCName"/>
              </xs:sequence>
              <xs:attribute name="id" type="xs:ID"/>
              <xs:attribute name="n" type="xs:nonNegativeInteger"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """
    static let valid =
        "<row id=\"r1\" n=\"3\"><a>-4</a><b>1.5</b><c>x</c><d>true</d><e>2026-11-27</e>"
        + "<f>7</f><g>t</g><h>0F</h><i>9</i><j>n</j></row>"

    @Test func compilesTheSameSchemaOnManyThreadsAtOnce() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redress-\(UUID().uuidString).xsd")
        try Self.xsd.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let path = url.path
        let threads = max(8, ProcessInfo.processInfo.activeProcessorCount * 2)
        let results = Results(count: threads)
        // Real threads, not tasks (the cooperative pool may run only two at once), held at a
        // spinning gate so that they reach libxml2 as nearly together as the machine allows.
        let gate = Gate(parties: threads)
        let done = DispatchGroup()
        for index in 0..<threads {
            done.enter()
            Thread.detachNewThread {
                gate.arriveAndWait()
                let outcome: String
                do {
                    let problems = try XMLSchema(path: path).validate(Self.valid)
                    outcome = problems.isEmpty ? "ok" : "invalid: \(problems)"
                } catch {
                    outcome = "\(error)"
                }
                results.set(index, outcome)
                done.leave()
            }
        }
        done.wait()
        #expect(results.values == Array(repeating: "ok", count: threads))
    }
}

/// One slot per thread, written once each under a lock.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String]

    init(count: Int) { slots = Array(repeating: "not run", count: count) }

    func set(_ index: Int, _ value: String) { lock.withLock { slots[index] = value } }

    var values: [String] { lock.withLock { slots } }
}

/// A one-shot barrier: each thread spins until all have arrived.
private final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: Int

    init(parties: Int) { waiting = parties }

    func arriveAndWait() {
        lock.withLock { waiting -= 1 }
        while lock.withLock({ waiting > 0 }) {}
    }
}
