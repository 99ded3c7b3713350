/// A `--variations` text that is none of `off`, `on` or `seed=N`.
public struct SandboxVariationsSyntaxError: Error, CustomStringConvertible, Sendable {
    public var text: String
    public var description: String { "'\(text)' is not a variation setting: use on, off or seed=N (e.g. seed=7)" }
}
