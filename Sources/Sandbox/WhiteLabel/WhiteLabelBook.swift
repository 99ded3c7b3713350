import Foundation

/// The whitelabel sandbox's state and the API's rules: who may do what to which order, and
/// how orders move through execution and expiry on the sandbox clock.
final class WhiteLabelBook: Sendable {
    private struct Tenant {
        var customers: [WhiteLabelCustomer]
        var orders: OrderBook<WhiteLabelOrder>
    }

    private struct IssuedToken {
        var edition: WhiteLabelEdition
        var expiresAt: Date
    }

    private struct State {
        var tenants: [WhiteLabelEdition: Tenant]
        var tokens: [String: IssuedToken] = [:]
        var nextOrderID = WhiteLabelSeed.firstFreeOrderID
        var nextItemID = WhiteLabelSeed.firstFreeItemID
        var fulfilment: Fulfilment
        /// Elements per page of a collection; 0 serves bare arrays (the default).
        var pageSize = 0
    }

    static let tokenLifetime: TimeInterval = 3600

    private let state: ClockedState<State>

    private let credentials: SandboxCredentials
    init(options: SandboxOptions) {
        credentials = options.credentials
        let now = options.clock.now()
        var nextItemID = WhiteLabelSeed.firstFreeItemID
        var tenants: [WhiteLabelEdition: Tenant] = [:]
        for edition in [WhiteLabelEdition.standard, .free] {
            tenants[edition] = Tenant(customers: WhiteLabelSeed.customers(of: edition),
                                      orders: OrderBook(WhiteLabelSeed.orders(of: edition, now: now, nextItemID: &nextItemID).values))
        }
        var initial = State(tenants: tenants, fulfilment: Fulfilment(options: options))
        initial.nextItemID = nextItemID
        state = ClockedState(initial, clock: options.clock, settle: Self.settle)
    }

    // MARK: Authentication

    /// The OAuth password grant: client credentials only as HTTP Basic, plus the API user.
    func issueToken(basic: (id: String, secret: String)?, form: [String: String]) throws -> String {
        if form["client_id"] != nil || form["client_secret"] != nil {
            throw SandboxRefusal.unauthorized("Client credentials must be sent as HTTP Basic authentication, not in the body.")
        }
        guard let basic, basic.id == credentials.clientID, basic.secret == credentials.clientSecret else {
            throw SandboxRefusal.unauthorized("Unknown client key or secret.")
        }
        guard form["grant_type"] == "password" else {
            throw SandboxRefusal.unauthorized("Only grant_type=password is supported.")
        }
        let edition: WhiteLabelEdition
        switch form["username"] {
        case credentials.username: edition = .standard
        case credentials.freeEditionUsername: edition = .free
        default: throw SandboxRefusal.unauthorized("Unknown user name or password.")
        }
        guard form["password"] == credentials.password else {
            throw SandboxRefusal.unauthorized("Unknown user name or password.")
        }
        let token = "wl-" + UUID().uuidString.lowercased()
        let expiresAt = state.clock.now().addingTimeInterval(Self.tokenLifetime)
        state.unsettled { $0.tokens[token] = IssuedToken(edition: edition, expiresAt: expiresAt) }
        return token
    }

    /// The reseller a bearer token belongs to; the fixed demo token is the Standard reseller's.
    func edition(forBearer token: String?) throws -> WhiteLabelEdition {
        guard let token else { throw SandboxRefusal.unauthorized("Missing bearer token.") }
        if token == credentials.bearerToken { return .standard }
        let now = state.clock.now()
        guard let issued = state.unsettled({ $0.tokens[token] }), issued.expiresAt > now else {
            throw SandboxRefusal.unauthorized("The access token is invalid or has expired.")
        }
        return issued.edition
    }

    // MARK: Paging

    /// How many elements a page of a collection holds; 0 for bare arrays.
    var pageSize: Int { state.unsettled { $0.pageSize } }

    /// Turns the paged envelope on (`size` per page) or off (0), for clients to be tried
    /// against both shapes the platform's collections come in.
    func setPageSize(_ size: Int) throws {
        guard (0...1000).contains(size) else { throw SandboxRefusal.badRequest("PageSize is 0 (bare arrays) to 1000.") }
        state.unsettled { $0.pageSize = size }
    }

    // MARK: Reading

    func products() -> [WhiteLabelProduct] { WhiteLabelSeed.products }

    func customers(_ edition: WhiteLabelEdition) -> [WhiteLabelCustomer] {
        state.unsettled { $0.tenants[edition]!.customers }
    }

