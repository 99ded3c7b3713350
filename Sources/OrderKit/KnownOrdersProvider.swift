import Foundation

/// An account in `OrderListing.known` mode: its client, except that the order list is the
/// known orders (`KnownOrderList`) and `capabilities.orderListing` says so. Every other call
/// goes to the client unchanged.
///
/// Why a wrapper: the console's refresh, `orders` and `check` all ask `orderList(stage:)`;
/// wrapping the client where accounts are built changes the list in one place for all of
/// them, and no caller has to know which providers publish a list.
public struct KnownOrdersProvider: OrderProvider {
    public let base: any OrderProvider
    public let known: KnownOrderList

    public init(_ base: any OrderProvider, book: any KnownOrderBook, finalReadEvery: TimeInterval, concurrency: Int) {
        self.base = base
        known = KnownOrderList(provider: base, book: book, finalReadEvery: finalReadEvery, concurrency: concurrency)
    }

    public var kind: ProviderKind { base.kind }
    public var account: String { base.account }
    public var capabilities: Capabilities {
        var capabilities = base.capabilities
        capabilities.orderListing = .known
        return capabilities
    }
    public var answerWindow: TimeInterval { base.answerWindow }

    public func orderList(stage: OrderStage) async throws -> OrderList {
        try await known.read(stage: stage)
    }

    /// A draft made here is known from the start, so it is listed like a placed order.
    public func createDraft(customerID: String) async throws -> Order {
        let draft = try await base.createDraft(customerID: customerID)
        try? known.book.track([draft], account: account, at: Date())
        return draft
    }

    public func order(id: String) async throws -> Order { try await base.order(id: id) }
    public func items(orderID: String) async throws -> [OrderItem] { try await base.items(orderID: orderID) }
    public func offers() async throws -> [Offer] { try await base.offers() }
    public func customers() async throws -> [Customer] { try await base.customers() }
    public func addItem(orderID: String, offerID: String, quantity: Int) async throws -> OrderItem {
        try await base.addItem(orderID: orderID, offerID: offerID, quantity: quantity)
    }
    public func deleteItem(orderID: String, itemID: String) async throws {
        try await base.deleteItem(orderID: orderID, itemID: itemID)
    }
    public func place(orderID: String) async throws -> Order { try await base.place(orderID: orderID) }
    public func executionStatus(orderID: String) async throws -> ExecutionStatus {
        try await base.executionStatus(orderID: orderID)
    }
    public func customFields(orderID: String) async throws -> [CustomField] { try await base.customFields(orderID: orderID) }
    public func updateCustomFields(orderID: String, fields: [CustomField]) async throws -> [CustomField] {
        try await base.updateCustomFields(orderID: orderID, fields: fields)
    }
    public func characteristics(orderID: String, itemID: String) async throws -> [CustomField] {
        try await base.characteristics(orderID: orderID, itemID: itemID)
    }
    public func updateCharacteristics(orderID: String, itemID: String, fields: [CustomField]) async throws -> [CustomField] {
        try await base.updateCharacteristics(orderID: orderID, itemID: itemID, fields: fields)
    }
    public func cancel(orderID: String) async throws -> Order { try await base.cancel(orderID: orderID) }
    public func place(cart: LocalCart) async throws -> Order { try await base.place(cart: cart) }
    public func preview(cart: LocalCart) async throws -> Quote { try await base.preview(cart: cart) }
    public func quote(orderID: String) async throws -> Quote { try await base.quote(orderID: orderID) }
    public func cancelItem(orderID: String, itemID: String) async throws -> Order {
        try await base.cancelItem(orderID: orderID, itemID: itemID)
    }
    public func idempotencyKey(for cart: LocalCart) -> String { base.idempotencyKey(for: cart) }
    public func refusalMeansAlreadyPlaced(_ error: OrderError) -> Bool { base.refusalMeansAlreadyPlaced(error) }
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        try await base.findPlaced(idempotencyKey: idempotencyKey)
    }
    public func lineForm(offerID: String) async throws -> LineForm? { try await base.lineForm(offerID: offerID) }
    public func operations(for order: Order) -> [OrderOperation] { base.operations(for: order) }
    public func operationForm(_ operation: OrderOperation, orderID: String) async throws -> [CustomField] {
        try await base.operationForm(operation, orderID: orderID)
    }
    public func previewOperation(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> [String] {
        try await base.previewOperation(operation, orderID: orderID, fields: fields)
    }
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order {
        try await base.perform(operation, orderID: orderID, fields: fields)
    }
    public func newReference(for operation: OrderOperation) -> String { base.newReference(for: operation) }
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField],
                        reference: String) async throws -> Order {
        try await base.perform(operation, orderID: orderID, fields: fields, reference: reference)
    }
    public func details(orderID: String) async throws -> [DetailSection] { try await base.details(orderID: orderID) }
}
