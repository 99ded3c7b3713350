import Foundation

/// An order as the Appxite API sends it, from the create, operation, retrieve and cancel
/// calls alike: status, items with their form data, and the operations allowed now.
///
/// Read by `AppxiteReader`, field by field: only `OrderId` is required, and a field that is
/// present but unreadable is named in `degraded` instead of failing the order.
struct AppxiteOrderPayload {
    var id: String
    var organizationID: String?
    /// Empty when the answer has none (named in `degraded`).
    var status: String
    var createdAt: Date?
    var currency: String?
    var total: Decimal?
    var operations: [String]
    var statusMessage: String?
    /// When a scheduled order places itself.
    var scheduledFor: Date?
    var items: [AppxiteItemPayload]
    /// Where to approve or reject an order awaiting approval: each such order carries its
    /// links ("Orders approval via API"), which the client follows instead of building a path.
    var approveLink: String?
    var rejectLink: String?
    /// Fields present but unreadable, by path, with the reason.
    var degraded: [String: String] = [:]
}
