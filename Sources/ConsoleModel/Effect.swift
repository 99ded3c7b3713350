import OrderKit
import Store

/// Work the reducer asks for; the `EffectRunner` performs it and answers with an `Action`.
/// Every effect names the account so a late answer for another account can be dropped.
public enum Effect: Sendable, Equatable {
    /// The first page of the account's cache (`ConsoleState.firstCachePage` orders).
    case loadCache(account: String)
    /// The next page of the cache, read while the first is already on screen.
    case loadCachePage(account: String, after: CacheCursor, limit: Int)
    case reconcileJournal(account: String)
    case refresh(account: String)
    /// Known-orders accounts: follow these order ids (each read first) or stop following them.
    case trackOrders(account: String, ids: [String])
    case untrackOrders(account: String, ids: [String])
    case loadItems(account: String, orderID: String)
    /// The whole order with its raw payload, for the detail view.
    case loadOrder(account: String, orderID: String)
    case loadOffers(account: String)
    case loadCustomers(account: String)
    case createDraft(account: String, customerID: String)
    case addItem(account: String, orderID: String, offerID: String, quantity: Int)
    case deleteItem(account: String, orderID: String, itemID: String)
    /// Journaled: the intent is written before the request leaves. A draft's lines are read
    /// again first and must still be `content` (`verifyLines`); an order sent back for
    /// changes (MPT Querying) is resubmitted as it is.
    case place(account: String, orderID: String, content: String, verifyLines: Bool = true)
    case createLocalCart(account: String, customerID: String, customerName: String)
    /// `parameters` are the line form's other values, by wire key.
    case addCartLine(account: String, cartID: String, offer: Offer, quantity: Int, parameters: [String: String],
                     unitPrice: Money? = nil)
    case removeCartLine(account: String, cartID: String, lineID: String)
    case updateCartLine(account: String, cartID: String, lineID: String, quantity: Int, parameters: [String: String],
                        unitPrice: Money? = nil)
    /// Journaled like `place`, with the provider's idempotency handle for the cart.
    case placeCart(account: String, cart: LocalCart)
    case previewCart(account: String, cart: LocalCart)
    case quoteOrder(account: String, orderID: String)
    /// A server-side draft's lines read afresh for its placement confirmation.
    case rereadDraft(account: String, orderID: String)
    case cancelOrder(account: String, orderID: String)
    case cancelItem(account: String, orderID: String, itemID: String)
    case loadForm(account: String, FieldForm.Purpose)
    /// The offer's saved form template, to prefill a key/value line form.
    case loadFormTemplate(account: String, offerID: String)
    /// Keeps the values a line was added with as its offer's template.
    case saveFormTemplate(account: String, FormTemplate)
    /// Order fields or characteristics: only the changed ones are sent.
    case saveFields(account: String, FieldForm.Purpose, fields: [CustomField])
    case loadOperations(account: String, order: Order)
    case previewOperation(account: String, orderID: String, OrderOperation, fields: [CustomField])
    case performOperation(account: String, orderID: String, OrderOperation, fields: [CustomField])
    /// The provider's own facts for the detail view.
    case loadDetails(account: String, orderID: String)
    case quit
    /// Handled by the terminal, not the runner: use another theme file.
    case applyTheme(String)
    /// Handled by the terminal, not the runner: put text on the clipboard (OSC 52).
    case copyToClipboard(String)
}
