import Config
import Foundation
import TOMLKit

/// The order file of `ordercon place --file ORDER.toml`:
///
/// ```toml
/// customer = "1001"                  # the provider's customer id
/// customer_name = "Acme GmbH"        # optional; the only customer field Adility has
/// [[items]]
/// offer = "MS365-E3"
/// quantity = 10
/// parameters = { deploymentId = "12345" }   # optional, provider-specific wire keys
/// [fields]                           # optional order fields by name or key (MPT ordering parameters)
/// "Microsoft Partner ID" = "1234567"
/// ```
public struct OrderFile: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var offer: String
        public var quantity: Int
        public var parameters: [String: String]

        public init(offer: String, quantity: Int, parameters: [String: String] = [:]) {
            self.offer = offer
            self.quantity = quantity
            self.parameters = parameters
        }
    }

    public var customerID: String
    public var customerName: String?
    public var items: [Item]
    /// Order fields to set before placing, by field name or key.
    public var fields: [String: String]

    public init(customerID: String, customerName: String?, items: [Item], fields: [String: String] = [:]) {
        self.customerID = customerID
        self.customerName = customerName
        self.items = items
        self.fields = fields
    }

    public static func load(path: String) throws(ConfigError) -> OrderFile {
        try parse(TOMLSource(contentsOf: path))
    }

    public static func parse(_ source: TOMLSource) throws(ConfigError) -> OrderFile {
        let table = source.table
        func fail(_ message: String, key: String? = nil, section: String? = nil, index: Int = 0) -> ConfigError {
            ConfigError(path: source.path, line: key.flatMap { source.line(of: $0, in: section, index: index) }
                ?? (section.flatMap { source.line(ofSection: $0, index: index) }), message: message)
        }
        for key in table.keys where !["customer", "customer_name", "items", "fields"].contains(key) {
            throw fail("unknown key '\(key)'; an order file has customer, customer_name, [[items]] and [fields]", key: key)
        }
        var fields: [String: String] = [:]
        if let table = table["fields"]?.table {
            for key in table.keys {
                guard let value = table[key]?.string ?? table[key]?.int.map(String.init) else {
                    throw fail("field \(key) must be a string or a number", key: key, section: "fields")
                }
                fields[key] = value
            }
        }
        let name = table["customer_name"]?.string
        guard let customer = table["customer"]?.string ?? name, !customer.isEmpty else {
            throw fail("the order needs customer = \"…\" (the provider's customer id) or customer_name")
        }
        guard let items = table["items"]?.array, items.count > 0 else {
            throw fail("the order needs at least one [[items]] entry with offer and quantity")
        }
        var parsed: [Item] = []
        for index in 0..<items.count {
            guard let item = items[index].table else { throw fail("items must be [[items]] tables", section: "items", index: index) }
            for key in item.keys where !["offer", "quantity", "parameters"].contains(key) {
                throw fail("unknown key '\(key)' in [[items]]; use offer, quantity, parameters", key: key,
                           section: "items", index: index)
            }
            guard let offer = item["offer"]?.string, !offer.isEmpty else {
                throw fail("each item needs offer = \"…\"", section: "items", index: index)
            }
            guard let quantity = item["quantity"]?.int, quantity >= 1 else {
                throw fail("quantity of \(offer) must be a whole number of at least 1", key: "quantity",
                           section: "items", index: index)
            }
            var parameters: [String: String] = [:]
            if let table = item["parameters"]?.table {
                for key in table.keys {
                    guard let value = table[key]?.string ?? table[key]?.int.map(String.init) else {
                        throw fail("parameter \(key) of \(offer) must be a string or a number", key: "parameters",
                                   section: "items", index: index)
                    }
                    parameters[key] = value
                }
            }
            parsed.append(Item(offer: offer, quantity: quantity, parameters: parameters))
        }
        return OrderFile(customerID: customer, customerName: name, items: parsed, fields: fields)
    }
}
