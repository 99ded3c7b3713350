import Foundation
import Hummingbird

/// The Adobe VIP Marketplace sandbox's state and the API's rules (seed 002): who may call,
/// which order bodies are valid, how NEW orders settle on the sandbox clock, how RETURN
/// orders cancel lines, and how `X-Correlation-Id` replays the first answer.
final class AdobeBook: Sendable {
    /// An answer as sent, kept whole so that a replay is byte for byte the first one.
    struct Reply: Sendable {
        var status: HTTPResponse.Status
        var body: Data
    }

    fileprivate struct KeptReply {
        var reply: Reply
        var keptAt: Date
    }

    fileprivate struct SeenRequest {
        var correlationID: String
        var seenAt: Date
    }

    struct State {
        var customers: [AdobeCustomer]
        var orders: OrderBook<AdobeOrder>
        var subscriptions: [String: AdobeSubscription] = [:]
        var nextScheduledNumber = AdobeSeed.firstScheduledSubscriptionNumber
        var nextOrderNumber = AdobeSeed.firstFreeOrderNumber
        fileprivate var replies: [String: KeptReply] = [:]
        fileprivate var requests: [String: SeenRequest] = [:]
        var minute = 0
        var requestsThisMinute = 0
        var fulfilment: Fulfilment
    }

    /// How long a correlation id's first answer is replayed.
    static let replayLifetime: TimeInterval = 10 * 24 * 3600
    /// How long after its creation a NEW or RENEWAL order may be returned.
    static let returnWindow: TimeInterval = 14 * 24 * 3600
    /// Beyond the document: each API key may make this many requests per sandbox minute,
    /// so that the 429 (code 4118) the document allows really happens.
    static let requestsPerMinute = 300
    static let maxLineItems = 499
    static let maxExternalReferenceLength = 35

    /// Internal rather than private: the subscriptions API (`AdobeBook+Subscriptions`) works on it too.
    let state: ClockedState<State>

    private let credentials: SandboxCredentials
    /// The token endpoint whose tokens open the API beside the fixed demo token.
    let ims: AdobeIMS
    private let flexDiscounts: [AdobeFlexDiscount]

    init(options: SandboxOptions) {
        credentials = options.credentials
        ims = AdobeIMS(clock: options.clock, credentials: options.credentials)
        flexDiscounts = AdobeSeed.flexDiscounts(now: options.clock.now())
        let now = options.clock.now()
        var initial = State(customers: AdobeSeed.customers(now: now), orders: OrderBook(AdobeSeed.orders(now: now).values),
                            fulfilment: Fulfilment(options: options))
        Self.subscribeSeededOrders(&initial)
        state = ClockedState(initial, clock: options.clock, settle: Self.settle)
    }

    // MARK: Admission

    /// The bearer token (the demo one, or one IMS issued and not yet expired) answers 401
    /// and the API key 403, as seed 002's status table says.
    func authorize(bearer: String?, apiKey: String?) throws {
        guard let bearer, bearer == credentials.bearerToken || ims.accepts(bearer) else { throw AdobeRefusal.invalidToken }
        guard apiKey == credentials.apiKey else { throw AdobeRefusal.invalidAPIKey }
    }

    /// The per-request rules: the rate limit, a correlation id on every call (4119), and a
    /// request id never seen before under another correlation id (4120).
    func admit(correlationID: String?, requestID: String?) throws {
        try state.settled { state, now in
            let minute = Int(now.timeIntervalSince1970 / 60)
            if minute != state.minute {
                state.minute = minute
                state.requestsThisMinute = 0
            }
            state.requestsThisMinute += 1
            guard state.requestsThisMinute <= Self.requestsPerMinute else { throw AdobeRefusal.rateLimited }
            guard let correlationID, !correlationID.isEmpty else { throw AdobeRefusal.missingCorrelationID }
            guard let requestID, !requestID.isEmpty else { return }
            if let seen = state.requests[requestID], seen.correlationID != correlationID {
                throw AdobeRefusal.duplicateRequestID
            }
            state.requests[requestID] = SeenRequest(correlationID: correlationID, seenAt: now)
        }
    }

    // MARK: Reading

    func customer(_ id: String) throws -> AdobeCustomer {
        try state.settled { state, now in
            var customer = try Self.customer(id, in: state)
            customer.cotermDate = customer.anniversary(after: now)
            return customer
        }
    }

