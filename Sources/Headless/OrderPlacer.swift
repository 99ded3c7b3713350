import Foundation
import OrderKit
import Placement
import Store

/// Places (or prices) an order file the way the console would: a server-side draft where
/// the provider has them, else a local cart sent in one request — through the same
/// journal, so a crash or timeout never buys twice.
public struct OrderPlacer: Sendable {
    public var provider: any OrderProvider
    public var store: OrderStore

    public init(provider: any OrderProvider, store: OrderStore) {
        self.provider = provider
        self.store = store
    }

    /// What the confirmation question shows: the lines with catalog names and prices.
    public func describe(_ file: OrderFile) async throws -> [String] {
        let catalog = try await offers(for: file)
        var lines = file.items.map { item -> String in
            let offer = catalog[item.offer]
            let price = offer?.price.map { " at \($0.formatted) = \(($0 * item.quantity).formatted)" } ?? ""
            return "  \(offer?.name ?? item.offer) ×\(item.quantity)\(price)"
        }
        let total = Money.total(file.items.compactMap { item in catalog[item.offer]?.price.map { $0 * item.quantity } })
        lines.append("  total \(total?.formatted ?? "unknown")")
        return lines
    }

    /// Prices the order without placing it. A provider with server-side drafts quotes a
    /// draft, which stays on the provider (its id is in the quote's note).
    public func preview(_ file: OrderFile) async throws -> Quote {
        guard provider.capabilities.previewPrice else {
            throw OrderError.unsupported(detail: "\(provider.kind.displayName) cannot price an order before placing it.")
        }
        if provider.capabilities.serverSideDrafts {
            let draft = try await draft(file)
            var quote = try await provider.quote(orderID: draft.id)
            quote.note = [quote.note, "Draft \(draft.id) holds this quote on \(provider.account)."].compactMap { $0 }
                .joined(separator: " ")
            return quote
        }
        return try await provider.preview(cart: try await cart(file))
    }

    public func place(_ file: OrderFile) async throws -> Order {
        let journal = PlacementJournal(store: store, provider: provider)
        if provider.capabilities.serverSideDrafts {
            let draft = try await draft(file)
            let content = PlacementJournal.lineContent(file.items.map { ($0.offer, $0.quantity) })
            return try await journal.place(orderID: draft.id, content: content)
        }
        let cart = try await cart(file)
        try store.save(cart)
        do {
            return try await journal.place(cart: cart)
        } catch let error as OrderError where PlacementJournal.isRefusal(error) {
            // Definitely not placed: a cart left behind would show up in the console unasked.
            try? store.deleteCart(id: cart.id)
            throw error
        }
    }

    private func draft(_ file: OrderFile) async throws -> Order {
        let draft = try await provider.createDraft(customerID: file.customerID)
        for item in file.items {
            _ = try await provider.addItem(orderID: draft.id, offerID: item.offer, quantity: item.quantity)
        }
        guard !file.fields.isEmpty else { return draft }
        let known = try await provider.customFields(orderID: draft.id)
        let changed = try file.fields.sorted { $0.key < $1.key }.map { name, value -> CustomField in
            guard var field = known.first(where: { $0.name == name || $0.key == name }) else {
                throw OrderError.rejected(detail: "draft \(draft.id) has no field '\(name)'; it has \(known.map(\.name).joined(separator: ", "))")
            }
            field.value = value
            return field
        }
        _ = try await provider.updateCustomFields(orderID: draft.id, fields: changed)
        return draft
    }

    private func cart(_ file: OrderFile) async throws -> LocalCart {
        guard file.fields.isEmpty else {
            throw OrderError.rejected(detail: "\(provider.kind.displayName) orders have no order fields; remove [fields]")
        }
        let catalog = try await offers(for: file)
        let lines = file.items.map { item in
            CartLine(id: LocalCart.newID(), offerID: item.offer, name: catalog[item.offer]?.name ?? item.offer,
                     quantity: item.quantity, unitPrice: catalog[item.offer]?.price, parameters: item.parameters)
        }
        return LocalCart(id: LocalCart.newID(), account: provider.account, customerID: file.customerID,
                         customerName: file.customerName ?? file.customerID, lines: lines, createdAt: Date())
    }

    /// The catalog entries the file names; an offer the catalog lacks is refused before
    /// anything is sent.
    private func offers(for file: OrderFile) async throws -> [String: Offer] {
        let catalog = Dictionary(try await provider.offers().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let missing = file.items.first(where: { catalog[$0.offer] == nil }) {
            throw OrderError.rejected(detail: "offer '\(missing.offer)' is not in \(provider.account)'s catalog")
        }
        return catalog
    }
}
