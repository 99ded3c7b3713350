/// Where an account's line forms come from: a catalog that publishes each offer's form (the
/// sandbox's `GET /products`), or form templates the user keeps per offer, because the
/// provider publishes no form schema (Appxite: "read the keys from the portal's request").
public enum LineFormSource: String, Sendable, Hashable, CaseIterable {
    case catalog
    case templates
}
