import OrderKit

/// Checks a typed value against its field before anything is sent, so the user fixes it in
/// the prompt instead of meeting the provider's refusal.
enum FieldValue {
    static func problem(_ text: String, for field: CustomField) -> String? {
        if text.isEmpty { return field.required ? "\(field.name) is required." : nil }
        switch field.kind {
        case .text: return nil
        case .number: return Double(text) == nil ? "\(field.name) takes a number." : nil
        case .boolean: return ["true", "false"].contains(text) ? nil : "\(field.name) is true or false."
        case .date: return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil ? "\(field.name) is a date: YYYY-MM-DD." : nil
        }
    }
}
