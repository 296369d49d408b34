import Testing
@testable import SchoolMetrics

@Suite("Display rounding and number formats")
struct DisplayTests {
    /// A small deterministic generator, so that failures repeat.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test(arguments: [0, 1, 2])
    func roundedSharesAddUpToExactly100(decimals: Int) {
        var random = SplitMix(state: UInt64(decimals) + 1)
        for _ in 0..<3000 {
            let size = 1 + random.next(10)
            let total = random.next(1_000_001)
            var counts = (0..<size).map { _ in random.next(total + 1) }
            // Skew some sets so that tiny categories are common.
            if random.next(3) == 0 { counts = counts.map { $0 % 7 } }
            let shares = ShareRounding.percents(counts: counts, decimals: decimals)
            let sum = counts.reduce(0, +)
            guard sum > 0 else {
                #expect(shares.isEmpty)
                continue
            }
            let unit = [1.0, 0.1, 0.01][decimals]
            let units = shares.map { Int(($0 / unit).rounded()) }
            #expect(units.reduce(0, +) == 100 * [1, 10, 100][decimals])
            for (share, count) in zip(shares, counts) {
                let exact = Double(count) / Double(sum) * 100
                #expect(abs(share - exact) < unit, "\(counts) at \(decimals): \(shares)")
                #expect(!share.isNaN)
            }
        }
    }

    @Test func sharesOfPercentsAddUpToo() {
        let shares = ShareRounding.percents(exact: [21.428571, 75.0, 3.571429], decimals: 0)
        #expect(shares == [21, 75, 4])
        #expect(ShareRounding.percents(counts: [1, 1, 1], decimals: 0) == [34, 33, 33])
    }

    @Test(arguments: [
        (Language.vi, 94.7, "94,7%"), (.en, 94.7, "94.7%"), (.vi, 99.86, "99,86%"), (.vi, 100, "100%"), (.vi, 0.14, "0,14%"),
    ])
    func percents(_ language: Language, _ value: Double, _ text: String) {
        #expect(DisplayFormat(language).percent(value) == text)
    }

    @Test func integersPointsAndFixedPlaces() {
        #expect(DisplayFormat(.vi).integer(1438) == "1.438")
        #expect(DisplayFormat(.en).integer(1438) == "1,438")
        #expect(DisplayFormat(.vi).integer(1_000_000) == "1.000.000")
        #expect(DisplayFormat(.vi).integer(-5) == "−5")
        #expect(DisplayFormat(.vi).fixed(94.699, decimals: 1) == "94,7")
        #expect(DisplayFormat(.vi).fixed(0.05, decimals: 1) == "0,1")
        #expect(DisplayFormat(.vi).points(0.4) == "+0,4 điểm")
        #expect(DisplayFormat(.en).points(-1.25) == "−1.3 pts")
        #expect(DisplayFormat(.vi).points(0.01) == "0,0 điểm")
    }
}
