/// Adobe's status codes for orders and their lines (seed 002 and PROVIDERS.md).
enum AdobeStatus {
    static let complete = "1000"
    static let pending = "1002"
    static let failed = "1004"
    static let cancelled = "1008"
    /// The failure codes an order may end in: the catch-all 1004, the account problems
    /// 1010/1012/1014 and the inactive or invalid parties 1020–1026.
    static let failures = ["1004", "1010", "1012", "1014", "1020", "1022", "1024", "1026"]
}
