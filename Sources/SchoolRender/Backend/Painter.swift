internal import CCairo

/// Plays a display list onto a Cairo context: the one place where drawing commands become Cairo calls.
struct Painter {
    let context: CairoContext
    let fonts: FontSet

    func play(_ list: DisplayList) throws {
        let cr = context.pointer
        let options = FontFace.unhinted()
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
        for command in list.commands {
            switch command {
            case .shape(let path, let fill, let stroke):
                trace(path)
                if let fill {
                    setColor(fill)
                    if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
                }
                if let stroke {
                    setColor(stroke.color)
                    cairo_set_line_width(cr, stroke.width)
                    cairo_set_dash(cr, stroke.dash, Int32(stroke.dash.count), 0)
                    cairo_stroke(cr)
                }
                cairo_new_path(cr)
            case .text(let run):
                draw(run)
            case .link(let rect, let destination):
                let attributes = "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] dest='\(escaped(destination))'"
                cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            case .destination(let name, let point):
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(escaped(name))' x=\(point.x) y=\(point.y)")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            }
        }
        try context.check("drawing failed")
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgb(context.pointer, color.red, color.green, color.blue)
    }

    private func trace(_ path: Path) {
        let cr = context.pointer
        for element in path.elements {
            switch element {
            case .move(let point): cairo_move_to(cr, point.x, point.y)
            case .line(let point): cairo_line_to(cr, point.x, point.y)
            case .arc(let center, let radius, let start, let end): cairo_arc(cr, center.x, center.y, radius, start, end)
            case .arcBack(let center, let radius, let start, let end):
                cairo_arc_negative(cr, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Text in runs of one face each, so symbols the main font lacks come from the fallback.
    private func draw(_ run: TextRun) {
        let cr = context.pointer
        setColor(run.color)
        cairo_set_font_size(cr, run.size)
        var x = run.baseline.x
        let pieces = fonts.runs(run.text, weight: run.weight)
        for (index, piece) in pieces.enumerated() {
            cairo_set_font_face(cr, piece.face.face)
            cairo_move_to(cr, x, run.baseline.y)
            cairo_show_text(cr, piece.text)
            if index < pieces.count - 1 { x += piece.face.advance(piece.text, size: run.size) }
        }
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

import Foundation
