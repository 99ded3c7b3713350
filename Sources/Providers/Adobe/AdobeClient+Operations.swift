import Foundation
import OrderKit

/// Line forms, returns of chosen quantities, the external reference and the detail
/// sections: what the console's add-item form, operations menu and detail view ask an Adobe
/// account for.
extension AdobeClient {
    /// Quantity, deployment (a choice when the customer has deployments), currency and
    /// discount code, keyed as the order body's line fields. The price list and the
    /// deployments are side lookups: when one fails, the currency is the client's and the
    /// deployment free text.
    public func lineForm(offerID: String) async throws -> LineForm? {
        let offer = (try? await offers())?.first { $0.id == offerID }
        return AdobeLineForm.form(currency: offer?.price?.currency ?? currency,
                                  deployments: (try? await deployments()) ?? [])
    }

    /// Read from the order's raw payload, so the menu opens at once; an order without one
    /// is offered nothing, and `perform` checks again with Adobe.
    public func operations(for order: Order) -> [OrderOperation] {
        guard let raw = order.rawPayload,
              let payload = try? AdobeOrderPayload.read(Data(raw.utf8), what: "order"),
              !AdobeMapping.isPreview(payload) else { return [] }
        return AdobeOrderOperations.offered(for: payload, createdAt: order.createdAt, now: now())
    }

    /// A return asks for a quantity per line that has something left (key: the line's
    /// `extLineItemNumber`, at most what remains); the reference edit for the new reference.
    public func operationForm(_ operation: OrderOperation, orderID: String) async throws -> [CustomField] {
        let (payload, _) = try await orderPayload(id: orderID)
        switch operation.id {
        case AdobeOrderOperations.returnLines.id:
            let names = (try? await offerNames()) ?? [:]
            return payload.lineItems.filter { $0.returnable > 0 }.map { line in
                CustomField(name: names[line.offerId] ?? line.offerId, value: "0", kind: .number,
                            key: String(line.extLineItemNumber), minimum: 0, maximum: Double(line.returnable),
                            hint: "\(line.returnable) remaining")
            }
        case AdobeOrderOperations.editReference.id:
            return [CustomField(name: "External reference", value: payload.externalReferenceId ?? "",
                                key: AdobeOrderOperations.referenceKey,
                                hint: "at most \(AdobeCartReference.maxExternalReferenceLength) characters")]
        default:
            return []
        }
    }

    /// Adobe's preview of the return (a PREVIEW naming the order in `referenceOrderId`,
    /// priced): a line per returned line with its refund, then the total.
    public func previewOperation(_ operation: OrderOperation, orderID: String,
                                 fields: [CustomField]) async throws -> [String] {
        guard operation.id == AdobeOrderOperations.returnLines.id else { return [] }
        let (original, _) = try await orderPayload(id: orderID)
        let body = try returnBody(orderID: orderID, original: original, fields: fields, type: "PREVIEW")
        let response = try await create(body, query: [Self.fetchPrice])
        let preview = try AdobeOrderPayload.read(response.body, what: "return preview")
        let quote = AdobeMapping.quote(preview, names: await lineNames(original))
        return quote.lines.map { line in
            "Return \(line.quantity) × \(line.name): refund \(line.total?.formatted ?? "not priced")"
        } + ["Refund total \(quote.total?.formatted ?? "not priced")",
             "The returned licences stop working; lines returned in full become 1008 (cancelled)."]
    }

    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order {
        try await perform(operation, orderID: orderID, fields: fields, reference: newReference(for: operation))
    }

