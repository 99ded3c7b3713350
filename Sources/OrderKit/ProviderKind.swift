/// The five order APIs ordercon speaks; the raw value is the short name used in config files.
public enum ProviderKind: String, Sendable, Codable, CaseIterable, Hashable {
    case appxite
    case whitelabel
    case adobe
    case adility
    case mpt

    /// The name shown to users in headers and messages.
    public var displayName: String {
        switch self {
        case .appxite: "Appxite"
        case .whitelabel: "White-label"
        case .adobe: "Adobe VIPM"
        case .adility: "Adility"
        case .mpt: "SoftwareOne MPT"
        }
    }
}
