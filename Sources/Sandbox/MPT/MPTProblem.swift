import Hummingbird

/// A refusal rendered as RFC 7807 problem details `{type,title,status,detail,traceId,errors}`.
///
/// The API sends `errors` in two shapes, and the sandbox uses both: a map of string arrays
/// for fields of the request body, and an array of objects for order parameters (each names
/// the parameter, so the buyer sees the error next to it).
struct MPTProblem: Error, Sendable {
    enum Errors: Sendable {
        case none
        case fields([String: [String]])
        case parameters([MPTParameterError])
    }

    var status: HTTPResponse.Status
    var detail: String
    var errors: Errors = .none

    static func badRequest(_ detail: String, field: String, _ message: String) -> MPTProblem {
        MPTProblem(status: .badRequest, detail: detail, errors: .fields([field: [message]]))
    }

    static func parameters(_ detail: String, _ errors: [MPTParameterError]) -> MPTProblem {
        MPTProblem(status: .badRequest, detail: detail, errors: .parameters(errors))
    }

    static func conflict(_ detail: String) -> MPTProblem { MPTProblem(status: .conflict, detail: detail) }
    static func notFound(_ detail: String) -> MPTProblem { MPTProblem(status: .notFound, detail: detail) }
    static func unauthorized(_ detail: String) -> MPTProblem { MPTProblem(status: .unauthorized, detail: detail) }

    /// The body, with a trace id so a support request can name the call.
    func body(traceID: String) -> Body {
        Body(type: "https://httpstatuses.io/\(status.code)", title: status.reasonPhrase, status: Int(status.code),
             detail: detail, traceId: traceID, errors: errors)
    }

    struct Body: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var traceId: String
        var errors: Errors

        enum CodingKeys: String, CodingKey { case type, title, status, detail, traceId, errors }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(title, forKey: .title)
            try container.encode(status, forKey: .status)
            try container.encode(detail, forKey: .detail)
            try container.encode(traceId, forKey: .traceId)
            switch errors {
            case .none: break
            case .fields(let map): try container.encode(map, forKey: .errors)
            case .parameters(let list): try container.encode(list, forKey: .errors)
            }
        }
    }
}
