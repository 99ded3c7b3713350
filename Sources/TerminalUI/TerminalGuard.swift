import CNcurses
import Foundation

/// Makes sure the terminal is given back however the process ends: normal exit, ^C,
/// SIGTERM, SIGHUP, or a crash signal; and that ^Z suspends the console like any other
/// terminal program, with the whole screen drawn again after `fg`.
///
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGWINCH only write their number to a
/// pipe (`signalDescriptor`): a handler may run on any thread and ncurses is not safe to
/// call there. The console loop's thread, the one that owns ncurses, reads the pipe
/// (`TerminalInput`) and ends, suspends or resizes the console itself.
///
/// While the console draws, stderr goes to the diagnostics file (the log): a Swift trap's
/// message and anything else written to stderr would otherwise land in the middle of the
/// screen. A crash then prints one line on the terminal and exits with 70. A crash signal
/// arrives on the crashing thread, where ncurses must not be called (`endwin` allocates and
/// locks): its handler only writes the terminal's reset sequences and sets back the modes the
/// shell had, both prepared in advance, with `write` and `tcsetattr`, which are safe there.
enum TerminalGuard {
    nonisolated(unsafe) private static var installed = false
    /// The terminal's own stderr while stderr is diverted, else -1.
    nonisolated(unsafe) private static var terminalError: Int32 = -1
    /// The line a crash writes to the terminal, prepared in advance: a signal handler must not allocate.
    nonisolated(unsafe) private static var crashLine: UnsafeMutablePointer<CChar>?
    /// What a crash writes to the terminal before that line: the terminfo strings that leave
    /// the alternate screen, show the cursor and reset attributes and keypad mode.
    nonisolated(unsafe) private static var resetSequence: UnsafeMutablePointer<CChar>?
    /// The terminal modes before the console changed them (`saveShellModes`).
    nonisolated(unsafe) private static var shellModes = termios()
    nonisolated(unsafe) private static var shellModesSaved = false
    /// The pipe the forwarded signals are written to; set before any handler is installed.
    nonisolated(unsafe) private static var signalRead: Int32 = -1
    nonisolated(unsafe) private static var signalWrite: Int32 = -1
    /// The signals the loop handles on its own thread.
    static let forwarded = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGWINCH]
    private static let forward: @convention(c) (Int32) -> Void = { number in
        let saved = errno
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(TerminalGuard.signalWrite, &byte, 1)
        errno = saved
    }

    /// Readable when a forwarded signal arrived (-1 before `install`).
    static var signalDescriptor: Int32 { signalRead }

    /// Call before `initscr`: the modes a crash sets back.
    static func saveShellModes() {
        shellModesSaved = tcgetattr(STDIN_FILENO, &shellModes) == 0
    }

    /// Call after `initscr`: its own SIGWINCH handler is replaced by the forwarding one, and
    /// the terminal's capabilities are known.
    static func install(diagnostics: String?) {
        guard !installed else { return }
        installed = true
        atexit { TerminalGuard.restore() }
        let details = diagnostics.map { "; details are in \($0)" } ?? ""
        crashLine = strdup("ordercon: internal error; the terminal was restored\(details)\n")
        resetSequence = strdup(["rmcup", "cnorm", "sgr0", "rmkx"].compactMap(capability).joined() + pasteOff)
        divertStandardError(to: diagnostics)
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            (signalRead, signalWrite) = (ends[0], ends[1])
        }
        for signalNumber in forwarded { signal(signalNumber, forward) }
        for signalNumber in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            signal(signalNumber) { _ in
                TerminalGuard.restoreAfterCrash()
                _exit(70)
            }
        }
    }

    private static let pasteOn = "\u{1B}[?2004h"
    private static let pasteOff = "\u{1B}[?2004l"

    /// Asks the terminal to mark pasted text (terminals that cannot ignore the request), so
    /// that a pasted newline is text, not Enter.
    static func bracketedPaste(_ on: Bool) {
        let sequence = on ? pasteOn : pasteOff
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// A terminfo string of this terminal, nil when it has none.
    private static func capability(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        return String(cString: value)
    }

    /// Only async-signal-safe calls, on buffers made by `install`.
    private static func restoreAfterCrash() {
        if let reset = resetSequence { _ = write(STDOUT_FILENO, reset, strlen(reset)) }
        if shellModesSaved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &shellModes) }
        if let line = crashLine {
            _ = write(terminalError >= 0 ? terminalError : STDERR_FILENO, line, strlen(line))
        }
    }

    private static func divertStandardError(to diagnostics: String?) {
        guard let diagnostics else { return }
        let file = open(diagnostics, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard file >= 0 else { return }
        terminalError = dup(STDERR_FILENO)
        dup2(file, STDERR_FILENO)
        close(file)
    }

    /// The next forwarded signal, nil when none is waiting.
    static func takeSignal() -> Int32? {
        var byte: UInt8 = 0
        guard signalRead >= 0, read(signalRead, &byte, 1) == 1 else { return nil }
        return Int32(byte)
    }

    /// Gives the terminal back to the shell and stops the process, as ^Z does to any
    /// program; returns after `fg`, with the next frame drawing the whole screen.
    static func suspend() {
        bracketedPaste(false)
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
        signal(SIGTSTP, forward)
        bracketedPaste(true)
        clearok(cn_stdscr(), true)
    }

    /// Gives the terminal back; safe to call twice. Called on the loop's thread (or at exit,
    /// after it), never from a forwarded signal's handler. The signals the console handled
    /// take their default action again, so a second ^C during shutdown still ends the process.
    static func restore() {
        if installed, isendwin() == false { bracketedPaste(false) }
        if isendwin() == false { endwin() }
        if installed {
            for signalNumber in forwarded { signal(signalNumber, SIG_DFL) }
        }
        if terminalError >= 0 {
            dup2(terminalError, STDERR_FILENO)
            close(terminalError)
            terminalError = -1
        }
    }
}
