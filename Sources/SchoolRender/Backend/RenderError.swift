/// Something the drawing engine could not do, in words a user can act on.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
