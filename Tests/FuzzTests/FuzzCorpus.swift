import Foundation

/// The seed inputs: the contract tests' seed payloads (from the provider documents), the
/// sandbox answers captured in `Corpus/`, the shipped themes and sample configs.
enum FuzzCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `.json` (or `.xml`) payload of a provider.
    static func seeds(_ provider: String, extension fileExtension: String = "json") -> [[UInt8]] {
        files(in: "Tests/ContractTests/Seeds/\(provider)", extension: fileExtension)
            + files(in: "Tests/FuzzTests/Corpus/\(provider)", extension: fileExtension)
    }

    /// The `.toml` files of a folder below the package root.
    static func toml(in folder: String) -> [[UInt8]] {
        files(in: folder, extension: "toml")
    }

    private static func files(in folder: String, extension fileExtension: String) -> [[UInt8]] {
        let directory = packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix("." + fileExtension) }.sorted().compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map(Array.init)
        }
    }
}
