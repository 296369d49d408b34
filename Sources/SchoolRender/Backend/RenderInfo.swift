internal import CCairo

/// Facts about the drawing engine underneath.
public enum RenderInfo {
    /// The version of the Cairo library in use, e.g. `1.16.0`.
    public static var cairoVersion: String { String(cString: cairo_version_string()) }
}
