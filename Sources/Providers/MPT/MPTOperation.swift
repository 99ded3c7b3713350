import OrderKit

/// The operations the Marketplace offers on an order beyond its lifecycle: the buyer's notes
/// (editable at any status, as the document says), saving a draft as a quote (the API's
/// `quote` transition, which is not a price preview), and Change and Termination orders on
/// the subscriptions of the order's agreement.
public enum MPTOperation: String, CaseIterable, Sendable {
    case notes
    case saveQuote = "quote"
    case change
    case terminate

    /// What the console's menu lists: the title, one line on what it does, and whether it
    /// asks for a form, shows a preview or asks for confirmation first.
    public var operation: OrderOperation {
        switch self {
        case .notes:
            OrderOperation(id: rawValue, title: "Edit notes",
                           summary: "Change the buyer's notes on this order; allowed at any status.",
                           hasForm: true, confirms: false)
        case .saveQuote:
            OrderOperation(id: rawValue, title: "Save as quote",
                           summary: "Move the draft to Quoted, kept for later at its price; the Marketplace deletes it when another order of its agreement is processed.")
        case .change:
            OrderOperation(id: rawValue, title: "Change subscriptions",
                           summary: "Order new quantities for the agreement's subscriptions (a Change order).",
                           hasForm: true, previews: true, createsOrder: true, creates: .change)
        case .terminate:
            OrderOperation(id: rawValue, title: "Terminate subscriptions",
                           summary: "End chosen subscriptions of the agreement (a Termination order).",
                           hasForm: true, previews: true, warning: [
                               "The vendor ends the chosen subscriptions: their licences stop and cannot be restored.",
                               "Terminating every subscription terminates the agreement.",
                           ], createsOrder: true, creates: .termination)
        }
    }

    /// The operation an id names, or an error saying which ones exist.
    static func named(_ id: String) throws -> MPTOperation {
        guard let operation = MPTOperation(rawValue: id) else {
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            throw OrderError.unsupported(
                detail: "\(ProviderKind.mpt.displayName) orders have no operation '\(id)'; they have \(known).")
        }
        return operation
    }
}
