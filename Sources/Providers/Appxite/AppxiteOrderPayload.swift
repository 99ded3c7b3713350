import Foundation

/// An order as the Appxite API sends it, from the create, operation, retrieve and cancel
/// calls alike: status, items with their form data, and the operations allowed now.
struct AppxiteOrderPayload: Decodable {
    var id: String
    var organizationID: String
    var status: String
    var createdAt: Date
    var currency: String?
    var total: Decimal?
    var operations: [String]
    var statusMessage: String?
    /// When a scheduled order places itself.
    var scheduledFor: Date?
    var items: [AppxiteItemPayload]

    enum CodingKeys: String, CodingKey {
        case id = "OrderId", organizationID = "OrganizationId", status = "Status", createdAt = "CreatedAt"
        case currency = "Currency", total = "Total", operations = "Operations", statusMessage = "StatusMessage"
        case scheduledFor = "ScheduledFor", items = "Items"
    }
}
