/// The reseller's edition: Free-edition resellers may only read.
enum WhiteLabelEdition: Sendable {
    case standard
    case free
}
