import OrderKit

/// Forms and operations as providers describe them, for reducer tests and golden screens.
public enum FormFixtures {
    public static let appxiteOffer = Offer(id: "MS-365-BB", name: "Microsoft 365 Business Basic",
                                           price: Money(amount: 6, currency: "EUR"), billing: "monthly")

    /// An Appxite item form: quantity, billing cycle and location by their form-data keys.
    public static let appxiteLine = LineForm(quantityKey: "quantityBox1", fields: [
        CustomField(name: "Quantity", value: "1", kind: .number, key: "quantityBox1", required: true,
                    minimum: 1, maximum: 300),
        CustomField(name: "Billing cycle", value: "P-M", kind: .choice, key: "ChargePeriod.pricingFrequency",
                    required: true, choices: [.init(id: "P-M", label: "Monthly, 1-month term",
                                                    unitPrice: Money(amount: 6, currency: "EUR")),
                                              .init(id: "P-A", label: "Annual, 1-year term",
                                                    unitPrice: Money(amount: 66, currency: "EUR"))]),
        CustomField(name: "Data centre", value: "11", kind: .choice, key: "dataCenterLocation",
                    choices: [.init(id: "11", label: "West Europe"), .init(id: "12", label: "North Europe")]),
    ])

    /// Adobe's return: one quantity per line, bounded by what is left to return.
    public static let adobeReturn = OrderOperation(
        id: "return", title: "Return lines", summary: "Return licences bought in the last 14 days for a refund.",
        hasForm: true, previews: true, warning: ["Returned licences are removed from the customer at once."],
        createsOrder: true)

    public static let returnFields = [
        CustomField(name: "Acrobat Pro", value: "0", kind: .number, key: "1", minimum: 0, maximum: 3,
                    hint: "3 remaining"),
        CustomField(name: "Photoshop", value: "0", kind: .number, key: "2", minimum: 0, maximum: 1,
                    hint: "1 remaining"),
    ]

    public static let notes = OrderOperation(id: "notes", title: "Edit notes", summary: "Notes for your team on this order.",
                                             hasForm: true, confirms: false)

    public static let approve = OrderOperation(id: "approve", title: "Approve",
                                               summary: "Approve the order so provisioning starts.")
}

extension FormFixtures {
    /// One form per provider, as its client describes it, for golden screens.
    public static let providerForms: [(name: String, title: String, notes: [String], warnings: [String], fields: [CustomField])] = [
        ("form-whitelabel-characteristics", "Characteristics of Microsoft 365 E3", ["Item 5101 of order 1044."], [], [
            CustomField(name: "Domain", value: "acme.example", required: true),
            CustomField(name: "Data Centre Region", value: "EU-West", kind: .choice,
                        choices: [.init(id: "EU-West", label: "EU-West"), .init(id: "US-East", label: "US-East")]),
            CustomField(name: "Seats Reserved", value: "5", kind: .number),
            CustomField(name: "Go-live", value: "", kind: .date),
        ]),
        ("form-adobe-line", "Add Acrobat Pro for teams", [], [], [
            CustomField(name: "Quantity", value: "1", kind: .number, key: "quantity", required: true, minimum: 1),
            CustomField(name: "Deployment", value: "", kind: .choice, key: "deploymentId",
                        choices: [.init(id: "12345", label: "12345 (US)"), .init(id: "67890", label: "67890 (DE)")]),
            CustomField(name: "Currency", value: "USD", key: "currencyCode"),
            CustomField(name: "Discount code", value: "", key: "discountCode"),
        ]),
        ("form-appxite-schedule", "Schedule placement · order AX-100007",
         ["Places the cart order on the chosen day instead of now."], ["It is placed at 00:00 UTC that day."], [
            CustomField(name: "Place on", value: "2026-11-24", kind: .date, key: "ScheduledFor", required: true),
        ]),
        ("form-mpt-change", "Change subscriptions · order ORD-6869-4529-8975-9004",
         ["Order new quantities for the agreement's subscriptions (a Change order)."], [], [
            CustomField(name: "Adobe Illustrator", value: "10", kind: .number, key: "SUB-1000-2000-3000", required: true,
                        minimum: 1, hint: "now 10, 22.00 USD per unit and month"),
            CustomField(name: "Microsoft Teams Essentials", value: "30", kind: .number, key: "SUB-1000-2000-3001",
                        required: true, minimum: 1, hint: "now 30, 4.40 USD per unit and month"),
        ]),
        ("form-mpt-terminate", "Terminate subscriptions · order ORD-6869-4529-8975-9004",
         ["End chosen subscriptions of the agreement (a Termination order)."],
         ["Terminated subscriptions stop at once and cannot be restarted.",
          "Ending every subscription terminates the agreement."], [
            CustomField(name: "Adobe Illustrator", value: "true", kind: .boolean, key: "SUB-1000-2000-3000",
                        hint: "10 × SUB-1000-2000-3000"),
            CustomField(name: "Microsoft Teams Essentials", value: "false", kind: .boolean, key: "SUB-1000-2000-3001",
                        hint: "30 × SUB-1000-2000-3001"),
        ]),
    ]
}
