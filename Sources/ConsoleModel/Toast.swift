import Foundation

/// A message: shown in the status bar until it expires, kept in `:messages` after. It never
/// blocks typing.
public struct Toast: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }

    public var text: String
    public var kind: Kind
    /// When it was first said.
    public var at: Date
    public var expiresAt: Date
    /// The order it is about: a newer word about that order replaces it in the status bar.
    public var orderID: String?
    /// How many times in a row it was said: a repeated error is counted, not repeated.
    public var times = 1

    public init(_ text: String, kind: Kind = .info, now: Date, lifetime: TimeInterval = 6, about orderID: String? = nil) {
        self.text = text
        self.kind = kind
        at = now
        expiresAt = now.addingTimeInterval(lifetime)
        self.orderID = orderID
    }
}
