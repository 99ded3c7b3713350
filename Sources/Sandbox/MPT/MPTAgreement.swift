/// An agreement between seller, buyer and licensee, created when a Purchase order
/// completes; Change and Termination orders act on its subscriptions.
///
/// As in the API, the agreement names its subscriptions by reference only (`{id, name}`),
/// and leaves even those out unless `select=+subscriptions`; their status, item and
/// quantity are read from `GET /commerce/subscriptions`.
struct MPTAgreement: MPTSelectable {
    static let active = "Active"
    static let terminated = "Terminated"
    static let omittable = ["subscriptions"]

    var id: String
    var name: String
    var status: String
    var licensee: MPTReference
    var product = MPTSeed.product
    var subscriptions: [MPTSubscription]

    enum CodingKeys: String, CodingKey {
        case id, href, name, status, licensee, product, subscriptions
        case meta = "$meta"
    }

    var reference: MPTReference { MPTReference(id: id, name: name) }

    func encode(to encoder: any Encoder, omitting omitted: [String], meta: Bool) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("/commerce/agreements/\(id)", forKey: .href)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encode(licensee, forKey: .licensee)
        try container.encode(product, forKey: .product)
        if !omitted.contains("subscriptions") {
            try container.encode(subscriptions.map { MPTReference(id: $0.id, name: $0.name) },
                                 forKey: .subscriptions)
        }
        if meta, !omitted.isEmpty { try container.encode(MPTMeta(omitted: omitted), forKey: .meta) }
    }
}
