import Foundation
import OrderKit
import PayloadText

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

    /// Each element of the array under `key` of a JSON object, as JSON text: the raw payload
    /// of every order of a list answer, for the detail view and for what a provider reads back
    /// from it (the operations an order allows). Empty when there is no such array.
    public static func elements(of data: Data, key: String) -> [String] {
        guard !ReadablePayload.nestsTooDeep(data),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let elements = object[key] as? [Any] else { return [] }
        return elements.compactMap { element in
            (try? JSONSerialization.data(withJSONObject: element, options: [.sortedKeys, .withoutEscapingSlashes]))
                .map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// A payload as received, for `Order.rawPayload`; the detail view makes it readable.
    public static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }
}
