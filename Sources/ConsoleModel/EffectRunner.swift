import Foundation
import OrderKit
import Store

/// Performs the reducer's effects against the accounts' provider clients and the Store,
/// and sends each outcome back as an `Action`. It never touches the screen.
public final class EffectRunner: Sendable {
    private let providers: [String: any OrderProvider]
    private let store: OrderStore
    private let send: @Sendable (Action) -> Void

    /// - Parameter providers: the client of every configured account, by account name.
    public init(providers: [String: any OrderProvider], store: OrderStore, send: @escaping @Sendable (Action) -> Void) {
        self.providers = providers
        self.store = store
        self.send = send
    }

    /// Starts the effect in the background and returns at once.
    public func run(_ effect: Effect) {
        Task { [self] in
            if let action = await perform(effect) { send(action) }
        }
    }

    /// Performs one effect and returns the action that answers it (nil for `quit`).
    public func perform(_ effect: Effect) async -> Action? {
        switch effect {
        case .loadCache(let account):
            let orders = (try? store.cachedOrders(account: account, after: nil, limit: ConsoleState.firstCachePage)) ?? []
            let carts = (try? store.localCarts(account: account)) ?? []
            let refreshedAt = try? store.lastRefresh(account: account)
            return .cacheLoaded(account: account, orders: orders, carts: carts, refreshedAt: refreshedAt)
        case .loadCachePage(let account, let cursor, let limit):
            let orders = (try? store.cachedOrders(account: account, after: cursor, limit: limit)) ?? []
            return .cachePageLoaded(account: account, after: cursor, orders: orders, complete: orders.count < limit)
        case .reconcileJournal(let account):
            return .journalReconciled(account: account, await capture {
                try await PlacementJournal(store: self.store, provider: try self.provider(account)).reconcile()
            })
        case .refresh(let account):
            let result = await capture {
                let orders = try await self.provider(account).orders(stage: .all)
                try self.store.replaceOrders(orders, account: account, refreshedAt: Date())
                return orders
            }
            return .ordersLoaded(account: account, result, at: Date())
        case .loadItems(let account, let orderID):
            return .itemsLoaded(account: account, orderID: orderID,
                                await capture { try await self.provider(account).items(orderID: orderID) })
        case .loadOrder(let account, let orderID):
            return .orderLoaded(account: account, await capture {
                let order = try await self.provider(account).order(id: orderID)
                try self.store.save(order)
                return order
            })
        case .loadOffers(let account):
            return .offersLoaded(account: account, await capture { try await self.provider(account).offers() })
        case .loadCustomers(let account):
            return .customersLoaded(account: account, await capture { try await self.provider(account).customers() })
        case .createDraft(let account, let customerID):
            return .draftCreated(account: account, await capture {
                try await self.provider(account).createDraft(customerID: customerID)
            })
        case .addItem(let account, let orderID, let offerID, let quantity):
            return .itemAdded(account: account, orderID: orderID, await capture {
                try await self.provider(account).addItem(orderID: orderID, offerID: offerID, quantity: quantity)
            })
        case .deleteItem(let account, let orderID, let itemID):
            let result = await capture { try await self.provider(account).deleteItem(orderID: orderID, itemID: itemID) }
            if case .failure(let error) = result {
                return .itemDeleted(account: account, orderID: orderID, itemID: itemID, error)
            }
            return .itemDeleted(account: account, orderID: orderID, itemID: itemID, nil)
        case .place(let account, let orderID, let content):
            return .placed(account: account, orderID: orderID, await capture {
                try await PlacementJournal(store: self.store, provider: try self.provider(account))
                    .place(orderID: orderID, content: content)
            })
        case .createLocalCart(let account, let customerID, let customerName):
            return .cartSaved(account: account, await capture {
                let cart = LocalCart(id: LocalCart.newID(), account: account, customerID: customerID,
                                     customerName: customerName, createdAt: Date())
                try self.store.save(cart)
                return cart
            }, note: "New cart for \(customerName): press a to add items.")
        case .addCartLine(let account, let cartID, let offer, let quantity):
            return .cartSaved(account: account, await capture {
                try self.changeCart(cartID, account: account) { cart in
                    cart.lines.append(CartLine(id: LocalCart.newID(), offerID: offer.id, name: offer.name,
                                               quantity: quantity, unitPrice: offer.price))
                }
            }, note: "Added \(offer.name) ×\(quantity) to the cart.")
        case .removeCartLine(let account, let cartID, let lineID):
            return .cartSaved(account: account, await capture {
                try self.changeCart(cartID, account: account) { $0.lines.removeAll { $0.id == lineID } }
            }, note: "Item removed from the cart.")
        case .placeCart(let account, let cart):
            return .placed(account: account, orderID: cart.id, await capture {
                try await PlacementJournal(store: self.store, provider: try self.provider(account)).place(cart: cart)
            })
        case .previewCart(let account, let cart):
            return .quoteLoaded(account: account, subject: cart.id,
                                await capture { try await self.provider(account).preview(cart: cart) })
        case .quoteOrder(let account, let orderID):
            return .quoteLoaded(account: account, subject: orderID,
                                await capture { try await self.provider(account).quote(orderID: orderID) })
        case .cancelOrder(let account, let orderID):
            return .cancelled(account: account, orderID: orderID, await capture {
                let order = try await self.provider(account).cancel(orderID: orderID)
                try self.store.save(order)
                return order
            })
        case .cancelItem(let account, let orderID, let itemID):
            return .cancelled(account: account, orderID: orderID, await capture {
                let order = try await self.provider(account).cancelItem(orderID: orderID, itemID: itemID)
                try self.store.save(order)
                return order
            })
        case .loadFields(let account, let orderID):
            return .fieldsLoaded(account: account, orderID: orderID, await capture {
                try await self.provider(account).customFields(orderID: orderID)
            }, saved: false)
        case .saveField(let account, let orderID, let field):
            return .fieldsLoaded(account: account, orderID: orderID, await capture {
                try await self.provider(account).updateCustomFields(orderID: orderID, fields: [field])
            }, saved: true)
        case .quit, .applyTheme, .copyToClipboard:
            return nil
        }
    }

    private func provider(_ account: String) throws -> any OrderProvider {
        guard let provider = providers[account] else {
            throw OrderError.configuration(detail: "No account named \(account) is configured.")
        }
        return provider
    }

    private func changeCart(_ id: String, account: String, _ change: (inout LocalCart) -> Void) throws -> LocalCart {
        guard var cart = try store.localCarts(account: account).first(where: { $0.id == id }) else {
            throw OrderError.notFound(detail: "the cart is no longer saved")
        }
        change(&cart)
        try store.save(cart)
        return cart
    }

    private func capture<T>(_ work: @Sendable () async throws -> T) async -> Result<T, OrderError> {
        do {
            return .success(try await work())
        } catch {
            return .failure(OrderError.wrapping(error))
        }
    }
}
