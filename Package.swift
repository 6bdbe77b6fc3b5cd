// swift-tools-version:6.0
// Redress: the paperwork of debt-collection defence.
//
// The targets follow the pipeline (see docs/architecture.md):
//   case file → CaseModel → LegalRules (analysis) → Generator (context) → Templating → DocumentTree
//   → TextOutput | HTMLOutput | DOCXOutput (→ ZIPArchive → CZlib) → bytes
// LibXML (→ CLibXML2) reads XML: user .docx templates and checks in tests.
import PackageDescription

let package = Package(
    name: "Redress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "redress", targets: ["redress"]),
        .library(name: "Generator", targets: ["Generator"]),
        // For Benchmarks/, a package of its own that depends on this one by path.
        .library(name: "Batch", targets: ["Batch"]),
        .library(name: "CaseModel", targets: ["CaseModel"]),
        .library(name: "LegalRules", targets: ["LegalRules"]),
        .library(name: "Templating", targets: ["Templating"]),
        .library(name: "ZIPArchive", targets: ["ZIPArchive"]),
        // The readers and the template language, for the fuzzing harnesses in Fuzz/.
        .library(name: "RedressCore", targets: ["Templating", "CaseModel", "DOCXTemplate", "Batch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // C libraries, each wrapped by exactly one Swift module.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "ZIPArchive", dependencies: ["CZlib"]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),

        // The contract between templates and writers.
        .target(name: "DocumentTree"),
        .target(name: "Templating", dependencies: ["DocumentTree", "Yams"]),
        .target(name: "TextOutput", dependencies: ["DocumentTree"]),
        .target(name: "HTMLOutput", dependencies: ["DocumentTree"]),
        .target(name: "DOCXOutput", dependencies: ["DocumentTree", "ZIPArchive"]),

        // Case data and the law.
        .target(name: "CaseModel", dependencies: ["Yams"]),
        .target(name: "LegalRules", dependencies: ["CaseModel"]),

        // The façade that ties the stages together, and the edges.
        .target(
            name: "Generator",
            dependencies: [
                "CaseModel", "LegalRules", "Templating", "DocumentTree",
                "TextOutput", "HTMLOutput", "DOCXOutput",
            ]
        ),
        // Batch production: streaming inputs, a worker pool, a manifest, resume and shards.
        .target(
            name: "Batch",
            dependencies: [
                "Generator", "CaseModel", "Templating", "ZIPArchive", "DOCXTemplate", "CCrypto",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Filling a user's own .docx with the same tag language.
        .target(name: "DOCXTemplate", dependencies: ["Templating", "LibXML", "ZIPArchive", "DocumentTree"]),
        // `redress serve`: the guided interview and the HTTP API over the same façade.
        .target(
            name: "Server",
            dependencies: [
                "Generator", "CaseModel", "LegalRules", "Templating", "HTMLOutput", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                "ZIPArchive",
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "redress",
            dependencies: [
                "Generator", "CaseModel", "LegalRules", "Templating", "Batch", "DOCXTemplate", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .target(name: "TestSupport", dependencies: ["ZIPArchive", "LibXML", "DocumentTree"]),
        .testTarget(name: "ZIPArchiveTests", dependencies: ["ZIPArchive", "TestSupport"]),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "DocumentTreeTests", dependencies: ["DocumentTree"]),
        .testTarget(
            name: "TemplatingTests",
            dependencies: ["Templating", "DocumentTree", "TextOutput", "HTMLOutput", "DOCXOutput", "TestSupport"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(name: "TextOutputTests", dependencies: ["TextOutput", "DocumentTree", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "HTMLOutputTests", dependencies: ["HTMLOutput", "DocumentTree", "TestSupport", "LibXML"], exclude: ["Snapshots"]),
        .testTarget(
            name: "DOCXOutputTests", dependencies: ["DOCXOutput", "DocumentTree", "TestSupport", "LibXML", "ZIPArchive"],
            exclude: ["Snapshots", "Schemas"]
        ),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
        .testTarget(name: "LegalRulesTests", dependencies: ["LegalRules", "CaseModel"]),
        .testTarget(
            name: "BatchTests",
            dependencies: ["Batch", "Generator", "CaseModel", "Templating", "ZIPArchive", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(
            name: "DOCXTemplateTests",
            dependencies: ["DOCXTemplate", "Templating", "LibXML", "ZIPArchive", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        // Runs the built `redress` binary: help, exit codes, and what a hostile case id can reach.
        .testTarget(name: "redressTests", dependencies: ["redress"]),
        // Reads Package.swift and every import line: the dependency graph checks itself.
        .testTarget(name: "LayeringTests"),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Generator", "Templating", "CaseModel", "ZIPArchive",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "GeneratorTests",
            dependencies: ["Generator", "CaseModel", "LegalRules", "Templating", "DocumentTree", "TestSupport", "LibXML", "ZIPArchive"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
