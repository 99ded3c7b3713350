import OrderKit

/// The two handles a placement of a local cart carries, both derived from the cart so that
/// the same intent always gets the same ones.
///
/// `externalReferenceId` carries the cart id (Adobe allows 35 characters), so that the
/// journal can find the order in the history after a request that got no answer. The
/// `X-Correlation-Id` adds a digest of the cart's content: sending the same cart again
/// replays Adobe's first answer instead of buying twice, while a cart changed after a
/// refusal is a new intent with a new correlation id (Adobe would otherwise replay the
/// refusal for ten days).
enum AdobeCartReference {
    static let maxExternalReferenceLength = 35

    /// The cart id itself when it fits, else `oc-` and a 64-bit digest of it.
    static func externalReferenceID(for cart: LocalCart) -> String {
        cart.id.count <= maxExternalReferenceLength ? cart.id : "oc-" + hex(digest(cart.id))
    }

    static func correlationID(for cart: LocalCart) -> String {
        let content = ([cart.customerID] + cart.lines.map { line in
            ([line.offerID, String(line.quantity)] + line.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
                .joined(separator: "|")
        }).joined(separator: "\n")
        return "ordercon-\(externalReferenceID(for: cart))-\(hex(digest(content)))"
    }

    /// FNV-1a, 64 bits: stable across runs and platforms, unlike `Hasher`.
    private static func digest(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
