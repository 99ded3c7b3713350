import ConsoleModel

/// The all-accounts list's columns: account, provider, order, age, customer, then the
/// status, under a header that names them.
///
/// Each column is as wide as the widest value in view or its name, counted in terminal
/// cells. Where the customer and the status do not both fit, the customer keeps up to 16
/// cells, the status what it needs of the rest (at least 12), the customer the remainder.
struct OverviewColumns {
    private static let statusMinimum = 12
    /// The selection mark and the stale mark before the account.
    private static let marks = 4

    private let accountWidth: Int
    private let providerWidth: Int
    private let orderWidth: Int
    /// 0 when the status leaves the customer no room.
    private let customerWidth: Int

    /// - Parameters:
    ///   - rows: the rows in view.
    ///   - width: the list's inner width.
    init(_ rows: some Collection<Overview.Row>, width: Int) {
        func widest(_ name: String, _ value: (Overview.Row) -> String, limit: Int = 24) -> Int {
            min(limit, rows.reduce(DisplayWidth.of(name)) { max($0, DisplayWidth.of(value($1))) })
        }
        accountWidth = widest("Account", \.account)
        providerWidth = widest("Provider", \.provider.rawValue)
        orderWidth = widest("Order", \.order.id)
        let others = Self.marks + accountWidth + providerWidth + orderWidth + 3 + 5
        let room = width - others - Self.statusMinimum
        let status = max(Self.statusMinimum, widest("Status", { "\(PhaseSymbol.of($0.order.phase)) \($0.order.statusLabel)" },
                                                    limit: .max))
        let customer = widest("Customer", \.order.customerLabel, limit: .max)
        customerWidth = max(0, min(customer, max(min(16, room), width - others - status)))
    }

    /// The column names over the rows, each where its values start.
    var header: String {
        String(repeating: " ", count: Self.marks) + cells(account: "Account", provider: "Provider", order: "Order", age: "Age",
                                                           customer: "Customer") + "Status"
    }

    /// A row up to its status: the marks, then every column and the space after it.
    func lead(_ row: Overview.Row, age: String, selected: Bool) -> String {
        (selected ? "▸ " : "  ") + (row.stale ? "⚠ " : "  ")
            + cells(account: row.account, provider: row.provider.rawValue, order: row.order.id, age: age,
                    customer: row.order.customerLabel)
    }

    private func cells(account: String, provider: String, order: String, age: String, customer: String) -> String {
        let age = String(repeating: " ", count: max(0, 3 - DisplayWidth.of(age))) + age
        return [TextFit.pad(account, accountWidth), TextFit.pad(provider, providerWidth), TextFit.pad(order, orderWidth), age,
                customerWidth > 0 ? TextFit.pad(customer, customerWidth) : nil].compactMap { $0 }.joined(separator: " ") + " "
    }
}
