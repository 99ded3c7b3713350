import Foundation
import OrderKit

/// The Marketplace's own facts about an order for the detail view: what the buyer must fix
/// while the vendor waits (Querying), the notes and the vendor's template, the subscriptions
/// its lines created or change, the prices, and the audit timeline.
enum MPTDetailSections {
    static func sections(_ payload: MPTOrderPayload) -> [DetailSection] {
        [waitingForBuyer(payload), order(payload), notes(payload), subscriptions(payload), prices(payload),
         audit(payload)].compactMap { $0 }
    }

    /// Each line's subscription (`lines[].subscription`), once it names one: those a
    /// completed Purchase created, those a Change or Termination acts on. None before. The
    /// id is the label, so a long item name never cuts it off.
    static func subscriptions(_ payload: MPTOrderPayload) -> DetailSection? {
        let rows = payload.lines.compactMap { line in
            line.subscription.map { DetailSection.Row($0.id, "\(line.item.name ?? line.item.id) × \(line.quantity)") }
        }
        guard !rows.isEmpty else { return nil }
        let title = payload.type == "Purchase" && payload.status == "Completed" ? "Subscriptions created" : "Subscriptions"
        return DetailSection(title: title, rows: rows)
    }

    /// Querying: the vendor sent the order back. Names each ordering parameter to fix with
    /// the vendor's error, so the buyer knows what to edit before resubmitting.
    static func waitingForBuyer(_ payload: MPTOrderPayload) -> DetailSection? {
        guard payload.status == "Querying" else { return nil }
        let flagged = (payload.parameters?.ordering ?? []).compactMap { parameter -> DetailSection.Row? in
            guard let error = parameter.error?.message else { return nil }
            let shown = MPTMapping.parameter(parameter)
            let value = shown.shownValue.isEmpty ? "(empty)" : shown.shownValue
            return .init(shown.name, "\(value): \(error)", tone: .warning)
        }
        let fix = flagged.isEmpty
            ? "the vendor asks for changes (see the status notes); edit the order, then resubmit it"
            : "fix \(flagged.map(\.label).joined(separator: ", ")) in the order's fields, then resubmit it"
        return DetailSection(title: "Waiting for the buyer", rows: [.init("Querying", fix, tone: .warning)] + flagged)
    }

    static func order(_ payload: MPTOrderPayload) -> DetailSection {
        var rows = [DetailSection.Row("Type", payload.type ?? "—")]
        if let agreement = payload.agreement {
            rows.append(.init("Agreement", [agreement.id, agreement.name].compactMap { $0 }.joined(separator: " · ")))
        }
        if let client = payload.externalIds?.client { rows.append(.init("Client reference", client)) }
        if let error = payload.error { rows.append(.init("Error", message(error), tone: .failure)) }
        return DetailSection(title: "Order", rows: rows)
    }

    /// The buyer's notes, the vendor's status notes (why it failed or what it needs) and
    /// the template the product shows for the status.
    static func notes(_ payload: MPTOrderPayload) -> DetailSection {
        let tone: DetailSection.Row.Tone = switch payload.status {
        case "Failed": .failure
        case "Querying": .warning
        default: .normal
        }
        let notes = payload.notes ?? ""
        return DetailSection(title: "Notes", rows: [
            .init("Notes", notes.isEmpty ? "—" : notes),
            payload.statusNotes.map { .init("Status notes", message($0), tone: tone) } ?? .init("Status notes", "—"),
            .init("Template", payload.template.map { $0.name ?? $0.id } ?? "—"),
        ])
    }

    /// Sale prices per month, year and once (a one-time price of 0 is no price) with their
    /// currency, then whatever purchase prices, markup and margin the caller may see, then
    /// each line's monthly sale price.
    static func prices(_ payload: MPTOrderPayload) -> DetailSection {
        guard let price = payload.price, let currency = price.currency else {
            return DetailSection(title: "Prices", rows: [.init("Not priced yet", "add a line: the price list prices it")])
        }
        func money(_ amount: Decimal) -> String { Money(amount: amount, currency: currency).formatted }
        let amounts: [(String, Decimal?)] = [("Sale per month (SPxM)", price.SPxM), ("Sale per year (SPxY)", price.SPxY),
                                             ("Sale one-time (SPx1)", price.SPx1.flatMap { $0 == 0 ? nil : $0 }),
                                             ("Purchase per month (PPxM)", price.PPxM),
                                             ("Purchase per year (PPxY)", price.PPxY),
                                             ("Purchase one-time (PPx1)", price.PPx1.flatMap { $0 == 0 ? nil : $0 })]
        var rows = amounts.compactMap { label, amount in amount.map { DetailSection.Row(label, money($0)) } }
        if let markup = price.markup { rows.append(.init("Markup", percent(markup))) }
        if let margin = price.margin { rows.append(.init("Margin", percent(margin))) }
        rows += payload.lines.compactMap { line in
            line.price?.SPxM.map { .init("\(line.item.name ?? line.item.id) × \(line.quantity)", "\(money($0)) per month") }
        }
        return DetailSection(title: "Prices", rows: rows)
    }

    /// Every audit event, oldest first, with who acted; events without a time go last.
    static func audit(_ payload: MPTOrderPayload) -> DetailSection? {
        guard let events = payload.audit?.events, !events.isEmpty else { return nil }
        let ordered = events.sorted { left, right in
            switch (left.value.at, right.value.at) {
            case let (a?, b?): (a, left.key) < (b, right.key)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): left.key < right.key
            }
        }
        return DetailSection(title: "Audit", rows: ordered.map { name, event in
            let actor = event.by.flatMap { $0.name ?? $0.id }.map { " by \($0)" } ?? ""
            return .init(name, (event.at?.ISO8601Format() ?? "—") + actor)
        })
    }

    private static func message(_ message: MPTMessagePayload) -> String {
        [message.id, message.message].compactMap { $0 }.joined(separator: ": ")
    }

    private static func percent(_ fraction: Decimal) -> String {
        "\(NSDecimalNumber(decimal: fraction * 100).stringValue) %"
    }
}
