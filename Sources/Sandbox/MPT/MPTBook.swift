import Foundation

/// The Marketplace sandbox's state and the API's rules (seed 004): which order may move to
/// which status, who may change what, and how the vendor answers a processing order on the
/// sandbox clock — first querying the buyer about a parameter, then completing or failing.
final class MPTBook: Sendable {
    private struct State {
        var orders: OrderBook<MPTOrder>
        var agreements: [MPTAgreement]
        var nextSerial = 1
        var fulfilment: Fulfilment

        mutating func serial() -> Int {
            defer { nextSerial += 1 }
            return nextSerial
        }
    }

    private let state: ClockedState<State>

    private let credentials: SandboxCredentials
    init(options: SandboxOptions) {
        credentials = options.credentials
        state = ClockedState(State(orders: OrderBook(MPTSeed.orders(now: options.clock.now()).values),
                                   agreements: MPTSeed.agreements(), fulfilment: Fulfilment(options: options)),
                             clock: options.clock, settle: Self.settle)
    }

    // MARK: Authentication

    func authorize(bearer token: String?) throws {
        guard let token else { throw MPTProblem.unauthorized("Send the API token as Authorization: Bearer <token>.") }
        guard token == credentials.bearerToken else { throw MPTProblem.unauthorized("The API token is not valid.") }
    }

    // MARK: Reading

    func licensees() -> [MPTReference] { MPTSeed.licensees }

    func catalog() -> [MPTCatalogItem] { MPTSeed.catalog }

    /// The agreements `query` matches, in its order (else in the order they were made).
    func agreements(_ query: MPTQuery) -> MPTPage<MPTSelected<MPTAgreement>> {
        query.page(state.settled { state, _ in state.agreements }, Self.value(of:in:))
    }

    func agreement(_ id: String) throws -> MPTAgreement {
        try state.settled { state, _ in
            guard let agreement = state.agreements.first(where: { $0.id == id }) else {
                throw MPTProblem.notFound("Agreement \(id) does not exist.")
            }
            return agreement
        }
    }

    /// Every agreement's subscriptions that `query` matches.
    func subscriptions(_ query: MPTQuery) -> MPTPage<MPTSelected<MPTSubscription>> {
        query.page(state.settled { state, _ in state.agreements.flatMap(\.subscriptions) }, Self.value(of:in:))
    }

    func subscription(_ id: String) throws -> MPTSubscription {
        try state.settled { state, _ in
            guard let subscription = state.agreements.flatMap(\.subscriptions).first(where: { $0.id == id }) else {
                throw MPTProblem.notFound("Subscription \(id) does not exist.")
            }
            return subscription
        }
    }

    /// The orders `query` matches, newest first unless it orders them otherwise.
    func orders(_ query: MPTQuery) -> MPTPage<MPTSelected<MPTOrder>> {
        query.page(state.settled { state, _ in state.orders.all() }, defaults: [MPTQuery.SortKey(field: "audit.created.at", descending: true)],
                   Self.value(of:in:))
    }

    func order(_ id: String) throws -> MPTOrder {
        try state.settled { state, _ in try Self.find(id, in: state) }
    }

    private static func value(of field: String, in order: MPTOrder) -> String? {
        switch field {
        case "status": order.status
        case "type": order.type.rawValue
        case "externalIds.client": order.externalIds.client
        case "agreement.id": order.agreement?.id
        case "licensee.id": order.licensee.id
        case "product.id": order.product.id
        case "audit.created.at": order.createdAt.ISO8601Format()
        case "audit.updated.at": order.updatedAt.ISO8601Format()
        default: order.id
        }
    }

    private static func value(of field: String, in agreement: MPTAgreement) -> String? {
        switch field {
        case "name": agreement.name
        case "status": agreement.status
        case "licensee.id": agreement.licensee.id
        case "product.id": agreement.product.id
        default: agreement.id
        }
    }

    private static func value(of field: String, in subscription: MPTSubscription) -> String? {
        switch field {
        case "name": subscription.name
        case "status": subscription.status
        case "agreement.id": subscription.agreement?.id
        default: subscription.id
        }
    }

    // MARK: Creating and changing

