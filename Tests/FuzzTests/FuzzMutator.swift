@testable import Sandbox

/// Builds fuzz inputs from a corpus: one to four stacked mutations of a seed, or now and
/// then bytes with no seed at all. Inputs never grow past `maximumSize`.
struct FuzzMutator {
    static let maximumSize = 64 * 1024

    let corpus: [[UInt8]]
    let syntax: FuzzSyntax

    func input(using random: inout SeededRandom) -> [UInt8] {
        if random.chance(0.01) {
            return (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        }
        var bytes = corpus.randomElement(using: &random) ?? []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutate(&bytes, using: &random)
            if bytes.count > Self.maximumSize { bytes.removeLast(bytes.count - Self.maximumSize) }
        }
        return bytes
    }

    private func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<11, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[position] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 1 where !bytes.isEmpty:
            bytes[position] = [0x00, 0xFF, 0x80, 0x7F, 0x22, 0x5C, 0x7B, 0x5B, 0x3C, 0x3E, 0x0A].randomElement(using: &random)!
        case 2:
            bytes.removeLast(bytes.count - position)
        case 3:
            let length = Int.random(in: 1...16, using: &random)
            bytes.insert(contentsOf: (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }, at: position)
        case 4 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange(position..<end)
        case 5 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...32, using: &random))
            let chunk = Array(bytes[position..<end])
            bytes.insert(contentsOf: Array(repeating: chunk, count: Int.random(in: 1...64, using: &random)).joined(), at: position)
        case 6:
            let other = corpus.randomElement(using: &random) ?? []
            let cut = other.isEmpty ? 0 : Int.random(in: 0..<other.count, using: &random)
            bytes = Array(bytes[..<position]) + other[cut...]
        case 7:
            nest(&bytes, at: position, using: &random)
        case 8:
            bytes.insert(contentsOf: Array(syntax.tokens.randomElement(using: &random)!.utf8), at: position)
        case 9:
            let invalid: [[UInt8]] = [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xC0, 0xAF],
                                      [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x00]]
            bytes.insert(contentsOf: invalid.randomElement(using: &random)!, at: position)
        default:
            replaceNumber(&bytes, near: position, using: &random)
        }
    }

    /// Wraps the bytes from `position` on in many levels of brackets or elements, closed or
    /// not: the input that overflows the stack of a recursive parser.
    private func nest(_ bytes: inout [UInt8], at position: Int, using random: inout SeededRandom) {
        let (open, close) = syntax.nesting.randomElement(using: &random)!
        let depth = random.chance(0.1) ? Int.random(in: 600...3_000, using: &random) : Int.random(in: 1...600, using: &random)
        let opening = Array(syntax.nestingPrefix.utf8) + Array(String(repeating: open, count: depth).utf8)
        let closing = random.chance(0.7) ? Array(String(repeating: close, count: depth).utf8) : []
        bytes = Array(bytes[..<position]) + opening + closing + bytes[position...]
    }

    /// Swaps the run of digits at or after `position` for a number no type can hold.
    private func replaceNumber(_ bytes: inout [UInt8], near position: Int, using random: inout SeededRandom) {
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        guard let start = bytes[position...].firstIndex(where: isDigit) ?? bytes.firstIndex(where: isDigit) else { return }
        let end = bytes[start...].firstIndex { !isDigit($0) } ?? bytes.count
        let huge = ["1" + String(repeating: "0", count: Int.random(in: 19...2_000, using: &random)), "1e999999999",
                    "-0", "4294967296", "9223372036854775808", "0.1e-99999", "340282366920938463463374607431768211456"]
        bytes.replaceSubrange(start..<end, with: Array(huge.randomElement(using: &random)!.utf8))
    }
}
