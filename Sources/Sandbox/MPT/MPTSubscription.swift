/// A subscription of an agreement, created by a completed Purchase (or Change) line, or by
/// the vendor for a line of a processing order (`orderLineID`), which it then serves when
/// the order completes.
///
/// It encodes as the API's subscription: its name and status, the agreement it belongs to
/// (none yet while its Purchase is processing), and the item and quantity on its `lines`
/// (one line here; the API omits lines unless selected).
struct MPTSubscription: MPTSelectable, Equatable {
    static let active = "Active"
    static let terminated = "Terminated"
    static let omittable = ["lines"]

    var id: String
    var name: String
    var agreement: MPTReference?
    var item: MPTReference
    var quantity: Int
    var status: String
    var orderLineID: String?

    enum CodingKeys: String, CodingKey {
        case id, href, name, status, agreement, lines
        case meta = "$meta"
    }

    private enum LineKeys: String, CodingKey { case id, item, quantity }

    func encode(to encoder: any Encoder, omitting omitted: [String], meta: Bool) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("/commerce/subscriptions/\(id)", forKey: .href)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(agreement, forKey: .agreement)
        if !omitted.contains("lines") {
            var lines = container.nestedUnkeyedContainer(forKey: .lines)
            var line = lines.nestedContainer(keyedBy: LineKeys.self)
            try line.encode("ALI-\(id.dropFirst("SUB-".count))-0001", forKey: .id)
            try line.encode(item, forKey: .item)
            try line.encode(quantity, forKey: .quantity)
        }
        if meta, !omitted.isEmpty { try container.encode(MPTMeta(omitted: omitted), forKey: .meta) }
    }
}
