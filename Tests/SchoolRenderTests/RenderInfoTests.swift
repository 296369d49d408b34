import Testing
@testable import SchoolRender

@Suite("The Cairo underneath")
struct RenderInfoTests {
    /// PDF metadata (title, creation date) needs Cairo 1.16 or later.
    @Test func cairoIsRecentEnoughForPDFMetadata() throws {
        let parts = RenderInfo.cairoVersion.split(separator: ".").compactMap { Int($0) }
        try #require(parts.count == 3)
        #expect(parts[0] > 1 || (parts[0] == 1 && parts[1] >= 16), "Cairo \(RenderInfo.cairoVersion)")
    }
}
