import Foundation
import OrderKit
import Store

/// Everything that can change the console's state: keys from the user, ticks from the
/// clock and scheduler, and the answers to effects.
public enum Action: Sendable {
    case key(Key)
    /// Text pasted into the terminal.
    case paste(String)
    /// The clock moved (for ages and toasts).
    case tick(Date)
    /// The refresh timer fired.
    case refreshDue
    /// How many list rows a pane shows, for PgUp/PgDn.
    case viewport(rowsPerPane: Int)
    /// How far the open scrolling view can scroll, as the last frame measured it.
    case dialogMeasured(ViewExtent)
    /// An API call was made (for the event log).
    case apiCall(RequestRecord)
    /// The theme names the command line can complete.
    case themesAvailable([String])
    /// The terminal switched to the theme `:theme` asked for, or kept its own and says why.
    case themeApplied(String, problem: String?)

    case cacheLoaded(account: String, orders: [Order], carts: [LocalCart], refreshedAt: Date?)
    /// A later page of the cache; `complete` when it was the last.
    case cachePageLoaded(account: String, after: CacheCursor, orders: [Order], complete: Bool)
    /// Another account was chosen: the console starts over on it.
    case switchAccount(String)
    /// A local cart was created or changed (and is already saved); `addedLineID` names the
    /// line just added, which the Cart pane selects.
    case cartSaved(account: String, Result<LocalCart, OrderError>, note: String, addedLineID: String? = nil)
    /// A price for the cart or draft about to be placed: the confirmation shows it.
    case quoteLoaded(account: String, subject: String, Result<Quote, OrderError>)
    /// A server-side draft's lines as the provider holds them, for its confirmation.
    case draftReread(account: String, orderID: String, Result<[OrderItem], OrderError>)
    /// A draft that cannot be placed as it is: its fields, with what is required and empty
    /// or refused by the provider, to fill in before anything is sent.
    case fieldsNeeded(account: String, orderID: String, [CustomField])
    /// A confirmed placement that was not sent, and why.
    case placementStopped(account: String, orderID: String, PlacementStop)
    case cancelled(account: String, orderID: String, Result<Order, OrderError>)
    /// A form's fields; `quantityKey` names a new line's quantity field.
    case formLoaded(account: String, FieldForm.Purpose, Result<[CustomField], OrderError>, quantityKey: String?)
    /// The provider's answer to saved fields: its values, with its complaints.
    case fieldsSaved(account: String, FieldForm.Purpose, Result<[CustomField], OrderError>)
    case operationsLoaded(account: String, orderID: String, [OrderOperation])
    case operationPreviewed(account: String, orderID: String, OrderOperation, fields: [CustomField],
                            Result<[String], OrderError>)
    /// The order an operation changed or created.
    case operationPerformed(account: String, orderID: String, OrderOperation, Result<Order, OrderError>)
    case detailsLoaded(account: String, orderID: String, Result<[DetailSection], OrderError>)
    /// The journal's settled intents; `carts` names the local cart each idempotency key
    /// belonged to (the provider derives keys from carts), so a cart placed though its
    /// answer was lost is told as placed.
    case journalReconciled(account: String, Result<[JournalEntry], OrderError>, carts: [String: String] = [:])
    case ordersLoaded(account: String, Result<OrderList, OrderError>, at: Date)
    /// The orders `:track` read and now follows.
    case ordersTracked(account: String, Result<[Order], OrderError>)
    /// The ids `:untrack` stopped following.
    case ordersUntracked(account: String, Result<[String], OrderError>)
    case itemsLoaded(account: String, orderID: String, Result<[OrderItem], OrderError>)
    case orderLoaded(account: String, Result<Order, OrderError>)
    case offersLoaded(account: String, Result<[Offer], OrderError>)
    case customersLoaded(account: String, Result<[Customer], OrderError>)
    case draftCreated(account: String, Result<Order, OrderError>)
    case itemAdded(account: String, orderID: String, offerID: String, Result<OrderItem, OrderError>)
    case itemDeleted(account: String, orderID: String, itemID: String, OrderError?)
    case placed(account: String, orderID: String, Result<Order, OrderError>)
    /// The offer's saved template (nil: none yet), or why the templates could not be read.
    case formTemplateLoaded(account: String, offerID: String, Result<FormTemplate?, OrderError>)
    /// Where the template was written, or why not.
    case formTemplateSaved(account: String, offerID: String, Result<String, OrderError>)

    /// The account an effect's answer belongs to, or nil for user and clock actions.
    var account: String? {
        switch self {
        case .key, .paste, .tick, .refreshDue, .viewport, .dialogMeasured, .switchAccount, .apiCall, .themesAvailable, .themeApplied: nil
        case .cacheLoaded(let account, _, _, _), .cachePageLoaded(let account, _, _, _), .journalReconciled(let account, _, _),
             .ordersTracked(let account, _), .ordersUntracked(let account, _),
             .cartSaved(let account, _, _, _),
             .quoteLoaded(let account, _, _), .draftReread(let account, _, _), .placementStopped(let account, _, _), .fieldsNeeded(let account, _, _),
             .cancelled(let account, _, _), .formLoaded(let account, _, _, _),
             .fieldsSaved(let account, _, _), .operationsLoaded(let account, _, _),
             .operationPreviewed(let account, _, _, _, _), .operationPerformed(let account, _, _, _),
             .detailsLoaded(let account, _, _),
             .ordersLoaded(let account, _, _), .itemsLoaded(let account, _, _), .orderLoaded(let account, _),
             .offersLoaded(let account, _),
             .customersLoaded(let account, _), .draftCreated(let account, _), .itemAdded(let account, _, _, _),
             .itemDeleted(let account, _, _, _), .placed(let account, _, _),
             .formTemplateLoaded(let account, _, _), .formTemplateSaved(let account, _, _):
            account
        }
    }
}
