/// Which orders a list call returns, in the whitelabel sense that generalises to all:
/// drafts only, placed ("confirmed") only, or both.
public enum OrderStage: String, Sendable, Codable, CaseIterable, Hashable {
    case draft
    case confirmed
    case all
}