    func create(_ body: MPTOrderBody) throws -> MPTOrder {
        guard let typeName = body.type, let type = MPTOrderType(rawValue: typeName) else {
            throw MPTProblem.badRequest("The order is invalid.", field: "type",
                                        "type must be Purchase, Change or Termination.")
        }
        if let status = body.status, status != MPTStatus.draft {
            throw MPTProblem.badRequest("The order is invalid.", field: "status", "Orders are created as Draft.")
        }
        return try state.settled { state, now in
            let serial = state.serial()
            var order = MPTOrder(
                id: "ORD-7301-2026-\(MPTSeed.group(serial / 10000))-\(MPTSeed.group(serial))", type: type,
                status: MPTStatus.draft, licensee: MPTReference(id: ""), lines: [], ordering: [], fulfillment: [],
                externalIds: body.externalIds ?? MPTExternalIDs(), notes: body.notes ?? "", createdAt: now,
                updatedAt: now, queried: false, fails: false, nextLineNumber: 1)
            switch type {
            case .purchase:
                try Self.startPurchase(body, of: &order)
            case .change:
                let agreement = try Self.activeAgreement(body.agreement?.id, in: state)
                order.agreement = agreement.reference
                order.licensee = agreement.licensee
                guard let lines = body.lines, !lines.isEmpty else {
                    throw MPTProblem.badRequest("The order is invalid.", field: "lines",
                                                "A Change order needs at least one line.")
                }
                order.lines = try Self.changeLines(lines, agreement: agreement, of: &order)
                Self.price(&order)
            case .termination:
                let agreement = try Self.activeAgreement(body.agreement?.id, in: state)
                order.agreement = agreement.reference
                order.licensee = agreement.licensee
                order.lines = try Self.terminationLines(body.lines ?? [], agreement: agreement, of: &order)
                Self.price(&order)
            }
            state.orders.store(order)
            return order
        }
    }

    /// PUT: notes at any status; lines while New, Draft or Quoted (a Quoted order's price
    /// no longer holds, so it returns to Draft); ordering parameter values while unplaced or
    /// Querying. The type and the status never change by PUT.
    func update(_ id: String, _ body: MPTOrderBody) throws -> MPTOrder {
        return try state.settled { state, now in
            var order = try Self.find(id, in: state)
            if let type = body.type, type != order.type.rawValue {
                throw MPTProblem.badRequest("The order cannot be changed.", field: "type",
                                            "The order type is fixed at creation.")
            }
            if let status = body.status, status != order.status {
                throw MPTProblem.badRequest("The order cannot be changed.", field: "status",
                                            "Change the status with validate, quote, process, query, complete or fail.")
            }
            if let lines = body.lines {
                guard MPTStatus.unplaced.contains(order.status) else {
                    throw MPTProblem.conflict("Order \(id) is \(order.status); lines change only while New, Draft or Quoted.")
                }
                switch order.type {
                case .purchase: order.lines = try Self.purchaseLines(lines, of: &order)
                case .change:
                    let agreement = try Self.activeAgreement(order.agreement?.id, in: state)
                    order.lines = try Self.changeLines(lines, agreement: agreement, of: &order)
                case .termination:
                    throw MPTProblem.badRequest("The order cannot be changed.", field: "lines",
                                                "A Termination order's lines are the subscriptions it was created for.")
                }
                Self.price(&order)
                if order.status == MPTStatus.quoted { order.move(to: MPTStatus.draft, at: now) }
            }
            if let parameters = body.parameters?.ordering {
                guard MPTStatus.unplaced.contains(order.status) || order.status == MPTStatus.querying else {
                    throw MPTProblem.conflict("Order \(id) is \(order.status); parameters change only before processing or while Querying.")
                }
                try Self.setValues(parameters, on: &order)
            }
            if let notes = body.notes { order.notes = notes }
            if let client = body.externalIds?.client { order.externalIds.client = client }
            if order.status == MPTStatus.new { order.move(to: MPTStatus.draft, at: now) }
            order.updatedAt = now
            state.orders.store(order)
            return order
        }
    }

    /// DELETE: only a Draft or a Quoted order; it stays readable with status Deleted.
    func delete(_ id: String) throws {
        try state.settled { state, now in
            var order = try Self.find(id, in: state)
            guard [MPTStatus.draft, MPTStatus.quoted].contains(order.status) else {
                throw MPTProblem.conflict("Order \(id) is \(order.status); only Draft and Quoted orders can be deleted.")
            }
            order.move(to: MPTStatus.deleted, at: now)
            state.orders.store(order)
        }
    }

