import Foundation
import OrderKit

/// How a sandbox behaves: where it listens, how fast time runs, how often orders fail and
/// which faults it injects.
public struct SandboxOptions: Sendable {
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    public var clock: any SandboxClock
    /// The share of placed orders whose execution fails (0...1).
    public var failureRate: Double
    /// Sandbox seconds between checkout and the final execution status.
    public var executionSeconds: TimeInterval
    public var seed: UInt64
    /// The faults it starts with; `SandboxServer.faults` changes them while it runs.
    public var faults: SandboxFaults
    /// What the sandbox accepts as credentials (the demo values unless a test gives others).
    public var credentials: SandboxCredentials
    /// Whether answers vary as real ones do (`SandboxVariations`).
    public var variations: SandboxVariations
    /// Serves https with this certificate when set, plain http otherwise.
    public var tls: SandboxTLS?
    /// Whether Appxite and Adility serve `GET /orders` (a list, and lookups by order item
    /// and order number), which their references do not publish. Off by default, so the
    /// sandbox shows what a real account shows: known orders, read by id.
    public var undocumentedLists: Bool
    /// Providers also served at the root of a port of their own (0 picks a free one), as
    /// their real hosts serve them; the one-port prefixed form is always served.
    public var providerPorts: [ProviderKind: Int]

    public init(host: String = "127.0.0.1", port: Int = 0, clock: any SandboxClock = ScaledClock(),
                failureRate: Double = 0.1, executionSeconds: TimeInterval = 4, seed: UInt64 = 42,
                faults: SandboxFaults = .none, credentials: SandboxCredentials = .demo,
                variations: SandboxVariations = .off, tls: SandboxTLS? = nil, undocumentedLists: Bool = false,
                providerPorts: [ProviderKind: Int] = [:]) {
        self.host = host
        self.port = port
        self.clock = clock
        self.failureRate = failureRate
        self.executionSeconds = executionSeconds
        self.seed = seed
        self.faults = faults
        self.credentials = credentials
        self.variations = variations
        self.tls = tls
        self.undocumentedLists = undocumentedLists
        self.providerPorts = providerPorts
    }
}
