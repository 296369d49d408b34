/// A record as the CSV files of FORMAT.md hold it: a records row as (column, value) pairs named
/// by JSON path, and one targets row per target. Numbers use `.` decimals, for `,`-delimited files.
public enum RecordCSV {
    /// The columns of a targets file, in FORMAT.md's order.
    public static let targetColumns = ["school.id", "period", "name", "unit", "min", "max", "better", "actual", "achieved", "metric"]

    /// The record's cells, named by their column; targets go to ``targetRows(_:)``.
    public static func cells(_ record: Record) -> [(String, String)] {
        let school = record.school
        var cells: [(String, String)] = [("school.id", school.id), ("school.name", school.name)]
        cells += present([("school.level", school.level), ("school.ward", school.ward), ("school.district", school.district),
                          ("school.province", school.province)])
        cells.append(("period", record.period))
        if let students = record.students {
            cells += present([("students.schoolYear", students.schoolYear), ("students.enrolled", students.enrolled.map(String.init))])
            for kind in DistributionKind.allCases {
                guard let parts = students.distributions(kind) else { continue }
                let prefix = "students." + kind.rawValue
                if parts.count == 1 && parts[0].grades == nil {
                    cells.append((prefix + ".scheme", parts[0].scheme.id))
                    cells += distribution(parts[0], prefix: prefix)
                } else {
                    for part in parts {
                        let schemePrefix = prefix + "." + part.scheme.id
                        cells += distribution(part, prefix: schemePrefix)
                        if let grades = part.grades { cells.append((schemePrefix + ".grades", grades.map(String.init).joined(separator: " "))) }
                    }
                }
            }
            for kind in RateKind.allCases {
                guard let rate = students.rate(kind) else { continue }
                let prefix = "students." + kind.rawValue
                cells += present([(prefix + ".percent", rate.percent.map(number)), (prefix + ".count", rate.count.map(String.init)),
                                  (prefix + ".of", rate.of.map(String.init))])
            }
        }
        if let party = record.party {
            cells += present([("party.members", party.members.map(String.init)), ("party.probationary", party.probationary.map(String.init)),
                              ("party.women", party.women.map(String.init))])
            for (level, count) in zip(Party.Level.allCases, party.classification ?? []) {
                cells += present([("party.classification." + level.rawValue, count.map(String.init))])
            }
            for (level, percent) in zip(Party.Level.allCases, party.reportedPercent ?? []) {
                cells += present([("party.reportedPercent." + level.rawValue, percent.map(number))])
            }
            cells += present([("party.cellRating", party.cellRating)])
        }
        return cells
    }

    /// One row per target, in ``targetColumns`` order.
    public static func targetRows(_ record: Record) -> [[String]] {
        (record.targets ?? []).map { target in
            [record.school.id, record.period, target.name, target.unit ?? "", target.min.map(number) ?? "",
             target.max.map(number) ?? "", target.better == .lower ? "lower" : "", target.actual.map(number) ?? "",
             target.achieved.map { $0 ? "true" : "false" } ?? "", target.metric ?? ""]
        }
    }

    /// One CSV line: fields joined by commas, quoted as RFC 4180 asks when they need it.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    private static func distribution(_ distribution: Distribution, prefix: String) -> [(String, String)] {
        distribution.scheme.categories.indices.flatMap { index in
            present([(prefix + "." + distribution.scheme.categories[index].id, distribution.counts[index].map(String.init)),
                     (prefix + ".reportedPercent." + distribution.scheme.categories[index].id,
                      distribution.reportedPercent[index].map(number))])
        }
    }

    private static func present(_ pairs: [(String, String?)]) -> [(String, String)] {
        pairs.compactMap { name, value in value.map { (name, $0) } }
    }

    private static func number(_ value: Double) -> String { JSONOutput.number(value) }
}
