import Foundation
import PayloadText
@testable import Providers

/// The provider decoders: every response type its client reads, what decodes mapped to
/// the domain types as the clients do, and the detail view's formatting of raw payloads.
extension FuzzTarget {
    static let providers = [whiteLabel, appxite, adobe, mpt, adilityJSON, adilityXML]

    static let whiteLabel = decoders("whitelabel", corpus: FuzzCorpus.seeds("whitelabel"), [
        { data in _ = try WhiteLabelReader.orderList(from: data, account: "fuzz") },
        { data in _ = try WhiteLabelReader.order(from: data, account: "fuzz", what: "fuzz") },
        { data in _ = try WhiteLabelReader.items(from: data, what: "fuzz") },
        { data in _ = try decode([WhiteLabelProductPayload].self, data).map(WhiteLabelMapping.offer) },
        { data in _ = try decode([WhiteLabelAccountPayload].self, data) },
        { data in _ = try decode(WhiteLabelExecutionPayload.self, data) },
        { data in _ = try decode([WhiteLabelFieldPayload].self, data).map(WhiteLabelMapping.field) },
        { data in _ = try FlexibleDate.jsonDecoder().decode(WhiteLabelErrorPayload.self, from: data) },
        { data in _ = try JSONDecoder().decode(OAuthTokenResponse.self, from: data) },
        { data in _ = try JSONDecoder().decode(OAuthErrorPayload.self, from: data) },
    ])

    static let appxite = decoders("appxite", corpus: FuzzCorpus.seeds("appxite"), [
        { data in _ = try decode(AppxiteOrderPagePayload.self, data).orders.map { AppxiteMapping.order($0, account: "fuzz", raw: data) } },
        { data in _ = AppxiteMapping.order(try decode(AppxiteOrderPayload.self, data), account: "fuzz", raw: data) },
        { data in _ = AppxiteMapping.quote(try decode(AppxiteQuotePayload.self, data)) },
        { data in _ = try decode([AppxiteOfferPayload].self, data).map(AppxiteMapping.offer) },
        { data in _ = try decode(AppxiteFormData.self, data) },
        { data in _ = try JSONDecoder().decode(AppxiteErrorPayload.self, from: data) },
    ])

    static let adobe = decoders("adobe", corpus: FuzzCorpus.seeds("adobe"), [
        { data in
            let payload = try decode(AdobePriceListPayload.self, data)
            _ = payload.offers.map { AdobeMapping.offer($0, currency: payload.currency) }
        },
        { data in
            let payload = try decode(AdobeOrderPayload.self, data)
            _ = AdobeMapping.order(payload, account: "fuzz", customerName: "fuzz", raw: data)
            _ = AdobeMapping.quote(payload, names: [:])
        },
        { data in _ = try decode(AdobeOrderHistoryPayload.self, data) },
        { data in _ = try decode(AdobeCustomerPayload.self, data) },
        { data in _ = try JSONDecoder().decode(AdobeErrorPayload.self, from: data) },
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
                _ = try read(format, AdilityList<AdilityOrderPayload>.self, root: "orders", data: data).elements
                    .map { AdilityMapping.order($0, account: "fuzz", raw: PayloadDecoder.text(data), now: Date()) }
            },
            { data in
                _ = AdilityMapping.order(try read(format, AdilityOrderPayload.self, root: "order", data: data), account: "fuzz",
                                         raw: PayloadDecoder.text(data), now: Date())
            },
            { data in _ = try read(format, AdilityList<AdilityOfferPayload>.self, root: "offers", data: data).elements.map(AdilityMapping.offer) },
            { data in _ = AdilityMapping.offer(try read(format, AdilityOfferPayload.self, root: "offer", data: data)) },
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
