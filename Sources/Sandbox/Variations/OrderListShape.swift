import Foundation

/// Where an order list answer keeps its orders, per provider route: the variation that
/// spoils one order per page must find them. Matched on the path below the provider's
/// prefix; nil for an answer that is no order list.
struct OrderListShape: Sendable {
    /// The envelope key of the list, or nil for a bare array.
    var key: String?
    /// The keys that identify an order there.
    var idKeys: [String]
    /// Whether the provider publishes no casing, so keys may arrive in any.
    var anyCase: Bool

    static func of(path: String) -> OrderListShape? {
        let parts = path.split(separator: "/").map(String.init)
        switch parts.first {
        case "whitelabel" where parts.dropFirst() == ["api", "orders"]:
            return OrderListShape(key: nil, idKeys: ["Id"], anyCase: true)
        case "appxite" where parts.dropFirst() == ["orders"]:
            return OrderListShape(key: "Items", idKeys: ["OrderId"], anyCase: true)
        case "adobe" where parts.count == 5 && parts[1] == "v3" && parts[2] == "customers" && parts[4] == "orders":
            return OrderListShape(key: "items", idKeys: ["orderId"], anyCase: false)
        case "mpt" where parts.dropFirst().joined(separator: "/") == "public/v1/commerce/orders":
            return OrderListShape(key: "data", idKeys: ["id"], anyCase: false)
        case "adility" where parts.dropFirst() == ["orders"]:
            return OrderListShape(key: "orders", idKeys: ["id"], anyCase: false)
        default:
            return nil
        }
    }

    /// Whether keys of this provider may be recased (by the path's provider prefix).
    static func anyCase(path: String) -> Bool {
        path.hasPrefix("/whitelabel/") || path.hasPrefix("/appxite/")
    }
}
