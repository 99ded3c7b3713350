/// The operations a cart order offers (`Operations` in the create answer), executed by
/// `POST /orders/operation`.
enum AppxiteOperation: String, CaseIterable, Sendable {
    case placeOrder = "place_order"
    case delete
    case update
    case scheduleOrder = "schedule_order"
    case createQuote = "create_quote"

    /// What an order in `status` allows: only a cart order can be changed, quoted or placed.
    static func allowed(forStatus status: String) -> [AppxiteOperation] {
        status == AppxiteStatus.cart ? allCases : []
    }
}
