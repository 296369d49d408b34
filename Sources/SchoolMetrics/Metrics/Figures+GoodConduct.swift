extension Figures {
    /// The share of students rated in the two best conduct categories of their scheme (Tốt and Khá
    /// in TT 58 and TT 22, Hoàn thành xuất sắc and Hoàn thành tốt in TT 27), over every conduct part
    /// of the record, so a mixed-year school is measured over all its students.
    ///
    /// Nil when a part leaves one of its two best categories out (missing is not zero), when a part's
    /// scheme has fewer than three categories (its "best two" would be everyone), or with no students.
    public var conductGoodOrBetterPercent: Double? {
        guard let parts = conduct else { return nil }
        var good = 0, total = 0
        for part in parts where part.total > 0 {
            guard part.categories.count >= 3, let best = part.categories[0].count, let second = part.categories[1].count else {
                return nil
            }
            good += best + second
            total += part.total
        }
        return Percent.of(good, total)
    }
}
