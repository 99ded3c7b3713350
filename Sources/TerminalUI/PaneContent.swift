import ConsoleModel
import Foundation
import OrderKit

/// What each pane shows for a state: its title, its rows and an optional footer line.
///
/// Rows are made on demand, one by one: a frame asks only for the rows in view, so a list
/// of 100 000 orders costs no more to draw than one of ten.
struct PaneContent {
    var title: String
    var rowCount: Int
    /// The row at an index below `rowCount`.
    var row: (Int) -> PaneRow
    /// True when rows are a list with a selection; false for hints.
    var selectable: Bool
    var footer: (text: String, role: ThemeRole)?

    init(title: String, rowCount: Int, selectable: Bool, footer: (text: String, role: ThemeRole)? = nil,
         row: @escaping (Int) -> PaneRow) {
        self.title = title
        self.rowCount = rowCount
        self.row = row
        self.selectable = selectable
        self.footer = footer
    }

    init(title: String, rows: [PaneRow], selectable: Bool, footer: (text: String, role: ThemeRole)? = nil) {
        self.init(title: title, rowCount: rows.count, selectable: selectable, footer: footer) { rows[$0] }
    }

    /// - Parameters:
    ///   - width: the pane's inner width, for right-aligned columns and the room columns have.
    ///   - height: the pane's inner height, for the rows in view that columns are measured on.
    static func make(_ pane: PaneID, _ state: ConsoleState, width: Int, height: Int) -> PaneContent {
        switch pane {
        case .cart: cart(state, width: width)
        case .drafts: drafts(state, width: width)
        case .status: status(state, width: width, height: height)
        case .items: items(state, width: width)
        }
    }

    /// The rows of a list of `count` a pane `height` rows high shows: from the top,
    /// scrolled no further than keeps the selected row in view.
    ///
    /// A column sized from its content measures these rows, not the whole list: the widest
    /// of 40 rows costs the same for a list of ten orders as for one of 100 000.
    static func rowsInView(count: Int, selected: Int?, height: Int) -> Range<Int> {
        let first = selected.map { max(0, $0 - height + 1) } ?? 0
        return first..<max(first, min(count, first + height))
    }

    private static func cart(_ state: ConsoleState, width: Int) -> PaneContent {
        guard let order = state.lists.cartOrder else {
            var hints = ["No cart yet."]
            if state.account.readOnlyReason == nil {
                hints += [state.account.capabilities.serverSideDrafts ? "n  new draft" : "n  new cart (kept locally until placed)",
                          "↵  on a draft makes it the cart"]
            }
            return PaneContent(title: "Cart", rows: hints.map { PaneRow(text: $0) }, selectable: false)
        }
        var title = "Cart · \(shownID(order.id, state))"
        if state.lists.localCart(order.id) != nil {
            title += " (kept locally until placed)"
        } else {
            // A Change or Termination draft says so: its lines end or change subscriptions.
            let kind = order.kind.flatMap { $0 == .purchase ? nil : $0.displayName }
            let parts = [kind, order.status.lowercased(), order.expiresAt.map { AgeText.left(until: $0, now: state.now) }]
            if order.expiresAt != nil || kind != nil { title += " (\(parts.compactMap { $0 }.joined(separator: ", ")))" }
        }
        let items = state.lists.items(in: .cart)
        title += decoration(.cart, state)
        guard !items.isEmpty else {
            return PaneContent(title: title, rows: [PaneRow(text: "Empty: press a to add an item.")],
                               selectable: false, footer: ("for \(order.customerLabel)", .dim))
        }
        let rows = items.map { item in
            let left = item.previousQuantity.map { "\(item.name)  ×\($0) → \(item.quantity == 0 ? "0" : "×\(item.quantity)")" }
                ?? "\(item.name)  ×\(item.quantity)"
            let price = item.previousQuantity != nil && item.quantity == 0 ? "ends" : item.lineTotal?.formatted ?? "—"
            guard state.isNoLongerOffered(item, inCart: order.id) else { return PaneRow(text: TextFit.spread(left, price, width - 3)) }
            let mark = "no longer offered"
            let right = "\(mark)  \(price)"
            let text = TextFit.spread(left, right, width - 3)
            guard text.hasSuffix(right) else { return PaneRow(text: text) }
            return PaneRow(text: text, accent: .init(column: DisplayWidth.of(text) - DisplayWidth.of(right), text: mark, role: .warning))
        }
        let total = Money.total(items.compactMap(\.lineTotal))?.formatted ?? "—"
        let summary = order.kind == .termination
            ? "ends \(items.count) subscription\(items.count == 1 ? "" : "s")"
            : "total \(total) · \(items.count) item\(items.count == 1 ? "" : "s")"
        return PaneContent(title: title, rows: rows, selectable: true, footer: ("\(summary) · \(order.customerLabel)", .title))
    }

