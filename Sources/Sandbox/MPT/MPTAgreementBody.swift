/// What operations send to create or rename an agreement: its name, licensee and product (and
/// the authorization, seller, buyer, value and dates the official client's body carries,
/// which the sandbox reads past).
struct MPTAgreementBody: Decodable, Sendable {
    var name: String?
    var status: String?
    var licensee: MPTReference?
    var product: MPTReference?

    enum CodingKeys: String, CodingKey { case name, status, licensee, product }
}
