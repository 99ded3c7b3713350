import OrderKit

/// The `externalReferenceId` a placement of a local cart carries: the cart id (Adobe allows
/// 35 characters), so that the journal can find the order in the history after a request
/// that got no answer.
///
/// The `X-Correlation-Id` is not derived from the cart: Adobe replays the first answer to
/// an id for ten days, so a second attempt at the same cart after any answer (a refusal, a
/// 503) needs a fresh one; only a timeout with no answer resends the same id.
enum AdobeCartReference {
    static let maxExternalReferenceLength = 35

    /// The cart id itself when it fits, else `oc-` and a 64-bit digest of it.
    static func externalReferenceID(for cart: LocalCart) -> String {
        cart.id.count <= maxExternalReferenceLength ? cart.id : "oc-" + hex(digest(cart.id))
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
