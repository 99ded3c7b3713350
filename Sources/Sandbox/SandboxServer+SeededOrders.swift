import OrderKit

extension SandboxServer {
    /// The ids of the orders an Appxite or Adility account holds now (empty for the other
    /// providers, whose lists are published). The zero-config console tracks them at start:
    /// those accounts list only known orders, and a newcomer's panes should not be empty.
    public func seededOrderIDs(of account: SandboxAccount) -> [String] {
        switch account.provider {
        case .appxite:
            guard let organization = account.settings["organization_id"] else { return [] }
            return (try? appxite.orders(organization, page: 1, pageSize: 100, itemID: nil).orders.map(\.id)) ?? []
        case .adility:
            return (try? adility.orders(orderNumber: nil, page: 1, perPage: AdilityBook.maximumPageSize).orders.map(\.id)) ?? []
        case .whitelabel, .adobe, .mpt:
            return []
        }
    }
}
