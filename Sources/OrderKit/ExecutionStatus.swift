import Foundation

/// Where the asynchronous execution of a placed order stands.
public struct ExecutionStatus: Sendable, Codable, Hashable {
    public var orderID: String
    public var status: String
    public var phase: Phase
    /// The provider's explanation, for failures mostly.
    public var message: String?

    public init(orderID: String, status: String, phase: Phase, message: String? = nil) {
        self.orderID = orderID
        self.status = status
        self.phase = phase
        self.message = message
    }
}
