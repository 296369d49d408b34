// swift-tools-version: 6.0
import PackageDescription

// The tests draw thousands of pages (a 2,000-school build among them); unoptimized, the two
// libraries are twenty times slower, so debug builds optimize them too (still with -enable-testing).
let optimizedInTests: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "schooldash",
    products: [
        .executable(name: "schooldash", targets: ["schooldash"]),
        .library(name: "OfficeContainer", targets: ["OfficeContainer"]),
        .library(name: "SchoolMetrics", targets: ["SchoolMetrics"]),
        .library(name: "SchoolImport", targets: ["SchoolImport"]),
        .library(name: "SchoolRender", targets: ["SchoolRender"]),
    ],
    targets: [
        // Cairo (with fontconfig and FreeType behind it), from Debian's libcairo2-dev.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // zlib, for writing PNG files with a pHYs chunk.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libzip, for reading and writing the zip containers of Office files, from Debian's libzip-dev.
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        // libxlsxwriter, for writing workbooks (the data-entry template), from Debian's libxlsxwriter-dev.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Office Open XML containers, knowing nothing of schools: zip archives with limits and the
        // parts of WordprocessingML and SpreadsheetML the project reads and writes.
        .target(name: "OfficeContainer", dependencies: ["CLibzip", "CXlsxWriter"], swiftSettings: optimizedInTests),
        // The data model, loading, validation and every computation. Never draws. Its data-entry
        // template is written through OfficeContainer.
        .target(name: "SchoolMetrics", dependencies: ["OfficeContainer"], swiftSettings: optimizedInTests),
        // Reading year-end reports (text, .docx) into records of the model, with sources and review.
        .target(name: "SchoolImport", dependencies: ["SchoolMetrics", "OfficeContainer"], swiftSettings: optimizedInTests),
        // Everything that draws, and the Word reports that carry its charts; only its Backend folder imports Cairo.
        .target(name: "SchoolRender", dependencies: ["SchoolMetrics", "OfficeContainer", "CCairo", "CZlib"], swiftSettings: optimizedInTests),
        // The command line: argument parsing and commands over the two libraries.
        .target(name: "SchoolDashCLI", dependencies: ["SchoolMetrics", "SchoolImport", "SchoolRender", "OfficeContainer"]),
        .executableTarget(name: "schooldash", dependencies: ["SchoolDashCLI", "SchoolRender"]),
        // `make bench`: the figures of docs/benchmarks.md. Never part of the tests.
        .executableTarget(name: "schooldash-bench", dependencies: ["SchoolMetrics", "SchoolRender"]),
        // `make fuzz`: libFuzzer over the loaders; built normally, it replays the files it is given.
        .executableTarget(name: "schooldash-fuzz", dependencies: ["SchoolMetrics"]),
        .testTarget(
            name: "SchoolMetricsTests",
            dependencies: ["SchoolMetrics", "OfficeContainer"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SchoolImportTests",
            dependencies: ["SchoolImport"],
            exclude: ["Fixtures"]
        ),
        // What tests open Office files with: LibreOffice headless and openpyxl, when installed.
        .target(name: "TestTools", path: "Tests/TestTools"),
        .testTarget(name: "OfficeContainerTests", dependencies: ["OfficeContainer", "TestTools"], exclude: ["Fixtures"]),
        .testTarget(name: "SchoolRenderTests", dependencies: ["SchoolRender"]),
        .testTarget(name: "SchoolDashCLITests", dependencies: ["SchoolDashCLI", "OfficeContainer", "TestTools"]),
    ],
    swiftLanguageModes: [.v6]
)
