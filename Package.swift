// swift-tools-version: 6.0
import PackageDescription

/// taizhang (台账): a headless automation host that embeds Lua 5.4 plugins for the
/// recurring compliance work of Chinese public units. See docs/ARCHITECTURE.md.
let package = Package(
  name: "taizhang",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "taizhang", targets: ["taizhang"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    // The site config's TOML 1.0 reader (toml++ underneath).
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    // Webhooks and the heartbeat: one HTTP client per run, on the SwiftNIO postgres-nio uses.
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    // SHA-256 and HMAC; the range postgres-nio already accepts, so both resolve to one copy.
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
  ],
  targets: [
    // The system's liblua5.4 and inline wrappers for the C API's macros.
    .systemLibrary(
      name: "CLua",
      pkgConfig: "lua5.4",
      providers: [.apt(["liblua5.4-dev"])]
    ),
    // C parts of the sandbox: allocator with a cap, time budget hook, the Swift-call
    // trampoline, and budgeted replacements for long-running library functions.
    .target(name: "CLuaSandbox", dependencies: ["CLua"]),
    .target(name: "LuaRuntime", dependencies: ["CLua", "CLuaSandbox"]),
    .target(name: "Scheduling"),
    .target(
      name: "Storage",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The same Store protocols on a shared PostgreSQL server (several hosts, one ledger).
    .target(
      name: "PostgresStorage",
      dependencies: ["Storage", .product(name: "PostgresNIO", package: "postgres-nio")]
    ),
    .target(name: "Rendering", dependencies: ["ZIPFoundation"]),
    .target(
      name: "Host",
      dependencies: [
        "LuaRuntime", "Scheduling", "Storage", "PostgresStorage", "Rendering", "TOMLKit",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "taizhang",
      dependencies: [
        "Host", "LuaRuntime", "Storage", "Scheduling", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks driven by Scripts/bench.sh: one subcommand per area.
    .executableTarget(
      name: "tzbench",
      dependencies: [
        "Host", "LuaRuntime", "Scheduling", "Storage", "Rendering",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "LuaRuntimeTests", dependencies: ["LuaRuntime"], exclude: ["Fixtures"]),
    .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
    .testTarget(name: "StorageTests", dependencies: ["Storage", "PostgresStorage"], exclude: ["Fixtures"]),
    .testTarget(name: "RenderingTests", dependencies: ["Rendering"], exclude: ["Golden"]),
    .testTarget(name: "HostTests", dependencies: ["Host"], exclude: ["Fixtures"]),
    .testTarget(name: "CLITests", dependencies: [], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
