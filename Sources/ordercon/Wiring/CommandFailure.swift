import ArgumentParser
import Config
import Foundation
import Headless
import OrderKit

/// Ends a command with one line on stderr and the exit code scripts rely on.
enum CommandFailure {
    static let usage = ExitReason.usage.rawValue
    static let unreachable = ExitReason.unreachable.rawValue

    static func exit(_ message: String, code: Int32) -> ExitCode {
        StandardStream.error.write("ordercon: \(message)\n")
        return ExitCode(code)
    }

    /// The one line a user sees for an error.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as ConfigError: error.description
        case let error as OrderError: error.message
        default: OrderError.wrapping(error).message
        }
    }

    static func exit(for error: any Error) -> ExitCode {
        switch error {
        case let error as ConfigError:
            return exit(error.description, code: usage)
        case let error as OrderError:
            return exit(error.message, code: ExitReason(error).rawValue)
        case let error as ExitCode:
            return error
        default:
            return exit(OrderError.wrapping(error).message, code: ExitReason.internalError.rawValue)
        }
    }
}
