// swift-tools-version:6.0
// libFuzzer harnesses for Redress, kept out of the root package so that `swift build` and
// `swift test` never build them. Built and run by scripts/fuzz.sh (Linux, -sanitize=fuzzer).
import PackageDescription

let package = Package(
    name: "RedressFuzz",
    dependencies: [.package(name: "Redress", path: "..")],
    targets: [
        .executableTarget(name: "FuzzTemplate", dependencies: [.product(name: "RedressCore", package: "Redress")]),
        .executableTarget(name: "FuzzCase", dependencies: [.product(name: "RedressCore", package: "Redress")]),
        .executableTarget(name: "FuzzDOCX", dependencies: [.product(name: "RedressCore", package: "Redress")]),
    ],
    swiftLanguageModes: [.v6]
)
