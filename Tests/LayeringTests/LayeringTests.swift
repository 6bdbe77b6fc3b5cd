import Testing

/// The architecture holds by itself: every import is declared, the writers see only the document
/// tree, the core never reaches the edges, and each C library has one Swift importer.
@Suite struct LayeringTests {
    static let writers = ["TextOutput", "HTMLOutput", "DOCXOutput"]
    static let edges: Set<String> = ["redress", "Batch"]

    @Test func everyTargetDeclaresWhatItImports() throws {
        let graph = try PackageGraph()
        for kind in ["Sources", "Tests"] {
            for target in try PackageGraph.targets(under: kind) where !PackageGraph.isCModule(target) {
                let declared = try #require(graph.declared[target], "\(kind)/\(target) is not in Package.swift")
                let missing = try PackageGraph.imports(in: kind + "/" + target)
                    .subtracting(declared).subtracting(PackageGraph.toolchain).subtracting([target])
                #expect(missing.isEmpty, "\(target) imports \(missing.sorted()) without declaring them")
            }
        }
    }

    @Test func writersSeeOnlyTheDocumentTree() throws {
        for writer in Self.writers {
            let imports = try PackageGraph.imports(in: "Sources/" + writer)
            #expect(imports.isDisjoint(with: ["Templating", "CaseModel", "LegalRules"]), "\(writer) imports \(imports.sorted())")
        }
    }

    @Test func theCoreNeverImportsTheEdges() throws {
        for target in try PackageGraph.targets(under: "Sources") where !Self.edges.contains(target) {
            let imports = try PackageGraph.imports(in: "Sources/" + target)
            #expect(imports.isDisjoint(with: Self.edges), "\(target) imports \(imports.intersection(Self.edges).sorted())")
        }
    }

    @Test func eachCLibraryHasOneSwiftImporter() throws {
        let targets = try PackageGraph.targets(under: "Sources")
        for library in targets where PackageGraph.isCModule(library) {
            let importers = try targets.filter { try PackageGraph.imports(in: "Sources/" + $0).contains(library) }
            #expect(importers.count == 1, "\(library) is imported by \(importers)")
        }
    }
}
