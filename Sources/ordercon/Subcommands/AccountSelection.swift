import ArgumentParser

/// `--account NAME | --all-accounts`, shared by the commands that read orders.
struct AccountSelection: ParsableArguments {
    @Option(help: "Only this account.", completion: AccountNameCompletion.kind)
    var account: String?

    @Flag(name: .customLong("all-accounts"), help: "Every configured account (the default).")
    var allAccounts = false

    func validate() throws {
        if account != nil && allAccounts {
            throw ValidationError("Use either --account NAME or --all-accounts, not both.")
        }
    }
}
