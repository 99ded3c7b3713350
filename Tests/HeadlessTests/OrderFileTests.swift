import Config
import Headless
import Testing

@Suite struct OrderFileTests {
    private func parse(_ text: String) throws(ConfigError) -> OrderFile {
        try OrderFile.parse(TOMLSource(path: "o.toml", text: text))
    }

    @Test func readsCustomerItemsAndParameters() throws {
        let file = try parse("""
            customer = "1001"
            customer_name = "Acme GmbH"
            [[items]]
            offer = "MS365-E3"
            quantity = 10
            [[items]]
            offer = "ACROBAT"
            quantity = 1
            parameters = { deploymentId = "12345", seats = 3 }
            [fields]
            "Microsoft Partner ID" = "1234567"
            """)
        #expect(file.customerID == "1001")
        #expect(file.items.map(\.quantity) == [10, 1])
        #expect(file.items[1].parameters == ["deploymentId": "12345", "seats": "3"])
        #expect(file.fields == ["Microsoft Partner ID": "1234567"])
    }

    @Test func mistakesNameTheLine() {
        let cases: [(String, Int?, String)] = [
            ("customer = \"1\"\n[[items]]\noffer = \"A\"\nquantity = 0\n", 4, "quantity of A must be a whole number of at least 1"),
            ("customer = \"1\"\n[[items]]\noffer = \"A\"\nquantity = 1\n[[items]]\nofer = \"B\"\n", 6, "unknown key 'ofer' in [[items]]"),
            ("custmer = \"1\"\n", 1, "unknown key 'custmer'"),
            ("customer = \"1\"\n", nil, "the order needs at least one [[items]]"),
            ("[[items]]\noffer = \"A\"\nquantity = 1\n", nil, "the order needs customer"),
        ]
        for (text, line, message) in cases {
            do {
                _ = try parse(text)
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.line == line, "\(text)")
                #expect(error.message.hasPrefix(message), "\(error.message)")
            }
        }
    }
}
