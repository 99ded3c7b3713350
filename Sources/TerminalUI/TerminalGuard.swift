import CNcurses
import Foundation
import Synchronization

/// Makes sure the terminal is given back however the process ends: normal exit, ^C,
/// SIGTERM, SIGHUP, or a crash signal; and that ^Z suspends the console like any other
/// terminal program, with the whole screen drawn again after `fg`.
///
/// While the console draws, stderr goes to the diagnostics file (the log): a Swift trap's
/// message and anything else written to stderr would otherwise land in the middle of the
/// screen. A crash then prints one line on the terminal and exits with 70.
enum TerminalGuard {
    nonisolated(unsafe) private static var installed = false
    /// The terminal's own stderr while stderr is diverted, else -1.
    nonisolated(unsafe) private static var terminalError: Int32 = -1
    /// The line a crash writes to the terminal, prepared in advance: a signal handler must not allocate.
    nonisolated(unsafe) private static var crashLine: UnsafeMutablePointer<CChar>?
    private static let suspendRequested = Atomic<Bool>(false)
    private static let requestSuspend: @convention(c) (Int32) -> Void = { _ in
        TerminalGuard.suspendRequested.store(true, ordering: .relaxed)
    }

    static func install(diagnostics: String?) {
        guard !installed else { return }
        installed = true
        atexit { TerminalGuard.restore() }
        let details = diagnostics.map { "; details are in \($0)" } ?? ""
        crashLine = strdup("ordercon: internal error; the terminal was restored\(details)\n")
        if let diagnostics {
            let file = open(diagnostics, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            if file >= 0 {
                terminalError = dup(STDERR_FILENO)
                dup2(file, STDERR_FILENO)
                close(file)
            }
        }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { number in
                endwin()
                _exit(128 + number)
            }
        }
        for signalNumber in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            signal(signalNumber) { _ in
                endwin()
                if let line = TerminalGuard.crashLine {
                    write(TerminalGuard.terminalError >= 0 ? TerminalGuard.terminalError : STDERR_FILENO, line, strlen(line))
                }
                _exit(70)
            }
        }
        suspendRequested.store(false, ordering: .relaxed)
        signal(SIGTSTP, requestSuspend)
    }

    /// True once after each ^Z. The console loop then calls `suspend()` on its own thread,
    /// the only one that may touch ncurses.
    static func takeSuspendRequest() -> Bool {
        suspendRequested.exchange(false, ordering: .relaxed)
    }

    /// Gives the terminal back to the shell and stops the process, as ^Z does to any
    /// program; returns after `fg`, with the next refresh repainting the whole screen.
    static func suspend() {
        endwin()
        signal(SIGTSTP, SIG_DFL)
        // Raised on this thread with the signal unblocked here (the loop may run on a thread
        // that blocks signals), it stops the process before the handler is back; sent to the
        // process instead, another thread could take it after, and nothing would stop.
        var stop = sigset_t()
        var previous = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stop, &previous)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        signal(SIGTSTP, requestSuspend)
        clearok(cn_stdscr(), true)
    }

    static func restore() {
        if isendwin() == false { endwin() }
        if terminalError >= 0 {
            dup2(terminalError, STDERR_FILENO)
            close(terminalError)
            terminalError = -1
        }
    }
}