    /// The RETURN order's `externalReferenceId` (at most 35 characters), which `findPlaced`
    /// looks up.
    public func newReference(for operation: OrderOperation) -> String {
        "oc-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// A return creates the RETURN order carrying `reference` as its `externalReferenceId`
    /// and answers it (a lost answer is found again by that reference, never by resending
    /// a correlation id Adobe has answered); the reference edit answers the order with its
    /// new reference.
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField],
                        reference: String) async throws -> Order {
        switch operation.id {
        case AdobeOrderOperations.returnLines.id:
            let (original, _) = try await orderPayload(id: orderID)
            let body = try returnBody(orderID: orderID, original: original, fields: fields, type: "RETURN",
                                      reference: reference)
            let response = try await create(body)
            return try await mapped(response, what: "return")
        case AdobeOrderOperations.editReference.id:
            let reference = fields.first { $0.key == AdobeOrderOperations.referenceKey }?.value
                .trimmingCharacters(in: .whitespaces) ?? ""
            guard reference.count <= AdobeCartReference.maxExternalReferenceLength else {
                throw OrderError.rejected(detail: "externalReferenceId has \(reference.count) characters; Adobe takes at most \(AdobeCartReference.maxExternalReferenceLength)")
            }
            let body = try JSONEncoder().encode([AdobeOrderOperations.referenceKey: reference])
            let response = try await call(APIRequest(.patch, "\(ordersPath)/\(orderID)", body: body))
            return try await mapped(response, what: "reference change")
        default:
            throw OrderError.unsupported(detail: "Adobe orders have no operation '\(operation.id)'.")
        }
    }

    /// The order's type, status, source, reference and `externalReferenceId`, then per line:
    /// the product, its unit price, its subscription (once the order is 1000), deployment,
    /// currency, discount code and what is left to return. Read with `fetch-price=true`; an
    /// open order's prices say "priced when complete". The total is the order's own
    /// (`Order.pricing`), shown with the order's fields.
    public func details(orderID: String) async throws -> [DetailSection] {
        let (payload, _) = try await orderPayload(id: orderID)
        let names = (try? await offerNames()) ?? [:]
        var order = [DetailSection.Row("Order type", payload.orderType),
                     DetailSection.Row("Status", AdobeMapping.label(status: payload.status),
                                       tone: AdobeOrderStatus.phase(of: payload.status) == .failed ? .failure : .normal)]
        if let source = payload.source, !source.isEmpty {
            order.append(DetailSection.Row("Source", AdobeMapping.source(source)))
        }
        if let reference = payload.referenceOrderId, !reference.isEmpty {
            order.append(DetailSection.Row("Returns order", reference))
        }
        order.append(DetailSection.Row("externalReferenceId", payload.externalReferenceId ?? ""))
        let lines = payload.lineItems.map { line in
            let subscription = line.subscriptionId.flatMap { $0.isEmpty ? nil : $0 }
            let status = line.status.flatMap { $0.isEmpty ? nil : $0 } ?? payload.status
            return DetailSection(title: "Line \(line.extLineItemNumber): \(names[line.offerId] ?? line.offerId)", rows: [
                DetailSection.Row("offerId", line.offerId),
                DetailSection.Row("quantity", String(line.quantity)),
                DetailSection.Row("partnerPrice", AdobeMapping.unitPriceText(line, order: payload)),
                DetailSection.Row("status", AdobeMapping.label(status: status), tone: AdobeOrderStatus.phase(of: status) == .failed ? .failure : .normal),
                DetailSection.Row("subscriptionId", subscription ?? "none until the order is 1000",
                                  tone: subscription == nil ? .normal : .success),
                DetailSection.Row("deploymentId", line.deploymentId ?? "none"),
                DetailSection.Row("currencyCode", line.currencyCode ?? payload.currencyCode ?? "none"),
                DetailSection.Row("discountCode", line.discountCode ?? "none"),
                DetailSection.Row("remainingQuantity", String(line.returnable)),
            ])
        }
        return [DetailSection(title: "Order \(payload.orderId)", rows: order)] + lines
    }

    // MARK: Steps

    /// The customer's deployments (`GET /v3/customers/{customerId}/deployments`), every
    /// page of them (Adobe sends 25 unless asked for up to 100); a customer Adobe lists none
    /// for (or a 404) gets a free-text deployment field.
    private func deployments() async throws -> [AdobeDeploymentPagePayload.Deployment] {
        var deployments: [AdobeDeploymentPagePayload.Deployment] = []
        var offset = 0
        do {
            for _ in 0..<Self.maxPages {
                let response = try await call(APIRequest(.get, "/v3/customers/\(customerID)/deployments",
                                                         query: [("limit", String(Self.pageSize)),
                                                                 ("offset", String(offset))]))
                let page = try AdobeDeploymentPagePayload.read(response.body)
                deployments += page.items
                offset += page.count
                guard page.count > 0, offset < page.totalCount ?? 0 else { break }
            }
        } catch OrderError.notFound {
            return deployments
        }
        return deployments
    }

    /// The order's lines by number, named from the price list, else by their offer ids.
    private func lineNames(_ order: AdobeOrderPayload) async -> [Int: String] {
        let names = (try? await offerNames()) ?? [:]
        return Dictionary(order.lineItems.map { ($0.extLineItemNumber, names[$0.offerId] ?? $0.offerId) }) { first, _ in first }
    }

    /// The RETURN (or its PREVIEW) of the quantities the form asks for, each line as the
    /// original order has it (its offer, currency and deployment, which Adobe matches against
    /// the original); a quantity the form refuses is the error, before anything is sent.
    private func returnBody(orderID: String, original: AdobeOrderPayload, fields: [CustomField], type: String,
                            reference: String? = nil) throws -> Data {
        if let problem = fields.lazy.compactMap({ $0.problem(with: $0.value) }).first {
            throw OrderError.rejected(detail: problem)
        }
        let lines = original.lineItems.compactMap { line -> AdobeOrderRequestPayload.Line? in
            guard let text = fields.first(where: { $0.key == String(line.extLineItemNumber) })?.value,
                  let quantity = Int(text), quantity > 0 else { return nil }
            return AdobeOrderRequestPayload.Line(extLineItemNumber: line.extLineItemNumber, offerId: line.offerId,
                                                 quantity: quantity, currencyCode: line.currencyCode ?? original.currencyCode,
                                                 deploymentId: line.deploymentId)
        }
        guard !lines.isEmpty else {
            throw OrderError.rejected(detail: "nothing to return from order \(orderID); enter a quantity on at least one line")
        }
        return try JSONEncoder().encode(AdobeOrderRequestPayload(externalReferenceId: reference, orderType: type,
                                                                 referenceOrderId: orderID, lineItems: lines))
    }

    private func mapped(_ response: APIResponse, what: String) async throws -> Order {
        try AdobeReader.order(from: response.body, account: account, customerName: await companyName(), what: what,
                              now: Date())
    }
}
