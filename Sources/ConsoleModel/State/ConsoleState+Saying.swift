import Foundation
import OrderKit

/// What every part of the reducer says to the user goes through here, stamped with the
/// state's clock, so the status bar and `:messages` always agree.
extension ConsoleState {
    /// - Parameter orderID: the order the message is about, when it is about one: a change
    ///   of that order's status then replaces it instead of leaving a stale word on screen.
    mutating func say(_ text: String, kind: Toast.Kind = .info, lifetime: TimeInterval = 6, about orderID: String? = nil) {
        messages.post(Toast(text, kind: kind, now: now, lifetime: lifetime, about: orderID))
    }

    /// An error stays longer than a note: it is usually what the user must act on.
    mutating func show(_ error: OrderError, about orderID: String? = nil) {
        say(error.message, kind: .error, lifetime: 10, about: orderID)
    }

    /// The status bar's message was about `order`, whose status just changed from `before`:
    /// it is replaced by what the order is now, so "placed: Submitted" never stays on screen
    /// after the order completed.
    mutating func orderMoved(_ order: Order, from before: Order) {
        guard messages.current?.orderID == order.id, before.status != order.status else { return }
        say("Order \(order.id) is now \(order.statusLabel) (was \(before.statusLabel)).",
            kind: order.phase == .failed ? .error : .info, about: order.id)
    }
}
