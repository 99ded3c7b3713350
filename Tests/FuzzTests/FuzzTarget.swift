import Foundation
import Testing

/// One parser under fuzzing: its seed inputs, their syntax, and its readers, each a call
/// that must end in a value or a thrown error for every input. Input `n` goes to reader
/// `n % readers.count`, so every reader gets its share and a replay hits the same one.
struct FuzzTarget: Sendable {
    let name: String
    let syntax: FuzzSyntax
    let corpus: [[UInt8]]
    let readers: [@Sendable (Data) throws -> Void]

    func parse(_ data: Data, index: Int) throws {
        try readers[index % readers.count](data)
    }
}

extension FuzzTarget: CustomTestStringConvertible {
    var testDescription: String { name }
}
