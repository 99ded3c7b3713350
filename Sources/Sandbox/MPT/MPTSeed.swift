import Foundation

/// The data a fresh sandbox starts with: the buyer's licensees and catalog, agreements with
/// subscriptions for Change and Termination orders, and orders in every status.
enum MPTSeed {
    static let currency = "USD"
    static let markup = Decimal(string: "0.10")!
    static let partnerIDExternalID = "msPartnerId"

    /// The one product the demo buyer's catalog items belong to, and the authorization a
    /// Purchase of it names.
    static let product = MPTReference(id: "PRD-7301-0001", name: "Sandbox Cloud Software")
    static let authorization = MPTReference(id: "AUT-7301-0001", name: "Sandbox Reseller Authorization")

    static let licensees: [MPTReference] = [
        .init(id: "LCE-1001-2001-0001", name: "Acme GmbH"),
        .init(id: "LCE-1001-2001-0002", name: "Beta Logistics"),
        .init(id: "LCE-1001-2001-0003", name: "Contoso Retail"),
    ]

    static let catalog: [MPTCatalogItem] = [
        item("ITM-1234-1234-1234-0021", "Adobe Illustrator", "20.00"),
        item("ITM-4444-4444-4444-0031", "Adobe Photoshop", "22.00"),
        item("ITM-5001-0001-0001-0001", "Microsoft 365 E3", "32.00"),
        item("ITM-5001-0001-0001-0002", "Microsoft 365 Business Premium", "20.00"),
        item("ITM-5001-0001-0001-0003", "Microsoft Teams Essentials", "4.00"),
    ]

    private static func item(_ id: String, _ name: String, _ unitPP: String) -> MPTCatalogItem {
        let purchase = Decimal(string: unitPP)!
        let sale = MPTPrice.line(unitPP: purchase, quantity: 1, markup: markup, currency: currency).SPxM
        return MPTCatalogItem(id: id, name: name, unitPP: purchase, unitSP: sale, currency: currency)
    }

    static func catalogItem(_ id: String) -> MPTCatalogItem? { catalog.first { $0.id == id } }

    /// The ordering parameters of a Purchase order: one required and editable (the one the
    /// vendor queries), one optional, a read-only list, one hidden, an optional date,
    /// number, list and checkbox (one flag), so that every type a form edits is there, an
    /// address whose value is an object and a checkbox of several options whose value is
    /// the list of the ticked ones, as the reference's untyped values can be.
    static func orderingParameters(partnerID: String = "") -> [MPTParameter] {
        [
            .init(id: "PRM-7301-0001-0001", name: "Microsoft Partner ID", externalId: partnerIDExternalID,
                  value: partnerID, constraints: .init(readonly: false, hidden: false, required: true)),
            .init(id: "PRM-7301-0001-0002", name: "Purchase Order Number", externalId: "poNumber", value: "",
                  constraints: .init(readonly: false, hidden: false, required: false)),
            .init(id: "PRM-7301-0001-0003", name: "Agreement Type", externalId: "agreementType", value: "Commercial",
                  type: MPTParameter.dropDown, options: agreementTypes,
                  constraints: .init(readonly: true, hidden: false, required: true)),
            .init(id: "PRM-7301-0001-0004", name: "Reseller Tier", externalId: "resellerTier", value: "T2",
                  constraints: .init(readonly: true, hidden: true, required: false)),
            .init(id: "PRM-7301-0001-0005", name: "Contract Start Date", externalId: "contractStartDate", value: "",
                  type: MPTParameter.date, constraints: .init(readonly: false, hidden: false, required: false)),
            .init(id: "PRM-7301-0001-0006", name: "Users to Migrate", externalId: "usersToMigrate", value: "0",
                  type: MPTParameter.number, constraints: .init(readonly: false, hidden: false, required: false)),
            .init(id: "PRM-7301-0001-0007", name: "Support Level", externalId: "supportLevel", value: "Standard",
                  type: MPTParameter.dropDown, options: supportLevels,
                  constraints: .init(readonly: false, hidden: false, required: true)),
            .init(id: "PRM-7301-0001-0008", name: "Co-terminate Subscriptions", externalId: "coterminate",
                  value: "false", type: MPTParameter.checkbox,
                  constraints: .init(readonly: false, hidden: false, required: false)),
            .init(id: "PRM-7301-0001-0009", name: "Billing Address", externalId: "billingAddress", value: "",
                  type: MPTParameter.address, constraints: .init(readonly: false, hidden: false, required: false),
                  structuredValue: .object(["addressLine1": "Hauptstrasse 12", "addressLine2": "3. OG", "postCode": "10115",
                                            "city": "Berlin", "state": "Berlin", "country": "DE"])),
            .init(id: "PRM-7301-0001-0010", name: "Add-on Services", externalId: "addOnServices", value: "",
                  type: MPTParameter.checkbox, options: addOnServices,
                  constraints: .init(readonly: false, hidden: false, required: false), structuredValue: .list(["backup"])),
        ]
    }

