import Foundation
import SchoolMetrics
import SchoolRender

// `make bench`: the figures of issue #6, measured on this machine; see docs/benchmarks.md.
RenderMemory.reuseLargeBuffers()
let environment = ProcessInfo.processInfo.environment
let runs = max(1, Int(environment["BENCH_RUNS"] ?? "") ?? 3)
let schools = max(100, Int(environment["BENCH_SCHOOLS"] ?? "") ?? 45_000)
let work = environment["BENCH_WORK"] ?? NSTemporaryDirectory() + "schooldash-bench"
let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("schooldash").path
let cores = ProcessInfo.processInfo.activeProcessorCount
// BENCH_ONLY=loading measures the loading figures alone (JSON, CSV, XLSX), without builds or pages.
let loadingOnly = environment["BENCH_ONLY"] == "loading"
var report = Report(runs: runs)

func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

func tool(_ arguments: [String]) throws -> Child {
    let child = try Child.run([tool] + arguments)
    guard child.status <= 1 else { throw BenchError("schooldash \(arguments.joined(separator: " ")) failed with exit \(child.status)") }
    return child
}

try? FileManager.default.removeItem(atPath: work)
say("datasets: \(schools) schools as JSON, CSV and XLSX, 5,000 for the speed-up")
_ = try tool(["sample", "--schools", "\(schools)", "--out", "\(work)/json"])
_ = try tool(["sample", "--schools", "\(schools)", "--format", "csv", "--out", "\(work)/csv"])
if !loadingOnly { _ = try tool(["sample", "--schools", "5000", "--out", "\(work)/five"]) }

if !loadingOnly {
    // Builds first: a child's peak memory (from wait4) starts at its parent's, so the parent must
    // still be small when it starts them.
    say("speed-up: 5,000 schools with \(cores) workers and with 1")
    /// Builds `times` times, each into a new folder removed afterwards (outside the timing).
    func build(_ input: String, jobs: Int, times: Int) throws -> (Timing, Int) {
        var peak = 0
        var seconds: [Double] = []
        for run in 0..<times {
            let out = "\(work)/out-\(jobs)-\(run)"
            let child = try tool(["build", input, "--out", out, "--format", "pdf", "--quiet", "--jobs", "\(jobs)"])
            seconds.append(child.seconds)
            peak = max(peak, child.peakKilobytes)
            try? FileManager.default.removeItem(atPath: out)
        }
        return (Timing(seconds: seconds), peak)
}
let (parallel, _) = try build("\(work)/five", jobs: cores, times: runs)
let (single, _) = try build("\(work)/five", jobs: 1, times: runs)
let speedup = Timing(seconds: [single.median / parallel.median, single.min / parallel.max, single.max / parallel.min])
report.figures.append(Figure(name: "\(cores) cores against 1 (5,000 schools, PDF)", goal: "≥ 1.8×", timing: speedup, unit: "×",
                             met: speedup.median >= 1.8))
// The one-worker builds above, per school: its own file and its share of its ward's page and comparison.
let perSchool = single.divided(by: 5000).scaled(1000)
report.figures.append(Figure(name: "whole build of synthetic schools, one core, per school (its file and its share of the ward's files)",
                             goal: "≤ 1.6 ms", timing: perSchool, unit: "ms", met: perSchool.median <= 1.6))

say("national run: \(schools) schools, all cores")
let (national, nationalPeak) = try build("\(work)/json", jobs: cores, times: runs)
let (_, fivePeak) = try build("\(work)/five", jobs: cores, times: 1)
report.figures.append(Figure(name: "national run: \(schools) schools, their ward pages and comparisons, PDF, \(cores) cores",
                             goal: "≤ 60 s", timing: national, unit: "s", met: national.median <= 60))
report.figures.append(Figure(name: "the same, peak memory", goal: "≤ 300 MB", timing: Timing(seconds: [Double(nationalPeak) / 1024]),
                             unit: "MB", met: nationalPeak <= 300 * 1024))
report.notes.append("Peak memory of a 5,000-school build: \(fivePeak / 1024) MB; of \(schools) schools: \(nationalPeak / 1024) MB.")
}