    // MARK: Agreements and subscriptions made by hand (operations and the vendor)

    func createAgreement(_ body: MPTAgreementBody) throws -> MPTAgreement {
        guard let name = body.name, !name.isEmpty else {
            throw MPTProblem.badRequest("The agreement is invalid.", field: "name", "Name the agreement.")
        }
        guard let licensee = MPTSeed.licensees.first(where: { $0.id == body.licensee?.id }) else {
            throw MPTProblem.badRequest("The agreement is invalid.", field: "licensee.id",
                                        "licensee.id must name one of the buyer's licensees.")
        }
        if let product = body.product, product.id != MPTSeed.product.id {
            throw MPTProblem.badRequest("The agreement is invalid.", field: "product.id", "product.id must be \(MPTSeed.product.id).")
        }
        return state.settled { state, _ in
            let serial = state.serial()
            let agreement = MPTAgreement(id: "AGR-7301-2026-\(MPTSeed.group(serial / 10000))-\(MPTSeed.group(serial))",
                                         name: name, status: body.status ?? MPTAgreement.active, licensee: licensee,
                                         subscriptions: [])
            state.agreements.append(agreement)
            return agreement
        }
    }

    func updateAgreement(_ id: String, _ body: MPTAgreementBody) throws -> MPTAgreement {
        try state.settled { state, _ in
            guard let index = state.agreements.firstIndex(where: { $0.id == id }) else {
                throw MPTProblem.notFound("Agreement \(id) does not exist.")
            }
            if let name = body.name { state.agreements[index].name = name }
            return state.agreements[index]
        }
    }

    /// The vendor adds a subscription to an Active agreement: one line, an item of the
    /// catalog and a quantity.
    func createSubscription(_ body: MPTSubscriptionBody) throws -> MPTSubscription {
        try state.settled { state, _ in
            let agreement = try Self.activeAgreement(body.agreement?.id, in: state)
            guard let line = body.lines?.first, let item = MPTSeed.catalogItem(line.item?.id ?? "") else {
                throw MPTProblem.badRequest("The subscription is invalid.", field: "lines[0].item.id",
                                            "Name an item of the buyer's catalog.")
            }
            guard let quantity = line.quantity, quantity >= 1 else {
                throw MPTProblem.badRequest("The subscription is invalid.", field: "lines[0].quantity",
                                            "quantity must be a whole number of at least 1.")
            }
            let bought = MPTLine(id: "", item: MPTReference(id: item.id, name: item.name), quantity: quantity)
            var subscription = Self.newSubscription(for: bought, of: agreement.reference, in: &state)
            subscription.name = body.name ?? subscription.name
            let index = state.agreements.firstIndex { $0.id == agreement.id }!
            state.agreements[index].subscriptions.append(subscription)
            return subscription
        }
    }

    func updateSubscription(_ id: String, _ body: MPTSubscriptionBody) throws -> MPTSubscription {
        try changeSubscription(id) { subscription in
            if let name = body.name { subscription.name = name }
        }
    }

    /// Ends a subscription; an agreement whose subscriptions have all ended ends with them.
    func terminateSubscription(_ id: String) throws -> MPTSubscription {
        try changeSubscription(id) { subscription in
            guard subscription.status == MPTSubscription.active else {
                throw MPTProblem.conflict("Subscription \(id) is \(subscription.status); only Active subscriptions can be terminated.")
            }
            subscription.status = MPTSubscription.terminated
        }
    }

    private func changeSubscription(_ id: String, _ change: (inout MPTSubscription) throws -> Void) throws -> MPTSubscription {
        try state.settled { state, _ in
            for index in state.agreements.indices {
                guard let position = state.agreements[index].subscriptions.firstIndex(where: { $0.id == id }) else { continue }
                try change(&state.agreements[index].subscriptions[position])
                if state.agreements[index].subscriptions.allSatisfy({ $0.status == MPTSubscription.terminated }) {
                    state.agreements[index].status = MPTAgreement.terminated
                }
                return state.agreements[index].subscriptions[position]
            }
            throw MPTProblem.notFound("Subscription \(id) does not exist.")
        }
    }

    // MARK: The vendor's subscriptions of a processing order

    func orderSubscriptions(_ orderID: String, _ query: MPTQuery) throws -> MPTPage<MPTSelected<MPTSubscription>> {
        query.page(try order(orderID).subscriptions, Self.value(of:in:))
    }

