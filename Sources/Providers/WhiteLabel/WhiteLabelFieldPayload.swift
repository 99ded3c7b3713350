/// A custom field or characteristic, read and written.
struct WhiteLabelFieldPayload: Codable {
    var name: String
    var value: String?
    var type: String?

    enum CodingKeys: String, CodingKey { case name = "Name", value = "Value", type = "Type" }
}
