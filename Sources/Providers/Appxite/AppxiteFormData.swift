/// An order item's `FormData`: the `ChargePeriod` object plus flat entries whose keys come
/// from the offer's form (`quantityBox1`, a data-centre location id, a commitment, a tier).
///
/// The keys are not fixed, so the payload reads and writes them dynamically; whole numbers
/// and texts are kept apart so that a location id goes out as a number, never as a string.
struct AppxiteFormData: Codable, Equatable {
    var chargePeriod: AppxiteChargePeriodPayload
    /// Whole-number entries: the quantity box and the option ids of choice fields.
    var numbers: [String: Int]
    var texts: [String: String]

    static let chargePeriodKey = "ChargePeriod"

    init(chargePeriod: AppxiteChargePeriodPayload, numbers: [String: Int], texts: [String: String] = [:]) {
        self.chargePeriod = chargePeriod
        self.numbers = numbers
        self.texts = texts
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var chargePeriod: AppxiteChargePeriodPayload?
        var numbers: [String: Int] = [:]
        var texts: [String: String] = [:]
        for key in container.allKeys {
            if key.stringValue == Self.chargePeriodKey {
                chargePeriod = try container.decode(AppxiteChargePeriodPayload.self, forKey: key)
            } else if let number = try? container.decode(Int.self, forKey: key) {
                numbers[key.stringValue] = number
            } else {
                texts[key.stringValue] = try container.decode(String.self, forKey: key)
            }
        }
        guard let chargePeriod else {
            throw DecodingError.keyNotFound(Key(Self.chargePeriodKey), .init(codingPath: decoder.codingPath,
                                                                          debugDescription: "no ChargePeriod"))
        }
        self.init(chargePeriod: chargePeriod, numbers: numbers, texts: texts)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(chargePeriod, forKey: Key(Self.chargePeriodKey))
        for (key, value) in numbers { try container.encode(value, forKey: Key(key)) }
        for (key, value) in texts { try container.encode(value, forKey: Key(key)) }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