    func orderSubscription(_ orderID: String, _ id: String) throws -> MPTSubscription {
        guard let subscription = try order(orderID).subscriptions.first(where: { $0.id == id }) else {
            throw MPTProblem.notFound("Order \(orderID) has no subscription \(id).")
        }
        return subscription
    }

    /// The vendor creates a subscription for a line of a processing order; the order's
    /// completion then puts that line on it rather than on a new one.
    func createOrderSubscription(_ orderID: String, _ body: MPTSubscriptionBody) throws -> MPTSubscription {
        try changeOrderSubscriptions(orderID) { order, state in
            guard let lineID = body.lines?.first?.id, let line = order.lines.first(where: { $0.id == lineID }) else {
                throw MPTProblem.badRequest("The subscription is invalid.", field: "lines[0].id",
                                            "Name a line of order \(order.id) by its id.")
            }
            if order.subscriptions.contains(where: { $0.orderLineID == lineID }) {
                throw MPTProblem.conflict("Line \(lineID) of order \(order.id) already has a subscription.")
            }
            var subscription = Self.newSubscription(for: line, of: order.agreement, in: &state)
            subscription.name = body.name ?? subscription.name
            subscription.orderLineID = lineID
            order.subscriptions.append(subscription)
            return subscription
        }
    }

    func updateOrderSubscription(_ orderID: String, _ id: String, _ body: MPTSubscriptionBody) throws -> MPTSubscription {
        try changeOrderSubscriptions(orderID) { order, _ in
            guard let index = order.subscriptions.firstIndex(where: { $0.id == id }) else {
                throw MPTProblem.notFound("Order \(order.id) has no subscription \(id).")
            }
            if let name = body.name { order.subscriptions[index].name = name }
            return order.subscriptions[index]
        }
    }

    func deleteOrderSubscription(_ orderID: String, _ id: String) throws {
        _ = try changeOrderSubscriptions(orderID) { order, _ in
            guard let index = order.subscriptions.firstIndex(where: { $0.id == id }) else {
                throw MPTProblem.notFound("Order \(order.id) has no subscription \(id).")
            }
            return order.subscriptions.remove(at: index)
        }
    }

    /// Only the vendor of a processing order changes its subscriptions.
    private func changeOrderSubscriptions(_ orderID: String,
                                          _ change: (inout MPTOrder, inout State) throws -> MPTSubscription) throws -> MPTSubscription {
        try state.settled { state, _ in
            var order = try Self.find(orderID, in: state)
            guard order.status == MPTStatus.processing else {
                throw MPTProblem.conflict("Order \(orderID) is \(order.status); subscriptions are created while it is Processing.")
            }
            let subscription = try change(&order, &state)
            state.orders.store(order)
            return subscription
        }
    }

    // MARK: Transitions

    /// Checks the order as `process` would, without moving it: errors land on the
    /// parameters and the order, and the order is returned either way.
    func validate(_ id: String) throws -> MPTOrder {
        try transition(id, from: MPTStatus.unplaced + [MPTStatus.querying], to: "be validated") { order, _, _ in
            for index in order.ordering.indices where order.ordering[index].isMissing {
                order.ordering[index].error = Self.requiredError
            }
            order.error = order.lines.isEmpty
                ? MPTMessage(id: "VAL-0001", message: "The order has no lines; add at least one item.") : nil
        }
    }

    func quote(_ id: String) throws -> MPTOrder {
        try transition(id, from: MPTStatus.unplaced, to: "be quoted") { order, _, now in
            try Self.requireLines(order)
            Self.price(&order)
            order.move(to: MPTStatus.quoted, at: now)
        }
    }

    /// Draft or Quoted (or Querying, once the buyer fixed what the vendor asked) → Processing.
    func process(_ id: String) throws -> MPTOrder {
        try transition(id, from: [MPTStatus.draft, MPTStatus.quoted, MPTStatus.querying],
                       to: "be processed", hint: " Save a New order (PUT) to make it a Draft first.") { order, state, now in
            try Self.requireLines(order)
            for index in order.ordering.indices where order.ordering[index].isMissing {
                order.ordering[index].error = Self.requiredError
            }
            let blocking = order.ordering.compactMap { parameter in
                parameter.error.map { MPTParameterError(id: parameter.id, externalId: parameter.externalId,
                                                        message: "\(parameter.name): \($0.message)") }
            }
            guard blocking.isEmpty else {
                state.orders.store(order)
                throw MPTProblem.parameters("Order \(order.id) cannot be processed until its ordering parameters are fixed.",
                                            blocking)
            }
            Self.price(&order)
            order.statusNotes = nil
            order.move(to: MPTStatus.processing, at: now)
            (order.vendorActsAt, order.fails) = state.fulfilment.start(at: now)
        }
    }

