/// An agreement between seller, buyer and licensee, created when a Purchase order
/// completes; Change and Termination orders act on its subscriptions.
struct MPTAgreement: Encodable, Sendable {
    static let active = "Active"
    static let terminated = "Terminated"

    var id: String
    var name: String
    var status: String
    var licensee: MPTReference
    var subscriptions: [MPTSubscription]

    enum CodingKeys: String, CodingKey { case id, href, name, status, licensee, subscriptions }

    var reference: MPTReference { MPTReference(id: id, name: name) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("/commerce/agreements/\(id)", forKey: .href)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encode(licensee, forKey: .licensee)
        try container.encode(subscriptions, forKey: .subscriptions)
    }
}
