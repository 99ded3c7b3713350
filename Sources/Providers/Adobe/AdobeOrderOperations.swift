import Foundation
import OrderKit

/// The operations the Adobe client offers beyond the common lifecycle, and when: a RETURN
/// of chosen quantities (previewed first), and editing the order's `externalReferenceId`.
enum AdobeOrderOperations {
    static let referenceKey = "externalReferenceId"

    static let returnLines = OrderOperation(
        id: "return", title: "Return lines",
        summary: "Return chosen quantities of a completed order placed in the last 14 days, for a refund",
        hasForm: true, previews: true, createsOrder: true)

    static let editReference = OrderOperation(
        id: "reference", title: "Edit external reference",
        summary: "Change the order's externalReferenceId (your purchase-order number, at most 35 characters)",
        hasForm: true, confirms: false)

    /// A completed NEW or RENEWAL order within Adobe's 14-day window with something left to
    /// return; and any stored order but a pending one, whose reference the placement journal
    /// may still be looking for.
    static func offered(for payload: AdobeOrderPayload, createdAt: Date?, now: Date) -> [OrderOperation] {
        var operations: [OrderOperation] = []
        if ["NEW", "RENEWAL"].contains(payload.orderType) {
            operations.append(returnProblem(payload, createdAt: createdAt, now: now).map(returnLines.unavailable) ?? returnLines)
        }
        if payload.status != "1002" { operations.append(editReference) }
        return operations
    }

    /// Why a NEW or RENEWAL order cannot be returned now, in Adobe's rule: complete, within
    /// 14 days of its creation, with something left to return.
    private static func returnProblem(_ payload: AdobeOrderPayload, createdAt: Date?, now: Date) -> String? {
        guard payload.status == "1000" else { return "only for a completed order (1000)" }
        guard let createdAt else { return "the order's creation date is unknown, and returns are only within 14 days" }
        let age = now.timeIntervalSince(createdAt)
        guard age <= AdobeClient.returnWindow else {
            return "only within 14 days of the order (placed \(Int(age / 86_400)) days ago)"
        }
        guard payload.lineItems.contains(where: { $0.returnable > 0 }) else { return "every line is already returned" }
        return nil
    }
}
