/// The status names of the sandbox tenant (real tenants may rename them).
enum WhiteLabelStatus {
    static let draft = "Draft"
    static let pendingApproval = "Reseller Pending Approval"
    static let submitted = "Submitted"
    static let executed = "Executed"
    static let failed = "Failed"
    static let cancelled = "Cancelled by Reseller"
}
