/// What a terminal smaller than the layout shows instead of the console: the size needed,
/// the size this is, and what to do.
///
/// The words are wrapped onto as many lines as the width asks, so every one is readable
/// down to 40×10; a terminal too small for even that gets the shortest wording that fits,
/// and below that whatever of it fits, never a crash.
enum TooSmallNotice {
    /// The lines to draw from the top left, each with its role.
    static func lines(columns: Int, rows: Int) -> [(text: String, role: ThemeRole)] {
        guard columns > 0, rows > 0 else { return [] }
        let needed = "\(ConsoleLayout.minimumColumns)×\(ConsoleLayout.minimumRows)"
        let this = "\(columns)×\(rows)"
        let wordings = [
            (problem: "Terminal too small: ordercon needs \(needed), this is \(this).", remedy: "Enlarge the window, or press q to quit."),
            (problem: "Too small: needs \(needed), this is \(this).", remedy: "Enlarge it, or press q to quit."),
            (problem: "Needs \(needed), is \(this).", remedy: "Enlarge; q quits."),
        ]
        let laidOut = wordings.map { wording in
            TextFit.wrap(wording.problem, columns).map { (text: $0, role: ThemeRole.warning) }
                + TextFit.wrap(wording.remedy, columns).map { (text: $0, role: ThemeRole.text) }
        }
        let readable = zip(wordings, laidOut).first { wording, lines in
            lines.count <= rows && fitsUncut(wording.problem + " " + wording.remedy, columns)
        }
        return Array((readable?.1 ?? laidOut[laidOut.count - 1]).prefix(rows))
    }

    /// True when no word of `text` is wider than a line, so wrapping cuts none.
    private static func fitsUncut(_ text: String, _ columns: Int) -> Bool {
        text.split(separator: " ").allSatisfy { DisplayWidth.of(String($0)) <= columns }
    }
}