    static let addOnServices: [MPTParameter.Option] = [
        .init(value: "migration", label: "Mailbox migration"),
        .init(value: "training", label: "End-user training"),
        .init(value: "backup", label: "Cloud backup"),
    ]

    static let supportLevels: [MPTParameter.Option] = [
        .init(value: "Standard", label: "Standard (business hours)"),
        .init(value: "Premium", label: "Premium (24/7)"),
    ]

    static let agreementTypes: [MPTParameter.Option] = [
        .init(value: "Commercial", label: "Commercial"),
        .init(value: "Education", label: "Education (academic institutions)"),
        .init(value: "Government", label: "Government"),
    ]

    static func fulfillmentParameters(tenantID: String = "") -> [MPTParameter] {
        [.init(id: "PRM-7301-0002-0001", name: "Tenant Id", externalId: "tenantId", value: tenantID)]
    }

    static func agreements() -> [MPTAgreement] {
        let acme = licensees[0], beta = licensees[1], contoso = licensees[2]
        func agreement(_ id: String, _ name: String, _ status: String, _ licensee: MPTReference,
                       _ subscriptions: [(String, String, Int, String)]) -> MPTAgreement {
            MPTAgreement(id: id, name: name, status: status, licensee: licensee, subscriptions: subscriptions.map {
                let item = catalogItem($0.1)!
                return MPTSubscription(id: $0.0, name: item.name, agreement: MPTReference(id: id, name: name),
                                       item: MPTReference(id: item.id, name: item.name), quantity: $0.2, status: $0.3)
            })
        }
        return [
            agreement("AGR-2119-4550-8674-5962", "Adobe Creative Cloud for Acme GmbH", MPTAgreement.active, acme, [
                ("SUB-2119-4550-0001", "ITM-1234-1234-1234-0021", 10, MPTSubscription.active),
                ("SUB-2119-4550-0002", "ITM-4444-4444-4444-0031", 2, MPTSubscription.active),
            ]),
            agreement("AGR-2119-4550-8674-5963", "Microsoft 365 E3 for Beta Logistics", MPTAgreement.active, beta, [
                ("SUB-2119-4550-0003", "ITM-5001-0001-0001-0001", 25, MPTSubscription.active),
            ]),
            agreement("AGR-2119-4550-8674-5964", "Microsoft 365 Business Premium for Contoso Retail",
                      MPTAgreement.terminated, contoso, [
                ("SUB-2119-4550-0004", "ITM-5001-0001-0001-0002", 5, MPTSubscription.terminated),
            ]),
        ]
    }

    /// An order template: lines are (item, quantity, subscription, old quantity).
    private struct Template {
        var id: String
        var type: MPTOrderType
        var status: String
        var licensee: Int
        var agreement: String?
        var ageHours: Double
        var lines: [(String, Int, String?, Int?)]
        var partnerID = "1234567"
        var statusNotes: MPTMessage?
        var partnerIDError: MPTMessage?
    }

    private static let templates: [Template] = [
        .init(id: "ORD-6869-4529-8975-9001", type: .purchase, status: MPTStatus.completed, licensee: 0,
              agreement: "AGR-2119-4550-8674-5962", ageHours: 24 * 30,
              lines: [("ITM-1234-1234-1234-0021", 10, "SUB-2119-4550-0001", nil),
                      ("ITM-4444-4444-4444-0031", 2, "SUB-2119-4550-0002", nil)]),
        .init(id: "ORD-6869-4529-8975-9002", type: .purchase, status: MPTStatus.completed, licensee: 1,
              agreement: "AGR-2119-4550-8674-5963", ageHours: 24 * 20,
              lines: [("ITM-5001-0001-0001-0001", 25, "SUB-2119-4550-0003", nil)]),
        .init(id: "ORD-6869-4529-8975-9003", type: .purchase, status: MPTStatus.completed, licensee: 2,
              agreement: "AGR-2119-4550-8674-5964", ageHours: 24 * 60,
              lines: [("ITM-5001-0001-0001-0002", 5, "SUB-2119-4550-0004", nil)]),
        .init(id: "ORD-6869-4529-8975-9004", type: .termination, status: MPTStatus.completed, licensee: 2,
              agreement: "AGR-2119-4550-8674-5964", ageHours: 24 * 10,
              lines: [("ITM-5001-0001-0001-0002", 0, "SUB-2119-4550-0004", 5)]),
        .init(id: "ORD-6869-4529-8975-9005", type: .change, status: MPTStatus.processing, licensee: 0,
              agreement: "AGR-2119-4550-8674-5962", ageHours: 2,
              lines: [("ITM-1234-1234-1234-0021", 12, "SUB-2119-4550-0001", 10)]),
        .init(id: "ORD-6869-4529-8975-9006", type: .purchase, status: MPTStatus.querying, licensee: 1,
              agreement: nil, ageHours: 5, lines: [("ITM-5001-0001-0001-0003", 30, nil, nil)], partnerID: "123456",
              statusNotes: MPTMessage(id: "VND-0001", message: "The vendor needs a valid Microsoft Partner ID."),
              partnerIDError: MPTMessage(id: "E001234", message: "Unknown MS Partner ID")),
        .init(id: "ORD-6869-4529-8975-9007", type: .purchase, status: MPTStatus.failed, licensee: 2,
              agreement: nil, ageHours: 24 * 3, lines: [("ITM-5001-0001-0001-0001", 3, nil, nil)],
              statusNotes: MPTMessage(id: "VND-0500", message: "The vendor refused provisioning: the tenant is suspended.")),
        .init(id: "ORD-6869-4529-8975-9008", type: .purchase, status: MPTStatus.deleted, licensee: 0,
              agreement: nil, ageHours: 24 * 4, lines: [("ITM-5001-0001-0001-0003", 5, nil, nil)]),
        .init(id: "ORD-6869-4529-9009", type: .purchase, status: MPTStatus.draft, licensee: 0, agreement: nil,
              ageHours: 24, lines: [("ITM-4444-4444-4444-0031", 1, nil, nil)], partnerID: ""),
        .init(id: "ORD-6869-4529-9010", type: .purchase, status: MPTStatus.quoted, licensee: 1, agreement: nil,
              ageHours: 30, lines: [("ITM-5001-0001-0001-0002", 10, nil, nil)]),
        .init(id: "ORD-6869-4529-9011", type: .purchase, status: MPTStatus.new, licensee: 2, agreement: nil,
              ageHours: 1, lines: [], partnerID: ""),
        .init(id: "ORD-6869-4529-9012", type: .purchase, status: MPTStatus.draft, licensee: 1, agreement: nil,
              ageHours: 3, lines: [("ITM-5001-0001-0001-0003", 3, nil, nil)]),
    ]

