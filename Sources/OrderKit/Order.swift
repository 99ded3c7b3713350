import Foundation

/// A provider's order in provider-neutral form, as cached and shown by the console.
///
/// Only the id is certain: real answers leave fields out, send them as `null` or in a type
/// no reference shows. Every other field is optional, and a field the client could not read
/// is named in `degraded` with the reason, so the screens say "unknown" and why instead of
/// hiding the order or inventing a value (a creation date of "now" is a lie).
public struct Order: Sendable, Codable, Hashable, Identifiable {
    /// The provider's own order id, never rewritten.
    public var id: String
    public var provider: ProviderKind
    /// The configured account (a login at the provider) the order was read through.
    public var account: String
    /// The end customer the order is for, as the provider names it.
    public var customerID: String?
    /// The customer's name: nil when the answer has none and the lookup of it failed (the
    /// screens then show the id).
    public var customerName: String?
    /// The provider's status, verbatim; empty when the answer had none readable (then
    /// `degraded` names it and the phase is `unknown`).
    public var status: String
    /// What `status` means where the provider sends a code rather than a word (Adobe's `1002`
    /// is "pending", a code its reference does not list "unknown code"); nil where the status
    /// is its own word. Set by the provider's mapping; `statusLabel` shows both.
    public var statusMeaning: String?
    public var phase: Phase
    /// When the provider created the order; nil when the answer does not say.
    public var createdAt: Date?
    /// When ordercon read this copy.
    public var updatedAt: Date
    /// When an unplaced draft will be deleted by the provider, if it ever is.
    public var expiresAt: Date?
    public var total: Money?
    /// Whether the provider priced the order, and why not: `priced` (its own figures) unless
    /// the client says otherwise.
    public var pricing: Pricing
    public var items: [OrderItem]
    /// The provider's payload as received, for the detail view.
    public var rawPayload: String?
    /// Fields the answer held but the client could not read, by field name, with the reason.
    public var degraded: [String: String]
    /// Why the last refresh could not read this order again, when it could not: this copy
    /// is then the last good one, kept rather than dropped.
    public var notReread: String?
    /// A purchase, change or termination, where the provider says; nil where it does not.
    public var kind: OrderKind?

    public init(id: String, provider: ProviderKind, account: String, customerID: String?,
                customerName: String?, status: String, statusMeaning: String? = nil, phase: Phase, createdAt: Date?,
                updatedAt: Date, expiresAt: Date? = nil, total: Money? = nil, pricing: Pricing = .priced,
                items: [OrderItem] = [], rawPayload: String? = nil, degraded: [String: String] = [:],
                kind: OrderKind? = nil) {
        self.id = id
        self.provider = provider
        self.account = account
        self.customerID = customerID
        self.customerName = customerName
        self.status = status
        self.statusMeaning = statusMeaning
        self.phase = phase
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.expiresAt = expiresAt
        self.total = total
        self.pricing = pricing
        self.items = items
        self.rawPayload = rawPayload
        self.degraded = degraded
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey {
        case id, provider, account, customerID, customerName, status, statusMeaning, phase, createdAt, updatedAt
        case expiresAt, total, pricing, items, rawPayload, degraded, notReread, kind
    }

    /// Reads cached copies written before `degraded`, `pricing` or `statusMeaning` existed as
    /// well as new ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        provider = try container.decode(ProviderKind.self, forKey: .provider)
        account = try container.decode(String.self, forKey: .account)
        customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        customerName = try container.decodeIfPresent(String.self, forKey: .customerName)
        status = try container.decodeIfPresent(String.self, forKey: .status) ?? ""
        statusMeaning = try container.decodeIfPresent(String.self, forKey: .statusMeaning)
        phase = try container.decodeIfPresent(Phase.self, forKey: .phase) ?? .unknown
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        total = try container.decodeIfPresent(Money.self, forKey: .total)
        pricing = try container.decodeIfPresent(Pricing.self, forKey: .pricing) ?? .priced
        items = try container.decodeIfPresent([OrderItem].self, forKey: .items) ?? []
        rawPayload = try container.decodeIfPresent(String.self, forKey: .rawPayload)
        degraded = try container.decodeIfPresent([String: String].self, forKey: .degraded) ?? [:]
        notReread = try container.decodeIfPresent(String.self, forKey: .notReread)
        kind = try container.decodeIfPresent(OrderKind.self, forKey: .kind)
    }

    /// The order's total, or the sum of its lines when the provider sent none; nil when the
    /// provider did not price it (`pricing` says why).
    public var displayTotal: Money? {
        guard pricing == .priced else { return nil }
        return total ?? Money.total(items.compactMap(\.lineTotal))
    }

    /// The total as the screens show it: the amount, or why there is none.
    public var totalText: String {
        pricing.totalText(displayTotal, provider: provider)
    }

    /// The status as the screens and the headless tables show it: `1002 pending` where the
    /// provider sends codes, the status word otherwise.
    public var statusLabel: String {
        StatusLabel.text(status, meaning: statusMeaning)
    }

    /// Who the order is for, as a person reads it: the name, else the id, else a dash.
    public var customerLabel: String {
        customerName ?? customerID.map { "#\($0)" } ?? "—"
    }

    /// True when the newer copy sorts before `other` (newest first); orders without a
    /// creation date sort after every dated one, then by id.
    public func isNewer(than other: Order) -> Bool {
        switch (createdAt, other.createdAt) {
        case let (mine?, theirs?) where mine != theirs: mine > theirs
        case (.some, nil): true
        case (nil, .some): false
        default: id > other.id
        }
    }
}
