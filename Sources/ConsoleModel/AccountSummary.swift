import OrderKit

/// The account on screen, as the header and the capability checks need it.
public struct AccountSummary: Sendable, Equatable {
    public var name: String
    public var provider: ProviderKind
    public var capabilities: Capabilities
    /// True for the embedded sandbox, shown in the header.
    public var isSandbox: Bool
    /// Set when the user or the config asked for read-only; the provider may add its own reason.
    public var readOnlyByChoice: Bool

    public init(name: String, provider: ProviderKind, capabilities: Capabilities, isSandbox: Bool,
                readOnlyByChoice: Bool = false) {
        self.name = name
        self.provider = provider
        self.capabilities = capabilities
        self.isSandbox = isSandbox
        self.readOnlyByChoice = readOnlyByChoice
    }

    /// Why nothing may be changed on this account, or nil when it may.
    public var readOnlyReason: String? {
        if readOnlyByChoice { return "read-only mode" }
        return capabilities.readOnlyReason
    }
}
