/// How `orders` and `status` print: a table for people, JSON or CSV for scripts.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, csv
}
