internal import CCairo

/// A Cairo surface owned by Swift: destroyed with its owner, its sticky error status checked
/// after creation, after drawing and at the finish.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer?, what: String) throws {
        guard let pointer else { throw RenderError("could not create the \(what)") }
        self.pointer = pointer
        try check(what)
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// Throws when Cairo has recorded an error on the surface.
    func check(_ what: String) throws {
        try throwIfFailed(cairo_surface_status(pointer), what)
    }

    /// Writes out everything pending and closes the surface.
    func finish(_ what: String) throws {
        cairo_surface_finish(pointer)
        try check(what)
    }
}

/// A drawing context on a surface; keeps the surface alive while it lives.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(_ surface: CairoSurface) throws {
        self.surface = surface
        guard let context = cairo_create(surface.pointer) else { throw RenderError("could not start drawing") }
        pointer = context
        try check("could not start drawing")
    }

    deinit {
        cairo_destroy(pointer)
    }

    func check(_ what: String) throws {
        try throwIfFailed(cairo_status(pointer), what)
    }
}

/// Turns a Cairo status into a `RenderError` that says what failed and why.
private func throwIfFailed(_ status: cairo_status_t, _ what: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
        throw RenderError("\(what): \(String(cString: cairo_status_to_string(status)))")
    }
}