    /// The sandbox partner's price list: region NA, segment COM, STANDARD, in USD (else
    /// 1161 or 1160, as Adobe answers a list the partner does not sell from), published
    /// for every month up to the clock's (a later month is 1162, not found).
    func priceList(_ request: AdobePriceListRequest) throws -> AdobePriceList {
        guard request.region == "NA" else {
            throw AdobeRefusal(status: .badRequest, code: "1161", message: "Invalid Currency/Region for Partner: the sandbox partner sells in region NA",
                               additionalDetails: ["region"])
        }
        guard request.currency == "USD" else {
            throw AdobeRefusal(status: .badRequest, code: "1161", message: "Invalid Currency/Region for Partner: there is no price list in currency \(request.currency); use USD",
                               additionalDetails: ["currency"])
        }
        guard request.marketSegment == "COM" else {
            throw AdobeRefusal(status: .badRequest, code: "1160", message: "Invalid Market Segment for Partner: the sandbox partner sells to COM",
                               additionalDetails: ["marketSegment"])
        }
        let published = AdobePriceListRequest.monthNumber(Self.month(of: state.clock.now())) ?? 0
        guard request.priceListType == "STANDARD", let month = AdobePriceListRequest.monthNumber(request.month),
              month <= published else {
            throw AdobeRefusal.priceListNotFound(request.month)
        }
        let offers = AdobeSeed.offers.filter { $0.currencyCode == request.currency }
        guard request.window.offset <= offers.count else {
            throw AdobeRefusal(status: .notFound, code: "1162", message: "Price list not found for offset \(request.window.offset)",
                               additionalDetails: ["offset"])
        }
        return AdobePriceList(request: request, offers: offers)
    }

    /// `GET /v3/flex-discounts`: the sandbox partner sells to COM (else 1160, as its price
    /// list answers); discounts for the query's country, filtered and paged.
    func flexDiscounts(_ query: AdobeFlexDiscountQuery) throws -> AdobeFlexDiscountPage {
        guard query.marketSegment == "COM" else {
            throw AdobeRefusal(status: .badRequest, code: "1160",
                               message: "Invalid Market Segment for Partner: the sandbox partner sells to COM",
                               additionalDetails: ["market-segment"])
        }
        return AdobeFlexDiscountPage(matching: flexDiscounts.filter(query.matches), query: query)
    }

    /// `YYYYMM` of a date in UTC.
    static func month(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d%02d", parts.year ?? 1970, parts.month ?? 1)
    }

    func order(customerID: String, orderID: String) throws -> AdobeOrder {
        try state.settled { state, _ in
            _ = try Self.customer(customerID, in: state)
            guard let order = state.orders[orderID], order.customerId == customerID else {
                throw AdobeRefusal.orderNotFound(orderID)
            }
            return order
        }
    }

    /// The customer's orders matching the query (from the current term start unless it
    /// names a `start-date`), newest first, one page of them; an offset past the end is 1133.
    func history(customerID: String, query: AdobeHistoryQuery) throws -> AdobeHistoryPage {
        try state.settled { state, now in
            let customer = try Self.customer(customerID, in: state)
            let termStart = customer.termStart(now: now)
            let matching = state.orders.newestFirst { $0.customerId == customerID && query.matches($0, termStart: termStart) }
            guard query.window.offset <= matching.count else {
                throw AdobeRefusal(status: .badRequest, code: "1133",
                                   message: "Offset out of range: there are \(matching.count) orders",
                                   additionalDetails: ["offset"])
            }
            return AdobeHistoryPage(matching: matching, query: query, customerID: customerID)
        }
    }

    /// The customer's deployments, one page of them (`GET /v3/customers/{customerId}/deployments`).
    func deployments(customerID: String, query: [(String, String)]) throws -> AdobeDeploymentPage {
        var violations: [AdobeRefusal.Violation] = []
        let page = AdobePageWindow(query, defaultLimit: AdobeDeploymentPage.defaultLimit, into: &violations)
        if !violations.isEmpty { throw AdobeRefusal.invalidFields(violations) }
        return try state.settled { state, _ in
            AdobeDeploymentPage(all: try Self.customer(customerID, in: state).deployments, window: page)
        }
    }

    // MARK: Writing

