// swift-tools-version: 6.1
// Micro-benchmarks of the extraction hot paths, kept out of the main package so that `swift build` and `swift test`
// neither build nor resolve the benchmark framework. Run with `scripts/bench --micro`, or here with
// `swift package benchmark`.
import PackageDescription

// A path dependency's identity is the name of its folder, which a clone may choose freely; read it rather than
// assume it.
let tracker = Context.packageDirectory.split(separator: "/").dropLast().last.map { $0.lowercased() } ?? "main"

let package = Package(
    name: "ClaimBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "HotPaths",
            dependencies: [
                .product(name: "ClaimKit", package: tracker),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/HotPaths",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
