/// An object as a read shows it: without the fields its query did not select.
struct MPTSelected<Value: MPTSelectable>: Encodable, Sendable {
    var value: Value
    var omitted: [String]
    var meta: Bool

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder, omitting: omitted, meta: meta)
    }
}
