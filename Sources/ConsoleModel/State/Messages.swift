import Foundation

/// Messages and what was said: the message the status bar shows until it expires, and every
/// message of the session for `:messages`, so nothing said is lost when the next one comes.
public struct Messages: Sendable, Equatable {
    /// How many messages `:messages` keeps; the oldest go first.
    public static let kept = 500
    /// The message the status bar shows, until it expires.
    public private(set) var current: Toast?
    /// Every message of the session, oldest first; one said again right after itself is
    /// counted on its entry (`times`) instead of filling the list.
    public private(set) var said: [Toast] = []

    public init() {}

    /// Shows a message and keeps it in the session's history.
    public mutating func post(_ toast: Toast) {
        if let last = said.last, last.text == toast.text, last.kind == toast.kind {
            var again = toast
            again.at = last.at
            again.times = last.times + 1
            said[said.count - 1] = again
            current = again
            return
        }
        current = toast
        said.append(toast)
        if said.count > Self.kept { said.removeFirst(said.count - Self.kept) }
    }

    /// Clears the status bar's message once its time is up; the history keeps it.
    mutating func expire(at now: Date) {
        if let current, current.expiresAt <= now { self.current = nil }
    }
}