    /// The vendor sends the order back to the buyer, with errors on parameters or
    /// `statusNotes` when it says what to fix; the official client's test sends no body.
    func query(_ id: String, _ body: MPTOrderBody) throws -> MPTOrder {
        let errors = body.parameters?.ordering?.compactMap { parameter in parameter.error.map { (parameter.id, $0) } } ?? []
        return try transition(id, from: [MPTStatus.processing], to: "be queried") { order, _, now in
            for (parameterID, error) in errors {
                guard let index = order.ordering.firstIndex(where: { $0.id == parameterID }) else {
                    throw MPTProblem.badRequest("The query is invalid.", field: "parameters.ordering",
                                                "Order \(order.id) has no ordering parameter \(parameterID).")
                }
                order.ordering[index].error = error
            }
            order.move(to: MPTStatus.querying, at: now)
            order.statusNotes = body.statusNotes
            order.queried = true
            order.vendorActsAt = nil
        }
    }

    func complete(_ id: String) throws -> MPTOrder {
        try transition(id, from: [MPTStatus.processing], to: "be completed") { order, state, now in
            Self.complete(&order, in: &state, now: now)
        }
    }

    func fail(_ id: String, _ body: MPTOrderBody) throws -> MPTOrder {
        guard let notes = body.statusNotes, !notes.message.isEmpty else {
            throw MPTProblem.badRequest("The failure is invalid.", field: "statusNotes",
                                        "Say why the order failed in statusNotes.message.")
        }
        return try transition(id, from: [MPTStatus.processing], to: "be failed") { order, _, now in
            order.move(to: MPTStatus.failed, at: now)
            order.statusNotes = notes
            order.vendorActsAt = nil
        }
    }

    // MARK: Rules

    private static let requiredError = MPTMessage(id: "VAL-0002", message: "A value is required.")

    private func transition(_ id: String, from allowed: [String], to action: String, hint: String = "",
                            _ change: (inout MPTOrder, inout State, Date) throws -> Void) throws -> MPTOrder {
        return try state.settled { state, now in
            var order = try Self.find(id, in: state)
            guard allowed.contains(order.status) else {
                let extra = order.status == MPTStatus.new ? hint : ""
                throw MPTProblem.conflict("Order \(id) is \(order.status); only \(allowed.joined(separator: ", ")) orders can \(action).\(extra)")
            }
            try change(&order, &state, now)
            order.updatedAt = now
            state.orders.store(order)
            return order
        }
    }

    private static func requireLines(_ order: MPTOrder) throws {
        if order.lines.isEmpty {
            throw MPTProblem.badRequest("Order \(order.id) has no lines.", field: "lines", "Add at least one item.")
        }
    }

    /// Prices the lines from the price list, as the Marketplace does whenever they change:
    /// a draft carries its price, and that price is the preview (`quote` saves it).
    private static func price(_ order: inout MPTOrder) {
        guard !order.lines.isEmpty else {
            order.price = nil
            return
        }
        for index in order.lines.indices {
            let item = MPTSeed.catalogItem(order.lines[index].item.id)!
            order.lines[index].price = MPTPrice.line(unitPP: item.unitPP, quantity: order.lines[index].quantity,
                                                     markup: MPTSeed.markup, currency: item.currency)
        }
        order.price = MPTPrice.total(order.lines.compactMap(\.price), markup: MPTSeed.markup, currency: MPTSeed.currency)
    }

