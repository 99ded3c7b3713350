import Foundation

/// The orders of one provider's sandbox (or of one of its resellers), by id.
///
/// Every sandbox book kept a dictionary of orders and wrote again how to find one, list
/// them newest first, cut a numbered page and pick those whose time has come. This is that
/// part, once. What an id looks like, who may see an order, what is refused and what a due
/// order becomes stay in the provider's book, since each imitates its own reference.
///
/// ```swift
/// var orders = OrderBook(AppxiteSeed.orders(now: now).values)
/// let page = orders.page(2, size: 20) { $0.organizationID == organization }
/// ```
struct OrderBook<Order: BookOrder>: Sendable {
    private var orders: [Order.ID: Order]

    init() {
        orders = [:]
    }

    init(_ orders: some Sequence<Order>) {
        self.orders = Dictionary(orders.map { ($0.id, $0) }) { _, last in last }
    }

    /// The order with this id; setting nil removes it.
    subscript(id: Order.ID) -> Order? {
        get { orders[id] }
        set { orders[id] = newValue }
    }

    /// Keeps `order` under its id, whether it is new or changed.
    mutating func store(_ order: Order) {
        orders[order.id] = order
    }

    func first(where predicate: (Order) -> Bool) -> Order? {
        orders.values.first(where: predicate)
    }

    func contains(where predicate: (Order) -> Bool) -> Bool {
        orders.values.contains(where: predicate)
    }

    /// The orders `isIncluded` keeps, in no particular order: for a provider whose list
    /// sorts by rules of its own.
    func all(where isIncluded: (Order) -> Bool = { _ in true }) -> [Order] {
        orders.values.filter(isIncluded)
    }

    /// The orders `isIncluded` keeps, newest first; orders made in the same instant by id,
    /// highest first, so that a list never changes its order between two reads.
    func newestFirst(where isIncluded: (Order) -> Bool = { _ in true }) -> [Order] {
        all(where: isIncluded).sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
    }

    /// Page `number` (counted from 1) of `size` orders out of ``newestFirst(where:)``, and
    /// how many orders match in all. A page past the end is empty; the provider checks
    /// `number` and `size` first, with its own words.
    func page(_ number: Int, size: Int,
              where isIncluded: (Order) -> Bool = { _ in true }) -> (orders: [Order], total: Int) {
        precondition(number >= 1 && size >= 1, "page \(number) of size \(size): the provider refuses these first")
        let matching = newestFirst(where: isIncluded)
        return (Array(matching.dropFirst((number - 1) * size).prefix(size)), matching.count)
    }

    /// The orders whose next step is due by `now`, the earliest first (then by id), for the
    /// provider's settling to move along one at a time.
    func due(at now: Date) -> [Order] {
        dueSteps(at: now).map(\.order)
    }

    /// Moves each order due by `now` one step along, the earliest first: `step` changes a
    /// copy of the order, told when it fell due and given the whole state of the provider's
    /// book (completing an order may make subscriptions or agreements), and the changed
    /// order is kept.
    ///
    /// ```swift
    /// OrderBook.settleDue(\.orders, in: &state, now: now) { order, due, state in
    ///     order.status = order.fails ? "Failed" : "Completed"
    /// }
    /// ```
    static func settleDue<State>(_ book: WritableKeyPath<State, Self>, in state: inout State, now: Date,
                                 _ step: (inout Order, _ due: Date, inout State) -> Void) {
        for (order, due) in state[keyPath: book].dueSteps(at: now) {
            var moved = order
            step(&moved, due, &state)
            state[keyPath: book].store(moved)
        }
    }

    private func dueSteps(at now: Date) -> [(order: Order, due: Date)] {
        orders.values
            .compactMap { order in order.nextStepAt.flatMap { $0 <= now ? (order, $0) : nil } }
            .sorted { ($0.due, $0.order.id) < ($1.due, $1.order.id) }
    }
}
