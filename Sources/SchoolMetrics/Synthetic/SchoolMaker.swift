/// One synthetic school and its records, year by year.
struct SchoolMaker {
    enum Level: CaseIterable {
        case preschool, primary, lower, upper

        var name: String {
            switch self {
            case .preschool: "Mầm non"
            case .primary: "Tiểu học"
            case .lower: "THCS"
            case .upper: "THPT"
            }
        }

        var code: String {
            switch self {
            case .preschool: "mn"
            case .primary: "th"
            case .lower: "thcs"
            case .upper: "thpt"
            }
        }

        /// The grades, and the first school year in which the first of them followed Circular 22.
        var grades: (ClosedRange<Int>, firstYear: Int)? {
            switch self {
            case .preschool, .primary: nil
            case .lower: (6...9, 2021)
            case .upper: (10...12, 2022)
            }
        }
    }

    var school: School
    let level: Level
    /// How well the school does, from 0 to 1; it shifts every share a little.
    let quality: Double
    let size: Int

    init(random: inout RandomSource, serial: Int, width: Int, ward: String, wardPlace: String, index: Int,
         taken: inout Set<String>) {
        let roll = random.fraction(0, 1)
        level = roll < 0.3 ? .preschool : roll < 0.65 ? .primary : roll < 0.9 ? .lower : .upper
        let namesake = index == 0 && level != .upper ? wardPlace : random.pick(PlaceNames.namesakes)
        let name = Unique.pick(["Trường \(level.name) \(namesake)"], random: &random, taken: &taken)
        let digits = String(serial)
        let id = "\(level.code)-\(Slug.make(namesake, maxLength: 40))-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
        school = School(id: id, name: name, level: level.name, ward: ward)
        quality = random.fraction(0, 1)
        size = switch level {
        case .preschool: random.int(80...450)
        case .primary: random.int(250...1300)
        case .lower: random.int(200...1500)
        case .upper: random.int(500...2100)
        }
    }

    mutating func place(district: String, province: String) {
        school.district = district
        school.province = province
    }

    func record(year: Int, random: inout RandomSource) -> Record {
        var record = Record(school: school, period: String(year))
        if !random.chance(0.02) { record.students = students(year: year, random: &random) }
        if !random.chance(0.05) { record.party = party(random: &random) }
        if !random.chance(0.08) { record.targets = targets(record, random: &random) }
        return record
    }

    private func students(year: Int, random: inout RandomSource) -> Students {
        let enrolled = max(1, size + random.int(-size / 20...size / 20))
        var students = Students(schoolYear: "\(year - 1)-\(year)", enrolled: enrolled)
        guard level != .preschool else { return students }
        let good = 0.75 + 0.2 * quality
        if level == .primary {
            students.conduct = [Distribution(scheme: .primary2020, counts: Shares.counts(enrolled, leading: [0.45 + 0.2 * quality, 0.75, 0.97], random: &random))]
            if !random.chance(0.03) {
                students.academic = [Distribution(scheme: .primary2020, counts: Shares.counts(enrolled, leading: [0.35 + 0.2 * quality, 0.7, 0.97], random: &random))]
            }
        } else {
            let parts = partsByScheme(enrolled: enrolled, schoolYearStart: year - 1)
            students.conduct = parts.map { scheme, grades, total in
                let isNew = scheme == .new
                return Distribution(scheme: isNew ? .training2021 : .conduct2011, grades: parts.count > 1 ? grades : nil,
                                    counts: Shares.counts(total, leading: [good, 0.85, 0.8], random: &random))
            }
            if !random.chance(0.03) {
                students.academic = parts.map { scheme, grades, total in
                    scheme == .new
                        ? Distribution(scheme: .learning2021, grades: parts.count > 1 ? grades : nil,
                                       counts: Shares.counts(total, leading: [0.2 + 0.2 * quality, 0.5, 0.9], random: &random))
                        : Distribution(scheme: .academic2011, grades: parts.count > 1 ? grades : nil,
                                       counts: Shares.counts(total, leading: [0.15 + 0.2 * quality, 0.55, 0.9, 0.9], random: &random))
                }
            }
        }
        // Students rated in the lowest academic category repeat the year.
        let failing = (students.academic ?? []).reduce(0) { $0 + ($1.counts.last.flatMap { $0 } ?? 0) }
        students.promotion = rate(of: enrolled, share: min(0.97 + 0.03 * quality, Double(enrolled - failing) / Double(enrolled)),
                                  asPercent: random.chance(0.3), random: &random)
        if level == .lower || level == .upper {
            let finalYear = max(1, enrolled / (level == .lower ? 4 : 3))
            students.graduation = rate(of: finalYear, share: 0.96 + 0.04 * quality, asPercent: random.chance(0.3), random: &random)
            if level == .lower && !random.chance(0.2) {
                students.admission = rate(of: finalYear, share: 0.6 + 0.35 * quality, asPercent: random.chance(0.5), random: &random)
            }
        }
        return students
    }

