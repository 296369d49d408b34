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

    var entries: [Entry]
    /// The part of a sharded build this manifest lists, if any.
    var shard: Shard?

    var json: JSONOutput {
        var members: [(String, JSONOutput)] = [("files", .array(entries.map(\.json)))]
        if let shard { members.append(("shard", .object([("part", .int(shard.part)), ("of", .int(shard.of))]))) }
        return .object(members)
    }
}
