// swift-tools-version: 6.0
import PackageDescription

/// AdexGuide: a terminal visitor guide for trade shows, bundled with ADEX-2024 + Securex Caspian.
/// Layers point one way (see DESIGN.md and DECISIONS.md): model -> search -> canvas -> terminal -> app.
let package = Package(
    name: "AdexGuide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "adex-guide", targets: ["adex-guide"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure layers.
        .target(name: "GuideModel"),
        .target(name: "GuideSearch", dependencies: ["GuideModel"]),
        .target(name: "GuidePlan", dependencies: ["GuideModel", "TerminalCanvas"]),
        // Fair files of the CAAT/Omega dataset: reading, normalising, converting, and editions.
        .target(name: "GuideFairs", dependencies: ["GuideModel", "GuideSearch"]),
        .target(name: "GuideNavigation", dependencies: ["GuideModel", "GuideSearch", "GuidePlan"]),
        .target(name: "TerminalCanvas"),
        .target(name: "GuideUI", dependencies: ["GuideModel", "GuideSearch", "GuidePlan", "GuideNavigation", "TerminalCanvas"]),

        // Synthetic shows for tests and benchmarks (deterministic by seed).
        .target(name: "GuideSynthetic", dependencies: ["GuideModel"]),
        .executableTarget(name: "guide-synth", dependencies: ["GuideSynthetic", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Benchmarks: run in release (swift run -c release guide-bench); never part of the tests.
        .executableTarget(name: "guide-bench", dependencies: ["GuideModel", "GuideSearch", "GuideFairs", "GuidePlan", "GuideNavigation", "GuideUI", "TerminalCanvas",
                                                            "GuideSynthetic", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Fuzzing the readers of untrusted files: a seeded mutation campaign that runs in the suite
        // and by hand (guide-fuzz run), and libFuzzer's driver when built by scripts/fuzz.
        .target(name: "GuideFuzz", dependencies: ["GuideModel", "GuideFairs", "GuidePlan", "GuideSearch", "GuideNavigation", "GuideUI",
                                                  "TerminalCanvas", "GuideTestSupport"]),
        .executableTarget(name: "guide-fuzz", dependencies: ["GuideFuzz", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // The bundled dataset, embedded in the binary with C23 #embed (see DECISIONS.md).
        .target(name: "CAssets"),

        // The only code that talks to ncurses.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalCanvas"]),
        // Test-only: drives NcursesBackend for the end-to-end tests in tmux (not a product).
        .executableTarget(name: "terminal-probe", dependencies: ["NcursesTerminal", "TerminalCanvas"]),

        .executableTarget(
            name: "adex-guide",
            dependencies: [
                "GuideModel", "GuideSearch", "GuidePlan", "GuideFairs", "GuideNavigation", "GuideUI", "TerminalCanvas", "NcursesTerminal", "CAssets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests.
        .target(name: "GuideTestSupport", dependencies: ["GuideModel", "GuideFairs", "GuideNavigation", "GuideUI", "GuideSearch", "TerminalCanvas"], path: "Sources/GuideTestSupport"),
        .testTarget(name: "GuideModelTests", dependencies: ["GuideModel", "GuideTestSupport"]),
        .testTarget(name: "GuideSearchTests", dependencies: ["GuideSearch", "GuideModel", "GuideTestSupport", "GuideSynthetic"]),
        .testTarget(name: "TerminalCanvasTests", dependencies: ["TerminalCanvas", "GuideTestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["GuideTestSupport", "adex-guide"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["GuideTestSupport", "NcursesTerminal", "terminal-probe"]),
        .testTarget(name: "GuideFairsTests", dependencies: ["GuideFairs", "GuideModel", "GuideSearch", "GuideTestSupport"]),
        .testTarget(name: "GuidePlanTests", dependencies: ["GuidePlan", "GuideModel", "GuideTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "GuideSyntheticTests", dependencies: ["GuideSynthetic", "GuideModel", "GuideFairs"]),
        .testTarget(name: "EndToEndTests", dependencies: ["GuideTestSupport", "GuideModel", "TerminalCanvas", "adex-guide"]),
        .testTarget(name: "GuideNavigationTests", dependencies: ["GuideNavigation", "GuideUI", "GuideModel", "GuideSearch", "GuideTestSupport"]),
        .testTarget(name: "GuideFuzzTests", dependencies: ["GuideFuzz", "GuideModel", "GuidePlan", "GuideTestSupport"]),
        .testTarget(name: "GuideUITests", dependencies: ["GuideUI", "GuideNavigation", "GuideModel", "GuideSearch", "TerminalCanvas", "GuideTestSupport"],
                    exclude: ["__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6],
    cLanguageStandard: .c2x
)
