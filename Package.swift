// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "BudgetBench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budgetbench", targets: ["BudgetBenchCLI"]),
        .library(name: "BudgetBenchExtract", targets: ["BudgetBenchExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // poppler's core C++ API (the private headers), for reading a page's vector paths.
        .systemLibrary(
            name: "CPopplerCore",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "CPDFPaths", dependencies: ["CPopplerCore"]),
        .target(name: "BudgetBenchPDF", dependencies: ["CPoppler", "CPDFPaths"]),
        .target(name: "BudgetBenchXLSX", dependencies: ["CXlsxWriter"]),
        .target(name: "BudgetBenchExtract", dependencies: ["BudgetBenchPDF"]),
        .target(name: "BudgetBenchSegment", dependencies: ["BudgetBenchExtract"]),
        .target(name: "BudgetBenchNormalize", dependencies: ["BudgetBenchSegment"], resources: [.copy("Resources/centers.json"), .copy("Resources/classification-codes.json")]),
        .target(name: "BudgetBenchStore", dependencies: ["BudgetBenchNormalize", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "BudgetBenchCompare", dependencies: ["BudgetBenchStore", "BudgetBenchNormalize"]),
        .target(name: "BudgetBenchWorkbook", dependencies: ["BudgetBenchCompare", "BudgetBenchStore", "BudgetBenchXLSX"]),
        .target(name: "BudgetBenchIngest", dependencies: ["BudgetBenchStore", "BudgetBenchNormalize", "BudgetBenchPDF"]),
        // The PostgreSQL backend of the store and the job queue of distributed ingest.
        .target(name: "BudgetBenchDebug", dependencies: ["BudgetBenchIngest", "BudgetBenchNormalize", "BudgetBenchPDF", "BudgetBenchSegment"]),
        .target(name: "BudgetBenchPostgres", dependencies: ["BudgetBenchStore", "BudgetBenchNormalize", "BudgetBenchIngest", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .executableTarget(
            name: "BudgetBenchCLI",
            dependencies: [
                "BudgetBenchExtract",
                "BudgetBenchSegment",
                "BudgetBenchNormalize",
                "BudgetBenchStore",
                "BudgetBenchIngest",
                "BudgetBenchPostgres",
                "BudgetBenchCompare",
                "BudgetBenchWorkbook",
                "BudgetBenchDebug",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over segment and normalize (see its main.swift; `make fuzz`).
        .executableTarget(name: "BudgetBenchFuzz", dependencies: ["BudgetBenchExtract", "BudgetBenchSegment", "BudgetBenchNormalize"]),
        .target(name: "TestSupport", dependencies: ["BudgetBenchIngest", "BudgetBenchPostgres", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/TestSupport"),
        .testTarget(
            name: "BudgetBenchExtractTests",
            dependencies: ["BudgetBenchExtract", "BudgetBenchPDF", "TestSupport"]
        ),
        .testTarget(
            name: "BudgetBenchSegmentTests",
            dependencies: ["BudgetBenchSegment", "BudgetBenchExtract", "TestSupport"]
        ),
        .testTarget(
            name: "BudgetBenchNormalizeTests",
            dependencies: ["BudgetBenchNormalize", "BudgetBenchSegment", "BudgetBenchExtract", "TestSupport"]
        ),
        .testTarget(
            name: "BudgetBenchXLSXTests",
            dependencies: ["BudgetBenchXLSX", "TestSupport"]
        ),
        .testTarget(
            name: "BudgetBenchIngestTests",
            dependencies: ["BudgetBenchIngest", "BudgetBenchStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "BudgetBenchPostgresTests",
            dependencies: ["BudgetBenchPostgres", "BudgetBenchIngest", "BudgetBenchStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "BudgetBenchWorkbookTests",
            dependencies: ["BudgetBenchIngest", "BudgetBenchStore", "BudgetBenchNormalize", "BudgetBenchCompare", "TestSupport"]
        ),
        .testTarget(
            name: "BudgetBenchCompareTests",
            dependencies: ["BudgetBenchCompare", "BudgetBenchStore", "BudgetBenchNormalize", "TestSupport"]
        ),
        .testTarget(
            name: "BudgetBenchCLITests",
            dependencies: ["TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6],
    // poppler 22.12's headers need C++17.
    cxxLanguageStandard: .cxx17
)
