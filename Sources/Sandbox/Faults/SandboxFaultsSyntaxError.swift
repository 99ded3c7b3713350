/// A `--faults` text that cannot be read: names the part and says how to write it.
public struct SandboxFaultsSyntaxError: Error, Equatable, CustomStringConvertible {
    /// The offending `NAME=VALUE` part, as written.
    public let part: String
    public let reason: String

    public var description: String { "'\(part)': \(reason)" }
}
