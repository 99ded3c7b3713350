import PayloadText

/// The readable text of the last payload the detail view showed.
///
/// Why: the detail view is redrawn at every key that scrolls it, and its payload does not
/// change between those keys; formatting it again each time would put the formatter on the
/// key-press path.
@MainActor
final class PayloadTextMemo {
    private var last: (raw: String, text: String)?

    func text(_ raw: String) -> String {
        if let last, last.raw == raw { return last.text }
        let text = ReadablePayload.text(raw)
        last = (raw, text)
        return text
    }
}
