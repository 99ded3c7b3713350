import CNcurses
import Foundation

/// The terminal as the console loop's input: keys through ncurses, and the signals
/// `TerminalGuard` forwards through its pipe, handled here on the loop's thread: ^Z
/// suspends, a resize is handed to ncurses, and SIGINT, SIGTERM, SIGHUP and SIGQUIT end
/// the console.
@MainActor
public final class TerminalInput: ConsoleInput {
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
        var code: Int32 = 0
        while true {
            let kind = cn_read_key(0, &code)
            guard kind != 0 else { return nil }
            if let event = KeyDecoder.decode(isKeyCode: kind == 2, code: code) { return event }
        }
    }
}
