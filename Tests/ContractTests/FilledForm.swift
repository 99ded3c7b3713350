import OrderKit

extension Array where Element == CustomField {
    /// The form as a user leaves it after typing `values` (by wire key) into its fields.
    func filled(_ values: [String: String]) -> [CustomField] {
        map { field in
            guard let value = values[field.key] else { return field }
            var changed = field
            changed.value = value
            return changed
        }
    }
}
