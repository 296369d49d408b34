import Foundation
import SchoolMetrics

/// Adds entries to an output folder's existing `manifest.json`, keeping the entries of earlier
/// runs whose files still exist and replacing those with the same path.
enum ManifestFile {
    static func merge(_ entries: [Manifest.Entry], into folder: OutputFolder) throws {
        let url = folder.root.appendingPathComponent("manifest.json")
        var kept: [JSONOutput] = []
        let replaced = Set(entries.map(\.path))
        if let data = try? Data(contentsOf: url),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let files = object["files"] as? [[String: Any]] {
            for file in files {
                guard let path = file["path"] as? String, !replaced.contains(path), OutputFolder.isSafe(path),
                      FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(path).path) else { continue }
                kept.append(entry(file))
            }
        }
        let manifest: JSONOutput = .object([("files", .array(kept + entries.map(\.json)))])
        try folder.write(Array((manifest.serialized() + "\n").utf8), to: "manifest.json")
    }

    /// An entry read back from a manifest, with its members in the order a build writes them.
    static func entry(_ file: [String: Any]) -> JSONOutput {
        let order = ["path", "kind", "school", "ward", "district", "province", "period", "chart", "format", "pages"]
        return .object(order.compactMap { key in
            if let text = file[key] as? String { return (key, .string(text)) }
            if let number = file[key] as? Int { return (key, .int(number)) }
            return nil
        })
    }
}
