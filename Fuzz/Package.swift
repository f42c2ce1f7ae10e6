// swift-tools-version: 6.0
// Fuzz targets for Verbatim's parsers, built with libFuzzer by Scripts/fuzz.sh into
// .build-fuzz (kept out of git). Each target is an executable that hands its input function
// to libFuzzer.
import PackageDescription

let targets = ["FuzzScript", "FuzzQuotes", "FuzzHTML", "FuzzSessionFile", "FuzzCorpus", "FuzzPluginAnswer"]

let package = Package(
    name: "VerbatimFuzz",
    dependencies: [.package(name: "Verbatim", path: "..")],
    targets: [.target(name: "FuzzDriver")] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzDriver", .product(name: "VerbatimCore", package: "Verbatim"),
                           .product(name: "VerbatimShell", package: "Verbatim")],
            path: "Sources/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
