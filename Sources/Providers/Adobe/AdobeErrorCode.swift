/// What Adobe's numeric error codes mean, in our words, after the error table of the
/// reference (`references/error-handling.md`), for the calls ordercon makes: orders, returns
/// and previews, customers, price lists, deployments, subscriptions and the headers every
/// call carries. A refusal shows its code with this meaning before anything else
/// (`AdobeErrorPayload.summary`), so even a line cut at 80 columns says what Adobe refused
/// and what to quote to its support.
enum AdobeErrorCode {
    /// The meaning of `code`: the table's; "unknown code" for a number it does not list; nil
    /// for a word (Adobe's over-quantity return says `RETURN_QTY_EXCEEDS_REMAINING`), which
    /// says what it means itself.
    static func meaning(of code: String) -> String? {
        guard !code.isEmpty, code.allSatisfy(\.isNumber) else { return nil }
        return meanings[code] ?? AdobeOrderStatus.unknownMeaning
    }

    private static let meanings: [String: String] = [
        "1116": "customer not found",
        "1117": "invalid fields",
        "1118": "invalid address",
        "1119": "fields not editable",
        "1121": "unexpected fields",
        "1122": "required fields missing",
        "1124": "internal error, try again later",
        "1132": "invalid search value",
        "1133": "offset out of range",
        "1139": "partner not enabled for global sales",
        "1140": "customer not enabled for global sales",
        "1142": "market segment not allowed for global sales",
        "1159": "partner contract inactive",
        "1160": "market segment not sold by the partner",
        "1161": "currency or region not sold by the partner",
        "1162": "price list not found",
        "1178": "country not allowed for the partner",
        "2115": "customer or order not found",
        "2116": "not allowed in this status",
        "2117": "cancellation window closed",
        "2118": "already cancelled",
        "2119": "too many lines",
        "2120": "line quantity out of range",
        "2121": "line numbers repeat",
        "2122": "offer ID invalid",
        "2123": "line number out of range",
        "2124": "distributor may not sell this program",
        "2125": "distributor may not sell in this currency here",
        "2126": "externalReferenceId too long",
        "2127": "return not allowed",
        "2128": "currency not valid for the offer",
        "2129": "customer not eligible for the offer",
        "2130": "offer differs from the original order",
        "2131": "line number differs from the original order",
        "2132": "quantity differs from the original order",
        "2133": "line already returned",
        "2134": "return window closed",
        "2136": "auto-renewal is off for every licence",
        "2137": "currency codes disagree",
        "2138": "deployment not found",
        "2139": "deployment not allowed for this contract",
        "2140": "currency on both order and line",
        "2141": "not qualified for the flexible discount",
        "2144": "flexible discount cannot combine",
        "2145": "flexible discount only on base products",
        "2146": "flexible discount code invalid",
        "2147": "one flexible discount per line",
        "2148": "pricing asked in several currencies",
        "2164": "every subscription already renewed",
        "3115": "customer or subscription not found",
        "3116": "renewal quantity out of range",
        "3119": "inactive subscription not editable",
        "3120": "would make an invalid renewal order",
        "3121": "subscription not up for renewal",
        "3122": "outside the renewal window",
        "4115": "API key invalid or missing",
        "4116": "token invalid",
        "4117": "token missing",
        "4118": "too many requests",
        "4119": "correlation ID invalid or missing",
        "4120": "request ID already used",
        "4121": "action not allowed on this resource",
        "4122": "already in progress, try again shortly",
        "5122": "unavailable or invalid request",
        "5135": "discount code invalid",
    ]
}
