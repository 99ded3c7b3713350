import CNcurses
import Foundation

/// Makes sure the terminal is given back however the process ends: normal exit, ^C,
/// SIGTERM, SIGHUP, or a crash signal.
enum TerminalGuard {
    nonisolated(unsafe) private static var installed = false

    static func install() {
        guard !installed else { return }
        installed = true
        atexit { TerminalGuard.restore() }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { number in
                endwin()
                _exit(128 + number)
            }
        }
        for signalNumber in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            signal(signalNumber) { number in
                endwin()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func restore() {
        if isendwin() == false { endwin() }
    }
}
