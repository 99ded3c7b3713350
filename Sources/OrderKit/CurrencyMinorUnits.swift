import Foundation

/// How many decimals a currency's minor unit has (ISO 4217): money is printed with them,
/// and amounts a provider sends in minor units (Adility's `amount`) are converted with them,
/// so 1500 is 15.00 USD but 1500 JPY and 1.500 KWD.
public enum CurrencyMinorUnits {
    /// The currencies whose minor unit is not two decimals; every other code uses two.
    static let exceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
        "RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        "CLF": 4, "UYW": 4,
    ]

    /// The decimals of `code` (its case does not matter); two for a code the table does not
    /// list, which is what nearly every currency uses.
    public static func digits(of code: String) -> Int {
        exceptions[code.uppercased()] ?? 2
    }
}
