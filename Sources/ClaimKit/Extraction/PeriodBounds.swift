/// The two months that bound a period ("between October and June", "from November to March") in order: each month is
/// resolved on its own to the occurrence nearest the publication date, which in "received 112mm of rain between
/// October and June", said in August 2022, puts October after June. The period runs forward: its first month is
/// taken back a year, or, when the clause looks ahead ("the ban runs from November to March"), its last one on.
enum PeriodBounds {
    /// Words that join the two bounds.
    static let joiners: Set<String> = ["and", "to", "-", "\u{2013}", "through", "until"]

    /// The mentions of one sentence, with the first month of each such period moved before the second.
    static func ordered(_ mentions: [Mention], in s: SentenceContext) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        var out = mentions
        for k in 1..<out.count {
            let (a, b) = (out[k - 1], out[k])
            guard case .date(let first) = a.value, case .date(let second) = b.value, first.grain == .month,
                second.grain == .month, first.first > second.first, !a.text.contains(where: \.isNumber),
                let opener = s.tokens.lastIndex(where: { $0.end <= a.start }), ["between", "from"].contains(s.tokens[opener].lower)
            else { continue }
            let between = s.tokens.filter { $0.start >= a.end && $0.end <= b.start }
            guard between.count == 1, joiners.contains(between[0].lower) else { continue }
            if s.speaksOfFuture(before: opener) {
                out[k] = shifted(b, to: .month(second.first.year + 1, second.first.month))
            } else {
                out[k - 1] = shifted(a, to: .month(first.first.year - 1, first.first.month))
            }
        }
        return out
    }

    private static func shifted(_ m: Mention, to month: TimePoint) -> Mention {
        var moved = m
        moved.value = .date(month)
        moved.interval = Tolerance.interval(of: moved.value, qualifier: m.qualifier)
        return moved
    }
}