    func orders(_ edition: WhiteLabelEdition, stage: String?) throws -> [WhiteLabelOrder] {
        let filter: (WhiteLabelOrder) -> Bool
        switch stage?.lowercased() {
        case nil, "confirmed": filter = { $0.isConfirmed }
        case "draft": filter = { $0.status == WhiteLabelStatus.draft }
        case "all": filter = { _ in true }
        default: throw SandboxRefusal.badRequest("Unknown stage '\(stage ?? "")': use Confirmed, Draft or All.")
        }
        return withTenant(edition) { tenant in
            tenant.orders.all(where: filter).sorted { $0.id > $1.id }
        }
    }

    func order(_ edition: WhiteLabelEdition, id: Int) throws -> WhiteLabelOrder {
        try withTenant(edition) { try Self.find(id, in: $0) }
    }

    func item(_ edition: WhiteLabelEdition, orderID: Int, itemID: Int) throws -> WhiteLabelItem {
        let order = try order(edition, id: orderID)
        guard let item = order.items.first(where: { $0.id == itemID }) else {
            throw SandboxRefusal.notFound("Order item \(itemID) does not exist in order \(orderID).")
        }
        return item
    }

    func executionStatus(_ edition: WhiteLabelEdition, orderID: Int) throws -> WhiteLabelExecution {
        let order = try order(edition, id: orderID)
        guard order.isConfirmed else {
            throw SandboxRefusal.conflict("Order \(orderID) is not confirmed (status \(order.status)); execution status exists only for confirmed orders.")
        }
        return WhiteLabelExecution(orderID: order.id, status: order.status, message: order.executionMessage)
    }

    func customFields(_ edition: WhiteLabelEdition, orderID: Int) throws -> [WhiteLabelField] {
        let fields = try order(edition, id: orderID).customFields
        return edition == .free ? fields.filter(\.published) : fields
    }

    func characteristics(_ edition: WhiteLabelEdition, orderID: Int, itemID: Int) throws -> [WhiteLabelField] {
        try item(edition, orderID: orderID, itemID: itemID).characteristics
    }

    // MARK: Writing

    func createOrder(_ edition: WhiteLabelEdition, accountID: Int?) throws -> WhiteLabelOrder {
        try requireWrite(edition)
        guard let accountID else {
            throw SandboxRefusal.badRequest("AccountID is required: name the customer account the order is for.")
        }
        return try state.settled { state, now in
            guard let customer = state.tenants[edition]!.customers.first(where: { $0.id == accountID }) else {
                throw SandboxRefusal.badRequest("AccountID \(accountID) is not the reseller or one of its customers.")
            }
            let order = WhiteLabelOrder(id: state.nextOrderID, accountID: customer.id, accountName: customer.name,
                                        status: WhiteLabelStatus.draft, orderDate: now, currency: "EUR", items: [],
                                        customFields: WhiteLabelSeed.customFields(), executesAt: nil,
                                        executionFails: false, executionMessage: nil)
            state.nextOrderID += 1
            state.tenants[edition]!.orders.store(order)
            return order
        }
    }

    func addItem(_ edition: WhiteLabelEdition, orderID: Int, productID: String?, quantity: Int?) throws -> WhiteLabelItem {
        try requireWrite(edition)
        guard let productID, let product = WhiteLabelSeed.products.first(where: { $0.id == productID }) else {
            throw SandboxRefusal.badRequest("ProductId '\(productID ?? "")' is not in the catalog.")
        }
        guard let quantity, quantity >= 1 else {
            throw SandboxRefusal.badRequest("Quantity must be a whole number of at least 1.")
        }
        return try state.settled { state, _ in
            var order = try Self.find(orderID, in: state.tenants[edition]!)
            try Self.requireDraft(order, to: "take new items")
            let item = WhiteLabelItem(id: state.nextItemID, orderID: orderID, productID: product.id,
                                      productName: product.name, quantity: quantity, unitPrice: product.price,
                                      currency: product.currency, status: WhiteLabelStatus.draft,
                                      characteristics: WhiteLabelSeed.characteristics())
            state.nextItemID += 1
            order.items.append(item)
            state.tenants[edition]!.orders.store(order)
            return item
        }
    }

    func deleteItem(_ edition: WhiteLabelEdition, orderID: Int, itemID: Int) throws {
        try requireWrite(edition)
        try state.settled { state, _ in
            var order = try Self.find(orderID, in: state.tenants[edition]!)
            try Self.requireDraft(order, to: "have items deleted")
            guard let index = order.items.firstIndex(where: { $0.id == itemID }) else {
                throw SandboxRefusal.notFound("Order item \(itemID) does not exist in order \(orderID).")
            }
            order.items.remove(at: index)
            state.tenants[edition]!.orders.store(order)
        }
    }

