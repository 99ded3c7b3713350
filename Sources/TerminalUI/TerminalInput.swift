import CNcurses
import ConsoleModel
import Foundation

/// The terminal as the console loop's input: keys through ncurses, and the signals
/// `TerminalGuard` forwards through its pipe, handled here on the loop's thread: ^Z
/// suspends, a resize is handed to ncurses, and SIGINT, SIGTERM, SIGHUP and SIGQUIT end
/// the console.
@MainActor
public final class TerminalInput: ConsoleInput {
    /// What was typed after an Esc that began no sequence, read before the terminal again.
    private var typedAfterEscape: [Unicode.Scalar] = []

    /// Call once `NcursesScreen` has taken the terminal (it installs the signal forwarding).
    public init() {}

    public func wait(timeout: Double, wake: Int32) {
        let milliseconds = Int32(min(max(timeout, 0) * 1000, 60_000).rounded(.up))
        // poll skips a negative descriptor: without a wake-up pipe, look for actions every 50 ms.
        let bounded = wake < 0 ? min(milliseconds, 50) : milliseconds
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: TerminalGuard.signalDescriptor, events: Int16(POLLIN), revents: 0)]
        _ = poll(&watched, nfds_t(watched.count), bounded)
    }

    public func next() -> InputEvent? {
        if let number = TerminalGuard.takeSignal() {
            switch number {
            case SIGTSTP:
                TerminalGuard.suspend()
                return .resized
            case SIGWINCH:
                cn_follow_resize()
                return .resized
            default:
                return .ended(signal: number)
            }
        }
        while !typedAfterEscape.isEmpty {
            let scalar = typedAfterEscape.removeFirst()
            if scalar == "\u{1B}" { return escaped() }
            if let key = KeyDecoder.key(scalar) { return .key(key) }
        }
        var code: Int32 = 0
        while true {
            let kind = cn_read_key(0, &code)
            guard kind != 0 else { return nil }
            if kind == 1, code == 27 { return escaped() }
            if let event = KeyDecoder.decode(isKeyCode: kind == 2, code: code) { return event }
        }
    }

    /// How long a lone Esc waits for the rest of a sequence (what `ESCDELAY` is to ncurses),
    /// and how long a sequence's later bytes may take.
    private static let escapeWait: Int32 = 25
    private static let sequenceWait: Int32 = 10
    /// A paste longer than this is cut: nothing typed in a form is that long.
    private static let pasteLimit = 65_536

    /// What followed an Esc: a key of any terminal's encoding, a paste, or Esc itself with
    /// what was typed after it kept for the next read.
    private func escaped() -> InputEvent? {
        var tail: [Unicode.Scalar] = []
        while true {
            switch EscapeSequence.parse(tail) {
            case .key(let key): return .key(key)
            case .pasteStart: return pasted()
            case .unknown: return nil
            case .separate:
                typedAfterEscape = tail
                return .key(.escape)
            case .incomplete:
                guard tail.count < 32, let next = Self.scalar(waiting: tail.isEmpty ? Self.escapeWait : Self.sequenceWait) else {
                    typedAfterEscape = tail
                    return .key(.escape)
                }
                tail.append(next)
            }
        }
    }

    /// The text of a bracketed paste, up to its end marker.
    private func pasted() -> InputEvent {
        var text: [Unicode.Scalar] = []
        while let next = Self.scalar(waiting: 100) {
            text.append(next)
            if text.count >= EscapeSequence.pasteEnd.count, text.suffix(EscapeSequence.pasteEnd.count).elementsEqual(EscapeSequence.pasteEnd) {
                text.removeLast(EscapeSequence.pasteEnd.count)
                break
            }
            if text.count >= Self.pasteLimit { break }
        }
        var string = String.UnicodeScalarView()
        string.append(contentsOf: text)
        return .paste(String(string))
    }

    /// The next scalar typed, waiting up to `milliseconds`; nil when none came (or a key code did).
    private static func scalar(waiting milliseconds: Int32) -> Unicode.Scalar? {
        var code: Int32 = 0
        guard cn_read_key(milliseconds, &code) == 1, code >= 0 else { return nil }
        return Unicode.Scalar(UInt32(code))
    }
}
