/// A price the provider computed without placing anything (Adobe PREVIEW, MPT quote,
/// Appxite create_quote): shown before the user confirms.
public struct Quote: Sendable, Codable, Hashable {
    public struct Line: Sendable, Codable, Hashable {
        public var offerID: String
        public var name: String
        public var quantity: Int
        public var unitPrice: Money?
        public var total: Money?
        /// The quantity before, on a Change or Termination line (see `OrderItem`).
        public var previousQuantity: Int?

        public init(offerID: String, name: String, quantity: Int, unitPrice: Money?, total: Money?,
                    previousQuantity: Int? = nil) {
            self.offerID = offerID
            self.name = name
            self.quantity = quantity
            self.unitPrice = unitPrice
            self.total = total
            self.previousQuantity = previousQuantity
        }
    }

    public var lines: [Line]
    public var total: Money?
    /// Anything the provider said alongside (validity, taxes excluded, …).
    public var note: String?

    public init(lines: [Line], total: Money?, note: String? = nil) {
        self.lines = lines
        self.total = total
        self.note = note
    }
}
