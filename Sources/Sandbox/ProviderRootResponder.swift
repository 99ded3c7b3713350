import Hummingbird

/// Serves one provider at the root of a port of its own, as its real host does (Adobe's
/// paths start at `/v3/…`): each request's path gets the provider's sandbox prefix
/// (`/adobe`) and goes to the one-port router, so both forms share the books, faults and
/// variations. A client that builds absolute paths from the host reaches it this way.
struct ProviderRootResponder: HTTPResponder {
    /// The part of the sandbox's path the real host does not have (`/adobe`, `/mpt`).
    let prefix: String
    let router: RouterResponder<BasicRequestContext>

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        var head = request.head
        head.path = prefix + (head.path.map { $0.hasPrefix("/") ? $0 : "/" + $0 } ?? "/")
        return try await router.respond(to: Request(head: head, body: request.body), context: context)
    }
}
