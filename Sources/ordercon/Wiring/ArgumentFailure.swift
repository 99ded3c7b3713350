import ArgumentParser

/// A command line that cannot be run, said in one line: what was wrong and where the usage
/// is. The parser's own report (error, usage, "see --help") takes three or four lines; the
/// usage belongs to `--help` alone.
enum ArgumentFailure {
    /// Options whose value is a duration: a value that starts with `-` is read by the parser
    /// as another option, so the user would hear of a missing value instead of a bad one.
    static let durationOptions: Set<String> = ["--since", "--stuck-after", "--failed-within", "--timeout"]

    /// The first duration option given a negative-looking value, as a one-line problem.
    static func negativeDuration(in arguments: [String]) -> String? {
        for (option, value) in zip(arguments, arguments.dropFirst())
            where durationOptions.contains(option) && value.hasPrefix("-") && value.count > 1 {
            return "\(option) takes a duration such as 90m, 24h or 7d, not '\(value)': durations count back from now and are never negative"
        }
        return nil
    }

    /// The parser's message for `error`, reduced to one line, with where to read the usage.
    static func line(for error: any Error, command: String) -> String {
        let message = Ordercon.message(for: error)
        let first = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? "the command line could not be read"
        var text = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
        if text.hasSuffix(".") { text.removeLast() }
        return "\(text) (\(command) --help shows the usage)"
    }

    /// The command a person would ask `--help` of: `ordercon` and the subcommand named.
    static func command(for arguments: [String]) -> String {
        let names = Ordercon.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        return (["ordercon"] + arguments.prefix(1).filter(names.contains)).joined(separator: " ")
    }
}