    func checkout(_ edition: WhiteLabelEdition, orderID: Int) throws -> WhiteLabelOrder {
        try requireWrite(edition)
        return try state.settled { state, now in
            var order = try Self.find(orderID, in: state.tenants[edition]!)
            try Self.requireDraft(order, to: "be checked out")
            guard !order.items.isEmpty else {
                throw SandboxRefusal.badRequest("Order \(orderID) has no items; add at least one before checkout.")
            }
            order.status = WhiteLabelStatus.submitted
            (order.executesAt, order.executionFails) = state.fulfilment.start(at: now)
            for index in order.items.indices { order.items[index].status = WhiteLabelStatus.submitted }
            state.tenants[edition]!.orders.store(order)
            return order
        }
    }

    func updateCustomFields(_ edition: WhiteLabelEdition, orderID: Int,
                            fields: [WhiteLabelField]) throws -> [WhiteLabelField] {
        try requireWrite(edition)
        return try state.settled { state, _ in
            var order = try Self.find(orderID, in: state.tenants[edition]!)
            order.customFields = try Self.merge(fields, into: order.customFields, what: "custom field")
            state.tenants[edition]!.orders.store(order)
            return order.customFields
        }
    }

    func updateCharacteristics(_ edition: WhiteLabelEdition, orderID: Int, itemID: Int,
                               fields: [WhiteLabelField]) throws -> [WhiteLabelField] {
        try requireWrite(edition)
        return try state.settled { state, _ in
            var order = try Self.find(orderID, in: state.tenants[edition]!)
            guard let index = order.items.firstIndex(where: { $0.id == itemID }) else {
                throw SandboxRefusal.notFound("Order item \(itemID) does not exist in order \(orderID).")
            }
            order.items[index].characteristics = try Self.merge(fields, into: order.items[index].characteristics,
                                                                what: "characteristic")
            state.tenants[edition]!.orders.store(order)
            return order.items[index].characteristics
        }
    }

    // MARK: Rules

    private func requireWrite(_ edition: WhiteLabelEdition) throws {
        if edition == .free {
            throw SandboxRefusal.forbidden("Free Edition resellers may only read orders; upgrade to Standard Edition to create or change them.")
        }
    }

    private static func requireDraft(_ order: WhiteLabelOrder, to action: String) throws {
        guard order.status == WhiteLabelStatus.draft else {
            throw SandboxRefusal.conflict("Order \(order.id) is \(order.status); only Draft orders can \(action).")
        }
    }

    private static func find(_ id: Int, in tenant: Tenant) throws -> WhiteLabelOrder {
        guard let order = tenant.orders[id] else {
            throw SandboxRefusal.notFound("Order \(id) does not exist (drafts are deleted 7 days after their order date).")
        }
        return order
    }

    private static func merge(_ updates: [WhiteLabelField], into fields: [WhiteLabelField],
                              what: String) throws -> [WhiteLabelField] {
        var merged = fields
        for update in updates {
            guard let index = merged.firstIndex(where: { $0.name == update.name }) else {
                throw SandboxRefusal.badRequest("Unknown \(what) '\(update.name)'.")
            }
            guard merged[index].accepts(update.value) else {
                let allowed = merged[index].options.map { ": one of \($0.joined(separator: ", "))" } ?? ""
                throw SandboxRefusal.badRequest("'\(update.value)' is not a valid \(merged[index].type) for \(what) '\(update.name)'\(allowed).")
            }
            merged[index].value = update.value
        }
        return merged
    }

    /// Moves every order along the clock: executions finish, expired drafts disappear.
    private static func settle(_ state: inout State, now: Date) {
        for edition in Array(state.tenants.keys) {
            for order in state.tenants[edition]!.orders.due(at: now) {
                guard order.status == WhiteLabelStatus.submitted else {
                    state.tenants[edition]!.orders[order.id] = nil
                    continue
                }
                var settled = order
                settled.status = order.executionFails ? WhiteLabelStatus.failed : WhiteLabelStatus.executed
                if order.executionFails {
                    settled.executionMessage = "The vendor refused provisioning: quota exceeded for this tenant."
                }
                for index in settled.items.indices { settled.items[index].status = settled.status }
                state.tenants[edition]!.orders.store(settled)
            }
        }
    }

    private func withTenant<T>(_ edition: WhiteLabelEdition, _ body: (inout Tenant) throws -> T) rethrows -> T {
        try state.settled { state, _ in try body(&state.tenants[edition]!) }
    }
}
