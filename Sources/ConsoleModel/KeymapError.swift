/// A `[keys]` override that cannot be used, with the one line that says why.
public struct KeymapError: Error, Sendable, Equatable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}
