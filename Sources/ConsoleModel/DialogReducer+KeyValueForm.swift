import OrderKit

/// Lines of an account whose provider publishes no form (`LineFormSource.templates`): the
/// offer id is typed, a key/value form opens prefilled from the offer's saved template, and
/// the values a line is added with are kept as that offer's template for the next addition.
extension DialogReducer {
    /// `a` on such an account: no catalog to pick from, so the offer id is asked for.
    static func askOfferID(_ state: inout ConsoleState, cartID: String) -> [Effect] {
        state.dialog.modal = .text(TextPrompt(purpose: .offerID(cartID: cartID), title: "Add item: this account has no catalog",
                                       question: "Offer id (OfferId in the portal's request):"))
        return []
    }

    static func offerIDTyped(_ state: inout ConsoleState, _ prompt: inout TextPrompt, _ text: String,
                             cartID: String) -> [Effect] {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else {
            prompt.error = "Type the offer id, without spaces, or Esc to cancel."
            state.dialog.modal = .text(prompt)
            return []
        }
        state.dialog.modal = .keyValues(KeyValueForm(purpose: .newLine(cartID: cartID, offerID: text)))
        return [.loadFormTemplate(account: state.account.name, offerID: text)]
    }

    /// `e` on a line of such an account: its keys and values as the cart holds them, not a
    /// quantity-only form that would drop them.
    static func editTemplateLine(_ state: inout ConsoleState, cartID: String, _ line: CartLine) -> [Effect] {
        var form = KeyValueForm(purpose: .cartLine(cartID: cartID, lineID: line.id, offerID: line.offerID))
        form.load(FormTemplate(provider: state.account.provider, offerID: line.offerID,
                               entries: line.parameters.sorted { $0.key < $1.key }.map { FormEntry(key: $0.key, value: $0.value) }))
        state.dialog.modal = .keyValues(form)
        return []
    }

    static func handleKeyValueKey(_ state: inout ConsoleState, _ form: inout KeyValueForm, _ key: Key) -> [Effect] {
        switch form.handle(key) {
        case .cancelled:
            state.dialog.modal = nil
            return []
        case .editing:
            state.dialog.modal = .keyValues(form)
            return []
        case .submitted:
            state.dialog.modal = nil
            let template = form.template(provider: state.account.provider)
            let account = state.account.name
            state.placement.track(.savingCart, at: state.now)
            let saved: Effect = switch form.purpose {
            case .newLine(let cartID, let offerID):
                .addCartLine(account: account, cartID: cartID, offer: Offer(id: offerID, name: offerID, price: nil),
                             quantity: template.quantity, parameters: template.parameters)
            case .cartLine(let cartID, let lineID, _):
                .updateCartLine(account: account, cartID: cartID, lineID: lineID, quantity: template.quantity,
                                parameters: template.parameters, unitPrice: nil)
            }
            return [saved, .saveFormTemplate(account: account, template)]
        }
    }

    /// The template read for the open form (an unreadable file still opens it, empty, with
    /// the file's error), or a failed save said beside the line that was added anyway.
    static func templateAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .formTemplateLoaded(_, let offerID, let result):
            guard case .keyValues(var form) = state.dialog.modal, form.offerID == offerID, form.rows == nil else { return [] }
            switch result {
            case .success(let template):
                form.load(template)
            case .failure(let error):
                form.load(nil)
                state.show(error)
            }
            state.dialog.modal = .keyValues(form)
        case .formTemplateSaved(_, let offerID, .failure(let error)):
            state.say("The line of \(offerID) is in the cart, but its form was not kept: \(error.message)",
                  kind: .error, lifetime: 10)
        default:
            break
        }
        return []
    }
}
