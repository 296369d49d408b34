import Foundation

/// A value axis from zero to a round maximum, with ticks in steps of 1, 2 or 5 × 10ⁿ.
public struct NiceScale: Sendable, Hashable {
    public var maximum: Double
    public var step: Double

    /// A scale that holds `value` with about `tickCount` ticks.
    public init(covering value: Double, tickCount: Int = 5) {
        let top = value > 0 && value.isFinite ? value : 1
        let rough = top / Double(max(1, tickCount))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let residual = rough / magnitude
        let factor: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        step = factor * magnitude
        maximum = (top / step).rounded(.up) * step
        if maximum < top { maximum += step }
    }

    /// A scale with a fixed maximum, e.g. 100 for shares.
    public init(fixed maximum: Double, step: Double) {
        self.maximum = maximum
        self.step = step
    }

    /// 0, step, 2·step … maximum.
    public var ticks: [Double] {
        let count = Int((maximum / step).rounded())
        return (0...count).map { Double($0) * step }
    }

    /// Where `value` falls, from 0 at zero to 1 at the maximum.
    public func fraction(_ value: Double) -> Double {
        maximum > 0 ? value / maximum : 0
    }
}
