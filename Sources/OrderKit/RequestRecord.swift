import Foundation

/// What the event log keeps of one API call: never headers or bodies, so never a secret.
public struct RequestRecord: Sendable, Hashable {
    public var time: Date
    public var account: String
    public var method: String
    public var path: String
    /// The HTTP status, or nil when no answer came.
    public var status: Int?
    public var duration: TimeInterval

    public init(time: Date, account: String, method: String, path: String, status: Int?, duration: TimeInterval) {
        self.time = time
        self.account = account
        self.method = method
        self.path = path
        self.status = status
        self.duration = duration
    }
}
