import ArgumentParser
import Foundation
import Headless

/// Order ids on the command line, or `-` alone to read them from standard input: shared by
/// `track` and `untrack` (and `status`, whose help says more), so each reads ids alike.
struct OrderIDArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The provider's order ids; - reads them from standard input (one per line, or separated by spaces or commas; # starts a comment).", valueName: "order-id"))
    var orderIDs: [String]

    func validate() throws {
        try Self.validate(orderIDs)
    }

    static func validate(_ orderIDs: [String]) throws {
        guard !orderIDs.isEmpty else { throw ValidationError("Name at least one order id.") }
        guard !orderIDs.contains("-") || orderIDs.count == 1 else {
            throw ValidationError("Give - alone to read the order ids from standard input.")
        }
    }

    /// The ids named, or those on standard input for `-`.
    static func read(_ orderIDs: [String], command: String) throws -> [String] {
        guard orderIDs == ["-"] else { return orderIDs }
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
            return try OrderIDList.parse(input)
        } catch {
            throw CommandFailure.exit("no order ids on standard input; give one per line, e.g. ordercon \(command) - < ids.txt",
                                      code: CommandFailure.usage)
        }
    }
}
