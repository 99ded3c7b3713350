import Foundation
import Hummingbird
import XMLCoder

/// Reads and writes Adility bodies in either format, always wrapped in a root: the
/// `order` key in JSON (`{"order": {…}}`), the `<order>` element in XML.
enum AdilityReply {
    /// The answer's format: what `Accept` asks for, else the format of the body sent,
    /// else JSON.
    static func responseType(for request: Request) -> AdilityMediaType {
        AdilityMediaType(header: request.headers[.accept])
            ?? AdilityMediaType(header: request.headers[.contentType]) ?? .json
    }

    static func encode(_ value: some Encodable, root: String, as type: AdilityMediaType,
                       status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let data: Data
        switch type {
        case .json:
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.sortedKeys]
            encoder.userInfo[AdilityMediaType.userInfoKey] = AdilityMediaType.json
            data = try encoder.encode(Rooted(root: root, value: value))
        case .xml:
            let encoder = XMLEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.userInfo[AdilityMediaType.userInfoKey] = AdilityMediaType.xml
            data = try encoder.encode(value, withRootKey: root,
                                      header: XMLHeader(version: 1.0, encoding: "UTF-8"))
        }
        var fields = headers
        fields[.contentType] = type.contentType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Reads the body in the format its `Content-Type` names, refusing an unnamed format,
    /// an empty body, a missing `order` root or a malformed body with a 400 that says which.
    static func decode<T: Decodable>(_ type: T.Type, root: String, from request: Request) async throws -> T {
        guard let format = AdilityMediaType(header: request.headers[.contentType]) else {
            throw SandboxRefusal(status: .unsupportedMediaType,
                                 message: "Send Content-Type: application/json or application/xml.")
        }
        let buffer = try await request.body.collect(upTo: 1 << 20)
        guard buffer.readableBytes > 0 else {
            throw SandboxRefusal.badRequest("The request body is empty; send an \(root) object.")
        }
        let data = Data(buffer.readableBytesView)
        switch format {
        case .json:
            let decoder = JSONDecoder()
            decoder.userInfo[AdilityMediaType.userInfoKey] = AdilityMediaType.json
            decoder.userInfo[Unwrapped<T>.rootKey] = root
            let unwrapped: Unwrapped<T>
            do {
                unwrapped = try decoder.decode(Unwrapped<T>.self, from: data)
            } catch {
                throw SandboxRefusal.badRequest("The request body is not the expected JSON: \(describe(error, as: .json)).")
            }
            guard let value = unwrapped.value else {
                throw SandboxRefusal.badRequest("Wrap the body in a root \"\(root)\" key: {\"\(root)\": {…}}.")
            }
            return value
        case .xml:
            guard rootElement(of: data) == root else {
                throw SandboxRefusal.badRequest("The XML body must have a root <\(root)> element.")
            }
            let decoder = XMLDecoder()
            decoder.userInfo[AdilityMediaType.userInfoKey] = AdilityMediaType.xml
            do {
                return try decoder.decode(T.self, from: data)
            } catch {
                throw SandboxRefusal.badRequest("The request body is not the expected XML: \(describe(error, as: .xml)).")
            }
        }
    }

    /// The shared one-line summary, naming the format the body was read as.
    private static func describe(_ error: any Error, as type: AdilityMediaType) -> String {
        let summary = DecodingErrorSummary.describe(error)
        return type == .xml ? summary.replacingOccurrences(of: "JSON", with: "XML") : summary
    }

    /// The name of the first element, past the `<?xml …?>` declaration and comments.
    private static func rootElement(of data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: close)...]
                continue
            }
            return String(after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" })
        }
        return nil
    }

    /// The value under the root key named in `userInfo`, or nil when the key is missing.
    private struct Unwrapped<Value: Decodable>: Decodable {
        static var rootKey: CodingUserInfoKey { CodingUserInfoKey(rawValue: "adility.sandbox.root")! }

        var value: Value?

        init(from decoder: any Decoder) throws {
            let root = decoder.userInfo[Self.rootKey] as? String ?? ""
            value = try decoder.container(keyedBy: AdilityKey.self).decodeIfPresent(Value.self, forKey: AdilityKey(root))
        }
    }

    /// A value under one root key, for JSON.
    private struct Rooted<Value: Encodable>: Encodable {
        var root: String
        var value: Value

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AdilityKey.self)
            try container.encode(value, forKey: AdilityKey(root))
        }
    }
}
