import Foundation
import OrderKit
import Store

/// The console's pure reducer: `(state, action) → state′ + effects`. No I/O happens here,
/// so every key and every answer can be tested without a terminal or a network.
public enum ConsoleReducer {
    /// Effects to run when the console opens an account.
    public static func start(_ state: ConsoleState) -> [Effect] {
        let account = state.account.name
        return [.loadCache(account: account), .refresh(account: account)]
    }

    public static func reduce(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        if let account = action.account, account != state.account.name {
            if case .ordersLoaded(_, let result, let at) = action, state.refresh.overview?.accounts[account] != nil {
                return RefreshReducer.overviewLoaded(&state, account: account, result, at: at)
            }
            return []
        }
        return routed(&state, action) + itemsFollowSelection(&state)
    }

    private static func routed(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handleKey(&state, key)
        case .paste(let text):
            return pasted(&state, text)
        case .tick, .refreshDue, .apiCall, .themesAvailable, .themeApplied, .viewport, .dialogMeasured, .switchAccount:
            return sessionChanged(&state, action)
        case .cacheLoaded, .cachePageLoaded, .journalReconciled, .ordersLoaded, .ordersTracked, .ordersUntracked:
            return RefreshReducer.refreshAnswered(&state, action)
        case .itemsLoaded, .orderLoaded, .offersLoaded, .customersLoaded, .detailsLoaded:
            return LookupsReducer.lookupAnswered(&state, action)
        case .draftCreated, .itemAdded, .itemDeleted, .placed, .cartSaved, .quoteLoaded, .draftReread, .placementStopped, .fieldsNeeded,
             .cancelled:
            return PlacementReducer.placementAnswered(&state, action)
        case .formTemplateLoaded, .formTemplateSaved:
            return DialogReducer.templateAnswered(&state, action)
        case .formLoaded, .fieldsSaved, .operationsLoaded, .operationPreviewed, .operationPerformed:
            return DialogReducer.formAnswered(&state, action)
        }
    }

    /// The clock, the scheduler, the screen and the account switch.
    private static func sessionChanged(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .tick(let now):
            state.now = now
            state.messages.expire(at: now)
            return []
        case .refreshDue where state.refresh.overview != nil:
            return state.refresh.paused ? [] : RefreshReducer.refreshOverview(&state)
        case .refreshDue:
            guard !state.refresh.paused else { return [] }
            return RefreshReducer.requestRefresh(&state)
        case .apiCall(let call):
            state.log.record(call)
            return []
        case .themesAvailable(let names):
            state.themeNames = names
            return []
        case .themeApplied(let name, let problem):
            if let problem {
                state.say("Theme: \(problem); keeping the current one.", kind: .error)
            } else {
                state.say("Theme \(name).")
            }
            return []
        case .viewport(let rows):
            state.rowsPerPane = max(1, rows)
            return []
        case .dialogMeasured(let extent):
            state.dialog.extent = extent
            state.dialog.modal = state.dialog.modal.map { $0.scrolled(within: extent) }
            return []
        case .switchAccount(let name):
            guard name != state.account.name, let account = state.accounts.first(where: { $0.name == name }) else {
                return []
            }
            state = state.switched(to: account)
            state.say("Switched to \(name) (\(account.provider.displayName)).")
            return start(state)
        default:
            return []
        }
    }

    // MARK: Shared

    /// The Items pane shows the lines of whatever order is selected in the focused pane,
    /// after any action: a key, a filter, a sort, a refresh or a return.
    private static func itemsFollowSelection(_ state: inout ConsoleState) -> [Effect] {
        guard state.lists.focus != .items, state.refresh.overview == nil, let orderID = state.lists.itemsSource,
              orderID != state.lists.itemsOrderID else { return [] }
        state.lists.itemsOrderID = orderID
        return loadItemsIfMissing(state, orderID)
    }

    static func loadItemsIfMissing(_ state: ConsoleState, _ orderID: String) -> [Effect] {
        guard state.lists.items[orderID] == nil, state.lists.localCart(orderID) == nil else { return [] }
        return [.loadItems(account: state.account.name, orderID: orderID)]
    }
}
