import Foundation

/// Wall-clock timing of repeated runs: the median, with the fastest and the slowest.
struct Timing {
    var seconds: [Double]

    var median: Double {
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double { seconds.min() ?? 0 }
    var max: Double { seconds.max() ?? 0 }

    /// Runs `body` `runs` times and times each run.
    static func of(runs: Int, _ body: () throws -> Void) rethrows -> Timing {
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Timing(seconds: seconds)
    }

    /// Every figure divided, for per-page figures.
    func divided(by count: Int) -> Timing {
        Timing(seconds: seconds.map { $0 / Double(Swift.max(1, count)) })
    }
}

extension Timing {
    /// Every figure times a factor, e.g. seconds to milliseconds.
    func scaled(_ factor: Double) -> Timing {
        Timing(seconds: seconds.map { $0 * factor })
    }
}

extension Timing {
    /// Two bodies timed in turn, `runs` times each, for a ratio of the two that a machine
    /// growing busier or quieter between them does not skew.
    static func alternating(runs: Int, _ first: () throws -> Void, _ second: () throws -> Void) rethrows -> (Timing, Timing) {
        var a: [Double] = [], b: [Double] = []
        for _ in 0..<runs {
            a += try of(runs: 1, first).seconds
            b += try of(runs: 1, second).seconds
        }
        return (Timing(seconds: a), Timing(seconds: b))
    }
}
