// swift-tools-version: 6.0
import PackageDescription

// DiscogsKit is Foundation-only: no package dependencies in any target, tests included.
let package = Package(
    name: "DiscogsKit",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DiscogsKit", targets: ["DiscogsKit"]),
        .library(name: "DiscogsKitTesting", targets: ["DiscogsKitTesting"]),
        .library(name: "DiscogsKitDumps", targets: ["DiscogsKitDumps"]),
        .executable(name: "discogs", targets: ["DiscogsCLI"]),
    ],
    dependencies: [],
    targets: [
        // libcurl loaded at run time (dlopen): no headers and no link flags needed; see Docs/Architecture.md.
        .target(name: "CDiscogsCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "DiscogsKit", dependencies: ["CDiscogsCurl"]),
        // zlib loaded at run time (dlopen), as libcurl is: gzip dumps read in-process.
        .target(name: "CDiscogsZlib", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // The monthly XML dumps into DiscogsKit's models; only services that read dumps build it.
        .target(name: "DiscogsKitDumps", dependencies: ["DiscogsKit", "CDiscogsZlib"]),
        .target(name: "DiscogsKitTesting", dependencies: ["DiscogsKit"], resources: [.copy("Resources")]),
        .executableTarget(name: "DiscogsCLI", dependencies: ["DiscogsKit", "DiscogsKitDumps"]),
        // `swift run -c release SinkBenchmark`: sink throughput and peak memory (flat in the item count).
        .executableTarget(name: "SinkBenchmark", dependencies: ["DiscogsKit"], path: "Benchmarks/SinkBenchmark"),
        // `Benchmarks/lane-benchmark.sh`: user lookups during a background sync wait less than a slot.
        .executableTarget(name: "LaneBenchmark", dependencies: ["DiscogsKit"], path: "Benchmarks/LaneBenchmark"),
        // `swift run -c release ExtractionBenchmark`: items per second, flat as tracklists grow.
        .executableTarget(name: "ExtractionBenchmark", dependencies: ["DiscogsKit", "DiscogsKitDumps"],
                          path: "Benchmarks/ExtractionBenchmark"),
        .testTarget(
            name: "DiscogsKitTests",
            dependencies: ["DiscogsKit", "DiscogsKitTesting"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "DiscogsKitDumpsTests", dependencies: ["DiscogsKit", "DiscogsKitDumps"]),
        .testTarget(name: "DiscogsKitTestingTests", dependencies: ["DiscogsKit", "DiscogsKitTesting"]),
        .testTarget(name: "DiscogsCLITests", dependencies: ["DiscogsKit", "DiscogsKitTesting", "DiscogsCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
