import OrderKit

/// The ordering parameter values one PUT sends from the form's editable fields: a plain field
/// as its text (a multi-select as its list), and the fields of an Address or Contact, keyed
/// `PRM-….property`, put back together into the one object value the reference takes.
enum MPTParameterValues {
    static func values(from fields: [CustomField]) throws -> [MPTOrderRequest.Parameter] {
        let editable = fields.filter { !$0.readOnly }
        var values: [MPTOrderRequest.Parameter] = []
        var objects: [String] = []
        for field in editable {
            guard let dot = field.key.firstIndex(of: ".") else {
                values.append(MPTOrderRequest.Parameter(field))
                continue
            }
            let parameter = String(field.key[..<dot])
            if !objects.contains(parameter) { objects.append(parameter) }
        }
        for parameter in objects {
            let own = editable.filter { $0.key.hasPrefix(parameter + ".") }
            let shape = try shape(of: parameter, keys: own.map(\.key))
            if let value = try shape.value(of: parameter, from: own) {
                values.append(MPTOrderRequest.Parameter(id: parameter, value: value))
            }
        }
        return values
    }

    /// The Address or Contact whose properties the keys name (their property names differ).
    private static func shape(of parameter: String, keys: [String]) throws -> MPTObjectShape {
        for shape in [MPTObjectShape.address, .contact] {
            let known = Set(shape.properties.map { MPTObjectShape.key(parameterID: parameter, $0) })
            if Set(keys).isSubset(of: known) { return shape }
        }
        throw OrderError.rejected(detail: "fields \(keys.joined(separator: ", ")) are not the properties of one Address "
            + "or Contact; reload the order's fields and edit them again")
    }
}
