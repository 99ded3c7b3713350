/// One line of `ordercon doctor`: a step of reaching a provider, whether it worked, and
/// what was seen or why not, so the on-call engineer can tell "the provider is down" from
/// "our proxy is" from "the company's TLS inspection is in the way".
public struct ProbeStep: Sendable, Equatable {
    /// `proxy`, `DNS`, `TCP`, `CONNECT`, `TLS`, `HTTP`.
    public var name: String
    public var ok: Bool
    /// What was seen (an address, a certificate, a status) or, when it failed, why.
    public var detail: String

    public init(_ name: String, ok: Bool, _ detail: String) {
        self.name = name
        self.ok = ok
        self.detail = detail
    }

    /// `TLS      ok      TLSv1.3, subject …`: the step, its outcome and the detail in columns.
    public var line: String {
        name.padding(toLength: 9, withPad: " ", startingAt: 0) + (ok ? "ok      " : "failed  ") + detail
    }
}
