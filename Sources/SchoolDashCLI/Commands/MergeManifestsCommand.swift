import Foundation
import SchoolMetrics

/// `schooldash merge-manifests`: joins the manifests of the parts of a sharded build, in part
/// order, checking that every part of 1…N is there once and that no path is listed twice.
struct MergeManifestsCommand {
    var options: MergeManifestsOptions
    var console: Console

    func run() -> ExitCode {
        var parts: [(shard: Shard?, files: [Any], path: String)] = []
        for path in options.manifests {
            guard let data = FileManager.default.contents(atPath: path) else {
                console.err("schooldash: \(path): cannot read the file")
                return .usage
            }
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let files = object["files"] as? [Any] else {
                console.err("schooldash: \(path): not a manifest: expected a JSON object with a \"files\" list")
                return .dataErrors
            }
            let shard = (object["shard"] as? [String: Any]).flatMap { shard -> Shard? in
                guard let part = shard["part"] as? Int, let of = shard["of"] as? Int else { return nil }
                return Shard("\(part)/\(of)")
            }
            parts.append((shard, files, path))
        }
        if let problem = completeness(parts.map { ($0.shard, $0.path) }) {
            console.err("schooldash: \(problem)")
            return .dataErrors
        }
        parts.sort { ($0.shard?.part ?? 0) < ($1.shard?.part ?? 0) }
        var seen: [String: String] = [:]
        var files: [JSONOutput] = []
        for part in parts {
            for file in part.files {
                guard let entry = file as? [String: Any], let path = entry["path"] as? String else {
                    console.err("schooldash: \(part.path): an entry without a \"path\"")
                    return .dataErrors
                }
                if let first = seen[path] {
                    console.err("schooldash: \(path) is listed by both \(first) and \(part.path)")
                    return .dataErrors
                }
                seen[path] = part.path
                files.append(ManifestFile.entry(entry))
            }
        }
        do {
            let text = JSONOutput.object([("files", .array(files))]).serialized()
            if let out = options.out {
                try NamedFile.write(text + "\n", to: out)
            } else {
                console.out(text)
            }
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
        return .ok
    }

    /// Parts must be 1…N of one N, each once; manifests of unsharded builds cannot be mixed in.
    private func completeness(_ parts: [(Shard?, String)]) -> String? {
        let shards = parts.compactMap(\.0)
        guard let first = shards.first else { return nil }
        if let plain = parts.first(where: { $0.0 == nil }) { return "\(plain.1) is not the manifest of a part (--shard)" }
        if let other = parts.first(where: { $0.0!.of != first.of }) { return "\(other.1) is a part of \(other.0!.of), the others of \(first.of)" }
        let present = Set(shards.map(\.part))
        if present.count != shards.count { return "a part is given twice" }
        let missing = (1...first.of).filter { !present.contains($0) }
        return missing.isEmpty ? nil : "parts \(missing.map(String.init).joined(separator: ", ")) of \(first.of) are missing"
    }
}
