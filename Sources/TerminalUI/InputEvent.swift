import ConsoleModel

/// What the console loop reads from its input: a key, a change of size, or a signal that
/// ends the console.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    /// Text the terminal says was pasted (bracketed paste): typed into a field as text, so a
    /// pasted newline never submits it.
    case paste(String)
    /// The terminal's size may have changed and every cell must be drawn again: a resize,
    /// or the console is back in the foreground after ^Z.
    case resized
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived: the console ends and exits with 128 + the signal.
    case ended(signal: Int32)
}
