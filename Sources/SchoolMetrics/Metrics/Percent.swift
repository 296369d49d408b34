/// Shares in percent, computed the one way the format spells out.
public enum Percent {
    /// `part / whole × 100`, in that order, as `FORMAT.md` writes it, so that anyone
    /// recomputing a figure the same way gets the same double; nil when `whole` is 0.
    public static func of(_ part: Int, _ whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        return Double(part) / Double(whole) * 100
    }
}
