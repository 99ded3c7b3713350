/// One value of an order item's `FormData`, kept exactly as received so that the
/// "same form data" rule of `place_order` can compare it.
indirect enum AppxiteFormValue: Codable, Sendable, Equatable {
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case string(String)
    case object([String: AppxiteFormValue])

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if let value = try? container.decode(Int.self) { self = .integer(value); return }
            if let value = try? container.decode(Double.self) { self = .number(value); return }
            if let value = try? container.decode(Bool.self) { self = .boolean(value); return }
            if let value = try? container.decode(String.self) { self = .string(value); return }
        }
        self = .object(try [String: AppxiteFormValue](from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .integer(let value): try value.encode(to: encoder)
        case .number(let value): try value.encode(to: encoder)
        case .boolean(let value): try value.encode(to: encoder)
        case .string(let value): try value.encode(to: encoder)
        case .object(let value): try value.encode(to: encoder)
        }
    }

    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
