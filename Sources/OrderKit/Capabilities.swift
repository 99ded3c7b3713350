/// What a provider can do, so the console offers an action only where it can work.
public struct Capabilities: Sendable, Hashable {
    /// Drafts live on the provider (whitelabel, mpt); otherwise the cart is local.
    public var serverSideDrafts: Bool
    public var deleteItem: Bool
    public var previewPrice: Bool
    public var cancelOrder: Bool
    public var cancelItem: Bool
    /// Items are cancelled only through their parts (Adility: one voucher at a time), so an
    /// item itself, with vouchers or none (a coupon), is not offered `x`.
    public var cancelItemPartsOnly: Bool
    /// A completed order can still be cancelled (Adility: cancelling an `active` order
    /// cancels its vouchers, a refund), so `x` is not refused as "nothing left to cancel".
    public var cancelCompleted: Bool
    public var returnOrder: Bool
    public var customFields: Bool
    /// An order sent back to the buyer (MPT Querying) can be submitted again once fixed.
    public var resubmit: Bool
    public var characteristics: Bool
    /// The provider lists its customers to pick from; without a list (Adility) a cart is
    /// started for a customer name typed as free text.
    public var customerList: Bool
    /// Drafts are deleted by the provider after this many days (whitelabel: 7).
    public var draftLifetimeDays: Int?
    /// What cancelling takes with it beyond the order, said in the confirmation (Adility:
    /// every voucher in the order stops working).
    public var cancelNotice: String?
    /// Why this account may only read, when it may (a Free-edition reseller): the console
    /// then offers no writing action and says why.
    public var readOnlyReason: String?
    /// How the account's orders are listed: the pane header and `ordercon orders` say
    /// "known orders" for `.known`, so nobody takes it for the provider's full list.
    public var orderListing: OrderListing
    /// Where a line's form comes from: with `.templates` (an Appxite account without a
    /// catalog) `a` asks for the offer id and opens a free key/value form, prefilled from
    /// the offer's saved template.
    public var lineForms: LineFormSource

    public init(serverSideDrafts: Bool = false, deleteItem: Bool = false, previewPrice: Bool = false,
                cancelOrder: Bool = false, cancelItem: Bool = false, cancelItemPartsOnly: Bool = false, cancelCompleted: Bool = false, returnOrder: Bool = false,
                customFields: Bool = false, resubmit: Bool = false, characteristics: Bool = false, customerList: Bool = true,
                draftLifetimeDays: Int? = nil, cancelNotice: String? = nil, readOnlyReason: String? = nil,
                orderListing: OrderListing = .provider, lineForms: LineFormSource = .catalog) {
        self.serverSideDrafts = serverSideDrafts
        self.deleteItem = deleteItem
        self.previewPrice = previewPrice
        self.cancelOrder = cancelOrder
        self.cancelItem = cancelItem
        self.cancelItemPartsOnly = cancelItemPartsOnly
        self.cancelCompleted = cancelCompleted
        self.returnOrder = returnOrder
        self.customFields = customFields
        self.resubmit = resubmit
        self.characteristics = characteristics
        self.customerList = customerList
        self.draftLifetimeDays = draftLifetimeDays
        self.cancelNotice = cancelNotice
        self.readOnlyReason = readOnlyReason
        self.orderListing = orderListing
        self.lineForms = lineForms
    }
}
