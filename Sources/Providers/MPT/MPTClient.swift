import Foundation
import OrderKit

/// The SoftwareOne Marketplace commerce API client (seed 004): server-side Purchase drafts
/// whose lines change by PUT, quotes, `process`, the vendor's Querying loop, and Change and
/// Termination orders against an agreement's subscriptions.
///
/// The API has no idempotency key, so a POST that creates an order is never retried: every
/// created order carries `externalIds.client`, and after a timeout the client looks the order
/// up by it (`findPlaced`) instead of sending again.
public struct MPTClient: OrderProvider {
    public let kind = ProviderKind.mpt
    public let account: String
    public let capabilities = Capabilities(serverSideDrafts: true, deleteItem: true, previewPrice: true,
                                           cancelOrder: true, customFields: true, resubmit: true)
    /// Twice the total timeout: a request cut off may still reach the provider until then.
    public var answerWindow: TimeInterval { 2 * transport.timeout }
    private let transport: HTTPTransport
    private let token: String

    static let pageSize = 100
    /// What a list shows: the lines (items) and the audit (the creation date, and the sort
    /// on it, which the API refuses without it). The API omits both unless selected.
    static let listSelect = "select=+audit,+lines"
    /// What one order's screens (and `ordercon status`) read: the lists' fields and the
    /// parameters. Public so the benchmark's peers send the very same request.
    public static let orderSelect = "select=+audit,+lines,+parameters"
    static let unplacedStatuses = ["New", "Draft", "Quoted"]
    static let placedStatuses = ["Processing", "Querying", "Completed", "Failed"]

    /// - Parameter token: the API token, sent as `Authorization: Bearer`; it never appears
    ///   in errors or logs.
    /// The API root for a configured `base_url`: SoftwareOne's own client takes the host
    /// root and appends `/public/v1`, so both that form and one ending in `/public/v1` work.
    public static func apiBase(_ baseURL: String) -> String {
        let trimmed = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        return trimmed.hasSuffix("/public/v1") ? trimmed : trimmed + "/public/v1"
    }

    public init(transport: HTTPTransport, token: String) {
        self.transport = transport
        self.token = token
        account = transport.account
    }

    // MARK: Reading

    /// Drafts are New, Draft and Quoted orders; placed ones are every status after `process`
    /// except Deleted (a deleted draft was never placed). Every page is read, order by order:
    /// an order that cannot be read is listed as unreadable, a page that cannot be read at
    /// all is skipped by its offset and named in `pages.skipped`.
    public func orderList(stage: OrderStage) async throws -> OrderList {
        let filter: String? = switch stage {
        case .draft: MPTRQL.in("status", Self.unplacedStatuses)
        case .confirmed: MPTRQL.in("status", Self.placedStatuses)
        case .all: nil
        }
        let now = Date()
        var list = OrderList(orders: [], pages: PagesRead(read: 0))
        var offset = 0
        var number = 1
        var total: Int?
        // The page size the provider used (it may cap `limit`): how far a skipped page moves.
        var step = Self.pageSize
        while true {
            let query = [filter, Self.listSelect, "order=-audit.created.at", "limit=\(Self.pageSize)", "offset=\(offset)"]
            let response = try await call(APIRequest(.get, "/commerce/orders?" + query.compactMap { $0 }.joined(separator: "&")))
            do {
                let page = try MPTOrderPage(body: response.body, firstPosition: offset + 1, account: account, now: now)
                list.orders += page.orders
                list.unreadable += page.unreadable
                list.pages.read += 1
                step = page.limit ?? step
                total = page.total ?? total
                if let total { list.pages.total = max(1, (total + step - 1) / step) }
                guard page.count > 0, total.map({ offset + page.count < $0 }) ?? (page.count >= step) else { return list }
            } catch {
                guard let total else {
                    if list.pages.read == 0 { throw error }
                    list.stoppedEarly = "page \(number) could not be read and the answer gives no total to skip it by"
                    return list
                }
                list.pages.skipped.append(number)
                guard offset + step < total else { return list }
            }
            offset += step
            number += 1
        }
    }

    /// The order with its lines, parameters and audit, which the API omits unless selected.
    public func order(id: String) async throws -> Order {
        let response = try await orderResponse(id)
        return try MPTReader.order(from: response.body, account: account, what: "order \(id)")
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        try await order(id: orderID).items
    }

