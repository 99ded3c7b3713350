import Foundation
import OrderKit
import XMLCoder

/// Writes and reads Adility bodies in the account's format, always under a root: the
/// `order` key in JSON (`{"order": {…}}`), the `<order>` element in XML. Decoding
/// failures become one-line `OrderError.malformedResponse`s naming the field.
enum AdilityCodec {
    static func encode(_ value: some Encodable, root: String, as format: AdilityFormat) throws -> Data {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.userInfo[AdilityFormat.userInfoKey] = AdilityFormat.json
            return try encoder.encode(Rooted(root: root, value: value))
        case .xml:
            let encoder = XMLEncoder()
            encoder.userInfo[AdilityFormat.userInfoKey] = AdilityFormat.xml
            return try encoder.encode(value, withRootKey: root, header: XMLHeader(version: 1.0, encoding: "UTF-8"))
        }
    }

    /// Reads `T` from under `root`. XML carries its root as the document element, which is
    /// read as `T` itself.
    static func decode<T: Decodable>(_ type: T.Type, root: String, from data: Data, as format: AdilityFormat,
                                     what: String) throws -> T {
        do {
            switch format {
            case .json:
                let decoder = JSONDecoder()
                decoder.userInfo[AdilityFormat.userInfoKey] = AdilityFormat.json
                decoder.userInfo[Unwrapped<T>.rootKey] = root
                return try decoder.decode(Unwrapped<T>.self, from: data).value
            case .xml:
                if let problem = XMLPreflight.problem(in: data) {
                    throw OrderError.malformedResponse(detail: "\(what): not XML the provider sends (\(problem))")
                }
                let decoder = XMLDecoder()
                decoder.userInfo[AdilityFormat.userInfoKey] = AdilityFormat.xml
                return try decoder.decode(T.self, from: data)
            }
        } catch let error as OrderError {
            throw error
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(summary(error, format: format))")
        }
    }

    /// XML parse failures are not `DecodingError`s; they and a corrupt top level both mean
    /// the body is not in the account's format at all.
    private static func summary(_ error: any Error, format: AdilityFormat) -> String {
        let notInFormat = "not \(format.rawValue.uppercased())"
        guard let decodingError = error as? DecodingError else { return notInFormat }
        if case .dataCorrupted(let context) = decodingError, context.codingPath.isEmpty { return notInFormat }
        return PayloadDecoder.summary(decodingError)
    }

    /// The value under the root key named in `userInfo` (JSON only).
    private struct Unwrapped<Value: Decodable>: Decodable {
        static var rootKey: CodingUserInfoKey { CodingUserInfoKey(rawValue: "adility.client.root")! }

        var value: Value

        init(from decoder: any Decoder) throws {
            let root = decoder.userInfo[Self.rootKey] as? String ?? ""
            value = try decoder.container(keyedBy: AdilityCodingKey.self).decode(Value.self, forKey: AdilityCodingKey(root))
        }
    }

    /// A value under one root key (JSON only).
    private struct Rooted<Value: Encodable>: Encodable {
        var root: String
        var value: Value

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AdilityCodingKey.self)
            try container.encode(value, forKey: AdilityCodingKey(root))
        }
    }
}
