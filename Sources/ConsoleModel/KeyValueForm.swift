import OrderKit

/// A line form with free keys and values, for an account whose provider publishes no form
/// schema (Appxite's keys are read from the portal's request): rows are added, renamed and
/// removed, and the values are sent as typed, then kept as the offer's form template.
///
/// Keys: ↑↓ move between rows, Tab switches between key and value, typing edits, ⌫ deletes
/// a character, `+` on a key adds a row below, `-` on an empty key removes its row, ↵
/// checks every row and submits, Esc leaves without anything sent.
public struct KeyValueForm: Sendable, Equatable {
    /// What the rows become.
    public enum Purpose: Sendable, Equatable {
        /// A new line of this offer in the local cart.
        case newLine(cartID: String, offerID: String)
        /// A line already in the local cart (`e`): its keys changed in place.
        case cartLine(cartID: String, lineID: String, offerID: String)
    }

    /// Which half of a row the typing goes to.
    public enum Column: Sendable, Equatable {
        case key, value
    }

    public enum Outcome: Sendable, Equatable {
        case editing, cancelled, submitted
    }

    /// What ↵ found wrong, on which row.
    public struct Problem: Sendable, Equatable {
        public var row: Int
        public var text: String
    }

    public var purpose: Purpose
    /// Nil while the offer's template is still being read.
    public private(set) var rows: [FormEntry]?
    public private(set) var focus = 0
    public private(set) var column = Column.key
    /// The cursor in the focused key or value; nil puts it after the end, as whenever the
    /// focus moves.
    public private(set) var cursor: Int?
    /// The first problem found on ↵, with the row it is on.
    public private(set) var problem: Problem?
    /// Whether the rows came from a saved template (said above them).
    public private(set) var prefilled = false

    public init(purpose: Purpose) {
        self.purpose = purpose
    }

    public var offerID: String {
        switch purpose {
        case .newLine(_, let offerID), .cartLine(_, _, let offerID): offerID
        }
    }

    /// Takes the saved template's rows, or one empty row to start from.
    public mutating func load(_ template: FormTemplate?) {
        let entries = template?.entries ?? []
        prefilled = !entries.isEmpty
        rows = entries.isEmpty ? [FormEntry(key: "", value: "")] : entries
        focus = 0
        column = .key
    }

    /// The rows as the template to save: empty rows left out.
    public func template(provider: ProviderKind) -> FormTemplate {
        FormTemplate(provider: provider, offerID: offerID, entries: (rows ?? []).filter { !$0.key.isEmpty })
    }

    public mutating func handle(_ key: Key) -> Outcome {
        if key == .escape { return .cancelled }
        guard var rows, !rows.isEmpty else { return .editing }
        switch key {
        case .down:
            focus = min(rows.count - 1, focus + 1)
            cursor = nil
        case .up:
            focus = max(0, focus - 1)
            cursor = nil
        case .tab, .backTab:
            column = column == .key ? .value : .key
            cursor = nil
        case .enter:
            problem = Self.problem(in: rows)
            if let problem {
                focus = problem.row
                return .editing
            }
            return .submitted
        case .char("+") where column == .key:
            rows.insert(FormEntry(key: "", value: ""), at: focus + 1)
            focus += 1
            cursor = nil
        case .char("-") where column == .key && rows[focus].key.isEmpty:
            rows.remove(at: focus)
            if rows.isEmpty { rows = [FormEntry(key: "", value: "")] }
            focus = min(focus, rows.count - 1)
            cursor = nil
        default:
            var line = EditableText(column == .key ? rows[focus].key : rows[focus].value, cursor: cursor)
            line.apply(key, limit: FieldForm.maximumLength)
            cursor = line.cursor
            switch column {
            case .key: rows[focus].key = line.text
            case .value: rows[focus].value = line.text
            }
        }
        self.rows = rows
        problem = nil
        return .editing
    }

    /// Keys must be there, once each, without spaces or empty parts between dots; a row
    /// with a value needs its key. Empty rows are left out.
    static func problem(in rows: [FormEntry]) -> Problem? {
        var seen: Set<String> = []
        for (index, row) in rows.enumerated() {
            if row.key.isEmpty {
                if row.value.isEmpty { continue }
                return Problem(row: index, text: "A value needs its key: type the key the portal's request names.")
            }
            if row.key.contains(where: \.isWhitespace) || row.key.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
                return Problem(row: index, text: "\(row.key) is not a key: no spaces, and a dot only between two names (ChargePeriod.offerId).")
            }
            if rows.contains(where: { $0.key.hasPrefix(row.key + ".") }) {
                return Problem(row: index, text: "\(row.key) is a value and a group of keys at once: rename one.")
            }
            guard seen.insert(row.key).inserted else { return Problem(row: index, text: "\(row.key) is there twice: remove one.") }
        }
        return seen.isEmpty ? Problem(row: 0, text: "Add at least one key and value, as the portal's request sends them.") : nil
    }
}
