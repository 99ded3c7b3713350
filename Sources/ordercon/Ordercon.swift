import ArgumentParser

/// `ordercon`: the console by default, and headless subcommands for scripts.
@main
struct Ordercon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ordercon",
        abstract: "A keyboard-driven console for cloud-software orders across five provider APIs.",
        discussion: "With no configuration it starts an embedded sandbox, so it shows real data at once.",
        subcommands: [ConsoleCommand.self, SandboxCommand.self],
        defaultSubcommand: ConsoleCommand.self)
}
