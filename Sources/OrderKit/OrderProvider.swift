import Foundation

/// One provider's order API, in provider-neutral terms.
///
/// The console and the headless commands talk only to this protocol; each provider client
/// maps its own wire format onto it. Operations a provider lacks keep the default, which
/// throws `OrderError.unsupported` with a sentence saying so, and `capabilities` tells the
/// UI not to offer them in the first place.
public protocol OrderProvider: Sendable {
    var kind: ProviderKind { get }
    /// The configured account name this client acts for.
    var account: String { get }
    var capabilities: Capabilities { get }

    /// The account's orders at `stage`, every page; entries that cannot be read are listed
    /// in the result, never thrown (only a list that cannot be read at all throws).
    func orderList(stage: OrderStage) async throws -> OrderList
    func order(id: String) async throws -> Order
    func items(orderID: String) async throws -> [OrderItem]
    func offers() async throws -> [Offer]
    func customers() async throws -> [Customer]

    func createDraft(customerID: String) async throws -> Order
    func addItem(orderID: String, offerID: String, quantity: Int) async throws -> OrderItem
    func deleteItem(orderID: String, itemID: String) async throws
    /// Submits an unplaced order for execution (whitelabel checkout, appxite place_order, …).
    func place(orderID: String) async throws -> Order
    func executionStatus(orderID: String) async throws -> ExecutionStatus

    func customFields(orderID: String) async throws -> [CustomField]
    func updateCustomFields(orderID: String, fields: [CustomField]) async throws -> [CustomField]
    func characteristics(orderID: String, itemID: String) async throws -> [CustomField]
    func updateCharacteristics(orderID: String, itemID: String,
                               fields: [CustomField]) async throws -> [CustomField]
    func cancel(orderID: String) async throws -> Order

    /// Places a locally composed cart in one request (providers without server-side
    /// drafts). `cart.id` is the idempotency handle: sending the same cart again must not
    /// buy twice.
    func place(cart: LocalCart) async throws -> Order
    /// Prices a local cart without placing it.
    func preview(cart: LocalCart) async throws -> Quote
    /// Prices a server-side draft without placing it.
    func quote(orderID: String) async throws -> Quote
    /// Cancels one item of a placed order (Appxite).
    func cancelItem(orderID: String, itemID: String) async throws -> Order
    /// The handle the journal records before `place(cart:)` sends anything, and later
    /// passes to `findPlaced` (by default `cart.id`).
    func idempotencyKey(for cart: LocalCart) -> String
    /// The order an earlier placement with this idempotency handle created, or nil when the
    /// provider has none: how the journal learns the outcome of a request that got no answer.
    func findPlaced(idempotencyKey: String) async throws -> Order?
    /// Whether a placement's refusal says an earlier request with the same idempotency handle
    /// already placed the order (Adility refuses a repeated `order_number`): the journal then
    /// records it as placed, its id unknown, never as refused.
    func refusalMeansAlreadyPlaced(_ error: OrderError) -> Bool
    /// How long a request may still reach the provider after its sender stopped waiting
    /// (or died): the journal calls an unanswered placement "not placed" only after this.
    var answerWindow: TimeInterval { get }

    /// The form a line of this offer asks for, or nil when a quantity is all it needs.
    func lineForm(offerID: String) async throws -> LineForm?
    /// What the provider can do to this order now, beyond the common lifecycle. Computed
    /// from the order as cached, so the menu opens at once; `perform` still checks.
    func operations(for order: Order) -> [OrderOperation]
    /// The fields an operation asks for, filled with the order's current values.
    func operationForm(_ operation: OrderOperation, orderID: String) async throws -> [CustomField]
    /// What performing the operation with these values would do, in lines for the
    /// confirmation (Adobe's return preview), without changing anything.
    func previewOperation(_ operation: OrderOperation, orderID: String,
                          fields: [CustomField]) async throws -> [String]
    /// Performs the operation and returns the order it changed or created.
    func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order
    /// A fresh client reference for an order-creating operation, made before the journal
    /// records the intent.
    func newReference(for operation: OrderOperation) -> String
    /// Performs an order-creating operation carrying `reference`, so that
    /// `findPlaced(idempotencyKey: reference)` finds the order it created.
    func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField],
                 reference: String) async throws -> Order
    /// The provider's own facts about the order for the detail view.
    func details(orderID: String) async throws -> [DetailSection]
}

