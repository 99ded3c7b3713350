import Foundation

/// JSON as written: the structure of a payload with every string and number kept exactly as
/// the provider sent it, and no Foundation objects built.
///
/// Why one parser: the detail view re-indents payloads (`PrettyJSON`) and the tolerant readers
/// walk them (`JSONValue` in Providers); both need the text as sent, and `JSONDecoder` reading
/// an untyped tree pays for a thrown error at every value whose kind it guesses wrong, which
/// was half of `ordercon status`'s time.
public indirect enum JSONSyntax: Sendable {
    /// Members in the order written; keys as written, quotes and escapes included.
    case object([(key: String, value: JSONSyntax)])
    case array([JSONSyntax])
    /// A string (with its quotes and escapes), number, true, false or null, as written.
    case scalar(String)

    /// The structure of `data`, or nil when it is not one JSON value followed only by white
    /// space, or nests deeper than `ReadablePayload.maximumDepth` (parsing recurses once per
    /// level, and a hostile payload would overflow the stack).
    public static func parse(_ data: Data) -> JSONSyntax? {
        var parser = JSONSyntaxParser(bytes: [UInt8](data))
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        return parser.atEnd ? value : nil
    }

    /// Whether this is an object or an array, the only payloads worth re-indenting.
    public var isContainer: Bool {
        switch self {
        case .object, .array: true
        case .scalar: false
        }
    }
}
