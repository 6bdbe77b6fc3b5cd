// swift-tools-version:6.0
// The benchmark, outside the product graph: `swift run -c release --package-path Benchmarks RedressBench`.
import PackageDescription

let package = Package(
    name: "RedressBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Redress", path: "..")],
    targets: [
        .executableTarget(
            name: "RedressBench",
            dependencies: [
                .product(name: "Generator", package: "Redress"), .product(name: "Batch", package: "Redress"),
                .product(name: "CaseModel", package: "Redress"), .product(name: "LegalRules", package: "Redress"),
                .product(name: "Templating", package: "Redress"), .product(name: "ZIPArchive", package: "Redress"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
