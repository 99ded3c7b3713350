import OrderKit

/// Whether a command can run, and if not, why: the one answer that keys, status-bar hints,
/// help, the order actions menu and confirmations all read, so nothing is offered that
/// cannot work and nothing refuses without a reason.
public enum Availability: Sendable, Equatable {
    case available
    case unavailable(Unavailability)

    public var isAvailable: Bool { self == .available }

    /// The reason, when there is one.
    public var reason: Unavailability? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }

    /// What the account can never do, whatever is selected: read-only accounts change
    /// nothing, and a provider without the capability cannot be asked. The status bar and
    /// help read this one, since they do not depend on the selection.
    public static func ever(_ command: Command, on account: AccountSummary) -> Availability {
        if command.changesOrders, let reason = account.readOnlyReason { return .unavailable(.readOnly(reason)) }
        let capabilities = account.capabilities
        let provider = account.provider
        switch command {
        case .deleteItem where capabilities.serverSideDrafts && !capabilities.deleteItem:
            return .unavailable(.providerCannot(.deleteItems, provider))
        case .cancel where !capabilities.cancelOrder && !capabilities.cancelItem:
            return .unavailable(.providerCannot(.cancelOrders, provider))
        case .editFields where !capabilities.customFields && !capabilities.characteristics && capabilities.serverSideDrafts:
            return .unavailable(.providerCannot(.editFields, provider))
        default:
            return .available
        }
    }

    /// Whether the command can run now, on what the focused pane has selected, with the
    /// work in flight and the journal as they are.
    public static func now(_ command: Command, in state: ConsoleState) -> Availability {
        if case .unavailable(let reason) = ever(command, on: state.account) { return .unavailable(reason) }
        let reason: Unavailability? = switch command {
        case .sortNext, .sortReverse:
            state.lists.focus == .drafts || state.lists.focus == .status ? nil : .unsortedPane
        case .switchAccount: state.accounts.count > 1 ? nil : .onlyOneAccount
        case .addItem: state.lists.cartOrder == nil ? .noCart : nil
        case .deleteItem: deleteItemProblem(state)
        case .place: placeProblem(state)
        case .cancel: cancelProblem(state)
        case .editFields: editFieldsProblem(state)
        case .operations: CommandTarget.providerOrder(state) == nil ? .needsSelection(.providerOrder) : nil
        default: nil
        }
        return reason.map(Availability.unavailable) ?? .available
    }

    /// Whether a confirmation answered Yes may still go ahead: the account may have turned
    /// read-only, or another placement started, since the question was asked.
    public static func confirming(_ action: Confirmation.Action, in state: ConsoleState) -> Availability {
        if let reason = state.account.readOnlyReason { return .unavailable(.readOnly(reason)) }
        switch action {
        case .place, .placeCart:
            if let placing = state.placement.inFlight.first(where: \.isPlacement) { return .unavailable(.placementUnderWay(placing)) }
        default:
            break
        }
        return .available
    }

    private static func deleteItemProblem(_ state: ConsoleState) -> Unavailability? {
        guard state.lists.focus == .cart || CommandTarget.unplacedItemsOrder(state) != nil else { return .wrongPane(.deleteItem) }
        guard let target = CommandTarget.itemToDelete(state) else { return .needsSelection(.cartItem) }
        guard state.lists.localCart(target.orderID) != nil || state.account.capabilities.deleteItem else {
            return .providerCannot(.deleteItems, state.account.provider)
        }
        return nil
    }

    private static func placeProblem(_ state: ConsoleState) -> Unavailability? {
        if let placing = state.placement.inFlight.first(where: \.isPlacement) { return .placementUnderWay(placing) }
        guard state.placement.journalCheck == .done else { return .checkingPlacements(what: "placing") }
        if CommandTarget.orderToResubmit(state) != nil { return nil }
        guard let cart = state.lists.cartOrder else { return .noCartToPlace }
        guard !state.lists.cartItems.isEmpty else { return .emptyCart(cart, isLocal: state.lists.localCart(cart.id) != nil) }
        return nil
    }

    private static func cancelProblem(_ state: ConsoleState) -> Unavailability? {
        let capabilities = state.account.capabilities
        let provider = state.account.provider
        switch state.lists.focus {
        case .items:
            guard capabilities.cancelItem else { return .providerCannot(.cancelItems, provider) }
            guard let (_, item) = CommandTarget.selectedItem(state) else { return .needsSelection(.item) }
            if !item.parts.isEmpty || (capabilities.cancelItemPartsOnly && item.parentID == nil) {
                return .cancelledByParts(item)
            }
            if item.parentID != nil, let redemption = item.redemption { return .partRedeemed(item, redemption) }
            return item.parentID != nil && item.phase == .cancelled ? .partAlreadyCancelled(item) : nil
        case .status:
            guard capabilities.cancelOrder else { return .providerCannot(.cancelOrders, provider) }
            guard let orderID = state.lists.selectedID(.status), let order = state.lists.order(orderID) else {
                return .needsSelection(.placedOrder)
            }
            let stillCancellable = order.phase == .completed && capabilities.cancelCompleted
            return order.phase.isFinal && !stillCancellable
                ? .nothingLeftToCancel(order, returnable: capabilities.returnOrder) : nil
        case .cart, .drafts:
            return .wrongPane(.cancel)
        }
    }

    private static func editFieldsProblem(_ state: ConsoleState) -> Unavailability? {
        if state.lists.focus == .cart, let cartID = state.lists.cartOrderID, state.lists.localCart(cartID) != nil {
            return CommandTarget.cartLine(state) == nil ? .needsSelection(.cartLine) : nil
        }
        if state.lists.focus == .items, state.account.capabilities.characteristics {
            return CommandTarget.selectedItem(state) == nil ? .needsSelection(.itemForCharacteristics) : nil
        }
        guard state.account.capabilities.customFields else { return .providerCannot(.editFields, state.account.provider) }
        return CommandTarget.providerOrder(state) == nil ? .needsSelection(.orderForFields) : nil
    }
}
