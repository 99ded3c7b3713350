/// Maps a 256-colour number to the nearest of the eight basic colours, for terminals with
/// only eight.
enum ColorFallback {
    /// The basic colour for `color`, drawn as text or, with `background`, behind text. The
    /// greys have no basic cousin: as text they become white, so they stay readable on a dark
    /// screen (black would hide them); behind text the dark ones become black.
    static func basic(_ color: Int, background: Bool) -> Int {
        switch color {
        case 0..<8: return color
        case 8: return background ? 0 : 7
        case 9..<16: return color - 8
        case 16..<232:
            let index = color - 16
            let red = index / 36, green = (index / 6) % 6, blue = index % 6
            let bright = max(red, green, blue)
            guard bright > 1 else { return 0 }
            let threshold = bright - 1
            let bits = (red >= threshold ? 1 : 0) | (green >= threshold ? 2 : 0) | (blue >= threshold ? 4 : 0)
            return bits
        default:
            return background && color < 244 ? 0 : 7
        }
    }
}
