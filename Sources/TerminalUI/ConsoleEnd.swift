/// Why the console loop stopped.
public enum ConsoleEnd: Equatable, Sendable {
    /// The user quit.
    case quit
    /// A signal ended it (SIGINT, SIGTERM, SIGHUP, SIGQUIT); the process exits with 128 + it.
    case signal(Int32)

    /// The exit status a shell expects.
    public var exitStatus: Int32 {
        switch self {
        case .quit: 0
        case .signal(let number): 128 + number
        }
    }
}
