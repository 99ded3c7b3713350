// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ordercon",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ordercon", targets: ["ordercon"]),
        .executable(name: "ordercon-bench", targets: ["ordercon-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/CoreOffice/XMLCoder.git", from: "0.17.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.0.0"),
    ],
    targets: [
        .target(name: "OrderKit"),
        .target(name: "PayloadText"),
        .target(name: "Providers", dependencies: [
            "OrderKit", "PayloadText",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "XMLCoder", package: "XMLCoder"),
        ]),
        .target(name: "Sandbox", dependencies: [
            "OrderKit",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "SwiftASN1", package: "swift-asn1"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "XMLCoder", package: "XMLCoder"),
        ]),
        .target(name: "Store", dependencies: [
            "OrderKit",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "Config", dependencies: [
            "OrderKit",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "ConsoleModel", dependencies: ["OrderKit", "Store"]),
        .target(name: "Headless", dependencies: [
            "OrderKit", "Store", "Config",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "CBuildStamp"),
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "TerminalUI", dependencies: [
            "ConsoleModel", "CNcurses", "Config", "PayloadText",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .executableTarget(name: "ordercon", dependencies: [
            "OrderKit", "Providers", "Sandbox", "Store", "Config", "ConsoleModel", "TerminalUI", "Headless", "CBuildStamp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "ordercon-bench", dependencies: [
            "OrderKit", "Providers", "Store", "ConsoleModel", "TerminalUI",
        ], path: "Benchmarks/ordercon-bench"),
        .target(name: "OrderFixtures", dependencies: ["OrderKit"], path: "Tests/OrderFixtures"),
        .testTarget(name: "OrderKitTests", dependencies: ["OrderKit", "OrderFixtures"]),
        .testTarget(name: "ContractTests", dependencies: [
            "OrderKit", "Providers", "Sandbox", "PayloadText",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "XMLCoder", package: "XMLCoder"),
        ], exclude: ["Seeds", "Reference"]),
        .testTarget(name: "SandboxTests", dependencies: [
            "Sandbox", "OrderKit", "Providers",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "FaultToleranceTests", dependencies: ["Sandbox", "Providers", "Store", "Headless", "OrderKit", "ConsoleModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "OrderKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "OrderKit"]),
        .testTarget(name: "HeadlessTests", dependencies: ["Headless", "OrderKit", "Store", "Config", "OrderFixtures"]),
        .testTarget(name: "ConsoleModelTests", dependencies: ["ConsoleModel", "OrderKit", "Store", "OrderFixtures"]),
        .testTarget(name: "FuzzTests", dependencies: ["Providers", "Config", "TerminalUI", "OrderKit", "Sandbox", "PayloadText"],
                    exclude: ["Corpus"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ConsoleModel", "OrderKit", "Config", "OrderFixtures"],
                    exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