    public func offers() async throws -> [Offer] {
        let items: [MPTCatalogItemPayload] = try await allPages("/catalog/items", what: "catalog")
        return items.map(MPTMapping.offer)
    }

    /// The buyer's licensees: what a Purchase order can be for. A buyer who sells under
    /// several authorizations (so several products) gets each licensee under each of them,
    /// which is how the console's customer picker offers the choice; with one authorization,
    /// or when they cannot be read (creating the draft then says why), the licensees alone.
    public func customers() async throws -> [Customer] {
        let licensees: [MPTReferencePayload] = try await allPages("/accounts/licensees", what: "licensees")
        let sellable = ((try? await authorizations()) ?? []).filter { $0.product != nil }
        guard sellable.count > 1 else { return licensees.map { Customer(id: $0.id, name: $0.name ?? $0.id) } }
        return licensees.flatMap { licensee in
            sellable.map { authorization in
                Customer(id: MPTPurchaseCustomer(licenseeID: licensee.id, authorizationID: authorization.id).id,
                         name: "\(licensee.name ?? licensee.id) · \(authorization.label)")
            }
        }
    }

    /// The buyer's agreements with their subscriptions, for Change and Termination orders.
    public func agreements() async throws -> [MPTAgreement] {
        try await agreements(filter: nil)
    }

    /// The agreements `filter` matches, with their subscriptions: an agreement names its
    /// subscriptions by id only, so they are read from `/commerce/subscriptions` (status on
    /// the subscription, item and quantity on its lines).
    func agreements(filter: String?) async throws -> [MPTAgreement] {
        let agreements: [MPTAgreementPayload] = try await allPages("/commerce/agreements", filter: filter,
                                                                   extra: "select=+subscriptions", what: "agreements")
        guard !agreements.isEmpty else { return [] }
        let subscriptions: [MPTSubscriptionPayload] = try await allPages(
            "/commerce/subscriptions", filter: filter.map { _ in MPTRQL.in("agreement.id", agreements.map(\.id)) },
            extra: "select=+lines", what: "subscriptions")
        return agreements.map { MPTMapping.agreement($0, subscriptions: subscriptions) }
    }

    /// The status, with the vendor's `statusNotes` as the message (why it failed, or what
    /// the buyer must fix while Querying). A poll selects nothing the API omits, and reads
    /// the answer tolerantly: nothing but the id stops a status from being read.
    public func executionStatus(orderID: String) async throws -> ExecutionStatus {
        let response = try await call(APIRequest(.get, "/commerce/orders/\(try Self.checked(orderID))"))
        let order = try MPTReader.order(from: response.body, account: account, what: "order \(orderID)")
        return ExecutionStatus(orderID: order.id, status: order.status, phase: order.phase,
                               message: MPTReader.statusMessage(in: response.body))
    }

    /// The Querying loop (what to fix), notes, status notes and template, prices and the
    /// audit timeline: what the Marketplace portal shows on an order screen.
    public func details(orderID: String) async throws -> [DetailSection] {
        MPTDetailSections.sections(try await orderPayload(orderID).0)
    }

    /// The ordering parameters, each with the error the vendor or validation put on it.
    public func orderingParameters(orderID: String) async throws -> [MPTParameter] {
        try await orderPayload(orderID).0.parameters?.ordering?.map(MPTMapping.parameter) ?? []
    }