    private static func setValues(_ parameters: [MPTOrderBody.Parameter], on order: inout MPTOrder) throws {
        for (position, parameter) in parameters.enumerated() {
            guard let index = order.ordering.firstIndex(where: { $0.id == parameter.id }) else {
                throw MPTProblem.badRequest("The order cannot be changed.", field: "parameters.ordering[\(position)].id",
                                            "Order \(order.id) has no ordering parameter \(parameter.id).")
            }
            let current = order.ordering[index]
            if let structured = parameter.structuredValue {
                try setStructured(structured, on: &order.ordering[index])
                continue
            }
            guard let value = parameter.value else { continue }
            if current.constraints?.readonly == true, value != current.value {
                throw MPTProblem.parameters("The order cannot be changed.", [
                    MPTParameterError(id: current.id, externalId: current.externalId,
                                      message: "\(current.name) is read-only."),
                ])
            }
            if let problem = current.problem(with: value) {
                throw MPTProblem.parameters("The order cannot be changed.", [
                    MPTParameterError(id: current.id, externalId: current.externalId, message: problem),
                ])
            }
            if value != current.value { order.ordering[index].error = nil }
            order.ordering[index].value = value
        }
    }

    /// A complete address object fits an Address parameter, a list of options a Checkbox; the
    /// value is then the object or list, with its `displayValue`.
    private static func setStructured(_ value: MPTStructuredValue, on parameter: inout MPTParameter) throws {
        let problem: String? = switch value {
        case .object(let fields): parameter.problem(with: fields)
        case .list(let ticked): parameter.problem(with: ticked)
        }
        if let problem = parameter.constraints?.readonly == true ? "\(parameter.name) is read-only." : problem {
            throw MPTProblem.parameters("The order cannot be changed.", [
                MPTParameterError(id: parameter.id, externalId: parameter.externalId, message: problem),
            ])
        }
        if value != parameter.structuredValue { parameter.error = nil }
        parameter.structuredValue = value
    }

    /// A Purchase starts an agreement: `agreement{licensee, product}` and `authorization`, as
    /// the official client sends them (a `licensee` at the top is read too); ordering
    /// parameter values sent with it are kept.
    private static func startPurchase(_ body: MPTOrderBody, of order: inout MPTOrder) throws {
        if body.agreement?.id != nil {
            throw MPTProblem.badRequest("The order is invalid.", field: "agreement.id",
                                        "A Purchase order creates its agreement; use a Change or Termination order for an existing one.")
        }
        let licenseeID = body.agreement?.licensee?.id ?? body.licensee?.id
        guard let licensee = MPTSeed.licensees.first(where: { $0.id == licenseeID }) else {
            throw MPTProblem.badRequest("The order is invalid.", field: "agreement.licensee.id",
                                        "agreement.licensee.id must name one of the buyer's licensees.")
        }
        for (field, reference, known) in [("agreement.product.id", body.agreement?.product ?? body.product, MPTSeed.product),
                                          ("authorization.id", body.authorization, MPTSeed.authorization)] {
            if let reference, reference.id != known.id {
                throw MPTProblem.badRequest("The order is invalid.", field: field,
                                            "\(field) must be \(known.id), the sandbox's \(known.name ?? known.id).")
            }
        }
        order.licensee = licensee
        order.ordering = MPTSeed.orderingParameters()
        order.fulfillment = MPTSeed.fulfillmentParameters()
        try setValues(body.parameters?.ordering ?? [], on: &order)
        order.lines = try purchaseLines(body.lines ?? [], of: &order)
        price(&order)
    }

    private static func purchaseLines(_ bodies: [MPTOrderBody.Line], of order: inout MPTOrder) throws -> [MPTLine] {
        try bodies.enumerated().map { position, body in
            if body.subscription != nil {
                throw MPTProblem.badRequest("The order is invalid.", field: "lines[\(position)].subscription",
                                            "A Purchase order creates subscriptions; it cannot name one.")
            }
            return try newLine(body, position: position, of: &order)
        }
    }

    private static func changeLines(_ bodies: [MPTOrderBody.Line], agreement: MPTAgreement,
                                    of order: inout MPTOrder) throws -> [MPTLine] {
        try bodies.enumerated().map { position, body in
            guard let subscriptionID = body.subscription?.id else { return try newLine(body, position: position, of: &order) }
            let subscription = try activeSubscription(subscriptionID, of: agreement,
                                                      field: "lines[\(position)].subscription.id")
            try Self.checkOldQuantity(body, of: subscription)
            guard let quantity = body.quantity, quantity >= 1, quantity != subscription.quantity else {
                throw MPTProblem.badRequest("The order is invalid.", field: "lines[\(position)].quantity",
                                            "The new quantity must be at least 1 and differ from the current \(subscription.quantity).")
            }
            return MPTLine(id: try lineID(body.id, position: position, of: &order), item: subscription.item,
                           quantity: quantity, oldQuantity: subscription.quantity,
                           subscription: MPTReference(id: subscription.id))
        }
    }

