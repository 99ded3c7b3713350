/// A subscription of an agreement, created by a completed Purchase (or Change) line.
struct MPTSubscription: Encodable, Sendable, Equatable {
    static let active = "Active"
    static let terminated = "Terminated"

    var id: String
    var item: MPTReference
    var quantity: Int
    var status: String

    enum CodingKeys: String, CodingKey { case id, item, quantity, status }
}
