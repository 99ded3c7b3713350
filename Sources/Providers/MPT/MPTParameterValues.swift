import OrderKit

/// The ordering parameter values one PUT sends from the form's editable fields: a plain field
/// as its text (a multi-select as its list), and the fields of an Address or Contact, keyed
/// `PRM-….property`, put back together into the one object value the reference takes.
enum MPTParameterValues {
    ///
    /// The form sends only the fields that changed, so an object's other properties are taken
    /// from `current` (the order's fields as it has them now): the object goes out whole.
    static func values(from fields: [CustomField], current: [CustomField] = []) throws -> [MPTOrderRequest.Parameter] {
        let sent = Set(fields.map(\.key))
        let objectIDs = Set(fields.compactMap { objectID(of: $0) })
        let completed = fields + current.filter { field in
            !sent.contains(field.key) && objectID(of: field).map(objectIDs.contains) == true
        }
        let editable = completed.filter { !$0.readOnly }
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
            let shape = try shape(of: parameter, keys: own.map { $0.key })
            if let value = try shape.value(of: parameter, from: own) {
                values.append(MPTOrderRequest.Parameter(id: parameter, value: value))
            }
        }
        return values
    }

    /// The parameter id of an object property's field (`PRM-…` of `PRM-….city`); nil for a
    /// field that is a whole parameter.
    private static func objectID(of field: CustomField) -> String? {
        field.key.firstIndex(of: ".").map { String(field.key[..<$0]) }
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