    /// A Termination order's lines take their subscriptions to quantity 0.
    private static func terminationLines(_ bodies: [MPTOrderBody.Line], agreement: MPTAgreement,
                                         of order: inout MPTOrder) throws -> [MPTLine] {
        guard !bodies.isEmpty else {
            throw MPTProblem.badRequest("The order is invalid.", field: "lines",
                                        "A Termination order needs a line for each subscription to terminate.")
        }
        return try bodies.enumerated().map { position, body in
            let subscription = try activeSubscription(body.subscription?.id ?? "", of: agreement,
                                                      field: "lines[\(position)].subscription.id")
            try Self.checkOldQuantity(body, of: subscription)
            guard body.quantity == 0 else {
                throw MPTProblem.badRequest("The order is invalid.", field: "lines[\(position)].quantity",
                                            "A Termination line takes its subscription to quantity 0.")
            }
            return MPTLine(id: try lineID(nil, position: position, of: &order), item: subscription.item, quantity: 0,
                           oldQuantity: subscription.quantity, subscription: MPTReference(id: subscription.id))
        }
    }

    /// A line's `oldQuantity`, when sent, must be the subscription's quantity now: the buyer
    /// decided on what they saw, and it has changed since.
    private static func checkOldQuantity(_ body: MPTOrderBody.Line, of subscription: MPTSubscription) throws {
        if let old = body.oldQuantity, old != subscription.quantity {
            throw MPTProblem.conflict("\(subscription.id) has \(subscription.quantity) now, not \(old); read the agreement again.")
        }
    }

    private static func newLine(_ body: MPTOrderBody.Line, position: Int, of order: inout MPTOrder) throws -> MPTLine {
        guard let item = MPTSeed.catalogItem(body.item?.id ?? "") else {
            throw MPTProblem.badRequest("The order is invalid.", field: "lines[\(position)].item.id",
                                        "'\(body.item?.id ?? "")' is not an item of the buyer's catalog.")
        }
        guard let quantity = body.quantity, quantity >= 1 else {
            throw MPTProblem.badRequest("The order is invalid.", field: "lines[\(position)].quantity",
                                        "quantity must be a whole number of at least 1.")
        }
        return MPTLine(id: try lineID(body.id, position: position, of: &order),
                       item: MPTReference(id: item.id, name: item.name), quantity: quantity)
    }

    /// An existing line keeps its id; a line without one gets the next.
    private static func lineID(_ id: String?, position: Int, of order: inout MPTOrder) throws -> String {
        if let id {
            guard order.lines.contains(where: { $0.id == id }) else {
                throw MPTProblem.badRequest("The order is invalid.", field: "lines[\(position)].id",
                                            "Order \(order.id) has no line \(id).")
            }
            return id
        }
        defer { order.nextLineNumber += 1 }
        return MPTSeed.lineID(orderID: order.id, number: order.nextLineNumber)
    }

    private static func activeAgreement(_ id: String?, in state: State) throws -> MPTAgreement {
        guard let agreement = state.agreements.first(where: { $0.id == id }) else {
            throw MPTProblem.badRequest("The order is invalid.", field: "agreement.id",
                                        "agreement.id must name one of the buyer's agreements.")
        }
        guard agreement.status == MPTAgreement.active else {
            throw MPTProblem.conflict("Agreement \(agreement.id) is \(agreement.status); only Active agreements take Change or Termination orders.")
        }
        return agreement
    }

    private static func activeSubscription(_ id: String, of agreement: MPTAgreement,
                                           field: String) throws -> MPTSubscription {
        guard let subscription = agreement.subscriptions.first(where: { $0.id == id }),
              subscription.status == MPTSubscription.active else {
            throw MPTProblem.badRequest("The order is invalid.", field: field,
                                        "\(id) is not an active subscription of agreement \(agreement.id).")
        }
        return subscription
    }

