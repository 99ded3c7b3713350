import Foundation

/// Dates as providers really send them: ISO 8601 with or without fractional seconds, and
/// sometimes without a zone (read as UTC).
public enum FlexibleDate {
    public static func parse(_ text: String) -> Date? {
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        let plain = Date.ISO8601FormatStyle()
        if let date = try? plain.parse(text) { return date }
        if let date = try? withFraction.parse(text) { return date }
        if let date = try? plain.parse(text + "Z") { return date }
        if let date = try? withFraction.parse(text + "Z") { return date }
        return try? Date.ISO8601FormatStyle().year().month().day().parse(text)
    }

    /// A JSON decoder that reads dates with `parse`, failing on anything else.
    public static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
            }
            return date
        }
        return decoder
    }
}
