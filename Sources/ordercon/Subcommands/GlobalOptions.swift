import ArgumentParser

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The config file (default: $XDG_CONFIG_HOME/ordercon/config.toml).")
    var config: String?

    /// The arguments with every `--config X` / `--config=X` moved to the end.
    static func movingConfigLast(_ arguments: [String]) -> [String] {
        var rest: [String] = []
        var config: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--config", index + 1 < arguments.count {
                config += [argument, arguments[index + 1]]
                index += 2
            } else if argument.hasPrefix("--config=") {
                config.append(argument)
                index += 1
            } else {
                rest.append(argument)
                index += 1
            }
        }
        return rest + config
    }
}
