import Foundation
import Testing

/// One parser under fuzzing: its seed inputs, their syntax, and the call that must end in
/// a value or a thrown error for every input.
struct FuzzTarget: Sendable {
    let name: String
    let syntax: FuzzSyntax
    let corpus: [[UInt8]]
    let parse: @Sendable (Data) throws -> Void
}

extension FuzzTarget: CustomTestStringConvertible {
    var testDescription: String { name }
}
