import Foundation
import Testing

/// libxml2 is wrapped once: LibXML imports it only internally (no C type in LibXML's interface),
/// and the shim keeps libxml2's ICU headers out (they clash with Foundation's copy of ICU).
@Suite struct ModuleBoundaryTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    @Test func libXMLImportsLibxml2OnlyInternally() throws {
        let folder = Self.sources.appendingPathComponent("LibXML")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        var imports: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("import CLibXML2") {
                imports.append(file + ": " + line.trimmingCharacters(in: .whitespaces))
            }
        }
        #expect(!imports.isEmpty)
        let leaking = imports.filter { line in
            !["internal import", "private import", "fileprivate import"].contains { line.contains(": " + $0 + " ") }
        }
        #expect(leaking == [])
    }

    @Test func shimSwitchesOffICUBeforeAnyLibxml2Header() throws {
        let shim = try String(contentsOf: Self.sources.appendingPathComponent("CLibXML2/shim.h"), encoding: .utf8)
        let lines = shim.split(separator: "\n").map(String.init)
        let undef = try #require(lines.firstIndex(of: "#undef LIBXML_ICU_ENABLED"))
        let firstInclude = try #require(lines.firstIndex { $0.hasPrefix("#include") && !$0.contains("xmlversion.h") })
        #expect(lines.firstIndex(of: "#include <libxml/xmlversion.h>").map { $0 < undef } == true)
        #expect(undef < firstInclude)
        #expect(lines.contains("#include <libxml/xmlschemastypes.h>"))
    }
}
