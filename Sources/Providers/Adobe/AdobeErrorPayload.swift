/// An Adobe error body `{"code", "message", "additionalDetails"}`. The code is a string
/// on the wire ("4119", or a word on over-quantity returns) but is read as a number too;
/// a gateway 504 may say `error_code` instead.
struct AdobeErrorPayload: Decodable {
    var code: String?
    var message: String?
    var additionalDetails: [String]?

    enum CodingKeys: String, CodingKey {
        case code, message, additionalDetails
        case errorCode = "error_code"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let number = { (key: CodingKeys) in (try? container.decodeIfPresent(Int.self, forKey: key)).flatMap { $0.map(String.init) } }
        code = (try? container.decodeIfPresent(String.self, forKey: .code)) ?? number(.code)
            ?? (try? container.decodeIfPresent(String.self, forKey: .errorCode)) ?? number(.errorCode)
        message = try? container.decodeIfPresent(String.self, forKey: .message)
        additionalDetails = try? container.decodeIfPresent([String].self, forKey: .additionalDetails)
    }
}
