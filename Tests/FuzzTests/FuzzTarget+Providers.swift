import Foundation
import PayloadText
@testable import Providers

/// The provider decoders: every response type its client reads, what decodes mapped to
/// the domain types as the clients do, and the detail view's formatting of raw payloads.
extension FuzzTarget {
    static let providers = [whiteLabel, appxite, adobe, mpt, adilityJSON, adilityXML]

    static let whiteLabel = decoders("whitelabel", corpus: FuzzCorpus.seeds("whitelabel"), [
        { data in
            let elements = try WhiteLabelPage(body: data, what: "fuzz").elements
            _ = WhiteLabelReader.orderList(from: elements, account: "fuzz")
            _ = WhiteLabelReader.items(from: elements)
        },
        { data in _ = try WhiteLabelReader.order(from: data, account: "fuzz", what: "fuzz") },
        { data in
            let elements = try WhiteLabelPage(body: data, what: "fuzz").elements
            _ = WhiteLabelReader.each(elements, WhiteLabelReader.product).map(WhiteLabelMapping.offer)
            _ = WhiteLabelReader.each(elements, WhiteLabelReader.account)
        },
        { data in _ = try WhiteLabelReader.execution(from: data, what: "fuzz") },
        { data in _ = try WhiteLabelReader.fields(from: data, what: "fuzz").map(WhiteLabelMapping.field) },
        { data in _ = try FlexibleDate.jsonDecoder().decode(WhiteLabelErrorPayload.self, from: data) },
        { data in _ = try JSONDecoder().decode(OAuthTokenResponse.self, from: data) },
        { data in _ = try JSONDecoder().decode(OAuthErrorPayload.self, from: data) },
    ])

    static let appxite = decoders("appxite", corpus: FuzzCorpus.seeds("appxite"), [
        { data in _ = try AppxiteReader.page(from: data, firstPosition: 1) { AppxiteMapping.order($0, account: "fuzz") } },
        { data in _ = AppxiteMapping.order(try AppxiteReader.order(from: data, what: "fuzz"), account: "fuzz", raw: data) },
        { data in _ = AppxiteReader.operations(inRaw: PayloadDecoder.text(data)) },
        { data in _ = AppxiteMapping.quote(try AppxiteReader.quote(from: data, what: "fuzz")) },
        { data in _ = try decode([AppxiteOfferPayload].self, data).map(AppxiteMapping.offer) },
        { data in _ = try decode(AppxiteFormData.self, data) },
        { data in _ = try JSONDecoder().decode(AppxiteErrorPayload.self, from: data) },
    ])

    static let adobe = decoders("adobe", corpus: FuzzCorpus.seeds("adobe"), [
        { data in _ = try AdobePriceListPage.read(data, fallbackCurrency: "USD") },
        { data in _ = try AdobeReader.order(from: data, account: "fuzz", customerName: "fuzz", what: "fuzz") },
        { data in _ = AdobeMapping.quote(try AdobeOrderPayload.read(data, what: "fuzz"), names: [:]) },
        { data in _ = try AdobeReader.historyPage(data, firstPosition: 1, account: "fuzz", customerName: nil, now: Date()) },
        { data in _ = try AdobeCustomerProfile.read(data) },
        { data in _ = try AdobeDeploymentPagePayload.read(data) },
        { data in _ = try JSONDecoder().decode(AdobeErrorPayload.self, from: data).summary },
    ])

    static let mpt = decoders("mpt", corpus: FuzzCorpus.seeds("mpt"), [
        { data in _ = try MPTOrderPage(body: data, firstPosition: 1, account: "fuzz", now: Date()) },
        { data in
            _ = MPTReader.statusMessage(in: data)
            _ = try MPTReader.order(from: data, account: "fuzz", what: "fuzz")
            _ = try MPTReader.quote(from: data, what: "fuzz")
            _ = MPTDetailSections.sections(try decode(MPTOrderPayload.self, data))
        },
        { data in _ = try decode(MPTPagePayload<MPTCatalogItemPayload>.self, data).data.map(MPTMapping.offer) },
        { data in _ = try decode(MPTPagePayload<MPTAgreementPayload>.self, data).data.map { MPTMapping.agreement($0, subscriptions: []) } },
        { data in _ = try decode(MPTPagePayload<MPTSubscriptionPayload>.self, data) },
        { data in _ = try decode(MPTPagePayload<MPTReferencePayload>.self, data) },
        { data in _ = try decode([MPTParameterPayload].self, data).map(MPTMapping.parameter) },
        { data in _ = try JSONDecoder().decode(MPTProblemPayload.self, from: data) },
    ])

    static let adilityJSON = adility(.json)
    static let adilityXML = adility(.xml)

    private static func adility(_ format: AdilityFormat) -> FuzzTarget {
        let syntax: FuzzSyntax = format == .json ? .json : .xml
        return decoders("adility-\(format.rawValue)", syntax: syntax,
                        corpus: FuzzCorpus.seeds("adility", extension: format.rawValue), [
            { data in
                _ = try AdilityReader.orders(from: data, as: format, firstPosition: 1, what: "fuzz") {
                    AdilityMapping.order($0, account: "fuzz", raw: PayloadDecoder.text(data), now: Date())
                }
            },
            { data in
                let payload = try AdilityReader.order(from: data, as: format, what: "fuzz")
                _ = AdilityMapping.order(payload, account: "fuzz", raw: PayloadDecoder.text(data), now: Date())
                _ = AdilityMapping.voucherSections(payload, now: Date())
            },
            { data in _ = try AdilityReader.offers(from: data, as: format, what: "fuzz").map(AdilityMapping.offer) },
            { data in _ = AdilityMapping.offer(try AdilityReader.offer(from: data, as: format, what: "fuzz")) },
            { data in _ = try read(format, AdilityErrorPayload.self, root: "error", data: data) },
        ])
    }

    private static func decoders(_ name: String, syntax: FuzzSyntax = .json, corpus: [[UInt8]],
                                 _ readers: [@Sendable (Data) throws -> Void]) -> FuzzTarget {
        FuzzTarget(name: name, syntax: syntax, corpus: corpus, readers: readers + [{ data in _ = ReadablePayload.text(PayloadDecoder.text(data)) }])
    }

    private static func read<T: Decodable>(_ format: AdilityFormat, _ type: T.Type, root: String, data: Data) throws -> T {
        try AdilityCodec.decode(type, root: root, from: data, as: format, what: "fuzz")
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        try PayloadDecoder.decode(type, from: data, what: "fuzz")
    }
}
