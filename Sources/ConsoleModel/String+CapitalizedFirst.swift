/// Sentences that begin with a name written in lower case ("cart 20e9").
extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
