import OrderKit

/// Lines of an account whose provider publishes no form (`LineFormSource.templates`): the
/// offer id is typed, a key/value form opens prefilled from the offer's saved template, and
/// the values a line is added with are kept as that offer's template for the next addition.
extension ConsoleReducer {
    /// `a` on such an account: no catalog to pick from, so the offer id is asked for.
    static func askOfferID(_ state: inout ConsoleState, cartID: String) -> [Effect] {
        state.modal = .text(TextPrompt(purpose: .offerID(cartID: cartID), title: "Add item: this account has no catalog",
                                       question: "Offer id (OfferId in the portal's request):"))
        return []
    }

    static func offerIDTyped(_ state: inout ConsoleState, _ prompt: inout TextPrompt, _ text: String,
                             cartID: String) -> [Effect] {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else {
            prompt.error = "Type the offer id, without spaces, or Esc to cancel."
            state.modal = .text(prompt)
            return []
        }
        state.modal = .keyValues(KeyValueForm(purpose: .newLine(cartID: cartID, offerID: text)))
        return [.loadFormTemplate(account: state.account.name, offerID: text)]
    }

    static func handleKeyValueKey(_ state: inout ConsoleState, _ form: inout KeyValueForm, _ key: Key) -> [Effect] {
        switch form.handle(key) {
        case .cancelled:
            state.modal = nil
            return []
        case .editing:
            state.modal = .keyValues(form)
            return []
        case .submitted:
            state.modal = nil
            guard case .newLine(let cartID, let offerID) = form.purpose else { return [] }
            let template = form.template(provider: state.account.provider)
            let account = state.account.name
            track(&state, .savingCart)
            return [.addCartLine(account: account, cartID: cartID, offer: Offer(id: offerID, name: offerID, price: nil),
                                 quantity: template.quantity, parameters: template.parameters),
                    .saveFormTemplate(account: account, template)]
        }
    }

    /// The template read for the open form (an unreadable file still opens it, empty, with
    /// the file's error), or a failed save said beside the line that was added anyway.
    static func templateAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .formTemplateLoaded(_, let offerID, let result):
            guard case .keyValues(var form) = state.modal, form.offerID == offerID, form.rows == nil else { return [] }
            switch result {
            case .success(let template):
                form.load(template)
            case .failure(let error):
                form.load(nil)
                show(&state, error)
            }
            state.modal = .keyValues(form)
        case .formTemplateSaved(_, let offerID, .failure(let error)):
            toast(&state, "The line of \(offerID) is in the cart, but its form was not kept: \(error.message)",
                  kind: .error, lifetime: 10)
        default:
            break
        }
        return []
    }
}
