import Foundation

/// Reads `Authorization: Basic base64(id:secret)`.
enum BasicAuthorization {
    static func parse(_ header: String?) -> (id: String, secret: String)? {
        guard let header, header.hasPrefix("Basic "),
              let data = Data(base64Encoded: String(header.dropFirst(6))),
              let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":") else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}
