import OrderKit

/// The form a line of an Adobe order fills in, keys exactly as the order body names them
/// (seed 002): `quantity`, `deploymentId` (a choice of the customer's deployments when it
/// has any, else free text), the line's `currencyCode` and its `discountCode`.
///
/// The console keeps every value but the quantity in `CartLine.parameters`, and the client
/// sends each non-empty one on the line.
enum AdobeLineForm {
    static let quantityKey = "quantity"
    static let deploymentKey = "deploymentId"
    static let currencyKey = "currencyCode"
    static let discountKey = "discountCode"

    static func form(currency: String, deployments: [AdobeDeploymentPagePayload.Deployment]) -> LineForm {
        let deployment = deployments.isEmpty
            ? CustomField(name: "Deployment", value: "", key: deploymentKey,
                          hint: "optional; the customer has no deployments listed")
            : CustomField(name: "Deployment", value: "", kind: .choice, key: deploymentKey,
                          choices: deployments.map { deployment in
                              let country = deployment.country
                              return CustomField.Choice(id: deployment.deploymentId,
                                                        label: deployment.deploymentId + (country.map { " (\($0))" } ?? ""))
                          },
                          hint: "optional; where the licences are deployed")
        return LineForm(quantityKey: quantityKey, fields: [
            CustomField(name: "Quantity", value: "1", kind: .number, key: quantityKey, required: true, minimum: 1),
            deployment,
            CustomField(name: "Currency", value: currency, key: currencyKey, hint: "ISO 4217, sent per line"),
            CustomField(name: "Discount code", value: "", key: discountKey, hint: "optional, e.g. HVD_L18_PRE"),
        ])
    }

    /// A parameter's value to send, or nil when the form left it empty.
    static func value(_ key: String, of line: CartLine) -> String? {
        line.parameters[key].flatMap { $0.isEmpty ? nil : $0 }
    }
}
