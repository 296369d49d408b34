import Foundation

/// The fonts every document uses: a main family with complete Vietnamese coverage in regular
/// and bold, our own ``SymbolFont`` for the symbols it lacks (−, ▲, ▼, ✓, ✗, ○, ≤, ≥), and a fallback
/// family for any other character it lacks (user text with → or ≈), embedded only where one occurs.
final class FontSet: @unchecked Sendable {
    let regular: FontFace
    let bold: FontFace
    let regularSymbols: FontFace
    let boldSymbols: FontFace
    let fallback: FontFace

    /// Every Vietnamese letter in both cases with every tone mark, plus the symbols charts use.
    static let vietnameseLetters: String = {
        let bases = "aăâeêioôơuưy"
        let marks = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        var letters = "đĐ"
        for base in bases {
            for mark in marks {
                let lower = (String(base) + mark).precomposedStringWithCanonicalMapping
                letters += lower + lower.uppercased()
            }
        }
        return letters
    }()
    static let symbols = "−▲▼✓✗○≤≥·…–—%"

    /// Finds the fonts and checks their coverage; the error names what is missing and how to fix it.
    init(family: String, fallbackFamily: String) throws {
        guard let regular = FontFace(matching: family, family: family),
              let bold = FontFace(matching: family + ":bold", family: family) else {
            throw RenderError("the font “\(family)” was not found; install it (Debian: apt-get install fonts-noto-core) or choose another family with Vietnamese letters")
        }
        let missing = FontSet.vietnameseLetters.filter { !regular.covers($0) || !bold.covers($0) }
        guard missing.isEmpty else {
            throw RenderError("the font “\(family)” (\(regular.file)) lacks Vietnamese letters: \(String(missing.prefix(20)))")
        }
        guard let fallback = FontFace(matching: fallbackFamily, family: fallbackFamily) else {
            throw RenderError("the fallback font “\(fallbackFamily)” was not found; install it (Debian: apt-get install fonts-dejavu-core)")
        }
        let symbols = FontFace(symbols: .regular)
        let missingSymbols = FontSet.symbols.filter { !regular.covers($0) && !symbols.covers($0) && !fallback.covers($0) }
        guard missingSymbols.isEmpty else {
            throw RenderError("neither “\(family)” nor “\(fallbackFamily)” has the symbols \(String(missingSymbols))")
        }
        self.regular = regular
        self.bold = bold
        self.fallback = fallback
        regularSymbols = symbols
        boldSymbols = FontFace(symbols: .bold)
    }

    func face(_ weight: FontWeight) -> FontFace {
        weight == .bold ? bold : regular
    }

    /// `text` cut into pieces each drawn with one face: the main one, else the symbols of the same
    /// weight, else the fallback for characters neither has (else the main one, which shows a box).
    func runs(_ text: String, weight: FontWeight) -> [(face: FontFace, text: String)] {
        let main = face(weight), symbols = weight == .bold ? boldSymbols : regularSymbols
        // Most labels are all Vietnamese letters and digits: one run, without walking characters.
        if main.covers(text.unicodeScalars) { return [(main, text)] }
        var runs: [(face: FontFace, text: String)] = []
        for character in text {
            let chosen = main.covers(character) ? main
                : symbols.covers(character) ? symbols
                : fallback.covers(character) ? fallback : main
            if let last = runs.last, last.face === chosen {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((chosen, String(character)))
            }
        }
        return runs
    }
}
