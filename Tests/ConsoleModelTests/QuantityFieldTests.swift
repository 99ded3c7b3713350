import ConsoleModel
import OrderFixtures
import OrderKit
import Testing

/// A line form's quantity goes through the same parser as the quantity prompt: a number
/// too large for an `Int` or with a fraction is refused under the field, never truncated
/// and never a trap.
@Suite struct QuantityFieldTests {
    static let purpose = FieldForm.Purpose.newLine(cartID: "c1", offer: FormFixtures.appxiteOffer)

    /// A local cart on screen with the offer's line form open; its quantity field has no maximum.
    static func lineForm() -> ConsoleState {
        var state = ConsoleFixture.choosingAnOfferForALocalCart()
        ConsoleFixture.press(&state, .enter)
        let fields = [CustomField(name: "Quantity", value: "1", kind: .number, key: "quantity", required: true)]
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success(fields), quantityKey: "quantity"))
        return state
    }

    static func type(_ text: String, into state: inout ConsoleState) -> [Effect] {
        ConsoleFixture.press(&state, .backspace)
        return text.flatMap { ConsoleFixture.press(&state, .char($0)) } + ConsoleFixture.press(&state, .enter)
    }

    static func quantityProblem(_ state: ConsoleState) -> String? {
        guard case .form(let form) = state.dialog.modal, let field = form.visibleFields.first else { return nil }
        return form.problem(of: field)
    }

    /// Found by the reducer fuzz: twenty digits in a quantity field without a maximum
    /// trapped in `Int(Double(text))`.
    @Test func aTwentyDigitQuantityIsRefusedUnderTheField() {
        var state = Self.lineForm()
        #expect(Self.type("99999999999999999999", into: &state).isEmpty)
        #expect(Self.quantityProblem(state) == "Quantity is a whole number from 1 to 100000.")
    }

    @Test func aFractionIsRefusedNotTruncated() {
        var state = Self.lineForm()
        #expect(Self.type("1.5", into: &state).isEmpty)
        #expect(Self.quantityProblem(state) == "Quantity is a whole number from 1 to 100000.")
    }

    @Test func aWholeQuantityIsSent() {
        var state = Self.lineForm()
        #expect(Self.type("12", into: &state)
                == [.addCartLine(account: "wl-demo", cartID: "c1", offer: FormFixtures.appxiteOffer, quantity: 12,
                                 parameters: [:])])
    }
}