extension OrderProvider {
    /// The readable orders of `orderList(stage:)`, for callers that need nothing else.
    public func orders(stage: OrderStage) async throws -> [Order] {
        try await orderList(stage: stage).orders
    }

    private func unsupported(_ what: String) -> OrderError {
        .unsupported(detail: "\(kind.displayName) orders cannot \(what).")
    }

    public func createDraft(customerID: String) async throws -> Order {
        throw unsupported("be drafted on the provider; items go to the local cart")
    }
    public func addItem(orderID: String, offerID: String, quantity: Int) async throws -> OrderItem {
        throw unsupported("take items on the provider")
    }
    public func deleteItem(orderID: String, itemID: String) async throws {
        throw unsupported("have items deleted")
    }
    public func place(orderID: String) async throws -> Order {
        throw unsupported("be placed from a stored draft; place the local cart")
    }
    public func executionStatus(orderID: String) async throws -> ExecutionStatus {
        let order = try await order(id: orderID)
        return ExecutionStatus(orderID: order.id, status: order.status, phase: order.phase)
    }
    public func customFields(orderID: String) async throws -> [CustomField] {
        throw unsupported("carry custom fields")
    }
    public func updateCustomFields(orderID: String, fields: [CustomField]) async throws -> [CustomField] {
        throw unsupported("carry custom fields")
    }
    public func characteristics(orderID: String, itemID: String) async throws -> [CustomField] {
        throw unsupported("carry item characteristics")
    }
    public func updateCharacteristics(orderID: String, itemID: String,
                                      fields: [CustomField]) async throws -> [CustomField] {
        throw unsupported("carry item characteristics")
    }
    public func cancel(orderID: String) async throws -> Order {
        throw unsupported("be cancelled")
    }
    public func place(cart: LocalCart) async throws -> Order {
        throw unsupported("be placed from a local cart; use a draft")
    }
    public func preview(cart: LocalCart) async throws -> Quote {
        throw unsupported("be priced before placing")
    }
    public func quote(orderID: String) async throws -> Quote {
        throw unsupported("be quoted")
    }
    public func cancelItem(orderID: String, itemID: String) async throws -> Order {
        throw unsupported("have single items cancelled")
    }
    public func idempotencyKey(for cart: LocalCart) -> String { cart.id }
    public func refusalMeansAlreadyPlaced(_ error: OrderError) -> Bool { false }
    public var answerWindow: TimeInterval { 60 }
    public func lineForm(offerID: String) async throws -> LineForm? { nil }
    public func operations(for order: Order) -> [OrderOperation] { [] }
    public func operationForm(_ operation: OrderOperation, orderID: String) async throws -> [CustomField] { [] }
    public func previewOperation(_ operation: OrderOperation, orderID: String,
                                 fields: [CustomField]) async throws -> [String] { [] }
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order {
        throw unsupported(operation.title.lowercased())
    }
    public func newReference(for operation: OrderOperation) -> String { "ordercon-" + UUID().uuidString.lowercased() }
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField],
                        reference: String) async throws -> Order {
        try await perform(operation, orderID: orderID, fields: fields)
    }
    public func details(orderID: String) async throws -> [DetailSection] { [] }
    /// By default the handle is the order id itself (whitelabel: the draft being checked out).
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        do {
            return try await order(id: idempotencyKey)
        } catch OrderError.notFound {
            return nil
        }
    }
}