    /// Beyond the document, which has no way to change an order: `PATCH` of a stored
    /// order's `externalReferenceId` (at most 35 characters), so that a reseller can correct
    /// the purchase-order number it filed the order under.
    func updateReference(customerID: String, orderID: String, body data: Data) throws -> AdobeOrder {
        let body: AdobeReferenceBody
        do {
            body = try JSONReply.decoder.decode(AdobeReferenceBody.self, from: data)
        } catch {
            throw AdobeRefusal.invalidField("body", "The request body is not {\"externalReferenceId\": \"…\"}: \(DecodingErrorSummary.describe(error))")
        }
        guard let reference = body.externalReferenceId else {
            throw AdobeRefusal.invalidField("externalReferenceId", "send externalReferenceId, the only field that can change")
        }
        guard reference.count <= Self.maxExternalReferenceLength else {
            throw AdobeRefusal.invalidField("externalReferenceId",
                                            "externalReferenceId may have at most \(Self.maxExternalReferenceLength) characters")
        }
        return try state.settled { state, _ in
            _ = try Self.customer(customerID, in: state)
            guard var order = state.orders[orderID], order.customerId == customerID else {
                throw AdobeRefusal.orderNotFound(orderID)
            }
            order.externalReferenceId = reference
            state.orders[orderID] = order
            return order
        }
    }

    /// Creates (or previews, or returns) an order. The first answer to a correlation id —
    /// success or refusal — is kept for ten days and replayed unchanged; a replay creates
    /// nothing.
    func placeOrder(customerID: String, correlationID: String, body: Data, fetchPrice: Bool) -> Reply {
        state.settled { state, now in
            if let kept = state.replies[correlationID] { return kept.reply }
            let reply: Reply
            do {
                let order = try place(customerID: customerID, body: body, fetchPrice: fetchPrice, state: &state, now: now)
                reply = try Self.encode(order.wire, status: order.orderType.isPreview ? .ok : .created)
            } catch let refusal as AdobeRefusal {
                reply = Self.encode(refusal)
            } catch {
                reply = Self.encode(AdobeRefusal(status: .internalServerError, code: "500", message: "Internal error"))
            }
            state.replies[correlationID] = KeptReply(reply: reply, keptAt: now)
            return reply
        }
    }

    static func encode(_ refusal: AdobeRefusal) -> Reply {
        Reply(status: refusal.status, body: (try? JSONReply.encoder.encode(refusal.body)) ?? Data())
    }

    private static func encode(_ value: some Encodable, status: HTTPResponse.Status) throws -> Reply {
        Reply(status: status, body: try JSONReply.encoder.encode(value))
    }

    // MARK: Rules

    private func place(customerID: String, body data: Data, fetchPrice: Bool, state: inout State,
                       now: Date) throws -> AdobeOrder {
        let customer = try Self.customer(customerID, in: state)
        var requested = try Self.decode(data)
        if requested.orderType == AdobeOrderType.previewRenewal.rawValue, (requested.lineItems ?? []).isEmpty {
            requested.lineItems = Self.renewingLines(of: customerID, in: state)
        }
        let type = try Self.validate(requested)
        let body = try Self.eligible(requested, type: type, customer: customer)
        let currency = body.currencyCode ?? body.lineItems?.first?.currencyCode ?? "USD"
        try Self.checkDeployments(body, customer: customer)
        try Self.checkSubscriptions(body, type: type, customerID: customerID, in: state)
        let days = type == .renewal || type == .previewRenewal ? AdobeLineItem.fullTermDays : customer.daysToAnniversary(from: now)
        switch type {
        case .preview where !(body.referenceOrderId ?? "").isEmpty:
            return try Self.returnOrder(body, customerID: customerID, currency: currency, state: &state, now: now,
                                        preview: true, priced: fetchPrice)
        case .preview, .previewRenewal:
            return AdobeOrder(orderId: "", customerId: customerID, externalReferenceId: body.externalReferenceId ?? "",
                              orderType: type, referenceOrderId: "", currencyCode: currency, creationDate: now,
                              status: "", lineItems: Self.lines(body, status: "", priced: fetchPrice, days: days))
        case .new, .renewal:
            let (settlesAt, fails) = state.fulfilment.start(at: now)
            let outcome = fails
                ? AdobeStatus.failures[Int(state.fulfilment.random.next() % UInt64(AdobeStatus.failures.count))]
                : AdobeStatus.complete
            let order = AdobeOrder(orderId: String(state.nextOrderNumber), customerId: customerID,
                                   externalReferenceId: body.externalReferenceId ?? "", orderType: type,
                                   referenceOrderId: "", currencyCode: currency, creationDate: now,
                                   status: AdobeStatus.pending,
                                   lineItems: Self.lines(body, status: AdobeStatus.pending, priced: false, days: days),
                                   settlesAt: settlesAt, outcome: outcome)
            state.nextOrderNumber += 1
            state.orders.store(order)
            return order
        case .return:
            return try Self.returnOrder(body, customerID: customerID, currency: currency, state: &state, now: now,
                                        preview: false, priced: false)
        }
    }

