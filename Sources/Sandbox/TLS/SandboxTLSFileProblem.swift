/// Why `--cert` or `--key` cannot be served: one line naming the option and the file.
public struct SandboxTLSFileProblem: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
