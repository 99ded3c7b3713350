import Foundation

/// An order as the sandbox stores it; it encodes as the document's Order object, without the
/// sandbox's own bookkeeping (when the vendor acts next and how). Reads leave out `audit`,
/// `lines` and `parameters` unless selected, as the API does.
///
/// The document's `audit` is "a dictionary with events that happened with the object"; the
/// sandbox records `created`, `updated` and one event per status the order reached, keyed by
/// the status in lower case (`processing`, `querying`, `completed`, …), each with its last
/// time. The `template` is the product's message for the status the order is in.
///
/// Its `agreement` carries the licensee and product, as the official client creates a
/// Purchase (`agreement{licensee, product}`), and the agreement's id and name once there is
/// one. The subscriptions the vendor creates for it while it is processing
/// (`/commerce/orders/{id}/subscriptions`) are kept here until it completes.
struct MPTOrder: MPTSelectable {
    static let omittable = ["audit", "lines", "parameters"]

    var id: String
    var type: MPTOrderType
    var status: String
    var statusNotes: MPTMessage?
    var error: MPTMessage?
    var agreement: MPTReference?
    var licensee: MPTReference
    var product: MPTReference = MPTSeed.product
    var authorization: MPTReference = MPTSeed.authorization
    var lines: [MPTLine]
    var ordering: [MPTParameter]
    var fulfillment: [MPTParameter]
    var price: MPTPrice?
    var externalIds: MPTExternalIDs
    var notes: String
    var createdAt: Date
    var updatedAt: Date
    /// When the vendor acts on the processing order next (query, complete or fail).
    var vendorActsAt: Date?
    /// The vendor queries each order once, so the buyer meets the Querying loop.
    var queried: Bool
    /// Whether the vendor's final answer is Failed (drawn when the order is processed).
    var fails: Bool
    var nextLineNumber: Int
    var template: MPTReference?
    /// When the order last reached each status, by status in lower case.
    var events: [String: Date] = [:]
    var subscriptions: [MPTSubscription] = []

    /// Sets a new status; like the document says, the order's `error` resets with it. The
    /// audit records the event and the template follows the status.
    mutating func move(to newStatus: String, at now: Date) {
        status = newStatus
        error = nil
        updatedAt = now
        events[newStatus.lowercased()] = now
        template = MPTSeed.template(for: newStatus)
    }

    enum CodingKeys: String, CodingKey {
        case id, href, type, status, statusNotes, error, agreement, licensee, product, authorization, lines
        case parameters, price
        case externalIds, notes, audit, template
        case meta = "$meta"
    }

    private enum ParameterKeys: String, CodingKey { case ordering, fulfillment }
    private enum AgreementKeys: String, CodingKey { case id, name, licensee, product }
    private struct AuditKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    private enum EventKeys: String, CodingKey { case at, by }

    func encode(to encoder: any Encoder, omitting omitted: [String], meta: Bool) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("/commerce/orders/\(id)", forKey: .href)
        try container.encode(type.rawValue, forKey: .type)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(statusNotes, forKey: .statusNotes)
        try container.encodeIfPresent(error, forKey: .error)
        var agreementFields = container.nestedContainer(keyedBy: AgreementKeys.self, forKey: .agreement)
        try agreementFields.encodeIfPresent(agreement?.id, forKey: .id)
        try agreementFields.encodeIfPresent(agreement?.name, forKey: .name)
        try agreementFields.encode(licensee, forKey: .licensee)
        try agreementFields.encode(product, forKey: .product)
        try container.encode(licensee, forKey: .licensee)
        try container.encode(product, forKey: .product)
        try container.encode(authorization, forKey: .authorization)
        if !omitted.contains("lines") { try container.encode(lines, forKey: .lines) }
        if !omitted.contains("parameters") {
            var parameters = container.nestedContainer(keyedBy: ParameterKeys.self, forKey: .parameters)
            try parameters.encode(ordering, forKey: .ordering)
            try parameters.encode(fulfillment, forKey: .fulfillment)
        }
        try container.encodeIfPresent(price, forKey: .price)
        try container.encode(externalIds, forKey: .externalIds)
        try container.encode(notes, forKey: .notes)
        try container.encodeIfPresent(template, forKey: .template)
        if meta, !omitted.isEmpty { try container.encode(MPTMeta(omitted: omitted), forKey: .meta) }
        guard !omitted.contains("audit") else { return }
        var audit = container.nestedContainer(keyedBy: AuditKey.self, forKey: .audit)
        for (key, date) in [("created", createdAt), ("updated", updatedAt)] + events.sorted(by: { $0.key < $1.key }) {
            var event = audit.nestedContainer(keyedBy: EventKeys.self, forKey: AuditKey(stringValue: key))
            try event.encode(date, forKey: .at)
            try event.encode(MPTReference(id: "USR-0000-0001", name: "Sandbox Buyer"), forKey: .by)
        }
    }
}

/// A processing order's next step is the vendor's answer.
extension MPTOrder: BookOrder {
    var nextStepAt: Date? { status == MPTStatus.processing ? vendorActsAt : nil }
}
