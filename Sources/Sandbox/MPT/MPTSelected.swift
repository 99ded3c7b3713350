import Foundation

/// An object as a read shows it: without the fields its query did not select, nor those it
/// took away (`select=-authorization`; the object is then encoded once more without them).
struct MPTSelected<Value: MPTSelectable>: Encodable, Sendable {
    var value: Value
    var omitted: [String]
    var meta: Bool
    var removed: Set<String> = []

    func encode(to encoder: any Encoder) throws {
        guard !removed.isEmpty else {
            try value.encode(to: encoder, omitting: omitted, meta: meta)
            return
        }
        let whole = MPTSelected(value: value, omitted: omitted, meta: meta)
        let json = try JSONReply.decoder.decode(MPTJSON.self, from: JSONReply.encoder.encode(whole))
        try json.removing(removed).encode(to: encoder)
    }
}