    private static func drafts(_ state: ConsoleState, width: Int) -> PaneContent {
        let count = state.lists.rowCount(.drafts)
        let title = "Drafts (\(count))\(decoration(.drafts, state))"
        guard count > 0 else {
            return PaneContent(title: title, rows: [PaneRow(text: state.lists.filters[.drafts] == nil ? "No drafts." : "Nothing matches the filter.")],
                               selectable: false)
        }
        let idWidth = max(4, state.lists.widestListedID(.drafts, limit: 24, shownCartID: shownCartID))
        return PaneContent(title: title, rowCount: count, selectable: true) { index -> PaneRow in
            let order = state.lists.listedOrder(.drafts, at: index)
            let cartMark = order.id == state.lists.cartOrderID ? "*" : " "
            // A Termination draft buys nothing: its kind stands where a total would.
            let total = order.kind == .termination ? OrderKind.termination.displayName : order.displayTotal?.formatted ?? ""
            let base = "\(cartMark)\(TextFit.pad(shownID(order.id, state), idWidth)) \(String(repeating: " ", count: max(0, 11 - total.count)))\(total)  \(order.customerLabel)"
            guard let expiry = order.expiresAt else { return PaneRow(text: base) }
            let left = AgeText.short(expiry.timeIntervalSince(state.now)) + " left"
            let urgent = expiry.timeIntervalSince(state.now) < 86_400
            let text = TextFit.spread(base, left, width - 3)
            return PaneRow(text: text, accent: .init(column: DisplayWidth.of(text) - DisplayWidth.of(left), text: left,
                                                     role: urgent ? .warning : .dim))
        }
    }

