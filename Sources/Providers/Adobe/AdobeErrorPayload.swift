import OrderKit

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

    /// One line a user can act on and quote to Adobe support: the code with its meaning
    /// first (`Adobe 1117 invalid fields`), then the message and the details it does not
    /// already name (Adobe's "Some fields are invalid" names the fields only in the details).
    /// The code leads because the line is cut to the screen's width and the details can be
    /// long: a toast at 80 columns still shows what Adobe refused.
    var summary: String? {
        let details = (additionalDetails ?? []).filter { detail in
            !detail.isEmpty && !(message ?? "").contains(detail)
        }
        let stem = message.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        let said = [stem, details.isEmpty ? nil : details.joined(separator: ", ")].compactMap { $0 }
            .filter { !$0.isEmpty }.joined(separator: ": ")
        let head = code.flatMap { $0.isEmpty ? nil : $0 }.map { code in
            "Adobe " + StatusLabel.text(code, meaning: AdobeErrorCode.meaning(of: code))
        }
        switch (head, said.isEmpty ? nil : said) {
        case let (head?, said?): return "\(head) — \(said)"
        case let (head?, nil): return head
        case let (nil, said?): return said
        case (nil, nil): return nil
        }
    }
}
