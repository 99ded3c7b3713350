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

    /// Each element of the array under `key` of a JSON object, pretty-printed: the raw
    /// payload of every order of a list answer, for the detail view and for what a provider
    /// reads back from it (the operations an order allows). Empty when there is no such array.
    public static func prettyElements(of data: Data, key: String) -> [String] {
        guard !nestsDeeper(than: prettyDepth, data),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let elements = object[key] as? [Any] else { return [] }
        return elements.compactMap { element in
            (try? JSONSerialization.data(withJSONObject: element, options: [.prettyPrinted, .sortedKeys]))
                .map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// JSON nested deeper is shown as received: re-serialising 500 levels (JSONSerialization
    /// reads up to 512) overflows a 512 KiB thread stack (found by fuzzing).
    static let prettyDepth = 64

    /// Whether arrays and objects, outside strings, nest deeper than `limit`.
    private static func nestsDeeper(than limit: Int, _ data: Data) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return false
    }

    /// Pretty-printed JSON or XML for the detail view, or the text as received when it is
    /// neither.
    public static func pretty(_ data: Data) -> String {
        if !nestsDeeper(than: prettyDepth, data), let pretty = PrettyJSON.format(data) {
            return pretty
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.first == "<", let indented = XMLIndenter.indent(text) {
            return indented
        }
        return text
    }
}
