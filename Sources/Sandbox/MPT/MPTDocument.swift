import Hummingbird

/// The text answers of `template` and `render` (orders, agreements, subscriptions): the
/// official client reads them as text. `template` is the product's message for the object's
/// status, as Markdown with the Marketplace's `{{ placeholder }}` fields; `render` is that
/// message filled in for this object.
enum MPTDocument {
    static func template(of order: MPTOrder) -> String {
        let title = order.template?.name ?? "Order \(order.status)"
        return "# \(title)\n\nOrder {{ order.id }} for {{ order.licensee.name }} is {{ order.status }}.\n"
    }

    static func render(_ order: MPTOrder) -> String {
        let title = order.template?.name ?? "Order \(order.status)"
        let lines = order.lines.map { "- \($0.item.name ?? $0.item.id): \($0.quantity)" }.joined(separator: "\n")
        return "# \(title)\n\nOrder \(order.id) for \(order.licensee.name ?? order.licensee.id) is \(order.status).\n\n\(lines)\n"
    }

    static func template(of agreement: MPTAgreement) -> String {
        "# Agreement\n\n{{ agreement.name }} for {{ agreement.licensee.name }} is {{ agreement.status }}.\n"
    }

    static func render(_ agreement: MPTAgreement) -> String {
        let subscriptions = agreement.subscriptions.map { "- \($0.id) \($0.name): \($0.quantity) (\($0.status))" }
        return "# Agreement\n\n\(agreement.name) for \(agreement.licensee.name ?? agreement.licensee.id) is \(agreement.status).\n\n"
            + subscriptions.joined(separator: "\n") + "\n"
    }

    static func render(_ subscription: MPTSubscription) -> String {
        "# Subscription\n\n\(subscription.name) (\(subscription.id)): \(subscription.quantity) of \(subscription.item.name ?? subscription.item.id), \(subscription.status).\n"
    }

    static func response(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/markdown; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
