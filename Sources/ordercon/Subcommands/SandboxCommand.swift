import ArgumentParser
import Config
import Foundation
import OrderKit
import Sandbox

/// `ordercon sandbox`: serves the sandbox alone, prints each provider's base URL and a
/// config file for its accounts, and runs until interrupted.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox", abstract: "Serve the local sandbox that speaks every provider API.")

    @Option(help: ArgumentHelp(
        "Port to listen on (0 picks free ones).",
        discussion: "Every provider is served under its prefix on this port (http://127.0.0.1:8080/adobe/v3/…) and at the root of a port of its own, as its real host serves it: the next five ports in the order whitelabel, appxite, adobe, adility, mpt (8083 serves /v3/… for Adobe)."))
    var port: Int = 8080

    @Option(help: "Address to bind. Anything but loopback exposes the sandbox to the network.")
    var host: String = "127.0.0.1"

    @Option(help: "How much faster than real time the sandbox clock runs.")
    var speed: Double = 1

    @Option(name: .customLong("failure-rate"), help: "Share of placed orders that fail (0 to 1).")
    var failureRate: Double = 0.1

    @Option(help: ArgumentHelp(
        "Faults to inject, e.g. latency=200ms,error=0.2,timeout=0.05,reset=0.05,garbage=0.02 (also hang=35s, seed=N).",
        discussion: "Change them while it runs with PUT, read the counters with GET, and switch them off with DELETE on /_sandbox/faults."))
    var faults: String = "none"

    @Option(help: ArgumentHelp(
        "Vary answers as real providers do: on, off or seed=N.",
        discussion: "Keys in another casing (appxite, whitelabel), numbers as text, null optional fields, and one unreadable order per list page."))
    var variations: String = "off"

    @Flag(name: .customLong("undocumented-lists"), help: ArgumentHelp(
        "Serve the Appxite and Adility order lists and lookups their references do not publish.",
        discussion: "Without it their accounts follow known orders (ordercon track), as on a real account."))
    var undocumentedLists = false

    @Option(help: "A TOML file of the credentials to accept instead of the demo ones (for leak tests).")
    var credentials: String?

    @Flag(help: ArgumentHelp(
        "Serve https with a certificate for localhost and 127.0.0.1 from a throwaway CA.",
        discussion: "The CA certificate is written to sandbox-ca.pem beside the secrets file, and the printed config names it with ca_file."))
    var tls = false

    @Option(help: "Serve https with this PEM certificate chain instead (with --key).")
    var cert: String?

    @Option(help: "The PEM private key of --cert.")
    var key: String?

    func validate() throws {
        do {
            _ = try SandboxFaults(parsing: faults)
        } catch {
            throw ValidationError("--faults \(error)")
        }
        do {
            _ = try SandboxVariations(parsing: variations)
        } catch {
            throw ValidationError("--variations \(error)")
        }
        guard (0...(65535 - SandboxEndpoint.providers.count)).contains(port) else {
            throw ValidationError("--port must be from 0 to \(65535 - SandboxEndpoint.providers.count): the next \(SandboxEndpoint.providers.count) ports serve each provider at its root.")
        }
        guard speed > 0 else { throw ValidationError("--speed must be above 0.") }
        guard (0...1).contains(failureRate) else { throw ValidationError("--failure-rate must be from 0 to 1.") }
        guard (cert == nil) == (key == nil) else { throw ValidationError("--cert and --key go together: give both, or --tls alone.") }
        guard !tls || cert == nil else { throw ValidationError("--tls makes its own certificate: give it, or --cert and --key, not both.") }
    }

    /// Each provider at the root of its own port: the ports after `port` in the providers'
    /// order, or free ones when `port` is 0.
    private var providerPorts: [ProviderKind: Int] {
        Dictionary(uniqueKeysWithValues: SandboxEndpoint.providers.enumerated().map { index, provider in
            (provider, port == 0 ? 0 : port + index + 1)
        })
    }

    /// The certificate to serve, or nil for plain http.
    private func serverTLS() throws -> SandboxTLS? {
        if let cert, let key {
            do {
                return try SandboxTLS.files(certificate: cert, key: key)
            } catch {
                throw CommandFailure.exit(error.message, code: CommandFailure.usage)
            }
        }
        return tls ? try SandboxTLS.generated(host: host) : nil
    }

    func run() async throws {
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            StandardStream.error.write("ordercon: warning: the sandbox listens on \(host), reachable from the network; its demo credentials are public.\n")
        }
        let accepted: SandboxCredentials
        do {
            accepted = try credentials.map { path throws(ConfigError) in try SandboxCredentialsFile.load(path: path) } ?? .demo
        } catch {
            throw CommandFailure.exit(error.description, code: CommandFailure.usage)
        }
        let server = SandboxServer(options: SandboxOptions(host: host, port: port, clock: ScaledClock(speed: speed),
                                                           failureRate: failureRate,
                                                           faults: try SandboxFaults(parsing: faults), credentials: accepted,
                                                           variations: try SandboxVariations(parsing: variations),
                                                           tls: try serverTLS(), undocumentedLists: undocumentedLists,
                                                           providerPorts: providerPorts))
        let endpoint: SandboxEndpoint
        do {
            endpoint = try await server.start()
        } catch let problem as SandboxTLSFileProblem {
            throw CommandFailure.exit("--cert \(cert ?? "") / --key \(key ?? ""): \(problem.message)", code: CommandFailure.usage)
        } catch {
            let ports = port == 0 ? "free ports" : "ports \(port)–\(port + SandboxEndpoint.providers.count)"
            throw CommandFailure.exit("cannot listen on \(host) \(ports) (is one in use? try --port 0)",
                                      code: CommandFailure.unreachable)
        }
        let secretsPath = StatePaths.sandboxSecrets
        try SandboxConfigText.writeSecrets(endpoint, to: secretsPath)
        let caPath = server.options.tls?.certificateAuthorityPEM.map { _ in StatePaths.sandboxCertificateAuthority }
        if let caPath, let pem = server.options.tls?.certificateAuthorityPEM {
            try SandboxConfigText.write(pem, to: caPath, permissions: 0o644)
        }
        var output = "# ordercon sandbox listening on \(endpoint.origin)\n"
        output += "# faults: \(server.faults.faults) (GET, PUT or DELETE \(endpoint.origin)\(FaultInjector.controlPath))\n"
        output += "# variations: \(server.variations.variations) (GET, PUT or DELETE \(endpoint.origin)\(VariationState.controlPath))\n"
        for provider in SandboxEndpoint.providers {
            let root = endpoint.rootBaseURL(provider).map { " or at its root \($0)" } ?? ""
            output += "# \(provider.rawValue): \(endpoint.baseURL(provider))\(root)\n"
        }
        if let caPath { output += "# https: trust its CA with ca_file = \"\(caPath)\" (curl --cacert \(caPath))\n" }
        output += "\n" + SandboxConfigText.render(endpoint, secretsFile: secretsPath, caFile: caPath)
        StandardStream.output.write(output)
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
        await server.stop()
    }
}
