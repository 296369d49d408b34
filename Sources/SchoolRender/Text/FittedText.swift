/// A label made to fit a box: its lines and the size they are set at.
public struct FittedText: Sendable, Hashable {
    public var lines: [String]
    public var size: Double
    public var weight: FontWeight
    /// The measured width of each line.
    public var widths: [Double]

    /// The widest line's width.
    public var width: Double { widths.max() ?? 0 }

    /// The height of all lines.
    public var height: Double { Double(lines.count) * size * LineMetrics.lineHeight }

    /// Whether a line had to be shortened with an ellipsis.
    public var isEllipsized: Bool { lines.contains { $0.hasSuffix("…") } }
}

/// Fits labels into boxes: wrap at spaces, then shrink down to a floor size, then shorten with
/// an ellipsis. Never returns text wider or taller than the box.
public struct TextFitter: Sendable {
    public var measurer: any TextMeasurer

    public init(measurer: any TextMeasurer) {
        self.measurer = measurer
    }

    /// The width of a single line.
    public func width(_ text: String, size: Double, weight: FontWeight = .regular) -> Double {
        measurer.width(of: text, size: size, weight: weight)
    }

    /// Fits labels that are read side by side (an axis's categories, a table's headers) at one
    /// size: each is wrapped first, then all are set at the size the most crowded one needs.
    public func fitTogether(_ texts: [String], in boxes: [Size], size: Double, floor: Double, weight: FontWeight = .regular,
                            maxLines: Int = 3) -> [FittedText?] {
        let alone = zip(texts, boxes).map { fit($0, in: $1, size: size, floor: floor, weight: weight, maxLines: maxLines) }
        guard let shared = alone.compactMap({ $0?.size }).min() else { return alone }
        return zip(texts, boxes).map { fit($0, in: $1, size: shared, floor: shared, weight: weight, maxLines: maxLines) }
    }

    /// Fits `text` into `box`, starting at `size` and shrinking to `floor` in half-point steps.
    ///
    /// Returns nil when not even one ellipsized line fits (the box is too small for any text).
    public func fit(_ text: String, in box: Size, size: Double, floor: Double, weight: FontWeight = .regular,
                    maxLines: Int = 3) -> FittedText? {
        let words = MeasuredWords(text, weight: weight, measurer: measurer)
        var candidate = size
        while candidate >= floor - 0.001 {
            let allowed = min(maxLines, linesThatFit(box.height, size: candidate))
            let lines = wrapped(words, width: box.width, size: candidate, weight: weight)
            if lines.count <= allowed && lines.allSatisfy({ $0.width <= box.width }) {
                return fitted(lines.map(\.text), size: candidate, weight: weight)
            }
            candidate -= 0.5
        }
        let smallest = min(size, floor)
        let allowed = min(maxLines, linesThatFit(box.height, size: smallest))
        guard allowed >= 1 else { return nil }
        let all = wrapped(words, width: box.width, size: smallest, weight: weight).map(\.text)
        var lines = Array(all.prefix(allowed))
        let truncated = all.count > allowed
        for index in lines.indices {
            let last = index == lines.count - 1
            let line = lines[index]
            if width(line, size: smallest, weight: weight) > box.width || (last && truncated) {
                guard let short = ellipsize(line, width: box.width, size: smallest, weight: weight,
                                            continued: last && truncated) else { return nil }
                lines[index] = short
            }
        }
        return fitted(lines, size: smallest, weight: weight)
    }

    /// `text` shortened to end in "…" within `width`, or nil when not even "…" fits; `continued`
    /// marks text that goes on beyond this line, so it gets its "…" even when it fits.
    public func ellipsize(_ text: String, width limit: Double, size: Double, weight: FontWeight = .regular,
                          continued: Bool = false) -> String? {
        if !continued && width(text, size: size, weight: weight) <= limit { return text }
        if continued && width(text + "…", size: size, weight: weight) <= limit { return text + "…" }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces() + "…"
            if width(candidate, size: size, weight: weight) <= limit { return candidate }
        }
        return width("…", size: size, weight: weight) <= limit ? "…" : nil
    }

    /// Greedy word wrap; a word longer than the width stays on a line of its own.
    public func wrap(_ text: String, width limit: Double, size: Double, weight: FontWeight = .regular) -> [String] {
        wrapped(MeasuredWords(text, weight: weight, measurer: measurer), width: limit, size: size, weight: weight).map(\.text)
    }

    /// The lines of a greedy wrap with their widths. A line's width is the sum of its words'
    /// and spaces' widths (the fonts are set without kerning, and widths scale with the size),
    /// so each word is measured once for every size tried; only a line within rounding of the
    /// limit is measured whole, as a caller will measure it.
    private func wrapped(_ words: MeasuredWords, width limit: Double, size: Double, weight: FontWeight) -> [(text: String, width: Double)] {
        guard !words.words.isEmpty else { return [("", 0)] }
        var lines: [(text: String, width: Double)] = []
        var start = 0
        var current = words.widths[0] * size
        func close(_ end: Int) {
            let text = words.words[start..<end].joined(separator: " ")
            lines.append((text, abs(current - limit) > 1e-6 ? current : width(text, size: size, weight: weight)))
        }
        for index in words.words.indices.dropFirst() {
            let sum = current + (words.space + words.widths[index]) * size
            let fits = abs(sum - limit) > 1e-6 ? sum <= limit
                : width(words.words[start...index].joined(separator: " "), size: size, weight: weight) <= limit
            if fits {
                current = sum
            } else {
                close(index)
                start = index
                current = words.widths[index] * size
            }
        }
        close(words.words.count)
        return lines
    }

    private func linesThatFit(_ height: Double, size: Double) -> Int {
        Int((height + 0.001) / (size * LineMetrics.lineHeight))
    }

    private func fitted(_ lines: [String], size: Double, weight: FontWeight) -> FittedText {
        FittedText(lines: lines, size: size, weight: weight,
                   widths: lines.map { width($0, size: size, weight: weight) })
    }
}

/// A text cut at spaces, each word measured once at 1 pt.
private struct MeasuredWords {
    let words: [Substring]
    let widths: [Double]
    let space: Double

    init(_ text: String, weight: FontWeight, measurer: any TextMeasurer) {
        // Cut at the byte of a space: splitting by characters walks grapheme clusters, which
        // cost more than measuring the words.
        words = text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
        widths = words.map { measurer.width(of: String($0), size: 1, weight: weight) }
        space = measurer.width(of: " ", size: 1, weight: weight)
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
