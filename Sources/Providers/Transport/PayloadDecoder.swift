import Foundation
import OrderKit

/// Decodes provider payloads, turning any decoding failure into a one-line
/// `OrderError.malformedResponse` that names the field.
public enum PayloadDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from response: APIResponse, what: String) throws -> T {
        try decode(type, from: response.body, what: what)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, what: String) throws -> T {
        do {
            return try FlexibleDate.jsonDecoder().decode(T.self, from: data)
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(summary(error))")
        }
    }

    static func summary(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return "not JSON" }
        switch decodingError {
        case .keyNotFound(let key, let context):
            return "missing field \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context.codingPath))"
        @unknown default:
            return "not JSON"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return text.isEmpty ? "top level" : text
    }

    /// Pretty-printed JSON or XML for the detail view, or the text as received when it is
    /// neither.
    public static func pretty(_ data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data),
           let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) {
            return String(decoding: pretty, as: UTF8.self)
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.first == "<", let indented = XMLIndenter.indent(text) {
            return indented
        }
        return text
    }
}
