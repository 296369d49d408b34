import Testing
@testable import SchoolRender

/// Most school offices print in black and white: the categories of one chart must stay apart and
/// in order in grey.
@Suite("Palette: categories apart in lightness, in order")
struct PaletteTests {
    @Test(arguments: 2...9)
    func lightnessRisesFromTheBestCategoryToTheWorst(_ count: Int) {
        let lightness = (0..<count).map { Palette.category($0, of: count).lightness }
        let steps = zip(lightness, lightness.dropFirst()).map { $1 - $0 }
        // Five categories or fewer come from the five anchors, at least 10 L* apart; more are
        // placed between them, still clearly apart.
        let least = count <= 5 ? 10.0 : 6.0
        #expect(steps.allSatisfy { $0 >= least }, "\(count) categories: L* \(lightness.map { Int($0.rounded()) })")
    }

    @Test func theBestAndTheWorstAreTheSameInEverySchemeAndUnclassifiedStandsApart() {
        for count in 2...9 {
            #expect(Palette.category(0, of: count) == Palette.category(0, of: 4))
            #expect(Palette.category(count - 1, of: count) == Palette.category(3, of: 4))
        }
        // Unclassified members sit beside a donut's four levels: not the grey of any of them.
        let levels = (0..<4).map { Palette.category($0, of: 4).lightness }
        #expect(levels.allSatisfy { abs($0 - Palette.unclassified.lightness) >= 4 })
    }
}
