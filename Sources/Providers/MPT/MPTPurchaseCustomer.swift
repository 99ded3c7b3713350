/// Whom a Purchase is for, as the console's customer picker and an order file's `customer`
/// name it: a licensee, and, when the buyer sells under several authorizations, the one the
/// Purchase is sold under (which names the product).
///
/// Written `LCE-…` alone, or `LCE-…/AUT-…` with the authorization: the Marketplace's own ids,
/// so a customer id a user copies from the picker or an error message works in an order file.
struct MPTPurchaseCustomer: Equatable {
    var licenseeID: String
    var authorizationID: String?

    static let separator: Character = "/"

    init(licenseeID: String, authorizationID: String?) {
        self.licenseeID = licenseeID
        self.authorizationID = authorizationID
    }

    /// Reads `LCE-…` or `LCE-…/AUT-…`; anything after the first `/` is the authorization.
    init(parsing id: String) {
        let parts = id.split(separator: Self.separator, maxSplits: 1, omittingEmptySubsequences: false)
        licenseeID = String(parts[0])
        authorizationID = parts.count > 1 ? String(parts[1]) : nil
    }

    var id: String { authorizationID.map { licenseeID + String(Self.separator) + $0 } ?? licenseeID }
}
