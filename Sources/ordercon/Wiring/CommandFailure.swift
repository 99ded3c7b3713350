import ArgumentParser
import Config
import Foundation
import OrderKit

/// Ends a command with one line on stderr and the exit code scripts rely on.
enum CommandFailure {
    static let usage: Int32 = 64
    static let unreachable: Int32 = 69
    static let unexpected: Int32 = 70
    static let authentication: Int32 = 77

    static func exit(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("ordercon: \(message)\n".utf8))
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
            switch error {
            case .unreachable, .timedOut: return exit(error.message, code: unreachable)
            case .authenticationRefused: return exit(error.message, code: authentication)
            case .configuration: return exit(error.message, code: usage)
            default: return exit(error.message, code: unexpected)
            }
        case let error as ExitCode:
            return error
        default:
            return exit(OrderError.wrapping(error).message, code: unexpected)
        }
    }
}
