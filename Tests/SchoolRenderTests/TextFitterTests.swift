import Testing
@testable import SchoolRender

@Suite("Labels fit their boxes: wrap, shrink, ellipsize")
struct TextFitterTests {
    let fitter = TextFitter(measurer: FixedAdvanceMeasurer(advance: 0.5))

    @Test func shortTextStaysOnOneLineAtFullSize() throws {
        let fitted = try #require(fitter.fit("Tốt", in: Size(width: 100, height: 20), size: 10, floor: 6))
        #expect(fitted.lines == ["Tốt"] && fitted.size == 10 && fitted.width == 15)
    }

    @Test func longTextWrapsAtSpacesBeforeShrinking() throws {
        // 20 characters at 5 pt each = 100 pt; the box is 60 wide and two lines tall.
        let fitted = try #require(fitter.fit("Hoàn thành xuất sắc", in: Size(width: 60, height: 26), size: 10, floor: 6))
        #expect(fitted.size == 10)
        #expect(fitted.lines == ["Hoàn thành", "xuất sắc"])
    }

    @Test func textShrinksWhenWrappingIsNotEnough() throws {
        let fitted = try #require(fitter.fit("Trường THCS Kỳ Phương", in: Size(width: 80, height: 13), size: 10, floor: 6, maxLines: 1))
        #expect(fitted.size < 10 && fitted.size >= 6)
        #expect(fitted.width <= 80)
        #expect(fitted.lines == ["Trường THCS Kỳ Phương"])
    }

    @Test func textIsEllipsizedAtTheFloorAndNeverWider() throws {
        let name = String(repeating: "Nguyễn Thị Ưởng ", count: 20)
        let fitted = try #require(fitter.fit(name, in: Size(width: 90, height: 16), size: 10, floor: 6, maxLines: 2))
        #expect(fitted.size == 6)
        #expect(fitted.isEllipsized)
        #expect(fitted.width <= 90)
        #expect(fitted.height <= 16)
    }

    @Test func aBoxTooSmallForAnyTextGivesNothing() {
        #expect(fitter.fit("Khá", in: Size(width: 40, height: 3), size: 10, floor: 6) == nil)
    }
}
