import Foundation
import OrderKit
import Store

/// Answers to what the screen asked to show: items, an order's details, the pickers' lists.
enum LookupsReducer {
    /// Items, details and the pickers' lists, asked for what is on screen.
    static func lookupAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .itemsLoaded(_, let orderID, let result):
            switch result {
            case .success(let items):
                state.lists.items[orderID] = items
                PlacementReducer.unclearWriteSettled(&state, orderID: orderID, held: items)
            case .failure(let error):
                state.show(error)
            }
            return []
        case .orderLoaded(_, let result):
            switch result {
            case .success(let order):
                let confirming = PlacementReducer.orderUnderConfirmation(state)
                if let index = state.lists.orders.firstIndex(where: { $0.id == order.id }) {
                    state.lists.orders[index] = order
                }
                state.lists.items[order.id] = order.items
                PlacementReducer.unclearWriteSettled(&state, read: order)
                return PlacementReducer.followOpenConfirmation(&state, before: confirming)
            case .failure(let error):
                state.show(error)
            }
            return []
        case .offersLoaded(_, let result):
            return listLoaded(&state, result, purpose: .offer, store: { $0.lookups.offers = $1 }, entry: DialogReducer.offerEntry)
        case .customersLoaded(_, let result):
            return listLoaded(&state, result, purpose: .customer, store: { $0.lookups.customers = $1 }) { customer in
                Picker.Entry(id: customer.id, label: customer.name, detail: "#\(customer.id)")
            }
        case .detailsLoaded(_, let orderID, let result):
            state.lookups.details[orderID] = switch result {
            case .success(let sections): sections
            case .failure(let error):
                [DetailSection(title: "\(state.account.provider.displayName) details",
                               rows: [DetailSection.Row("Unavailable", error.message, tone: .failure)])]
            }
            return []
        default:
            return []
        }
    }

    static func listLoaded<T>(_ state: inout ConsoleState, _ result: Result<[T], OrderError>,
                                      purpose: Picker.Purpose, store: (inout ConsoleState, [T]) -> Void,
                                      entry: (T) -> Picker.Entry) -> [Effect] {
        switch result {
        case .success(let values):
            store(&state, values)
            if case .picker(var picker) = state.dialog.modal, picker.purpose == purpose {
                picker.entries = values.map(entry)
                state.dialog.modal = .picker(picker)
            }
        case .failure(let error):
            if case .picker(let picker) = state.dialog.modal, picker.purpose == purpose { state.dialog.modal = nil }
            state.show(error)
        }
        return []
    }
}
