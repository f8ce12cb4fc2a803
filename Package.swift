// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ClaimTracker",
    products: [
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .executable(name: "claims", targets: ["claims"]),
    ],
    dependencies: [
        // Pinned exactly: newer GRDB needs SQLite snapshot symbols that Debian's libsqlite3 lacks.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ClaimKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                "CLibXML2",
            ]
        ),
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ClaimKitTests",
            dependencies: ["ClaimKit", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures"), .copy("Scenarios")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
