import Foundation

/// One line of an order, with its own raw status and phase (items provision separately).
public struct OrderItem: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var offerID: String
    public var name: String
    public var quantity: Int
    public var unitPrice: Money?
    public var status: String
    /// What `status` means where it is a code (`Order.statusMeaning`); nil for a word.
    public var statusMeaning: String?
    public var phase: Phase
    /// On a Change or Termination line, the quantity before it (MPT `oldQuantity`): the
    /// line is then shown as "×5 → ×8", or as ending the subscription when it goes to 0.
    public var previousQuantity: Int?
    /// The provider's subscription this line created or changes, once it names one (an MPT
    /// order line's `subscription` after completion): what the buyer then manages.
    public var subscriptionID: String?
    /// The item this one is a part of (an Adility voucher of its order item): listed under
    /// it, never priced or totalled on its own, and cancelled one by one where the provider
    /// allows it.
    public var parentID: String?
    /// The parts of this item (its vouchers), each with `parentID` set to this item's id.
    /// Orders, totals and the headless records count items only; the Items pane lists the
    /// parts under their item.
    public var parts: [OrderItem]
    /// Set when this part was used by the consumer (a redeemed voucher): never offered for
    /// cancelling, whatever its phase.
    public var redemption: Redemption?

    public init(id: String, offerID: String, name: String, quantity: Int,
                unitPrice: Money?, status: String, statusMeaning: String? = nil, phase: Phase, previousQuantity: Int? = nil,
                subscriptionID: String? = nil, parentID: String? = nil, parts: [OrderItem] = [],
                redemption: Redemption? = nil) {
        self.id = id
        self.offerID = offerID
        self.name = name
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.status = status
        self.statusMeaning = statusMeaning
        self.phase = phase
        self.previousQuantity = previousQuantity
        self.subscriptionID = subscriptionID
        self.parentID = parentID
        self.parts = parts
        self.redemption = redemption
    }

    private enum CodingKeys: String, CodingKey {
        case id, offerID, name, quantity, unitPrice, status, statusMeaning, phase, previousQuantity, subscriptionID, parentID
        case parts, redemption
    }

    /// Items cached before the optional fields and parts existed decode without them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id),
                  offerID: try container.decode(String.self, forKey: .offerID),
                  name: try container.decode(String.self, forKey: .name),
                  quantity: try container.decode(Int.self, forKey: .quantity),
                  unitPrice: try container.decodeIfPresent(Money.self, forKey: .unitPrice),
                  status: try container.decode(String.self, forKey: .status),
                  statusMeaning: try container.decodeIfPresent(String.self, forKey: .statusMeaning),
                  phase: try container.decode(Phase.self, forKey: .phase),
                  previousQuantity: try container.decodeIfPresent(Int.self, forKey: .previousQuantity),
                  subscriptionID: try container.decodeIfPresent(String.self, forKey: .subscriptionID),
                  parentID: try container.decodeIfPresent(String.self, forKey: .parentID),
                  parts: try container.decodeIfPresent([OrderItem].self, forKey: .parts) ?? [],
                  redemption: try container.decodeIfPresent(Redemption.self, forKey: .redemption))
    }

    /// The status as shown: the code with its meaning, or the word (`Order.statusLabel`).
    public var statusLabel: String {
        StatusLabel.text(status, meaning: statusMeaning)
    }

    /// Unit price times quantity, when the price is known.
    public var lineTotal: Money? {
        unitPrice.map { $0 * quantity }
    }

    /// This item followed by its parts, in the order the Items pane lists them.
    public var withParts: [OrderItem] {
        [self] + parts
    }
}
