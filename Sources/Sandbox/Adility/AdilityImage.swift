/// An image the API links to, as a voucher's `barcode` is sent: an object, not the code.
/// **decision**: the sandbox gives it a `url` only; the client reads `url` (else `src`).
struct AdilityImage: Encodable, Sendable {
    var url: String
}
