import Foundation

/// The body format an Adility account speaks: the API takes and answers JSON or XML,
/// chosen by `Content-Type` and `Accept`. Raw values are the config's `format` values.
public enum AdilityFormat: String, Sendable, CaseIterable {
    case json
    case xml

    /// Tells list wrappers which shape to read and write: an array in JSON, repeated child
    /// elements in XML.
    static let userInfoKey = CodingUserInfoKey(rawValue: "adility.client.format")!

    var mediaType: String {
        switch self {
        case .json: "application/json"
        case .xml: "application/xml"
        }
    }

    /// The format of an answer, from its `Content-Type`; nil when it names neither.
    init?(contentType: String?) {
        guard let contentType = contentType?.lowercased() else { return nil }
        if contentType.contains("xml") {
            self = .xml
        } else if contentType.contains("json") {
            self = .json
        } else {
            return nil
        }
    }
}
