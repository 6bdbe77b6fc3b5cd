import Foundation

/// The package as the layering tests see it: each target's declared dependencies (read from
/// Package.swift) and the modules its Swift files import (read from their import lines).
struct PackageGraph {
    /// The checkout's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Modules that come with the toolchain, which no target declares.
    static let toolchain: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Darwin", "Dispatch", "Testing", "XCTest"]

    /// Target name → the target and product names in its `dependencies:` list.
    let declared: [String: Set<String>]

    init() throws {
        let manifest = try String(contentsOfFile: Self.root + "/Package.swift", encoding: .utf8)
        let name = /name: "([^"]+)"/
        var declared: [String: Set<String>] = [:]
        // Each target's declaration runs from its `.kind(name:` to the next target's.
        let starts = manifest.ranges(of: /\.(target|testTarget|executableTarget|systemLibrary)\(/)
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].lowerBound : manifest.endIndex
            let text = manifest[start.upperBound..<end]
            guard let target = text.firstMatch(of: name)?.1 else { continue }
            var dependencies = Set<String>()
            if let list = text.firstMatch(of: /dependencies: \[([^\]]*)\]/)?.1 {
                // `.product(name: "X", ...)` names X; a plain string names a target.
                dependencies = Set(list.matches(of: /"([^"]+)"/).map { String($0.1) })
            }
            declared[String(target)] = dependencies
        }
        self.declared = declared
    }

    /// The modules imported by the Swift files under `folder` (such as `Sources/Batch`).
    static func imports(in folder: String) throws -> Set<String> {
        let path = root + "/" + folder
        guard let files = FileManager.default.enumerator(atPath: path) else { return [] }
        var modules = Set<String>()
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: path + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let match = line.wholeMatch(of: /(?:@testable |@_implementationOnly |(?:internal|public|private|package) )?import ([A-Za-z0-9_]+)/) {
                    modules.insert(String(match.1))
                }
            }
        }
        return modules
    }

    /// The folders of a kind (`Sources` or `Tests`), each one target.
    static func targets(under kind: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root + "/" + kind).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + kind + "/" + $0, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    /// Whether a folder of Sources/ is a C library (a module map, no Swift).
    static func isCModule(_ target: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/Sources/" + target + "/module.modulemap")
    }
}
