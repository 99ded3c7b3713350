/// Where form templates are kept between runs (ordercon's `forms.toml`): the console reads
/// an offer's template before a line is filled in and saves the values it was added with.
public protocol FormTemplateBook: Sendable {
    /// The offer's template, or nil when none was saved.
    func template(provider: ProviderKind, offerID: String) throws -> FormTemplate?
    /// Saves the template, keeping every other offer's; returns where it was written.
    func save(_ template: FormTemplate) throws -> String
}