    private enum Generation { case old, new }

    /// The schemes a record of this school year uses, with their grades and students.
    private func partsByScheme(enrolled: Int, schoolYearStart: Int) -> [(Generation, [Int], Int)] {
        guard let (grades, firstYear) = level.grades else { return [] }
        let all = Array(grades)
        let new = all.filter { schoolYearStart >= firstYear + ($0 - grades.lowerBound) }
        let old = all.filter { !new.contains($0) }
        if new.isEmpty { return [(.old, old, enrolled)] }
        if old.isEmpty { return [(.new, new, enrolled)] }
        let newStudents = enrolled * new.count / all.count
        return [(.new, new, newStudents), (.old, old, enrolled - newStudents)]
    }

    private func rate(of total: Int, share: Double, asPercent: Bool, random: inout RandomSource) -> Rate {
        let count = min(total, Int((Double(total) * min(1, share + random.fraction(-0.02, 0))).rounded()))
        if asPercent { return Rate(percent: (Double(count) / Double(total) * 10_000).rounded() / 100) }
        return Rate(count: count, of: total)
    }

    private func party(random: inout RandomSource) -> Party {
        let members = random.int(4...45)
        var left = members - (random.chance(0.02) ? 1 : 0)
        let excellent = min(left, Int(Double(members) * random.fraction(0.08, 0.22)))
        left -= excellent
        let completed = min(left, random.chance(0.4) ? random.int(0...2) : 0)
        left -= completed
        let failed = min(left, random.chance(0.04) ? 1 : 0)
        let good = left - failed
        return Party(members: members, probationary: random.int(0...3), women: Int(Double(members) * random.fraction(0.35, 0.75)),
                     classification: [excellent, good, completed, failed])
    }

    private func targets(_ record: Record, random: inout RandomSource) -> [Target] {
        var targets: [Target] = []
        let prizes = random.int(1...6)
        targets.append(Target(name: "Học sinh giỏi cấp tỉnh", unit: "giải", min: Double(prizes), max: Double(prizes + 2),
                              actual: random.chance(0.85) ? Double(max(0, prizes + random.int(-2...3))) : nil))
        if record.students?.promotion != nil {
            targets.append(Target(name: "Tỉ lệ lên lớp", unit: "%", min: 98, metric: "promotion"))
        }
        if record.students?.graduation != nil {
            targets.append(Target(name: "Tốt nghiệp \(level.name)", unit: "%", min: 97, max: 99.5, metric: "graduation"))
        }
        if level == .lower || level == .upper {
            targets.append(Target(name: level == .lower ? "Thứ hạng thi vào lớp 10 trong tỉnh" : "Thứ hạng thi tốt nghiệp trong tỉnh", max: Double(random.int(3...20)),
                                  better: .lower, actual: Double(random.int(1...30))))
        }
        if record.party?.classification != nil {
            targets.append(Target(name: "Đảng viên hoàn thành xuất sắc nhiệm vụ", unit: "đ/c", min: Double(random.int(1...4)),
                                  metric: "party.excellent"))
        }
        targets.append(Target(name: "Trường đạt chuẩn quốc gia", achieved: random.chance(0.9) ? random.chance(0.8) : nil))
        if random.chance(0.5) {
            targets.append(Target(name: "Chi bộ hoàn thành tốt nhiệm vụ", achieved: random.chance(0.85)))
        }
        return targets
    }
}

/// Counts that add up to a total, from the share of each leading category of what is left.
enum Shares {
    /// `leading[i]` is the share the i-th category takes of what the ones before it left;
    /// the last category takes the rest. Shares wobble a little around the given values.
    static func counts(_ total: Int, leading: [Double], random: inout RandomSource) -> [Int?] {
        var left = total
        var counts: [Int?] = []
        for share in leading {
            let wobbled = min(1, max(0, share + random.fraction(-0.05, 0.05)))
            let count = min(left, Int((Double(left) * wobbled).rounded()))
            counts.append(count)
            left -= count
        }
        counts.append(left)
        return counts
    }
}
