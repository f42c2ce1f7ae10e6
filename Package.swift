// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Verbatim",
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
        .library(name: "VerbatimCore", targets: ["VerbatimCore"]),
        .library(name: "VerbatimShell", targets: ["VerbatimShell"]),
        .library(name: "VerbatimLab", targets: ["VerbatimLab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Domain: session model, loading, extraction, comparison. No terminal code, no evaluation.
        .target(name: "VerbatimCore", dependencies: ["CLibXML2", "CWebTransfer"]),
        // libxml2's HTML parser, from Debian's libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libcurl (Debian's libcurl4-openssl-dev) for web downloads, and C wrappers for its variadic calls.
        .target(name: "CWebTransfer", linkerSettings: [.linkedLibrary("dl")]),
        // Command language: parser, commands, script runner, output formatting.
        .target(name: "VerbatimShell", dependencies: ["VerbatimCore"]),
        // Evaluation and benchmarks: gold corpora, scoring, timing, and the shell commands that
        // run them (eval, benchmark…), registered by the executable under their own help section.
        .target(name: "VerbatimLab", dependencies: ["VerbatimCore", "VerbatimShell"]),
        // BSD libedit, from Debian's libedit-dev.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Non-variadic wrappers for the libedit calls Swift cannot make.
        .target(name: "CLineEditor", dependencies: ["CLibEdit"]),
        // The program: arguments and the interactive line editor.
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "VerbatimCore",
                "VerbatimShell",
                "VerbatimOutletStats",
                "VerbatimLab",
                "CLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // First-party in-process plugin: a command added through the public Command protocol.
        .target(name: "VerbatimOutletStats", dependencies: ["VerbatimShell"], path: "Plugins/outlet-stats"),
        // First-party external plugin in Swift: flags quotes too short or vague to check.
        // Built beside verbatim, which finds it by its verbatim-plugin- name.
        .executableTarget(name: "verbatim-plugin-quote-checks", path: "Plugins/quote-checks"),
        // Spawns a program on a pseudo-terminal, for the interactive tests.
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
        // What tests share: one temporary folder per run, removed when it ends.
        .target(name: "VerbatimTestSupport", path: "Tests/VerbatimTestSupport"),
        .testTarget(name: "VerbatimCoreTests", dependencies: ["VerbatimCore", "VerbatimTestSupport"]),
        .testTarget(name: "VerbatimShellTests", dependencies: ["VerbatimShell", "VerbatimOutletStats", "VerbatimTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "VerbatimLabTests", dependencies: ["VerbatimLab", "VerbatimTestSupport"]),
        .testTarget(name: "VerbatimProgramTests", dependencies: ["CPseudoTerminal", "VerbatimTestSupport"]),
    ]
)
