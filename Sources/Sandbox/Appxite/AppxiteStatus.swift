/// The order and item status names of the sandbox. The document names the three
/// provisioning statuses; the others are the sandbox's words for what the document
/// describes in prose (an order still in the cart, one waiting for approval in the portal,
/// a scheduled order, an order rejected in approval, a cancelled item).
enum AppxiteStatus {
    static let cart = "cart"
    static let awaitingApproval = "awaiting_approval"
    static let scheduled = "scheduled"
    static let provisionStarted = "provision_started"
    static let provisionFinished = "provision_finished"
    static let provisionFailed = "provision_failed"
    static let rejected = "rejected"
    static let cancelled = "cancelled"
}
