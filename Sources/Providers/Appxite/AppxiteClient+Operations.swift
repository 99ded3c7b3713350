import Foundation
import OrderKit

/// Item forms, cart operations and approvals: what the console's add-item form, operations
/// menu and detail view ask an Appxite account for.
extension AppxiteClient {
    /// The offer's form from the catalog (`GET /products`), keys as `FormData` wants them.
    /// None on a templates account: its lines are typed as keys and values.
    public func lineForm(offerID: String) async throws -> LineForm? {
        guard lineForms == .catalog else { return nil }
        return AppxiteLineForm.form(for: try await offer(offerID))
    }

    /// Cart operations only where the order's own `Operations` list allows them (read back
    /// from its raw payload; an order without one is offered none), and approval where this
    /// login may approve and the order awaits it.
    public func operations(for order: Order) -> [OrderOperation] {
        let allowed = order.rawPayload.map(AppxiteReader.operations(inRaw:)) ?? []
        var operations: [OrderOperation] = []
        if allowed.contains(Self.update) { operations += order.items.map(AppxiteOrderOperations.update) }
        if allowed.contains(Self.scheduleOrder) { operations.append(AppxiteOrderOperations.schedule) }
        if allowed.contains(Self.createQuote) { operations.append(AppxiteOrderOperations.quote) }
        if approver, order.phase == .awaitingApproval {
            operations += [AppxiteOrderOperations.approve, AppxiteOrderOperations.reject]
        }
        return operations
    }

    /// `update:` an item: its offer's form holding the item's current form data. Scheduling
    /// asks for the day (tomorrow to begin with), a rejection for its reason.
    public func operationForm(_ operation: OrderOperation, orderID: String) async throws -> [CustomField] {
        if let itemID = Self.itemID(updatedBy: operation) {
            let (_, item) = try await item(itemID, of: orderID)
            guard lineForms == .catalog else { return Self.keyedFields(item) }
            return AppxiteLineForm.form(for: try await offer(item.offerID), filledFrom: item.formData).fields
        }
        switch operation.id {
        case Self.scheduleOrder:
            let tomorrow = Date().addingTimeInterval(24 * 3600).formatted(Self.day)
            return [CustomField(name: "Placement day", value: tomorrow, kind: .date,
                                key: AppxiteOrderOperations.scheduleDateKey, required: true,
                                hint: "a day after today; placed at 00:00 UTC")]
        case AppxiteOrderOperations.reject.id:
            return [CustomField(name: "Reason", value: "", key: AppxiteOrderOperations.reasonKey, required: true,
                                hint: "kept with the order as its status message")]
        default:
            return []
        }
    }

    /// The quote `create_quote` answers, a line per item and the total.
    public func previewOperation(_ operation: OrderOperation, orderID: String,
                                 fields: [CustomField]) async throws -> [String] {
        guard operation.id == Self.createQuote else { return [] }
        let quote = try await quote(orderID: orderID)
        return quote.lines.map { line in
            let unit = line.unitPrice.map { " at \($0.formatted)" } ?? ""
            return "\(line.name) ×\(line.quantity)\(unit): \(line.total?.formatted ?? "unpriced")"
        } + ["Total \(quote.total?.formatted ?? "unpriced")", quote.note].compactMap { $0 }
    }

    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order {
        if let itemID = Self.itemID(updatedBy: operation) {
            let (order, item) = try await item(itemID, of: orderID)
            guard lineForms == .catalog else {
                let entries = Dictionary(fields.map { ($0.key, $0.value) }) { first, _ in first }
                return try await run(Self.update, on: order, item: item,
                                     formData: try AppxiteKeyedForm.formData(entries, offerID: item.offerID))
            }
            let offer = try await offer(item.offerID)
            let line = try AppxiteLineForm.line(id: item.id, offer: offer, fields: fields)
            return try await run(Self.update, on: order, item: item,
                                 formData: try AppxiteFormBuilder.form(for: line, offer: offer))
        }
        switch operation.id {
        case Self.scheduleOrder:
            let order = try await payload(orderID: orderID)
            guard let item = order.items.first else {
                throw OrderError.rejected(detail: "cart order \(orderID) has no items to schedule")
            }
            return try await run(Self.scheduleOrder, on: order, item: item, scheduledFor: try Self.placementDay(fields))
        case Self.createQuote:
            _ = try await quote(orderID: orderID)
            return try await order(id: orderID)
        case AppxiteOrderOperations.approve.id:
            return try await decide(orderID, "approve", body: nil)
        case AppxiteOrderOperations.reject.id:
            let reason = fields.first { $0.key == AppxiteOrderOperations.reasonKey }?.value
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !reason.isEmpty else {
                throw OrderError.rejected(detail: "say why order \(orderID) is rejected in Reason")
            }
            return try await decide(orderID, "reject", body: try Self.json([AppxiteOrderOperations.reasonKey: reason]))
        default:
            throw OrderError.unsupported(detail: "Appxite orders have no operation '\(operation.id)'.")
        }
    }