    private static func status(_ state: ConsoleState, width: Int, height: Int) -> PaneContent {
        let count = state.lists.rowCount(.status)
        var title = "Status (\(count))"
        // Not the provider's whole list: the orders placed here or followed with :track.
        if state.account.capabilities.orderListing == .known { title += " · known orders" }
        if state.lists.stage != .confirmed { title += " · stage \(state.lists.stage.rawValue)" }
        if let phase = state.lists.phaseFilter { title += " · \(phase.rawValue)" }
        title += decoration(.status, state)
        // Known orders are read one by one, not in pages: "known orders" already says it.
        if let mark = state.refresh.completeness?.mark, state.account.capabilities.orderListing != .known {
            title += " · \(mark)"
        }
        guard count > 0 else {
            let text = state.refresh.last == nil ? "Loading orders…"
                : state.lists.filters[.status] != nil || state.lists.phaseFilter != nil ? "Nothing matches the filter."
                : state.account.capabilities.orderListing == .known ? "No known orders: :track ID follows one by its id."
                : "No placed orders."
            return PaneContent(title: title, rows: [PaneRow(text: text)], selectable: false)
        }
        // Ids differ in length per provider (1042, ORD-1234-5678-9012): the column fits the
        // longest listed, within reason.
        let idWidth = max(4, state.lists.widestListedID(.status, limit: 24) { $0 })
        // The status (its symbol, a space, the status) keeps at least 12 cells; a code keeps
        // room for its meaning (`◐ 1002 pending`), up to 16, since a code cut off its meaning
        // says nothing. The customer gives way first; a long status word is cut as before.
        let statusWidth = min(16, max(12, 2 + state.lists.widestListedCodedStatus(.status, limit: 14)))
        // The customer and the status are as wide as their widest in view. Where both do not
        // fit, the customer keeps up to 15 cells, the status what it needs of the rest, and
        // the customer the remainder; below 6 cells a name says nothing and is left out.
        let inView = rowsInView(count: count, selected: state.lists.selectedIndex(.status), height: height).map {
            state.lists.listedOrder(.status, at: $0)
        }
        let widestCustomer = inView.reduce(0) { max($0, DisplayWidth.of($1.customerLabel)) }
        let widestStatus = inView.reduce(statusWidth) { max($0, 2 + DisplayWidth.of($1.statusLabel)) }
        let others = 2 + idWidth + 5 + 1  // the selection mark, the id, the age and the spaces
        let room = width - others - statusWidth
        let customerWidth = room >= 6 ? min(widestCustomer, max(min(15, room), width - others - widestStatus)) : 0
        return PaneContent(title: title, rowCount: count, selectable: true) { index -> PaneRow in
            let order = state.lists.listedOrder(.status, at: index)
            let age = AgeText.since(order.createdAt, now: state.now)
            let customer = customerWidth > 0 ? "\(TextFit.pad(order.customerLabel, customerWidth)) " : ""
            let base = "\(TextFit.pad(order.id, idWidth)) \(String(repeating: " ", count: max(0, 3 - age.count)))\(age) \(customer)"
            let status = "\(PhaseSymbol.of(order.phase)) \(order.statusLabel)"
            return PaneRow(text: base + status,
                           accent: .init(column: DisplayWidth.of(base), text: status, role: .phase(order.phase)))
        }
    }

    private static func items(_ state: ConsoleState, width: Int) -> PaneContent {
        guard let orderID = state.lists.itemsOrderID else {
            return PaneContent(title: "Items", rows: [PaneRow(text: "Select an order to see its items.")],
                               selectable: false)
        }
        let items = state.lists.items(in: .items)
        let title = "Items of \(orderID)\(decoration(.items, state))"
        guard !items.isEmpty else {
            let loaded = state.lists.items[orderID] != nil
            return PaneContent(title: title,
                               rows: [PaneRow(text: loaded ? "No items." : "Loading items…")], selectable: false)
        }
        let rows = items.map { item -> PaneRow in
            let status = "\(PhaseSymbol.of(item.phase)) \(item.statusLabel)"
            // A part (a voucher) sits under its item, one unit, so it shows no quantity.
            let label = item.parentID == nil ? "\(item.name) ×\(item.quantity)" : "  └ \(item.name)"
            let text = TextFit.spread(label, status, width - 3)
            return PaneRow(text: text, accent: .init(column: DisplayWidth.of(text) - DisplayWidth.of(status), text: status,
                                                     role: .phase(item.phase)))
        }
        return PaneContent(title: title, rows: rows, selectable: true)
    }

    /// The filter and sort in force, for a pane's title.
    private static func decoration(_ pane: PaneID, _ state: ConsoleState) -> String {
        var text = ""
        if let filter = state.lists.filters[pane] { text += " · /\(filter.text)" }
        if let sort = state.lists.sorts[pane], sort != PaneSort() { text += " · by \(sort.label)" }
        return text
    }

    /// Local carts have long generated ids: a short prefix tells them apart.
    static func shownID(_ id: String, _ state: ConsoleState) -> String {
        state.lists.localCart(id) == nil ? id : shownCartID(id)
    }

    private static func shownCartID(_ id: String) -> String {
        "cart·\(id.prefix(4))"
    }
}
