/// Why a proxy URL was refused, in a few words that follow the URL's setting name.
public struct ProxyURLProblem: Error, Sendable, Hashable {
    public var reason: String
}
