import ConsoleModel

/// What the fuzz invariants need to know of an effect.
extension Effect {
    /// The account the effect acts on; nil for the terminal's own effects.
    var fuzzAccount: String? {
        switch self {
        case .loadCache(let account), .loadCachePage(let account, _, _), .reconcileJournal(let account),
             .refresh(let account), .trackOrders(let account, _), .untrackOrders(let account, _), .loadItems(let account, _), .loadOrder(let account, _), .loadOffers(let account),
             .loadCustomers(let account), .createDraft(let account, _), .addItem(let account, _, _, _),
             .deleteItem(let account, _, _), .place(let account, _, _, _), .createLocalCart(let account, _, _),
             .addCartLine(let account, _, _, _, _, _), .removeCartLine(let account, _, _),
             .updateCartLine(let account, _, _, _, _, _), .placeCart(let account, _), .previewCart(let account, _),
             .quoteOrder(let account, _), .rereadDraft(let account, _), .cancelOrder(let account, _), .cancelItem(let account, _, _),
             .loadForm(let account, _), .saveFields(let account, _, _), .loadOperations(let account, _),
             .previewOperation(let account, _, _, _), .performOperation(let account, _, _, _),
             .loadDetails(let account, _), .loadFormTemplate(let account, _), .saveFormTemplate(let account, _):
            account
        case .quit, .applyTheme, .copyToClipboard: nil
        }
    }

    /// Changes orders or carts, here or at the provider: never on a read-only account.
    var writes: Bool {
        switch self {
        case .createDraft, .addItem, .deleteItem, .place, .createLocalCart, .addCartLine, .removeCartLine,
             .updateCartLine, .placeCart, .cancelOrder, .cancelItem, .saveFields, .performOperation:
            true
        default:
            false
        }
    }

    /// Sends an order for execution: only after a confirmation answered Yes.
    var places: Bool {
        switch self {
        case .place, .placeCart: true
        case .performOperation(_, _, let operation, _): operation.confirms && operation.createsOrder
        default: false
        }
    }
}
