/// The time a figure holds for: a date written next to it, else the publication date.
///
/// Each date belongs to the figure nearest it, so in "2,500 now, down from 3,000 last year" last year is the 3,000's
/// and "now" the 2,500's. A date inside a relative clause is the time of that clause's event only: in "the quake
/// that devastated the province a day earlier, as the toll climbed to 210" the 210 is not a day old.
struct TimeScope {
    /// The sentence's mentions, all kinds.
    let mentions: [Mention]
    /// The sentence's tokens.
    let tokens: [Token]
    /// Its relative clauses.
    let relatives: [Range<Int>]
    /// The article's publication date.
    let published: TimePoint?

    private static let temporal: Set<MentionKind> = [.date, .time, .duration, .set]

    /// The time figure `m` holds for, and whether it is written (true) or the publication date (false).
    func time(of m: Mention) -> (TimePoint?, Bool) {
        guard !TimeScope.temporal.contains(m.kind) else { return (published, false) }
        let figures = mentions.filter { $0.isCheckable && !TimeScope.temporal.contains($0.kind) }
        let home = clause(of: m)
        let owned = mentions.filter { date in
            // "Monday's earthquake" names an event, not the time a figure holds for. A deadline dates only the figure
            // it follows: "falling to about 10,300 pupils by 2030" is a figure for 2030, not for today.
            let deadline = date.qualifier == .upTo && date.text.lowercased().hasPrefix("by ") && distance(m, date) <= 1 && m.end <= date.start
            guard date.kind == .date, date.qualifier == nil || deadline, case .date(let point) = date.value,
                !point.isDeictic || point.timex == "PRESENT_REF", !date.text.hasSuffix("'s"), !date.text.hasSuffix("\u{2019}s"),
                clause(of: date) == nil || clause(of: date) == home
            else { return false }
            // The nearest figure in the date's own clause, else the nearest anywhere: in "had 170,000 in the country,
            // and two years ago the number was above 5,000" two years ago is the 5,000's.
            let near = figures.filter { span(of: $0) == span(of: date) }
            return (near.isEmpty ? figures : near).min(by: { distance($0, date) < distance($1, date) }) == m
        }
        guard let nearest = owned.min(by: { distance($0, m) < distance($1, m) }), case .date(let point) = nearest.value else {
            return (published, false)
        }
        // "currently", "now", "today": the figure holds at publication, just as when no date is written.
        return point.isDeictic || point == published ? (published, false) : (point, true)
    }

    private func distance(_ a: Mention, _ b: Mention) -> Int {
        a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0
    }

    /// The relative clause a mention stands in, if any.
    private func clause(of m: Mention) -> Range<Int>? {
        guard let index = tokens.firstIndex(where: { $0.start >= m.start }) else { return nil }
        return relatives.first { $0.contains(index) }
    }

    /// The clause, between commas or other marks, a mention starts in.
    private func span(of m: Mention) -> Range<Int>? {
        tokens.firstIndex(where: { $0.start >= m.start }).map { Clauses.around($0, in: tokens) }
    }
}
