import Foundation

/// One line of the benchmark table: a figure, its goal and whether it is met.
struct Figure {
    var name: String
    var goal: String
    var timing: Timing
    var unit: String
    /// Whether the goal is met; nil for a figure that has none (a floor to compare with).
    var met: Bool?

    /// Where the figure stands in the issue's table.
    var rank: Int {
        let order = ["PDF, school pages in one", "PDF, one file", "Cairo itself", "PNG", "national", "the same", "cores against", "loading",
                     "whole build"]
        return order.firstIndex { name.contains($0) } ?? order.count
    }

    var row: String {
        "| \(name) | \(format(timing.median)) | \(format(timing.min)) – \(format(timing.max)) | \(goal) | \(met.map { $0 ? "met" : "**missed**" } ?? "—") |"
    }

    private func format(_ value: Double) -> String {
        let digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
        return String(format: "%.\(digits)f", value) + " " + unit
    }
}

/// The table `make bench` prints and appends to docs/benchmarks.md.
struct Report {
    var figures: [Figure] = []
    var notes: [String] = []
    var runs: Int

    var markdown: String {
        var lines = ["## \(Machine.today)", "", "Machine: \(Machine.description). Median of \(runs) runs, with the fastest and the slowest.", "",
                     "| figure | median | min – max | goal | |", "|---|---|---|---|---|"]
        lines += figures.sorted { $0.rank < $1.rank }.map(\.row)
        lines += [""] + notes.map { "- " + $0 } + [""]
        return lines.joined(separator: "\n")
    }
}
