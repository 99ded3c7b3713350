/// The page a list request asks for in its query: `limit` (1 to the endpoint's maximum,
/// 100 unless it says, else its default) and `offset`; a value out of range is a named
/// 1117 violation.
struct AdobePageWindow: Sendable {
    static let maxLimit = 100

    var limit: Int
    var offset = 0

    init(_ query: [(String, String)], defaultLimit: Int, maxLimit: Int = Self.maxLimit,
         into violations: inout [AdobeRefusal.Violation]) {
        limit = defaultLimit
        if let text = query.last(where: { $0.0 == "limit" })?.1 {
            if let value = Int(text), (1...maxLimit).contains(value) {
                limit = value
            } else {
                violations.append(.init(field: "limit", reason: "limit must be a whole number from 1 to \(maxLimit)"))
            }
        }
        if let text = query.last(where: { $0.0 == "offset" })?.1 {
            if let value = Int(text), value >= 0 {
                offset = value
            } else {
                violations.append(.init(field: "offset", reason: "offset must be a whole number of at least 0"))
            }
        }
    }
}