    private static func decode(_ data: Data) throws -> AdobeOrderBody {
        guard !data.isEmpty else {
            throw AdobeRefusal.invalidField("body", "The request body is empty; send the order as JSON")
        }
        do {
            return try JSONReply.decoder.decode(AdobeOrderBody.self, from: data)
        } catch {
            throw AdobeRefusal.invalidField("body", "The request body is not an order: \(DecodingErrorSummary.describe(error))")
        }
    }

    /// Every rule of the request body that needs no stored order; all violations at once.
    private static func validate(_ body: AdobeOrderBody) throws -> AdobeOrderType {
        var violations: [AdobeRefusal.Violation] = []
        let type = body.orderType.flatMap(AdobeOrderType.init(rawValue:))
        if type == nil {
            violations.append(.init(field: "orderType",
                                    reason: "orderType '\(body.orderType ?? "")' is not one of \(AdobeOrderType.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let lines = body.lineItems ?? []
        if !(1...maxLineItems).contains(lines.count) {
            violations.append(.init(field: "lineItems", reason: "an order needs 1 to \(maxLineItems) lineItems, not \(lines.count)"))
        }
        if let reference = body.externalReferenceId, reference.count > maxExternalReferenceLength {
            violations.append(.init(field: "externalReferenceId",
                                    reason: "externalReferenceId may have at most \(maxExternalReferenceLength) characters"))
        }
        let referenceOrderID = body.referenceOrderId ?? ""
        if type == .return, referenceOrderID.isEmpty {
            violations.append(.init(field: "referenceOrderId", reason: "a RETURN must name the order it returns in referenceOrderId"))
        } else if let type, type != .return, type != .preview, !referenceOrderID.isEmpty {
            violations.append(.init(field: "referenceOrderId",
                                    reason: "referenceOrderId is only for RETURN orders and the PREVIEW of one"))
        }
        var numbers = Set<Int>()
        for (index, line) in lines.enumerated() {
            let path = "lineItems[\(index)]"
            if let number = line.extLineItemNumber {
                if !numbers.insert(number).inserted {
                    violations.append(.init(field: "\(path).extLineItemNumber",
                                            reason: "extLineItemNumber \(number) is used by more than one line"))
                }
            } else {
                violations.append(.init(field: "\(path).extLineItemNumber", reason: "\(path) needs an extLineItemNumber"))
            }
            let offer = AdobeSeed.offers.first { $0.offerId == line.offerId }
            if offer == nil {
                violations.append(.init(field: "\(path).offerId", reason: "offerId '\(line.offerId ?? "")' is not in the price list"))
            }
            if (line.quantity ?? 0) < 1 {
                violations.append(.init(field: "\(path).quantity", reason: "\(path).quantity must be at least 1"))
            }
            if let order = body.currencyCode, let own = line.currencyCode, own != order {
                violations.append(.init(field: "\(path).currencyCode",
                                        reason: "\(path).currencyCode \(own) differs from the order's currencyCode \(order)"))
            } else if let currency = line.currencyCode ?? body.currencyCode, let offer, currency != offer.currencyCode {
                violations.append(.init(field: "\(path).currencyCode",
                                        reason: "offer \(offer.offerId) is priced in \(offer.currencyCode), not \(currency)"))
            }
        }
        guard violations.isEmpty, let type else { throw AdobeRefusal.invalidFields(violations) }
        return type
    }

    /// The order's lines as stored (or previewed), invoiced for `days`.
    private static func lines(_ body: AdobeOrderBody, status: String, priced: Bool, days: Int) -> [AdobeLineItem] {
        (body.lineItems ?? []).map { line in
            let offer = AdobeSeed.offers.first { $0.offerId == line.offerId }!
            return AdobeLineItem(extLineItemNumber: line.extLineItemNumber!, offerId: offer.offerId,
                                 quantity: line.quantity!, currencyCode: line.currencyCode ?? body.currencyCode ?? offer.currencyCode,
                                 deploymentId: line.deploymentId, discountCode: line.discountCode,
                                 subscriptionId: line.subscriptionId ?? "", status: status,
                                 partnerPrice: priced ? offer.partnerPrice : nil, proratedDays: days)
        }
    }

    /// A RETURN takes back lines of a completed NEW or RENEWAL order placed within 14 days;
    /// fully returned lines, and the order once every line is, become 1008.
    ///
    /// Beyond the document's words, a PREVIEW naming a `referenceOrderId` previews that
    /// return: the same rules, the refund priced per line with `fetch-price=true`, nothing stored.
    private static func returnOrder(_ body: AdobeOrderBody, customerID: String, currency: String,
                                    state: inout State, now: Date, preview: Bool, priced: Bool) throws -> AdobeOrder {
        let referenceID = body.referenceOrderId ?? ""
        guard var original = state.orders[referenceID], original.customerId == customerID else {
            throw AdobeRefusal.invalidField("referenceOrderId", "order \(referenceID) does not exist for customer \(customerID)")
        }
        guard original.orderType.isReturnable else {
            throw AdobeRefusal.invalidField("referenceOrderId",
                                            "order \(referenceID) is a \(original.orderType.rawValue) order; only NEW and RENEWAL orders can be returned")
        }
        guard now.timeIntervalSince(original.creationDate) <= returnWindow else {
            let day = original.creationDate.formatted(Date.ISO8601FormatStyle().year().month().day())
            throw AdobeRefusal.invalidField("referenceOrderId",
                                            "order \(referenceID) was placed on \(day), more than 14 days ago; returns are accepted within 14 days")
        }
        guard [AdobeStatus.complete, AdobeStatus.cancelled].contains(original.status) else {
            throw AdobeRefusal.invalidField("referenceOrderId",
                                            "order \(referenceID) has status \(original.status); only completed orders can be returned")
        }
        let requested = body.lineItems ?? []
        var indices: [Int] = []
        var violations: [AdobeRefusal.Violation] = []
        for (position, line) in requested.enumerated() {
            let path = "lineItems[\(position)]"
            guard let index = original.lineItems.firstIndex(where: { $0.extLineItemNumber == line.extLineItemNumber }) else {
                violations.append(.init(field: "\(path).extLineItemNumber",
                                        reason: "order \(referenceID) has no line \(line.extLineItemNumber ?? 0)"))
                continue
            }
            if original.lineItems[index].offerId != line.offerId {
                violations.append(.init(field: "\(path).offerId",
                                        reason: "line \(original.lineItems[index].extLineItemNumber) of order \(referenceID) is offer \(original.lineItems[index].offerId)"))
            }
            indices.append(index)
        }
        if !violations.isEmpty { throw AdobeRefusal.invalidFields(violations) }
        for (position, (line, index)) in zip(requested, indices).enumerated() {
            let remaining = original.lineItems[index].remainingQuantity
            if line.quantity! > remaining {
                throw AdobeRefusal.returnExceedsQuantity(
                    field: "lineItems[\(position)].quantity",
                    message: "line \(line.extLineItemNumber!) of order \(referenceID) has \(remaining) left to return, not \(line.quantity!)")
            }
        }
        var returned: [AdobeLineItem] = []
        for (line, index) in zip(requested, indices) {
            if !preview { release(line.quantity!, of: original.lineItems[index].subscriptionId, in: &state) }
            original.lineItems[index].returnedQuantity += line.quantity!
            if original.lineItems[index].remainingQuantity == 0 { original.lineItems[index].status = AdobeStatus.cancelled }
            var returnLine = original.lineItems[index]
            returnLine.quantity = line.quantity!
            returnLine.returnedQuantity = 0
            returnLine.status = preview ? "" : AdobeStatus.complete
            let offer = AdobeSeed.offers.first { $0.offerId == returnLine.offerId }
            returnLine.partnerPrice = priced ? offer?.partnerPrice : nil
            returned.append(returnLine)
        }
        if preview {
            return AdobeOrder(orderId: "", customerId: customerID, externalReferenceId: body.externalReferenceId ?? "",
                              orderType: .preview, referenceOrderId: referenceID, currencyCode: currency,
                              creationDate: now, status: "", lineItems: returned)
        }
        if original.lineItems.allSatisfy({ $0.remainingQuantity == 0 }) { original.status = AdobeStatus.cancelled }
        state.orders[referenceID] = original
        let order = AdobeOrder(orderId: String(state.nextOrderNumber), customerId: customerID,
                               externalReferenceId: body.externalReferenceId ?? "", orderType: .return,
                               referenceOrderId: referenceID, currencyCode: currency, creationDate: now,
                               status: AdobeStatus.complete, lineItems: returned)
        state.nextOrderNumber += 1
        state.orders.store(order)
        return order
    }

    /// Offers at a better level than the customer's: a PREVIEW answers the customer's own
    /// level instead (the best it may buy), a NEW or RENEWAL is refused with 2129, as the
    /// reference's "Preview an order" describes. Returns and their previews are left alone.
    private static func eligible(_ body: AdobeOrderBody, type: AdobeOrderType,
                                 customer: AdobeCustomer) throws -> AdobeOrderBody {
        guard type != .return, (body.referenceOrderId ?? "").isEmpty else { return body }
        var eligible = body
        var violations: [AdobeRefusal.Violation] = []
        for (index, line) in (body.lineItems ?? []).enumerated() {
            guard let offer = line.offerId, let level = AdobeOffer.level(of: offer), level > customer.licenseLevel else {
                continue
            }
            let allowed = AdobeOffer.offerID(offer, atLevel: customer.licenseLevel)
            if type.isPreview, AdobeSeed.offers.contains(where: { $0.offerId == allowed }) {
                eligible.lineItems?[index].offerId = allowed
            } else {
                violations.append(.init(field: "lineItems[\(index)].offerId",
                                        reason: "customer \(customer.customerId) is not eligible for level \(level) offer \(offer); preview the order for the offer to place"))
            }
        }
        guard violations.isEmpty else {
            throw AdobeRefusal(status: .badRequest, code: "2129", message: violations.map(\.reason).joined(separator: "; "),
                               additionalDetails: violations.map(\.field))
        }
        return eligible
    }

    /// Beyond the document: a line's `deploymentId` must name one of the customer's
    /// deployments, as Adobe checks it against `GET /v3/customers/{customerId}/deployments`.
    private static func checkDeployments(_ body: AdobeOrderBody, customer: AdobeCustomer) throws {
        let known = Set(customer.deployments.map(\.deploymentId))
        let violations = (body.lineItems ?? []).enumerated().compactMap { index, line -> AdobeRefusal.Violation? in
            guard let deployment = line.deploymentId, !known.contains(deployment) else { return nil }
            let choices = known.isEmpty ? "the customer has no deployments" : "use one of \(known.sorted().joined(separator: ", "))"
            return .init(field: "lineItems[\(index)].deploymentId",
                         reason: "deploymentId '\(deployment)' is not a deployment of customer \(customer.customerId); \(choices)")
        }
        if !violations.isEmpty { throw AdobeRefusal.invalidFields(violations) }
    }

    static func customer(_ id: String, in state: State) throws -> AdobeCustomer {
        guard let customer = state.customers.first(where: { $0.customerId == id }) else {
            throw AdobeRefusal.invalidCustomer(id)
        }
        return customer
    }

    /// Moves the book along the clock: pending orders settle, and correlation and request
    /// ids older than ten days are forgotten.
    private static func settle(_ state: inout State, now: Date) {
        OrderBook.settleDue(\.orders, in: &state, now: now) { order, _, state in
            guard let outcome = order.outcome else { return }
            order.status = outcome
            for index in order.lineItems.indices { order.lineItems[index].status = outcome }
            if outcome == AdobeStatus.complete { subscribe(&order, in: &state) }
        }
        let horizon = now.addingTimeInterval(-replayLifetime)
        state.replies = state.replies.filter { $0.value.keptAt > horizon }
        state.requests = state.requests.filter { $0.value.seenAt > horizon }
    }
}