    /// The order with `externalIds.client` equal to `idempotencyKey`, or nil when there is none.
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        let path = "/commerce/orders?\(MPTRQL.eq("externalIds.client", idempotencyKey))&\(Self.listSelect)&limit=1&offset=0"
        let response = try await call(APIRequest(.get, path))
        return try MPTOrderPage(body: response.body, firstPosition: 1, account: account, now: Date()).orders.first
    }

    /// The `externalIds.client` of an order this client read: the idempotency handle the
    /// journal records for a server-side order, read from its raw payload.
    public static func externalClientID(of order: Order) -> String? {
        order.rawPayload.flatMap(MPTReader.externalClientID)
    }

    /// A fresh client reference, for a caller that journals it before creating the order.
    public static func newExternalClientID() -> String { "ordercon-" + UUID().uuidString.lowercased() }

    // MARK: Creating

    public func createDraft(customerID: String) async throws -> Order {
        try await createDraft(customerID: customerID, externalClientID: Self.newExternalClientID())
    }

    /// A Purchase order in Draft for `customerID`: a licensee (`LCE-…`), under the buyer's
    /// only authorization and its product, or a licensee under a chosen one (`LCE-…/AUT-…`,
    /// see `MPTPurchaseCustomer`).
    public func createDraft(customerID: String, externalClientID: String) async throws -> Order {
        let customer = MPTPurchaseCustomer(parsing: customerID)
        let request = Self.purchase(customerID: customer.licenseeID,
                                    authorization: try await purchaseAuthorization(for: customer),
                                    externalClientID: externalClientID)
        return try await create(request, externalClientID: externalClientID)
    }

    /// The Purchase body: the agreement it starts (licensee and product) and the
    /// authorization, as the reference's own client sends them; lines follow by PUT.
    static func purchase(customerID: String, authorization: MPTAuthorizationPayload,
                         externalClientID: String) -> MPTOrderRequest {
        let agreement = MPTOrderRequest.Agreement(licensee: MPTReferencePayload(id: customerID),
                                                  product: authorization.product.map { MPTReferencePayload(id: $0.id) })
        return MPTOrderRequest(type: "Purchase", agreement: agreement, authorization: MPTReferencePayload(id: authorization.id),
                               externalIds: MPTExternalIDsPayload(client: externalClientID))
    }

    /// The buyer's authorizations (`GET /catalog/authorizations`): what it may sell, each
    /// naming its product.
    func authorizations() async throws -> [MPTAuthorizationPayload] {
        try await allPages("/catalog/authorizations", what: "authorizations")
    }

    /// The authorization a Purchase is sold under, with its product: the reference creates a
    /// Purchase naming both. The one the customer names, else the buyer's only one with a
    /// product. None, one the buyer lacks, or several and no choice: one line saying so and
    /// how to choose, before anything is created.
    func purchaseAuthorization(for customer: MPTPurchaseCustomer) async throws -> MPTAuthorizationPayload {
        let all = try await authorizations()
        let sellable = all.filter { $0.product != nil }
        if let chosen = customer.authorizationID {
            guard let found = all.first(where: { $0.id == chosen }) else {
                throw OrderError.rejected(detail: "authorization \(chosen) is not one of the account's"
                    + (all.isEmpty ? " (it has none)" : " (\(all.map(\.id).joined(separator: ", ")))"))
            }
            guard found.product != nil else {
                throw OrderError.rejected(detail: "authorization \(chosen) names no product, so a Purchase cannot be sold under it")
            }
            return found
        }
        guard sellable.count == 1, let only = sellable.first else {
            throw OrderError.unsupported(detail: sellable.isEmpty
                ? "the account has no authorization with a product to sell under, so a Purchase cannot be created"
                : "the account sells under \(sellable.count) authorizations (\(sellable.map(\.described).joined(separator: "; "))); "
                    + "choose one: pick the licensee under it in the console's customer list, or write customer = "
                    + "\"\(MPTPurchaseCustomer(licenseeID: customer.licenseeID, authorizationID: sellable[0].id).id)\" in the order file")
        }
        return only
    }

    /// A Change order setting new quantities on subscriptions of an Active agreement: each
    /// line names the subscription and its item, with the new quantity against the old.
    public func createChange(agreementID: String, changes: [MPTSubscriptionChange],
                             externalClientID: String = MPTClient.newExternalClientID()) async throws -> Order {
        try await create(MPTOrderRequest(type: "Change", agreement: .init(id: agreementID),
                                         lines: changes.map(\.line),
                                         externalIds: MPTExternalIDsPayload(client: externalClientID)),
                         externalClientID: externalClientID)
    }

    /// A Termination order for subscriptions of an Active agreement (all of them end it):
    /// one line per subscription, taking it to quantity 0.
    public func createTermination(agreementID: String, ending subscriptions: [MPTAgreement.Subscription],
                                  externalClientID: String = MPTClient.newExternalClientID()) async throws -> Order {
        try await create(MPTOrderRequest(type: "Termination", agreement: .init(id: agreementID),
                                         lines: subscriptions.map { MPTSubscriptionChange($0, to: 0).line },
                                         externalIds: MPTExternalIDsPayload(client: externalClientID)),
                         externalClientID: externalClientID)
    }

    /// Sends the creating POST once. After a timeout the order may exist all the same, so it
    /// is looked up by its client reference; only when that finds nothing does the timeout
    /// reach the caller, who may then try again.
    private func create(_ request: MPTOrderRequest, externalClientID: String) async throws -> Order {
        do {
            let response = try await call(APIRequest(.post, "/commerce/orders", body: try JSONEncoder().encode(request)))
            return try MPTReader.order(from: response.body, account: account, what: "new order")
        } catch OrderError.timedOut(let detail) {
            if let found = try? await findPlaced(idempotencyKey: externalClientID) { return found }
            throw OrderError.timedOut(detail: detail)
        }
    }

    // MARK: Changing

    public func addItem(orderID: String, offerID: String, quantity: Int) async throws -> OrderItem {
        let (current, _) = try await orderPayload(orderID)
        let known = Set(current.lines.map(\.id))
        let response = try await putResponse(orderID, MPTOrderRequest(
            lines: Self.lines(current.lines) + [MPTOrderRequest.Line(item: MPTReferencePayload(id: offerID), quantity: quantity)]))
        let updated = try MPTReader.order(from: response.body, account: account, what: "order \(orderID)")
        guard let line = updated.items.first(where: { !known.contains($0.id) }) else {
            throw OrderError.malformedResponse(detail: "order \(orderID): the new line is missing from the answer")
        }
        return line
    }

    public func deleteItem(orderID: String, itemID: String) async throws {
        let (current, _) = try await orderPayload(orderID)
        guard current.lines.contains(where: { $0.id == itemID }) else {
            throw OrderError.notFound(detail: "order \(orderID) has no line \(itemID)")
        }
        _ = try await put(orderID, MPTOrderRequest(lines: Self.lines(current.lines.filter { $0.id != itemID })))
    }

    /// Sets one ordering parameter's value (the vendor's error on it clears when it changes).
    public func setParameter(orderID: String, parameterID: String, value: String) async throws -> [MPTParameter] {
        let request = MPTOrderRequest(parameters: .init(ordering: [.init(id: parameterID, value: value)]))
        return try await put(orderID, request).parameters?.ordering?.map(MPTMapping.parameter) ?? []
    }

    /// The ordering parameters as the console's fields: keyed by parameter id, edited as their
    /// type says (list, date, number, …; an Address or Contact one field per property), with their constraints and the vendor's error.
    /// Hidden ones are included and marked, so a form that sends everything back loses nothing.
    public func customFields(orderID: String) async throws -> [CustomField] {
        try await orderingParameters(orderID: orderID).flatMap(\.fields)
    }

    /// Sets every editable parameter given in one PUT (read-only ones are the vendor's and
    /// left out), a multi-select's ticked options as a list, an Address's or Contact's
    /// property fields as its one object, completed from the order's current value when only
    /// some are given (refused before sending when one it needs is empty); answers the parameters as the
    /// order now has them.
    public func updateCustomFields(orderID: String, fields: [CustomField]) async throws -> [CustomField] {
        let partOfAnObject = fields.contains { $0.key.contains(".") }
        let values = try MPTParameterValues.values(from: fields,
                                                   current: partOfAnObject ? try await customFields(orderID: orderID) : [])
        guard !values.isEmpty else { return try await customFields(orderID: orderID) }
        let updated = try await put(orderID, MPTOrderRequest(parameters: .init(ordering: values)))
        return updated.parameters?.ordering?.flatMap { MPTMapping.parameter($0).fields } ?? []
    }

    /// Notes can be edited at any status.
    public func setNotes(orderID: String, notes: String) async throws -> Order {
        let response = try await putResponse(orderID, MPTOrderRequest(notes: notes))
        return try MPTReader.order(from: response.body, account: account, what: "order \(orderID)")
    }

    // MARK: Transitions

    /// `process`: Draft or Quoted (or Querying, once fixed) → Processing.
    public func place(orderID: String) async throws -> Order {
        try await transition(orderID, "process")
    }

    /// The price preview is the order's own `price`: the Marketplace prices a draft's lines
    /// from its price list as they change. Nothing is sent and the order stays as it is
    /// (the API's `quote` is a transition, `saveAsQuote`).
    public func quote(orderID: String) async throws -> Quote {
        let quote = try MPTReader.quote(from: try await orderResponse(orderID).body, what: "order \(orderID)")
        guard !quote.lines.isEmpty else {
            throw OrderError.rejected(detail: "order \(orderID) has no lines to price; add an item first")
        }
        return quote
    }

    /// `quote`: Draft → Quoted, saved for later at its price. The Marketplace deletes a
    /// Quoted order when another order of its agreement is processed.
    public func saveAsQuote(orderID: String) async throws -> Order {
        try await transition(orderID, "quote")
    }

    /// Checks the order without moving it; errors land on its parameters and `error`.
    public func validate(orderID: String) async throws -> Order {
        try await transition(orderID, "validate")
    }

    /// Deletes a Draft; the order stays readable as Deleted.
    public func cancel(orderID: String) async throws -> Order {
        _ = try await call(APIRequest(.delete, "/commerce/orders/\(try Self.checked(orderID))"))
        return try await order(id: orderID)
    }

    // MARK: Transport

    private func transition(_ orderID: String, _ action: String) async throws -> Order {
        let response = try await call(APIRequest(.post, "/commerce/orders/\(try Self.checked(orderID))/\(action)"))
        return try MPTReader.order(from: response.body, account: account, what: "\(action) of \(orderID)")
    }

    /// `GET /commerce/orders/{id}` with what the API omits by default selected.
    private func orderResponse(_ id: String) async throws -> APIResponse {
        try await call(APIRequest(.get, "/commerce/orders/\(try Self.checked(id))?\(Self.orderSelect)"))
    }

    /// The order as sent, with the response it came in (for the raw payload).
    func orderPayload(_ id: String) async throws -> (MPTOrderPayload, APIResponse) {
        let response = try await orderResponse(id)
        return (try PayloadDecoder.decode(MPTOrderPayload.self, from: response, what: "order \(id)"), response)
    }

    private func putResponse(_ orderID: String, _ request: MPTOrderRequest) async throws -> APIResponse {
        try await call(APIRequest(.put, "/commerce/orders/\(try Self.checked(orderID))",
                                  body: try JSONEncoder().encode(request)))
    }

    private func put(_ orderID: String, _ request: MPTOrderRequest) async throws -> MPTOrderPayload {
        try PayloadDecoder.decode(MPTOrderPayload.self, from: try await putResponse(orderID, request),
                                  what: "order \(orderID)")
    }

    /// Reads every page of a list, `pageSize` at a time, until `total` is reached.
    func allPages<Element: Decodable>(_ path: String, filter: String? = nil, extra: String? = nil,
                                      what: String) async throws -> [Element] {
        var collected: [Element] = []
        while true {
            let query = [filter, extra, "limit=\(Self.pageSize)", "offset=\(collected.count)"].compactMap { $0 }
            let response = try await call(APIRequest(.get, path + "?" + query.joined(separator: "&")))
            let page = try PayloadDecoder.decode(MPTPagePayload<Element>.self, from: response, what: what)
            collected += page.data
            if page.data.isEmpty || collected.count >= page.meta.pagination.total { return collected }
        }
    }

    private static func lines(_ lines: [MPTLinePayload]) -> [MPTOrderRequest.Line] {
        lines.map {
            MPTOrderRequest.Line(id: $0.id, item: MPTReferencePayload(id: $0.item.id), quantity: $0.quantity,
                                 oldQuantity: $0.oldQuantity,
                                 subscription: $0.subscription.map { MPTReferencePayload(id: $0.id) })
        }
    }

    /// Order ids are `ORD-` and 3 or 4 groups of 4 digits; anything else never leaves.
    private static func checked(_ id: String) throws -> String {
        // Checked by hand: a regex literal is compiled on every call, a tenth of a status sweep.
        let groups = id.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.count == 4 || groups.count == 5, groups[0].elementsEqual("ORD".utf8),
              groups.dropFirst().allSatisfy({ $0.count == 4 && $0.allSatisfy { (0x30...0x39).contains($0) } }) else {
            throw OrderError.rejected(detail: "'\(id)' is not an MPT order id (ORD- and 3 or 4 groups of 4 digits)")
        }
        return id
    }

    private func call(_ request: APIRequest) async throws -> APIResponse {
        var attempt = request
        attempt.headers += [("Authorization", "Bearer \(token)"), ("Accept", "application/json")]
        if request.body != nil { attempt.headers.append(("Content-Type", "application/json")) }
        let response = try await transport.send(attempt)
        guard response.isSuccess else {
            let problem = try? JSONDecoder().decode(MPTProblemPayload.self, from: response.body)
            throw HTTPFailure.error(for: response, account: account, message: problem?.summary)
        }
        return response
    }
}