say("loading")
var loading: [String: Timing] = [:]
for format in ["json", "csv"] {
    let timing = try Timing.of(runs: runs) { _ = try Loader().load(paths: ["\(work)/\(format)"]) }
    loading[format] = timing
    report.figures.append(Figure(name: "loading \(schools) records (\(format.uppercased()))", goal: "≤ 3 s", timing: timing, unit: "s",
                                 met: timing.median <= 3))
}
// The same rows as a workbook, written by openpyxl (scripts/csv-to-xlsx.py), when python3 has it.
try FileManager.default.createDirectory(atPath: "\(work)/xlsx", withIntermediateDirectories: true)
let workbook = try? Child.run(["/usr/bin/env", "python3", "scripts/csv-to-xlsx.py", "\(work)/xlsx/sample.xlsx",
                               "\(work)/csv/records.csv", "\(work)/csv/targets.csv"])
if workbook?.status == 0, let csv = loading["csv"] {
    let timing = try Timing.of(runs: runs) { _ = try Loader().load(paths: ["\(work)/xlsx"]) }
    report.figures.append(Figure(name: "loading \(schools) records (XLSX, the CSV rows written by openpyxl)",
                                 goal: String(format: "≤ 2 × CSV (%.2f s)", 2 * csv.median), timing: timing, unit: "s",
                                 met: timing.median <= 2 * csv.median))
} else {
    report.notes.append("No workbook figure: python3 with openpyxl is needed to write the workbook (scripts/csv-to-xlsx.py).")
}

if !loadingOnly {
    say("school pages, one core")
    let sampleRecords = Array(try Loader().load(paths: ["\(work)/five"]).records.prefix(300))
    let pages = try PageBench(records: sampleRecords, folder: "\(work)/pages")
    pages.drawOnly()
    // A file per page as `build` writes it, and Cairo's floor for it, in turn: their ratio is a note.
    let displayLists = pages.displayLists()
    let (pdfRuns, cairoRuns) = try Timing.alternating(runs: runs, { try pages.pdf() }, { try pages.cairoFiles(displayLists) })
    let pdfFiles = pdfRuns.divided(by: pages.pageCount).scaled(1000), cairoFiles = cairoRuns.divided(by: pages.pageCount).scaled(1000)
    let pdfDocument = try Timing.of(runs: runs) { try pages.pdfOneFile() }.divided(by: pages.pageCount).scaled(1000)
    let png = try Timing.of(runs: runs) { try pages.png(dpi: 150) }.divided(by: pages.pageCount).scaled(1000)
    let drawing = Timing.of(runs: runs) { pages.drawOnly() }.divided(by: pages.pageCount).scaled(1000)
    report.figures += [
        Figure(name: "PDF, school pages in one document, per page", goal: "≤ 2 ms", timing: pdfDocument, unit: "ms", met: pdfDocument.median <= 2),
        Figure(name: "PDF, one file per school page (as `build` writes them: a ward's pages drawn together, then copied apart)",
               goal: "≤ 1.5 ms", timing: pdfFiles, unit: "ms", met: pdfFiles.median <= 1.5),
        Figure(name: "PNG at 150 DPI, per school page", goal: "≤ 30 ms", timing: png, unit: "ms", met: png.median <= 30),
        Figure(name: "Cairo itself, one file per school page (the page laid out beforehand)", goal: "— (the floor)",
               timing: cairoFiles, unit: "ms", met: nil),
    ]
    report.notes.append(String(format: "One file per school page costs %.2f× Cairo's own floor for drawing such a file alone (%.2f ms against %.2f ms).",
                               pdfFiles.median / cairoFiles.median, pdfFiles.median, cairoFiles.median))
    report.notes.append(String(format: "Of a school page, layout (the display list) takes %.2f ms; the rest is Cairo, zlib and the file.", drawing.median))
}

let table = report.markdown
print(table)
let docs = environment["BENCH_DOCS"] ?? "docs/benchmarks.md"
if let handle = FileHandle(forWritingAtPath: docs) {
    handle.seekToEndOfFile()
    handle.write(Data(("\n" + table).utf8))
    try handle.close()
    say("appended to \(docs)")
}
try? FileManager.default.removeItem(atPath: work)
