import Foundation

/// The two formats the Adility Distribution API speaks, chosen per request by
/// `Content-Type` (the body sent) and `Accept` (the answer wanted).
enum AdilityMediaType: Sendable {
    case json
    case xml

    /// Lets list wrappers know which format they are being encoded or decoded in: a JSON
    /// list is an array, an XML list is repeated child elements.
    static let userInfoKey = CodingUserInfoKey(rawValue: "adility.sandbox.mediaType")!

    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .xml: "application/xml; charset=utf-8"
        }
    }

    /// The format a header names, or nil when it names neither.
    init?(header: String?) {
        guard let header = header?.lowercased() else { return nil }
        if header.contains("xml") {
            self = .xml
        } else if header.contains("json") {
            self = .json
        } else {
            return nil
        }
    }
}
