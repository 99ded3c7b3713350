/// The input language a fuzz target reads, and the fragments that make mutations likely
/// to reach deep into its parser instead of failing at the first byte.
enum FuzzSyntax: Sendable {
    case json, xml, toml

    /// Tokens inserted or substituted by the mutator.
    var tokens: [String] {
        let shared = ["0", "-1", "1e309", "-1e-400", "18446744073709551616", "-9223372036854775809",
                      String(repeating: "9", count: 400), "0.0000000000000000000000000000000001", "\"\"", "\"\\u0000\"",
                      "\"\\ud800\"", "NaN", "Infinity", "true", "false", "null", " ", "\n", "\t"]
        switch self {
        case .json:
            return shared + ["{", "}", "[", "]", ":", ",", "\"", "\\", "{}", "[]", "\"id\":", "\"status\":",
                             "\"items\":[", "\"lines\":[{", "\"quantity\":", "\"price\":", "\"2024-02-30T25:61:61Z\""]
        case .xml:
            return shared + ["<", ">", "</", "/>", "<order>", "</order>", "<item>", "</item>", "<![CDATA[", "]]>",
                             "&amp;", "&#0;", "&#x110000;", "&unknown;", "<?xml version=\"1.0\"?>",
                             "<!DOCTYPE a [<!ENTITY e \"eeeeeeeeee\">]>", "&e;", "xmlns:a=\"b\"", "<a:b>", "=\"", "<!--", "-->"]
        case .toml:
            return shared + ["[", "]", "[[", "]]", "=", "\"", "'", "\"\"\"", "'''", "{", "}", ",", "#", ".", "inf", "nan",
                             "0x7FFFFFFFFFFFFFFF", "0o777", "0b11", "1979-05-27T07:32:00Z", "07:32:00", "a.b.c = 1",
                             "[settings]", "[[accounts]]", "[accounts.auth]", "[styles]", "name = \"x\"", "fg = 300"]
        }
    }

    /// What opens one more level of nesting, and what closes it.
    var nesting: [(open: String, close: String)] {
        switch self {
        case .json: [("[", "]"), ("{\"a\":", "}"), ("{\"order\":", "}"), ("{\"items\":[", "]}")]
        case .xml: [("<a>", "</a>"), ("<order>", "</order>"), ("<items><item>", "</item></items>")]
        case .toml: [("[", "]"), ("{a=", "}"), ("{a=[", "]}")]
        }
    }

    /// Text before a TOML nest, so that it sits where a value is expected.
    var nestingPrefix: String {
        self == .toml ? "a = " : ""
    }
}
