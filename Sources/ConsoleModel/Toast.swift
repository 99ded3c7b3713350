import Foundation

/// A short message in the status bar that goes away by itself and never blocks typing.
public struct Toast: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }

    public var text: String
    public var kind: Kind
    public var expiresAt: Date

    public init(_ text: String, kind: Kind = .info, now: Date, lifetime: TimeInterval = 6) {
        self.text = text
        self.kind = kind
        expiresAt = now.addingTimeInterval(lifetime)
    }
}
