/// A custom field or characteristic, read and written. `Options` lists what a `List`
/// field allows; it is read, never sent (the tenant defines it).
struct WhiteLabelFieldPayload: Codable {
    var name: String
    var value: String?
    var type: String?
    var options: [String]?

    enum CodingKeys: String, CodingKey { case name = "Name", value = "Value", type = "Type", options = "Options" }
}
