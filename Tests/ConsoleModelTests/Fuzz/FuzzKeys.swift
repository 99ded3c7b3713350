import ConsoleModel

/// The keys the reducer fuzz types, biased toward what breaks input handling: long digit
/// strings, signs and decimal points, empty submissions, and Esc in the middle of a flow.
enum FuzzKeys {
    /// Every key the standard keymap binds, so each command is reached from every state.
    static let commands: [Key] = "kjgGsSrZ?mAnadpxeoLhl/:".map { Key.char($0) }
        + [.enter, .escape, .tab, .backTab, .backspace, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end]

    /// One burst of keys: a single key, or a run of typing a form or prompt may choke on.
    static func burst(using generator: inout SeededGenerator) -> [Key] {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
            let digits = (0..<Int.random(in: 10...24, using: &generator)).map { _ in
                Character(String(Int.random(in: 0...9, using: &generator)))
            }
            return digits.map(Key.char) + [.enter]
        case 1:
            return ["1.5", "-3", "0", "1e30", "٣", "", "  ", "9223372036854775808"]
                .randomElement(using: &generator)!.map(Key.char) + [.enter]
        case 2:
            return [.backspace, .backspace, .backspace, .enter]
        case 3:
            return [.escape]
        case 4:
            return [.char("y")]
        default:
            return [commands.randomElement(using: &generator)!]
        }
    }
}
