/// A custom field or characteristic: read by `WhiteLabelReader`, written as it is encoded
/// here. `Options` lists what a `List` field allows; it is read, never sent (the tenant
/// defines it).
struct WhiteLabelFieldPayload: Encodable {
    var name: String
    var value: String?
    var type: String?
    var options: [String]?

    enum CodingKeys: String, CodingKey { case name = "Name", value = "Value", type = "Type", options = "Options" }
}
