import Foundation

/// The data a fresh sandbox starts with: a catalog, customer accounts for each reseller,
/// and orders in every status, dated relative to the sandbox clock's start.
enum WhiteLabelSeed {
    static let products: [WhiteLabelProduct] = [
        .init(id: "MS365-E3", name: "Microsoft 365 E3", price: 23, currency: "EUR", billingCycle: "Monthly"),
        .init(id: "MS365-BP", name: "Microsoft 365 Business Premium", price: Decimal(string: "20.60")!,
              currency: "EUR", billingCycle: "Monthly"),
        .init(id: "AZURE-PLAN", name: "Azure plan", price: 0, currency: "EUR", billingCycle: "Monthly"),
        .init(id: "ACROBAT-PRO", name: "Adobe Acrobat Pro", price: Decimal(string: "19.99")!,
              currency: "EUR", billingCycle: "Monthly"),
        .init(id: "DROPBOX-BIZ", name: "Dropbox Business", price: 15, currency: "EUR", billingCycle: "Monthly"),
        .init(id: "ACRONIS-1TB", name: "Acronis Cyber Backup 1 TB", price: Decimal(string: "12.50")!,
              currency: "EUR", billingCycle: "Monthly"),
        .init(id: "VEEAM-M365", name: "Veeam Backup for Microsoft 365", price: Decimal(string: "2.40")!,
              currency: "EUR", billingCycle: "Monthly"),
        .init(id: "ZOOM-PRO", name: "Zoom Pro", price: Decimal(string: "149.90")!, currency: "EUR",
              billingCycle: "Annual"),
    ]

    static func customers(of edition: WhiteLabelEdition) -> [WhiteLabelCustomer] {
        switch edition {
        case .standard:
            [.init(id: 1000, name: "Demo Reseller"), .init(id: 1001, name: "Acme GmbH"),
             .init(id: 1002, name: "Beta Logistics"), .init(id: 1003, name: "Contoso Retail"),
             .init(id: 1004, name: "Northwind Traders")]
        case .free:
            [.init(id: 2000, name: "Free Demo Reseller"), .init(id: 2001, name: "Gamma Cafe")]
        }
    }

    /// One field of every type; the `List` ones go beyond the document (see `WhiteLabelField`).
    static func customFields() -> [WhiteLabelField] {
        [.init(name: "PO Number", value: "", type: "Text"),
         .init(name: "Cost Center", value: "", type: "Text"),
         .init(name: "Delivery Priority", value: "Standard", type: WhiteLabelField.list,
               options: ["Standard", "Express", "Scheduled"]),
         .init(name: "Renewal Reminder", value: "false", type: "Boolean", published: false),
         .init(name: "Go-live Date", value: "", type: "Date", published: false)]
    }

    static func characteristics() -> [WhiteLabelField] {
        [.init(name: "Domain", value: "", type: "Text"),
         .init(name: "Seats Reserved", value: "0", type: "Number"),
         .init(name: "Data Centre Region", value: "EU West", type: WhiteLabelField.list,
               options: ["EU West", "EU North", "US East"])]
    }

    /// An order template: (id, customer, status, age in hours, items as (product, quantity)).
    private typealias Template = (id: Int, customer: Int, status: String, ageHours: Double,
                                  items: [(String, Int)])

    private static let standardOrders: [Template] = [
        (1030, 1001, WhiteLabelStatus.executed, 24 * 40, [("MS365-E3", 25), ("AZURE-PLAN", 1)]),
        (1031, 1002, WhiteLabelStatus.executed, 24 * 21, [("MS365-BP", 12)]),
        (1032, 1003, WhiteLabelStatus.executed, 24 * 9, [("DROPBOX-BIZ", 8), ("ACRONIS-1TB", 2)]),
        (1033, 1004, WhiteLabelStatus.executed, 24 * 3, [("ZOOM-PRO", 3)]),
        (1034, 1001, WhiteLabelStatus.executed, 20, [("VEEAM-M365", 25)]),
        (1035, 1003, WhiteLabelStatus.failed, 6, [("ACROBAT-PRO", 4)]),
        (1036, 1002, WhiteLabelStatus.pendingApproval, 30, [("MS365-E3", 5)]),
        (1037, 1004, WhiteLabelStatus.cancelled, 24 * 2, [("DROPBOX-BIZ", 3)]),
        (1038, 1001, WhiteLabelStatus.submitted, 2.5, [("MS365-BP", 40)]),
        (1041, 1002, WhiteLabelStatus.draft, 24 * 5 + 2, [("AZURE-PLAN", 1)]),
        (1042, 1001, WhiteLabelStatus.draft, 24, [("MS365-E3", 10), ("AZURE-PLAN", 1)]),
        (1043, 1003, WhiteLabelStatus.draft, 24 * 6 + 20, [("ACROBAT-PRO", 2)]),
    ]

    private static let freeOrders: [Template] = [
        (2030, 2001, WhiteLabelStatus.executed, 24 * 12, [("MS365-BP", 4)]),
        (2031, 2001, WhiteLabelStatus.submitted, 1, [("DROPBOX-BIZ", 2)]),
        (2032, 2000, WhiteLabelStatus.draft, 24 * 2, [("ZOOM-PRO", 1)]),
    ]

    static let firstFreeOrderID = 1044
    static let firstFreeItemID = 5001

    /// Seeded orders of one reseller; the submitted ones stay processing for hours, so
    /// that a stuck order is there for on-call checks.
    static func orders(of edition: WhiteLabelEdition, now: Date, nextItemID: inout Int) -> [Int: WhiteLabelOrder] {
        let templates = edition == .standard ? standardOrders : freeOrders
        let names = Dictionary(uniqueKeysWithValues: customers(of: edition).map { ($0.id, $0.name) })
        var orders: [Int: WhiteLabelOrder] = [:]
        for template in templates {
            let orderDate = now.addingTimeInterval(-template.ageHours * 3600)
            let items = template.items.map { productID, quantity -> WhiteLabelItem in
                let product = products.first { $0.id == productID }!
                defer { nextItemID += 1 }
                return WhiteLabelItem(id: nextItemID, orderID: template.id, productID: product.id,
                                      productName: product.name, quantity: quantity, unitPrice: product.price,
                                      currency: product.currency, status: template.status,
                                      characteristics: characteristics())
            }
            let stuck = template.status == WhiteLabelStatus.submitted
            orders[template.id] = WhiteLabelOrder(
                id: template.id, accountID: template.customer, accountName: names[template.customer] ?? "",
                status: template.status, orderDate: orderDate, currency: "EUR", items: items,
                customFields: customFields(),
                executesAt: stuck ? orderDate.addingTimeInterval(6 * 3600) : nil, executionFails: false,
                executionMessage: template.status == WhiteLabelStatus.failed
                    ? "The vendor rejected the order: tenant domain not verified." : nil)
        }
        return orders
    }
}