    /// Per item: its form data by key (choices by name), and its subscription once provisioned;
    /// a scheduled order's day and a rejected or failed order's message come first.
    public func details(orderID: String) async throws -> [DetailSection] {
        let order = try await payload(orderID: orderID)
        // The catalog only names choices: a details view never fails for want of it.
        let offers = lineForms == .catalog ? (try? await catalog()) ?? [] : []
        var sections: [DetailSection] = []
        let notes = [order.scheduledFor.map { DetailSection.Row("Scheduled for", $0.formatted(Self.day)) },
                     order.statusMessage.map { DetailSection.Row("Status message", $0, tone: .warning) }].compactMap { $0 }
        if !notes.isEmpty { sections.append(DetailSection(title: "Order \(order.id)", rows: notes)) }
        for item in order.items {
            let offer = offers.first { $0.id == item.offerID }
            var rows = [DetailSection.Row("OrderItemId", item.id), DetailSection.Row("Status", item.status)]
            if let formData = item.formData {
                rows += AppxiteFormDescription.rows(formData, offer: offer)
            } else {
                rows.append(DetailSection.Row("FormData", "unreadable in the answer", tone: .warning))
            }
            if let subscription = item.subscriptionID {
                rows.append(DetailSection.Row("Subscription", subscription + (item.subscriptionStatus.map { " (\($0))" } ?? ""),
                                              tone: item.subscriptionStatus == "disabled" ? .warning : .success))
            }
            sections.append(DetailSection(title: "\(item.offerName ?? item.offerID) ×\(item.quantity)", rows: rows))
        }
        return sections
    }

    // MARK: Steps

    private static let day = Date.ISO8601FormatStyle().year().month().day()

    /// A templates account's `update` form: the item's form data as it was sent, a text
    /// field per key, sent back as typed.
    private static func keyedFields(_ item: AppxiteItemPayload) -> [CustomField] {
        guard let formData = item.formData else { return [] }
        return AppxiteKeyedForm.entries(formData).map { entry in
            CustomField(name: entry.key, value: entry.value, key: entry.key, required: true,
                        hint: "a whole number is sent as a number; \"quoted\" stays text")
        }
    }

    private static func itemID(updatedBy operation: OrderOperation) -> String? {
        operation.id.hasPrefix(AppxiteOrderOperations.updatePrefix)
            ? String(operation.id.dropFirst(AppxiteOrderOperations.updatePrefix.count)) : nil
    }

    /// The chosen day at 00:00 UTC; it must lie ahead, as the API refuses a date in the past.
    private static func placementDay(_ fields: [CustomField]) throws -> Date {
        let key = AppxiteOrderOperations.scheduleDateKey
        let text = fields.first { $0.key == key }?.value ?? ""
        guard let day = try? day.parse(text) else {
            throw OrderError.rejected(detail: "\(key) is a day as YYYY-MM-DD, not '\(text)'")
        }
        guard day > Date() else {
            throw OrderError.rejected(detail: "\(key) \(text) has begun or passed; choose a day after today")
        }
        return day
    }

    private func offer(_ offerID: String) async throws -> AppxiteOfferPayload {
        guard let offer = try await catalog().first(where: { $0.id == offerID }) else {
            throw OrderError.notFound(detail: "offer \(offerID) is not in the Appxite catalog")
        }
        return offer
    }

    private func item(_ itemID: String, of orderID: String) async throws -> (AppxiteOrderPayload, AppxiteItemPayload) {
        let order = try await payload(orderID: orderID)
        guard let item = order.items.first(where: { $0.id == itemID }) else {
            throw OrderError.notFound(detail: "order \(orderID) has no item \(itemID); refresh the order")
        }
        return (order, item)
    }

    /// Approves or rejects through the link the order itself carries, read afresh; a link
    /// that leads outside the account's base URL is refused, so credentials go nowhere else.
    private func decide(_ orderID: String, _ decision: String, body: Data?) async throws -> Order {
        guard approver else {
            throw OrderError.forbidden(detail: "account \(account) may not approve or reject orders; set approver = true for it in the config if it may")
        }
        let order = try await payload(orderID: orderID)
        guard let link = decision == "approve" ? order.approveLink : order.rejectLink else {
            throw OrderError.conflict(detail: "order \(orderID) is \(order.status) and carries no \(decision) link; only orders awaiting approval can be decided")
        }
        guard let path = AppxiteLink.path(of: link, under: baseURL) else {
            throw OrderError.rejected(detail: "the \(decision) link of order \(orderID) leads outside \(baseURL); \(decision) it in the portal")
        }
        let response = try await call(APIRequest(.post, path, body: body ?? Data("{}".utf8)))
        let payload = try AppxiteReader.order(from: response.body, what: "\(decision) answer")
        return mapped(payload, raw: response.body)
    }
}
