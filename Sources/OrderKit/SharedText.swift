/// Keeps equal texts of many orders once in memory: customer and product names, statuses and
/// licensee ids repeat across a list, and each decoded copy of one over 15 bytes (shorter
/// ones are stored inline) is its own allocation — about 11 MB for 100 000 cached orders.
public struct SharedText {
    private var known: Set<String> = []

    public init() {}

    public mutating func share(_ text: inout String) {
        guard text.utf8.count > 15 else { return }
        text = known.insert(text).memberAfterInsert
    }

    public mutating func share(_ text: inout String?) {
        guard var value = text else { return }
        share(&value)
        text = value
    }

    /// The text fields of `order` and its items that repeat across orders (never ids of the
    /// order itself, which are unique).
    public mutating func share(_ order: inout Order) {
        share(&order.customerID)
        share(&order.customerName)
        share(&order.status)
        share(&order.statusMeaning)
        for index in order.items.indices {
            share(&order.items[index].offerID)
            share(&order.items[index].name)
            share(&order.items[index].status)
            share(&order.items[index].statusMeaning)
        }
    }
}

extension Array where Element == Order {
    /// These orders with their repeated texts kept once (see `SharedText`).
    public mutating func shareText() {
        var shared = SharedText()
        for index in indices { shared.share(&self[index]) }
    }
}
