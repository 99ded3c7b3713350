import ConsoleModel
import Foundation
import OrderKit

/// Key press to frame drawn in the in-memory screen, per kind of key: j/k through the list,
/// PgDn, and typing a `/` filter (each character, Backspace, and Esc to clear).
@MainActor
enum KeyLatency {
    static func measure(_ orders: [Order], presses: Int) -> [(String, [Double])] {
        let model = ScreenModel(orders: orders)
        let down = (0..<presses).map { _ in model.time(.char("j")) }
        let up = (0..<presses).map { _ in model.time(.char("k")) }
        let pages = (0..<presses).map { _ in model.time(.pageDown) }
        _ = model.time(.char("g"))
        var typing: [Double] = []
        let words = ["acme", "executed", "365", "zzz", "!fail"]
        while typing.count < presses {
            for word in words {
                _ = model.time(.char("/"))
                typing += word.map { model.time(.char($0)) }
                typing += word.map { _ in model.time(.backspace) }
                _ = model.time(.escape)
            }
        }
        return [("j", down), ("k", up), ("PgDn", pages), ("filter typing", typing)]
    }
}
