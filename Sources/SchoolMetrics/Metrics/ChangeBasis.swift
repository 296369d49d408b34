/// The schools a group's change in one figure is measured over: those that report the figure
/// in both periods, so that a change compares like with like.
public struct ChangeBasis: Sendable, Hashable {
    /// The ids of the schools compared, sorted.
    public var schools: [String]
    /// How many of the group's schools give the figure in the earlier period, and now.
    public var schoolsBefore: Int
    public var schoolsNow: Int

    public init(schools: [String], schoolsBefore: Int, schoolsNow: Int) {
        self.schools = schools
        self.schoolsBefore = schoolsBefore
        self.schoolsNow = schoolsNow
    }

    /// True when every school that gives the figure in either period is compared: the change is
    /// the group's own, and needs no word about which schools it covers.
    public var isWholeGroup: Bool { schools.count == schoolsBefore && schools.count == schoolsNow }

    /// How many schools give the figure in one period or the other.
    public var schoolsInEither: Int { schoolsBefore + schoolsNow - schools.count }
}
