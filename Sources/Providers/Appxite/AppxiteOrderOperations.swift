import OrderKit

/// The operations the Appxite client offers beyond the common lifecycle, as the console's
/// menu lists them. Cart operations keep the Order API's own names (`schedule_order`,
/// `create_quote`); `update` is offered once per item, as `update:` and the order item id,
/// because each item has its own offer's form.
enum AppxiteOrderOperations {
    static let updatePrefix = "update:"
    static let scheduleDateKey = "ScheduledFor"
    static let reasonKey = "Reason"

    static func update(_ item: OrderItem) -> OrderOperation {
        OrderOperation(id: updatePrefix + item.id, title: "Change \(item.name)",
                       summary: "Edit the item's form data (quantity, billing, location, commitment, tier) in the cart order",
                       hasForm: true, confirms: false)
    }

    static let schedule = OrderOperation(
        id: AppxiteClient.scheduleOrder, title: "Schedule placement",
        summary: "Place the cart order on a future day instead of now", hasForm: true,
        warning: ["The cart order will be placed by itself on the chosen day (00:00 UTC) and then provisioned."])

    static let quote = OrderOperation(id: AppxiteClient.createQuote, title: "Quote",
                                      summary: "Price the cart order with create_quote; nothing is placed",
                                      previews: true, confirms: false)

    static let approve = OrderOperation(
        id: "approve", title: "Approve order", summary: "Approve this manual-approval order; provisioning starts",
        warning: ["Approving starts provisioning at once; the vendor then bills the order."])

    static let reject = OrderOperation(
        id: "reject", title: "Reject order", summary: "Reject this manual-approval order, saying why; nothing is provisioned",
        hasForm: true, warning: ["Rejecting is final: the order is withdrawn and must be ordered again."])
}
