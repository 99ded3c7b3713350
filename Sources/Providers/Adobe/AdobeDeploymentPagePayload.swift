import Foundation
import OrderKit

/// One page of the customer's deployments (`GET /v3/customers/{customerId}/deployments`):
/// the ids a line's `deploymentId` may name, with the country each is in. Read element by
/// element: a deployment without an id is left out, and one without a readable country is
/// still offered by its id.
struct AdobeDeploymentPagePayload {
    struct Deployment {
        var deploymentId: String
        var country: String?
    }

    /// How many deployments there are over every page, when Adobe says.
    var totalCount: Int?
    var items: [Deployment]
    /// How many elements the page held, readable or not (the next offset moves by this).
    var count: Int

    static func read(_ body: Data) throws -> AdobeDeploymentPagePayload {
        let (list, envelope) = try ListElements.elements(of: body, keys: ["items"], matching: .exact, what: "deployments")
        var header = envelope
        let items = list.compactMap { element -> Deployment? in
            guard var object = TolerantObject(element, matching: .exact), let id = object.id("deploymentId") else { return nil }
            let country = object.nested("companyProfile") { $0.nested("address") { $0.string("country") } }
            return Deployment(deploymentId: id, country: country)
        }
        return AdobeDeploymentPagePayload(totalCount: header?.int("totalCount"), items: items, count: list.count)
    }
}
