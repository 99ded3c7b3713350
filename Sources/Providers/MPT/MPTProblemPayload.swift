/// RFC 7807 problem details `{type,title,status,detail,traceId,errors}`.
///
/// The Marketplace's own error code is the fragment of `type` (`…#MPTCOM03-0078`), and
/// support asks for the `traceId`: both go into the one-line message. `errors` comes in two
/// shapes and both are read: a map of field → messages (`{"lines[0].quantity": ["…"]}`) and
/// an array of entries `{message, properties[], id, parameters}` naming what is wrong.
struct MPTProblemPayload: Decodable {
    struct FieldError: Equatable {
        /// The fields of the request body (map shape, or an entry's `properties`), or the
        /// parameter's external id.
        var field: String?
        /// The parameter the error belongs to (array shape), to show it next to it.
        var parameterID: String?
        var message: String
    }

    private struct Entry: Decodable {
        var id: String?
        var externalId: String?
        var field: String?
        var properties: [String]?
        var message: String?
        var detail: String?

        enum CodingKeys: String, CodingKey { case id, externalId, field, properties, message, detail }
    }

    var type: String?
    var title: String?
    var status: Int?
    var detail: String?
    var traceId: String?
    var errors: [FieldError]

    enum CodingKeys: String, CodingKey { case type, title, status, detail, traceId, errors }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try? container.decodeIfPresent(String.self, forKey: .type)
        title = try? container.decodeIfPresent(String.self, forKey: .title)
        status = try? container.decodeIfPresent(Int.self, forKey: .status)
        detail = try? container.decodeIfPresent(String.self, forKey: .detail)
        traceId = try? container.decodeIfPresent(String.self, forKey: .traceId)
        if let map = try? container.decodeIfPresent([String: [String]].self, forKey: .errors) {
            errors = map.keys.sorted().flatMap { field in
                map[field, default: []].map { FieldError(field: field, parameterID: nil, message: $0) }
            }
        } else if let list = try? container.decodeIfPresent([Entry].self, forKey: .errors) {
            errors = list.compactMap { entry in
                let properties = entry.properties.flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") }
                return (entry.message ?? entry.detail).map {
                    FieldError(field: properties ?? entry.externalId ?? entry.field, parameterID: entry.id, message: $0)
                }
            }
        } else {
            errors = []
        }
    }

    /// The Marketplace error code: what follows `#` in `type`.
    var code: String? {
        guard let type, let mark = type.lastIndex(of: "#") else { return nil }
        let code = type[type.index(after: mark)...]
        return code.isEmpty ? nil : String(code)
    }

    /// One line for `OrderError`: the code, the detail, then what is wrong where, and the
    /// trace id to quote to support.
    var summary: String? {
        let head = (detail ?? title).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        let parts = errors.map { error in
            error.parameterID == nil ? "\(error.field.map { "\($0): " } ?? "")\(error.message)" : error.message
        }
        let body = [code, head, parts.isEmpty ? nil : parts.joined(separator: "; ")].compactMap { $0 }
        guard !body.isEmpty else { return traceId.map { "traceId \($0)" } }
        let line = body.joined(separator: ": ")
        return traceId.map { "\(line) (traceId \($0))" } ?? line
    }
}
