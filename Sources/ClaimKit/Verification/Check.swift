/// One comparison rule: given two comparable claims, the finding they produce, if any. Each rule is a file in `Checks/`.
public protocol Check: Sendable {
    /// A short name for the rule.
    var name: String { get }
    /// The finding for two claims already known to be about the same subject at the same time.
    func compare(_ a: StoredClaim, _ b: StoredClaim, sameness: String) -> Finding?
}

/// Decides whether two claims are about the same thing at the same time, and says why in words.
public enum Comparability {
    /// How far back (in days) a figure stated "now" is taken to hold before its publication date.
    public static let presentSlackDays = 3

    /// Why two claims are comparable, or nil when they are not.
    public static func reason(_ x: StoredClaim, _ y: StoredClaim) -> String? {
        let a = x.claim
        let b = y.claim
        guard x.articleID != y.articleID, !a.subjectKey.isEmpty, a.subjectKey == b.subjectKey,
            a.mention.kind == b.mention.kind, unitsMatch(a.mention, b.mention),
            a.owner == nil || b.owner == nil || a.owner == b.owner,
            let ta = a.asOf, let tb = b.asOf
        else { return nil }
        // Two written times must mostly coincide; a publication date stands for "about now" and only has to overlap.
        let same = a.asOfStated && b.asOfStated
            ? coincide(ta.days, tb.days) : window(ta, stated: a.asOfStated).overlaps(window(tb, stated: b.asOfStated))
        guard same else { return nil }
        let when = ta == tb ? ta.timex : "\(ta.timex) and \(tb.timex)"
        return "both are about \(a.subject.isEmpty ? "the same subject" : "“\(a.subject)”") at \(when)"
    }

    private static func unitsMatch(_ a: Mention, _ b: Mention) -> Bool {
        switch a.kind {
        case .count, .date, .ordinal: return true
        case .duration: return true  // converted to days by the rule that compares them
        default: return a.unit == b.unit
        }
    }

    /// Whether two written periods are the same time: they share at least half of each. A figure for "the start of
    /// last year" and one for "last year" overlap, but a count can change within a year: they are not the same time.
    static func coincide(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
        guard a.overlaps(b) else { return false }
        let shared = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound) + 1
        return 2 * shared >= a.count && 2 * shared >= b.count
    }

    /// The days a figure holds on: its written period, or for a figure with no date of its own the few days up to its
    /// publication (a report tells what holds now or just before, never after it was published).
    private static func window(_ t: TimePoint, stated: Bool) -> ClosedRange<Int> {
        stated ? t.days : (t.first.ordinal - presentSlackDays)...t.last.ordinal
    }
}
