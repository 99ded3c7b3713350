/// RFC 7807 problem details `{type,title,status,detail,traceId,errors}`.
///
/// `errors` comes in two shapes and both are read: a map of field → messages
/// (`{"lines[0].quantity": ["…"]}`) and an array of objects naming what is wrong
/// (`[{"id": "PRM-…", "externalId": "…", "message": "…"}]`).
struct MPTProblemPayload: Decodable {
    struct FieldError: Equatable {
        /// The field of the request body (map shape), or the parameter's external id.
        var field: String?
        /// The parameter the error belongs to (array shape), to show it next to it.
        var parameterID: String?
        var message: String
    }

    private struct Entry: Decodable {
        var id: String?
        var externalId: String?
        var field: String?
        var message: String?
        var detail: String?

        enum CodingKeys: String, CodingKey { case id, externalId, field, message, detail }
    }

    var title: String?
    var status: Int?
    var detail: String?
    var traceId: String?
    var errors: [FieldError]

    enum CodingKeys: String, CodingKey { case title, status, detail, traceId, errors }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        detail = try container.decodeIfPresent(String.self, forKey: .detail)
        traceId = try container.decodeIfPresent(String.self, forKey: .traceId)
        if let map = try? container.decodeIfPresent([String: [String]].self, forKey: .errors) {
            errors = map.keys.sorted().flatMap { field in
                map[field]!.map { FieldError(field: field, parameterID: nil, message: $0) }
            }
        } else if let list = try? container.decodeIfPresent([Entry].self, forKey: .errors) {
            errors = list.compactMap { entry in
                (entry.message ?? entry.detail).map {
                    FieldError(field: entry.externalId ?? entry.field, parameterID: entry.id, message: $0)
                }
            }
        } else {
            errors = []
        }
    }

    /// One line for `OrderError`: the detail, then what is wrong where.
    var summary: String? {
        let head = (detail ?? title).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        let parts = errors.map { error in
            error.parameterID == nil ? "\(error.field.map { "\($0): " } ?? "")\(error.message)" : error.message
        }
        guard !parts.isEmpty else { return head }
        return [head, parts.joined(separator: "; ")].compactMap { $0 }.joined(separator: ": ")
    }
}
