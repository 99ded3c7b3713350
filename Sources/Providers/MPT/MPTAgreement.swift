/// An agreement and its subscriptions: what Change and Termination orders act on.
public struct MPTAgreement: Sendable, Hashable, Identifiable {
    public struct Subscription: Sendable, Hashable, Identifiable {
        public var id: String
        public var itemID: String
        public var name: String
        public var quantity: Int
        public var status: String

        public init(id: String, itemID: String, name: String, quantity: Int, status: String) {
            self.id = id
            self.itemID = itemID
            self.name = name
            self.quantity = quantity
            self.status = status
        }
    }

    public var id: String
    public var name: String
    public var status: String
    public var licenseeID: String
    public var subscriptions: [Subscription]

    public init(id: String, name: String, status: String, licenseeID: String, subscriptions: [Subscription]) {
        self.id = id
        self.name = name
        self.status = status
        self.licenseeID = licenseeID
        self.subscriptions = subscriptions
    }
}
