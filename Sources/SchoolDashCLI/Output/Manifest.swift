import SchoolMetrics
import SchoolRender

/// `manifest.json`: one entry per file written, paths relative to the output folder, in the
/// shape FORMAT.md gives.
struct Manifest {
    struct Entry: Equatable {
        var path: String
        var kind: Publication.Kind
        var school: String?
        var ward: String?
        var district: String?
        var province: String?
        var period: String?
        var chart: String?
        var format: String
        var pages: Int?

        init(path: String, publication: Publication, format: String, pages: Int?) {
            self.path = path
            kind = publication.kind
            school = publication.school
            ward = publication.ward
            district = publication.district
            province = publication.province
            period = publication.period
            chart = publication.chart
            self.format = format
            self.pages = pages
        }

        var json: JSONOutput {
            var members: [(String, JSONOutput)] = [("path", .string(path)), ("kind", .string(kind.rawValue))]
            for (name, value) in [("school", school), ("ward", ward), ("district", district), ("province", province),
                                  ("period", period), ("chart", chart)] {
                if let value { members.append((name, .string(value))) }
            }
            members.append(("format", .string(format)))
            if let pages { members.append(("pages", .int(pages))) }
            return .object(members)
        }
    }

    /// Each entry as one line of JSON: a national build lists 50,000 files, and a line is a
    /// tenth of the memory of an entry's fields.
    var lines: [String]
    /// The part of a sharded build this manifest lists, if any.
    var shard: Shard?

    /// The file: `files` with one entry per line, in build order.
    var text: String {
        var text = "{\n  \"files\": [" + (lines.isEmpty ? "" : "\n    ") + lines.joined(separator: ",\n    ") + (lines.isEmpty ? "]" : "\n  ]")
        if let shard { text += ",\n  \"shard\": { \"part\": \(shard.part), \"of\": \(shard.of) }" }
        return text + "\n}\n"
    }
}

extension Manifest.Entry {
    var line: String { json.serialized(indent: nil) }
}