    /// Seeded orders; the processing one stays processing for hours, so that a stuck order
    /// is there to look at.
    static func orders(now: Date) -> [String: MPTOrder] {
        var orders: [String: MPTOrder] = [:]
        for template in templates {
            let created = now.addingTimeInterval(-template.ageHours * 3600)
            let lines = template.lines.enumerated().map { index, line -> MPTLine in
                let item = catalogItem(line.0)!
                return MPTLine(id: lineID(orderID: template.id, number: index + 1),
                               item: MPTReference(id: item.id, name: item.name), quantity: line.1,
                               oldQuantity: line.3,
                               price: MPTPrice.line(unitPP: item.unitPP, quantity: line.1, markup: markup,
                                                    currency: currency),
                               subscription: line.2.map { MPTReference(id: $0) })
            }
            var ordering = template.type == .purchase ? orderingParameters(partnerID: template.partnerID) : []
            if let error = template.partnerIDError, let index = ordering.firstIndex(where: { $0.externalId == partnerIDExternalID }) {
                ordering[index].error = error
            }
            let agreement = template.agreement.flatMap { id in agreements().first { $0.id == id }?.reference }
            let completed = template.status == MPTStatus.completed && template.type == .purchase
            orders[template.id] = MPTOrder(
                id: template.id, type: template.type, status: template.status, statusNotes: template.statusNotes,
                agreement: agreement, licensee: licensees[template.licensee], lines: lines, ordering: ordering,
                fulfillment: template.type == .purchase
                    ? fulfillmentParameters(tenantID: completed ? "69b73824-ce76-4866-ad47-b615ae9d8998" : "") : [],
                price: lines.contains { $0.price != nil }
                    ? MPTPrice.total(lines.compactMap(\.price), markup: markup, currency: currency) : nil,
                externalIds: MPTExternalIDs(client: "seed-\(template.id.suffix(4))"), notes: "",
                createdAt: created, updatedAt: created,
                vendorActsAt: template.status == MPTStatus.processing ? created.addingTimeInterval(6 * 3600) : nil,
                queried: true, fails: false, nextLineNumber: lines.count + 1,
                template: Self.template(for: template.status),
                events: MPTStatus.unplaced.contains(template.status) ? [:] : [template.status.lowercased(): created])
        }
        return orders
    }

    /// The product's template for an order in `status`: the message the buyer reads on the
    /// order screen while it is there.
    static func template(for status: String) -> MPTReference? {
        switch status {
        case MPTStatus.processing: MPTReference(id: "TPL-7301-0001", name: "Activation in Progress")
        case MPTStatus.querying: MPTReference(id: "TPL-7301-0002", name: "Information Required")
        case MPTStatus.completed: MPTReference(id: "TPL-7301-0003", name: "Successful Activation")
        case MPTStatus.failed: MPTReference(id: "TPL-7301-0004", name: "Activation Failed")
        default: nil
        }
    }

    /// `ALI-` and the order's last three digit groups, then the line number.
    static func lineID(orderID: String, number: Int) -> String {
        let groups = orderID.split(separator: "-").dropFirst().suffix(3)
        return "ALI-" + groups.joined(separator: "-") + "-" + group(number)
    }

    static func group(_ number: Int) -> String {
        let digits = String(number % 10000)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