    private static func find(_ id: String, in state: State) throws -> MPTOrder {
        guard id.wholeMatch(of: /ORD-\d{4}(-\d{4}){2,3}/) != nil else {
            throw MPTProblem.notFound("'\(id)' is not an order id (ORD- and 3 or 4 groups of 4 digits).")
        }
        guard let order = state.orders[id] else { throw MPTProblem.notFound("Order \(id) does not exist.") }
        return order
    }

    /// What the vendor does when a processing order's time comes: query the buyer once
    /// about the partner id, then complete or (for the configured share) fail.
    private static func settle(_ state: inout State, now: Date) {
        OrderBook.settleDue(\.orders, in: &state, now: now) { order, due, state in
            order.vendorActsAt = nil
            if !order.queried, let index = order.ordering.firstIndex(where: { $0.externalId == MPTSeed.partnerIDExternalID }) {
                order.move(to: MPTStatus.querying, at: due)
                order.ordering[index].error = MPTMessage(
                    id: "VND-0001",
                    message: "The vendor could not verify Microsoft Partner ID '\(order.ordering[index].value)'; enter the id shown in Partner Center.")
                order.statusNotes = MPTMessage(id: "VND-0001", message: "The vendor needs a valid Microsoft Partner ID.")
                order.queried = true
            } else if order.fails {
                order.move(to: MPTStatus.failed, at: due)
                order.statusNotes = MPTMessage(id: "VND-0500",
                                               message: "The vendor refused provisioning: the licensee's tenant is suspended.")
            } else {
                complete(&order, in: &state, now: due)
            }
        }
    }

    /// Completion: a Purchase creates its agreement with one subscription per line, a Change
    /// sets quantities (and adds subscriptions for new items), a Termination ends them.
    private static func complete(_ order: inout MPTOrder, in state: inout State, now: Date) {
        order.vendorActsAt = nil
        order.statusNotes = nil
        switch order.type {
        case .purchase:
            let serial = state.serial()
            var agreement = MPTAgreement(
                id: "AGR-7301-2026-\(MPTSeed.group(serial / 10000))-\(MPTSeed.group(serial))",
                name: "\(order.lines.first?.item.name ?? "Order") for \(order.licensee.name ?? order.licensee.id)",
                status: MPTAgreement.active, licensee: order.licensee, subscriptions: [])
            for index in order.lines.indices {
                var subscription = order.subscriptions.first { $0.orderLineID == order.lines[index].id }
                    ?? newSubscription(for: order.lines[index], of: agreement.reference, in: &state)
                subscription.agreement = agreement.reference
                subscription.quantity = order.lines[index].quantity
                agreement.subscriptions.append(subscription)
                order.lines[index].subscription = MPTReference(id: subscription.id)
            }
            state.agreements.append(agreement)
            order.agreement = agreement.reference
            order.subscriptions = agreement.subscriptions
            let tenant = String(state.fulfilment.random.next(), radix: 16)
            order.fulfillment = MPTSeed.fulfillmentParameters(tenantID: tenant)
        case .change, .termination:
            guard let index = state.agreements.firstIndex(where: { $0.id == order.agreement?.id }) else { break }
            for lineIndex in order.lines.indices {
                let line = order.lines[lineIndex]
                if let subscriptionID = line.subscription?.id,
                   let position = state.agreements[index].subscriptions.firstIndex(where: { $0.id == subscriptionID }) {
                    state.agreements[index].subscriptions[position].quantity = line.quantity
                    if order.type == .termination {
                        state.agreements[index].subscriptions[position].status = MPTSubscription.terminated
                    }
                } else {
                    let subscription = newSubscription(for: line, of: state.agreements[index].reference, in: &state)
                    state.agreements[index].subscriptions.append(subscription)
                    order.lines[lineIndex].subscription = MPTReference(id: subscription.id)
                }
            }
            if state.agreements[index].subscriptions.allSatisfy({ $0.status == MPTSubscription.terminated }) {
                state.agreements[index].status = MPTAgreement.terminated
            }
        }
        order.move(to: MPTStatus.completed, at: now)
    }

    private static func newSubscription(for line: MPTLine, of agreement: MPTReference?,
                                        in state: inout State) -> MPTSubscription {
        let serial = state.serial()
        return MPTSubscription(id: "SUB-7301-\(MPTSeed.group(serial / 10000))-\(MPTSeed.group(serial))",
                               name: line.item.name ?? line.item.id, agreement: agreement, item: line.item, quantity: line.quantity,
                               status: MPTSubscription.active)
    }
}
