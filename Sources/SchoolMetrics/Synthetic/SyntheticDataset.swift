/// A deterministic synthetic dataset at any scale, for demos and benchmarks: provinces split into
/// districts, districts into wards of 3–25 schools (numbered "Phường 1"… repeat across districts),
/// preschools to upper-secondary schools with realistic distributions, mixed-year records for the
/// Circular 22 years, rates as counts or percents, party cells, targets of every kind, and some
/// sections missing. The same settings give the same records, in the same order, everywhere.
public struct SyntheticDataset: Sendable {
    public var schools: Int
    public var seed: UInt64
    /// Consecutive periods per school, ending with `lastYear`.
    public var periods: Int
    public var lastYear: Int

    public init(schools: Int, seed: UInt64 = 1, periods: Int = 1, lastYear: Int = 2024) {
        self.schools = schools
        self.seed = seed
        self.periods = max(1, periods)
        self.lastYear = lastYear
    }

    /// Calls `body` with every record, school by school.
    public func forEach(_ body: (Record) throws -> Void) rethrows {
        try forEachPart { _, records in try records.forEach(body) }
    }

    /// Calls `body` with the records of one province's part at a time (a few hundred schools;
    /// after the 34 provinces, the list starts again with more districts), numbered from 1.
    public func forEachPart(_ body: (Int, [Record]) throws -> Void) rethrows {
        var random = RandomSource(seed: seed)
        var made = 0
        var part = 0
        var districtPlaces: [String: Set<String>] = [:]
        while made < schools {
            let province = PlaceNames.provinces[part % PlaceNames.provinces.count]
            part += 1
            var records: [Record] = []
            for _ in 0..<random.int(2...6) where made < schools {
                let district = District(random: &random, taken: &districtPlaces[province, default: []])
                var wardNames: Set<String> = []
                for wardNumber in 1...random.int(3...12) where made < schools {
                    let ward = district.wardName(wardNumber, random: &random, taken: &wardNames)
                    let count = min(random.int(3...25), schools - made)
                    var names: Set<String> = []
                    for index in 0..<count {
                        made += 1
                        var school = SchoolMaker(random: &random, serial: made, width: String(schools).count, ward: ward,
                                                 wardPlace: district.place(of: ward), index: index, taken: &names)
                        school.place(district: district.name, province: province)
                        for period in 0..<periods {
                            records.append(school.record(year: lastYear - periods + 1 + period, random: &random))
                        }
                    }
                }
            }
            try body(part, records)
        }
    }

    /// All records at once, for tests and small sets.
    public var records: [Record] {
        var list: [Record] = []
        forEach { list.append($0) }
        return list
    }
}

/// A district: its name, and whether its wards are numbered.
private struct District {
    var name: String
    var numbered: Bool
    var place: String

    init(random: inout RandomSource, taken: inout Set<String>) {
        place = Unique.pick(PlaceNames.places, random: &random, taken: &taken)
        switch random.int(0...9) {
        case 0...1: name = "Thành phố " + place; numbered = true
        case 2...3: name = "Thị xã " + place; numbered = random.chance(0.5)
        default: name = "Huyện " + place; numbered = false
        }
    }

    func wardName(_ number: Int, random: inout RandomSource, taken: inout Set<String>) -> String {
        if numbered { return "Phường \(number)" }
        return (random.chance(0.7) ? "Xã " : "Phường ") + Unique.pick(PlaceNames.places, random: &random, taken: &taken)
    }

    func place(of ward: String) -> String {
        numbered ? place : String(ward.drop { $0 != " " }.dropFirst())
    }
}

/// A random pick not taken yet in its scope; after a few tries, the pick with a number.
enum Unique {
    static func pick(_ items: [String], random: inout RandomSource, taken: inout Set<String>) -> String {
        var choice = random.pick(items)
        for _ in 0..<8 where taken.contains(choice) { choice = random.pick(items) }
        var numbered = choice
        var number = 2
        while taken.contains(numbered) {
            numbered = choice + " \(number)"
            number += 1
        }
        taken.insert(numbered)
        return numbered
    }
}
