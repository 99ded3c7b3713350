import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit

/// What a provider might answer to the effects the fuzz provokes, so key sequences reach
/// pickers, line forms, operation forms and confirmations instead of waiting forever.
enum FuzzAnswers {
    static let offers = [
        FormFixtures.appxiteOffer,
        Offer(id: "OFF-2", name: "Backup seats", price: Money(amount: 3, currency: "EUR")),
    ]

    /// A line form whose quantity field has no maximum: the shape that once trapped.
    static let unboundedLine = [
        CustomField(name: "Quantity", value: "1", kind: .number, key: "quantity", required: true),
        CustomField(name: "Note", value: "", kind: .text, key: "note"),
    ]

    static let operations = [
        FormFixtures.adobeReturn,
        OrderOperation(id: "note", title: "Add a note", summary: "Adds a note to the order.", hasForm: true),
        OrderOperation(id: "renew", title: "Renew", summary: "Renews the order.", confirms: true, createsOrder: true),
    ]

    /// The answer to one effect, or nil when the fuzz leaves it unanswered (still in flight);
    /// `always` answers every effect it can, to open a dialog before the fuzz starts.
    static func answer(_ effect: Effect, in state: ConsoleState, always: Bool = false,
                       using generator: inout SeededGenerator) -> Action? {
        guard always || Bool.random(using: &generator) else { return nil }
        let failure = OrderError.timedOut(detail: "fuzz")
        switch effect {
        case .loadOffers(let account):
            return .offersLoaded(account: account, .success(offers))
        case .loadCustomers(let account):
            return Bool.random(using: &generator)
                ? .customersLoaded(account: account, .success([Customer(id: "7", name: "Acme")]))
                : .customersLoaded(account: account, .failure(.unsupported(detail: "fuzz")))
        case .loadForm(let account, let purpose):
            switch purpose {
            case .newLine, .cartLine:
                let fields = Bool.random(using: &generator) ? unboundedLine : FormFixtures.appxiteLine.fields
                return .formLoaded(account: account, purpose, .success(fields),
                                   quantityKey: fields[0].key)
            case .operation:
                return .formLoaded(account: account, purpose, .success(FormFixtures.returnFields), quantityKey: nil)
            case .orderFields, .characteristics:
                return .formLoaded(account: account, purpose, .success([unboundedLine[1]]), quantityKey: nil)
            }
        case .loadOperations(let account, let order):
            return .operationsLoaded(account: account, orderID: order.id, operations)
        case .quoteOrder(let account, let orderID):
            return .quoteLoaded(account: account, subject: orderID, .success(Quote(lines: [], total: nil)))
        case .rereadDraft(let account, let orderID):
            let held = Bool.random(using: &generator) ? OrderFixtures.book[0].items : []
            return .draftReread(account: account, orderID: orderID,
                                Bool.random(using: &generator) ? .success(held) : .failure(failure))
        case .previewCart(let account, let cart):
            return .quoteLoaded(account: account, subject: cart.id, .success(Quote(lines: [], total: nil)))
        case .previewOperation(let account, let orderID, let operation, let fields):
            return .operationPreviewed(account: account, orderID: orderID, operation, fields: fields, .success([]))
        case .place(let account, let orderID, _, _):
            return Bool.random(using: &generator) ? .placed(account: account, orderID: orderID, .failure(failure))
                : .placementStopped(account: account, orderID: orderID, .changed(now: OrderFixtures.book[0].items))
        case .performOperation(let account, let orderID, let operation, _):
            return .operationPerformed(account: account, orderID: orderID, operation, .failure(failure))
        case .refresh(let account):
            return .ordersLoaded(account: account, .success(OrderList(orders: OrderFixtures.book)), at: state.now)
        case .reconcileJournal(let account):
            return .journalReconciled(account: account, .success([]))
        default:
            return nil
        }
    }
}
