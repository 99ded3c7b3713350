/// One line naming the field a decoder choked on, for error messages.
enum DecodingErrorSummary {
    static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return "unreadable JSON" }
        switch decodingError {
        case .keyNotFound(let key, _): return "missing field \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "wrong type at \(path.isEmpty ? "top level" : path)"
        case .dataCorrupted: return "unreadable JSON"
        @unknown default: return "unreadable JSON"
        }
    }
}
