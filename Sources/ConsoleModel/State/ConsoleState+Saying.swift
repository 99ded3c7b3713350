import Foundation
import OrderKit

/// What every part of the reducer says to the user goes through here, stamped with the
/// state's clock, so the status bar and `:messages` always agree.
extension ConsoleState {
    mutating func say(_ text: String, kind: Toast.Kind = .info, lifetime: TimeInterval = 6) {
        messages.post(Toast(text, kind: kind, now: now, lifetime: lifetime))
    }

    /// An error stays longer than a note: it is usually what the user must act on.
    mutating func show(_ error: OrderError) {
        say(error.message, kind: .error, lifetime: 10)
    }
}
