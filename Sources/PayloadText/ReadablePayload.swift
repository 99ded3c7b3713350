import Foundation

/// A provider's payload made readable for the detail view: JSON re-indented, XML one element
/// per line, anything else as received.
///
/// Why a module of its own: orders keep their payload as received, and only the view that
/// shows one formats it. Formatting every fetched order up front cost a seventh of the CPU
/// of an `ordercon status` sweep, which never shows a payload.
public enum ReadablePayload {
    /// JSON nested deeper is shown as received: re-serialising 500 levels (JSONSerialization
    /// reads up to 512) overflows a 512 KiB thread stack (found by fuzzing).
    public static let maximumDepth = 64

    /// The readable text of `raw`.
    public static func text(_ raw: String) -> String {
        let data = Data(raw.utf8)
        if !nestsTooDeep(data), let pretty = PrettyJSON.format(data) {
            return pretty
        }
        if raw.first == "<", let indented = XMLIndenter.indent(raw) {
            return indented
        }
        return raw
    }

    /// Whether arrays and objects, outside strings, nest deeper than `maximumDepth`: such
    /// JSON must not reach a recursive reader or writer.
    public static func nestsTooDeep(_ data: Data) -> Bool {
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
                if depth > maximumDepth { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return false
    }
}
