import Foundation
import OrderKit
import Placement
import Store

/// Performs the reducer's effects against the accounts' provider clients and the Store,
/// and sends each outcome back as an `Action`. It never touches the screen.
public final class EffectRunner: Sendable {
    private let providers: [String: any OrderProvider]
    private let store: OrderStore
    private let send: @Sendable (Action) -> Void
    /// Where form templates are kept (ordercon's `forms.toml`); none in tests that add no
    /// key/value lines.
    private let formTemplates: (any FormTemplateBook)?

    /// - Parameters:
    ///   - providers: the client of every configured account, by account name.
    ///   - formTemplates: where the key/value line forms' templates are read and saved.
    public init(providers: [String: any OrderProvider], store: OrderStore, formTemplates: (any FormTemplateBook)? = nil,
                send: @escaping @Sendable (Action) -> Void) {
        self.providers = providers
        self.store = store
        self.formTemplates = formTemplates
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
        case .loadCache, .loadCachePage, .reconcileJournal, .refresh, .loadItems, .loadOrder, .loadOffers, .loadCustomers, .loadDetails,
             .trackOrders, .untrackOrders:
            return await performRead(effect)
        case .createDraft, .addItem, .deleteItem, .place, .placeCart, .previewCart, .quoteOrder, .rereadDraft, .cancelOrder,
             .cancelItem:
            return await performWrite(effect)
        case .createLocalCart, .addCartLine, .updateCartLine, .removeCartLine:
            return await performCart(effect)
        case .loadForm, .saveFields, .loadOperations, .previewOperation, .performOperation:
            return await performForm(effect)
        case .loadFormTemplate(let account, let offerID):
            return .formTemplateLoaded(account: account, offerID: offerID, await capture {
                try self.templates().template(provider: try self.provider(account).kind, offerID: offerID)
            })
        case .saveFormTemplate(let account, let template):
            return .formTemplateSaved(account: account, offerID: template.offerID, await capture {
                try self.templates().save(template)
            })
        case .quit, .applyTheme, .copyToClipboard:
            return nil
        }
    }

    /// Reads: the cache, a refresh, the journal check, and what the panes and pickers show.
    private func performRead(_ effect: Effect) async -> Action? {
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
            let provider = try? self.provider(account)
            let carts = ((try? store.localCarts(account: account)) ?? []).reduce(into: [String: String]()) { keys, cart in
                if let provider { keys[provider.idempotencyKey(for: cart)] = cart.id }
            }
            return .journalReconciled(account: account, await capture {
                try await PlacementJournal(store: self.store, provider: try self.provider(account)).reconcile()
            }, carts: carts)
        case .trackOrders(let account, let ids):
            return .ordersTracked(account: account, await capture { try await self.knownOrders(account).track(ids) })
        case .untrackOrders(let account, let ids):
            return .ordersUntracked(account: account, await capture { try self.knownOrders(account).untrack(ids) })
        case .refresh(let account):
            let started = Date()
            let result = await capture {
                var list = try await self.provider(account).orderList(stage: .all)
                let unreadable = Dictionary(list.unreadable.compactMap { entry in entry.id.map { ($0, entry.reason) } },
                                            uniquingKeysWith: { first, _ in first })
                list.orders += try self.store.replaceOrders(list.orders, account: account, refreshedAt: Date(),
                                                            unreadable: unreadable)
                list.orders.shareText()
                return list
            }
            // Stamped with when it was asked: orders this console learned of later are newer.
            return .ordersLoaded(account: account, result, at: started)
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
        case .loadDetails(let account, let orderID):
            return .detailsLoaded(account: account, orderID: orderID, await capture {
                try await self.provider(account).details(orderID: orderID)
            })
        default:
            return nil
        }
    }

    /// The known orders of an account, with its configured cadence when Session wrapped it.
    private func knownOrders(_ account: String) throws -> KnownOrderList {
        let provider = try self.provider(account)
        return (provider as? KnownOrdersProvider)?.known ?? KnownOrderList(provider: provider, book: store)
    }

    /// A draft's fields when one is required and empty or refused by the provider: asked
    /// before placing, so that the user fills them in instead of meeting the provider's 400.
    /// A failed read leaves the check to the provider.
    private func fieldsToFill(account: String, orderID: String) async -> [CustomField]? {
        guard let provider = try? self.provider(account), provider.capabilities.customFields,
              let fields = try? await provider.customFields(orderID: orderID) else { return nil }
        let unfit = fields.contains { field in
            !field.readOnly && !field.hidden && (field.error != nil || (field.required && field.value.isEmpty))
        }
        return unfit ? fields : nil
    }

    /// Places a server-side draft through the journal, reading its lines right before
    /// checkout when `verifyLines`: someone may have edited the draft in the portal since it
    /// was confirmed, and then what was confirmed is not what would be bought.
    private func place(account: String, orderID: String, content: String, verifyLines: Bool) async -> Action {
        if verifyLines {
            switch await capture({ try await self.provider(account).items(orderID: orderID) }) {
            case .failure(let error):
                return .placementStopped(account: account, orderID: orderID, .unreadable(error))
            case .success(let now) where PlacementJournal.lineContent(now.map { ($0.offerID, $0.quantity) }) != content:
                return .placementStopped(account: account, orderID: orderID, .changed(now: now))
            case .success:
                break
            }
        }
        return .placed(account: account, orderID: orderID, await capture {
            try await PlacementJournal(store: self.store, provider: try self.provider(account)).place(orderID: orderID, content: content)
        })
    }

    /// Requests that change orders at the provider; placements go through the journal.
    private func performWrite(_ effect: Effect) async -> Action? {
        switch effect {
        case .createDraft(let account, let customerID):
            return .draftCreated(account: account, await capture {
                try await self.provider(account).createDraft(customerID: customerID)
            })
        case .addItem(let account, let orderID, let offerID, let quantity):
            return .itemAdded(account: account, orderID: orderID, offerID: offerID, await capture {
                try await self.provider(account).addItem(orderID: orderID, offerID: offerID, quantity: quantity)
            })
        case .deleteItem(let account, let orderID, let itemID):
            let result = await capture { try await self.provider(account).deleteItem(orderID: orderID, itemID: itemID) }
            if case .failure(let error) = result {
                return .itemDeleted(account: account, orderID: orderID, itemID: itemID, error)
            }
            return .itemDeleted(account: account, orderID: orderID, itemID: itemID, nil)
        case .place(let account, let orderID, let content, let verifyLines):
            return await place(account: account, orderID: orderID, content: content, verifyLines: verifyLines)
        case .placeCart(let account, let cart):
            return .placed(account: account, orderID: cart.id, await capture {
                try await PlacementJournal(store: self.store, provider: try self.provider(account)).place(cart: cart)
            })
        case .previewCart(let account, let cart):
            return .quoteLoaded(account: account, subject: cart.id,
                                await capture { try await self.provider(account).preview(cart: cart) })
        case .rereadDraft(let account, let orderID):
            if let fields = await fieldsToFill(account: account, orderID: orderID) {
                return .fieldsNeeded(account: account, orderID: orderID, fields)
            }
            return .draftReread(account: account, orderID: orderID,
                                await capture { try await self.provider(account).items(orderID: orderID) })
        case .quoteOrder(let account, let orderID):
            if let fields = await fieldsToFill(account: account, orderID: orderID) {
                return .fieldsNeeded(account: account, orderID: orderID, fields)
            }
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
        default:
            return nil
        }
    }

    /// Local carts, kept in the Store for providers without server-side drafts.
    private func performCart(_ effect: Effect) async -> Action? {
        switch effect {
        case .createLocalCart(let account, let customerID, let customerName):
            return .cartSaved(account: account, await capture {
                let cart = LocalCart(id: LocalCart.newID(), account: account, customerID: customerID,
                                     customerName: customerName, createdAt: Date())
                try self.store.save(cart)
                return cart
            }, note: "New cart for \(customerName): press a to add items.")
        case .addCartLine(let account, let cartID, let offer, let quantity, let parameters, let unitPrice):
            let lineID = LocalCart.newID()
            return .cartSaved(account: account, await capture {
                try self.changeCart(cartID, account: account) { cart in
                    cart.lines.append(CartLine(id: lineID, offerID: offer.id, name: offer.name,
                                               quantity: quantity, unitPrice: unitPrice ?? offer.price, parameters: parameters))
                }
            }, note: "Added \(offer.name) ×\(quantity) to the cart.", addedLineID: lineID)
        case .updateCartLine(let account, let cartID, let lineID, let quantity, let parameters, let unitPrice):
            return .cartSaved(account: account, await capture {
                try self.changeCart(cartID, account: account) { cart in
                    guard let index = cart.lines.firstIndex(where: { $0.id == lineID }) else { return }
                    cart.lines[index].quantity = quantity
                    cart.lines[index].parameters = parameters
                    if let unitPrice { cart.lines[index].unitPrice = unitPrice }
                }
            }, note: "Cart line changed.")
        case .removeCartLine(let account, let cartID, let lineID):
            return .cartSaved(account: account, await capture {
                try self.changeCart(cartID, account: account) { $0.lines.removeAll { $0.id == lineID } }
            }, note: "Item removed from the cart.")
        default:
            return nil
        }
    }

    /// Forms and provider operations.
    private func performForm(_ effect: Effect) async -> Action? {
        switch effect {
        case .loadForm(let account, let purpose):
            return await loadForm(account: account, purpose)
        case .saveFields(let account, let purpose, let fields):
            return .fieldsSaved(account: account, purpose, await capture {
                let provider = try self.provider(account)
                switch purpose {
                case .characteristics(let orderID, let itemID):
                    return try await provider.updateCharacteristics(orderID: orderID, itemID: itemID, fields: fields)
                case .orderFields(let orderID):
                    return try await provider.updateCustomFields(orderID: orderID, fields: fields)
                case .operation, .newLine, .cartLine:
                    // Their values go to `performOperation` or the cart, never to order fields.
                    throw OrderError.unexpected(detail: "this form's values are not fields to save")
                }
            })
        case .loadOperations(let account, let order):
            return .operationsLoaded(account: account, orderID: order.id,
                                     (try? self.provider(account).operations(for: order)) ?? [])
        case .previewOperation(let account, let orderID, let operation, let fields):
            return .operationPreviewed(account: account, orderID: orderID, operation, fields: fields, await capture {
                try await self.provider(account).previewOperation(operation, orderID: orderID, fields: fields)
            })
        case .performOperation(let account, let orderID, let operation, let fields):
            return .operationPerformed(account: account, orderID: orderID, operation, await capture {
                let order = try await PlacementJournal(store: self.store, provider: try self.provider(account))
                    .perform(operation, orderID: orderID, fields: fields)
                try self.store.save(order)
                return order
            })
        default:
            return nil
        }
    }

    /// A form's fields from wherever its purpose keeps them; a line without a form answers
    /// with none, and the console asks for a quantity instead.
    private func loadForm(account: String, _ purpose: FieldForm.Purpose) async -> Action {
        let result = await capture { () -> (fields: [CustomField], quantityKey: String?) in
            let provider = try self.provider(account)
            switch purpose {
            case .orderFields(let orderID):
                return (try await provider.customFields(orderID: orderID), nil)
            case .characteristics(let orderID, let itemID):
                return (try await provider.characteristics(orderID: orderID, itemID: itemID), nil)
            case .newLine(_, let offer):
                let form = try await provider.lineForm(offerID: offer.id)
                return (form?.fields ?? [], form?.quantityKey)
            case .cartLine(let cartID, let lineID, let offer):
                let line = try self.cartLine(cartID, lineID, account: account)
                let form = try await provider.lineForm(offerID: offer.id) ?? LineForm.quantityOnly
                return (form.fields.map { field in
                    var filled = field
                    filled.value = field.key == form.quantityKey ? String(line.quantity) : line.parameters[field.key] ?? field.value
                    return filled
                }, form.quantityKey)
            case .operation(let orderID, let operation):
                return (try await provider.operationForm(operation, orderID: orderID), nil)
            }
        }
        return .formLoaded(account: account, purpose, result.map(\.fields),
                           quantityKey: try? result.get().quantityKey)
    }

    private func templates() throws -> any FormTemplateBook {
        guard let formTemplates else {
            throw OrderError.configuration(detail: "This console keeps no form templates.")
        }
        return formTemplates
    }

    private func provider(_ account: String) throws -> any OrderProvider {
        guard let provider = providers[account] else {
            throw OrderError.configuration(detail: "No account named \(account) is configured.")
        }
        return provider
    }

    private func cartLine(_ cartID: String, _ lineID: String, account: String) throws -> CartLine {
        guard let line = try store.localCarts(account: account).first(where: { $0.id == cartID })?
            .lines.first(where: { $0.id == lineID }) else {
            throw OrderError.notFound(detail: "the cart line is no longer saved")
        }
        return line
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
