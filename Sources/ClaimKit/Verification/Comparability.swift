/// Decides whether two claims are about the same thing at the same time, and says why in words.
public enum Comparability {
    /// How far back (in days) an undated level ("troops are in Iraq") is taken to hold before its publication date,
    /// when the other figure is undated too. An undated toll, or one compared with a dated figure, holds on its
    /// publication day only: tolls move by the day, and a report gives the latest figure.
    public static let presentSlackDays = 3
    /// How far apart (in days) two reports of a one-off event's figure (a tally, a magnitude) may date it and still
    /// be taken as reports of one event: a second vote on the same subject within a month would be news in itself.
    public static let sameEventDays = 31
    /// How far apart two written dates of one event may be: a weekday read in the wrong week. Two tallies dated
    /// further apart ("voted 942 to 231 on Sept. 3", "voted 876 to 203 on Monday" three weeks on) are two votes.
    public static let statedEventDays = 7
    /// How far apart in time (days) two figures that are counted, not dates, can be for any rule to pair them: the
    /// one-event window, which also bounds the falling-toll note. It lets the store fetch candidates by time.
    public static let reachDays = sameEventDays

    /// Kinds whose claims date events, compared whenever they were stated; all others only within `reachDays`.
    public static let timelessKinds: Set<MentionKind> = [.date, .time, .duration, .age, .ordinal]

    /// How two claims pair up: nil when they are not about the same subject (or come from one article), else the
    /// subject's reason and, when they hold for the same time, the time's.
    public static func pairing(_ x: StoredClaim, _ y: StoredClaim) -> Pairing? {
        let a = x.claim
        let b = y.claim
        guard x.articleID != y.articleID || disputed(a, b), !a.subjectKey.isEmpty, a.subjectKey == b.subjectKey,
            kindsMatch(a.mention, b.mention), let subject = SubjectMatch.reason(x, y)
        else { return nil }
        let sources = x.articleID == y.articleID ? " as \(a.speaker ?? "") and \(b.speaker ?? "") give it in one article" : ""
        return Pairing(subject: subject + sources, time: sameTime(a, b))
    }

    /// Whether two figures of one article come from two different sources set side by side in one sentence ("the
    /// union said ...; the hospital put the number at ..."): the one case where an article is compared with itself.
    /// An article restating its own figure, or giving another source's figure for another place or day further on, is
    /// not a dispute.
    static func disputed(_ a: Claim, _ b: Claim) -> Bool {
        guard let first = a.speaker, let second = b.speaker, a.sentenceRange == b.sentenceRange, a.place == b.place else { return false }
        let (x, y) = (first.lowercased(), second.lowercased())
        // "Union" and "the Nurses' Union" are one source named twice.
        return !x.hasSuffix(y) && !y.hasSuffix(x)
    }

    /// Same kind and unit; durations convert to days, and a length counted from an event meets a date of that event
    /// ("18 years after the US invaded" and "the invasion of March 2003").
    private static func kindsMatch(_ a: Mention, _ b: Mention) -> Bool {
        if a.isAnchoredLength != b.isAnchoredLength { return a.kind == .date || b.kind == .date }
        guard a.kind == b.kind else { return false }
        switch a.kind {
        case .count, .date, .ordinal, .duration: return true
        case .money:
            // "$8 a month" meets "$96 a year"; a rate never meets a lump sum, and currencies never convert.
            if let ra = Rate(a.unit), let rb = Rate(b.unit) { return ra.currency == rb.currency }
            return a.unit == b.unit
        case .quantity:
            // "about 450 metres" meets "about 1,000 feet", "44.1C" meets "111.4°F".
            let dimension = { (unit: String?) in unit.flatMap { Units.base[$0]?.dimension } }
            return a.unit == b.unit || (dimension(a.unit) != nil && dimension(a.unit) == dimension(b.unit))
        default: return a.unit == b.unit
        }
    }

    /// Why two claims hold for the same time, or nil when they do not.
    static func sameTime(_ a: Claim, _ b: Claim) -> String? {
        guard let ta = a.asOf, let tb = b.asOf else { return nil }
        let when = ta == tb ? "at \(ta.timex)" : "at \(ta.timex) and \(tb.timex)"
        if (a.mention.describesEvent && b.mention.describesEvent) || (a.event != nil && a.event == b.event) {
            let gap = max(ta.first.ordinal, tb.first.ordinal) - min(ta.last.ordinal, tb.last.ordinal)
            let what = a.event.map { "what was \($0)ed once" } ?? "a tally, magnitude or length of one event"
            return gap <= (a.asOfStated && b.asOfStated ? statedEventDays : sameEventDays) ? "\(when), \(what): time does not revise it" : nil
        }
        if isPastEvent(a), isPastEvent(b) { return "\(when), a past event (its date does not change)" }
        // Two written times must mostly coincide; a publication date stands for "about now" and only has to overlap.
        if a.asOfStated && b.asOfStated { return coincide(ta.days, tb.days) ? when : nil }
        let toll = isDaily(a) || isDaily(b)
        let slack = a.asOfStated || b.asOfStated || toll ? 0 : presentSlackDays
        return window(ta, stated: a.asOfStated, slack: slack).overlaps(window(tb, stated: b.asOfStated, slack: slack)) ? when : nil
    }

    /// Whether a claim counts a toll, which moves by the day and only rises.
    static func isToll(_ c: Claim) -> Bool {
        c.mention.kind == .count && SubjectWords.isToll(head: c.subjectHead, modifiers: c.modifiers)
    }

    /// Whether a claim counts something that moves by the day (see `SubjectWords.isDaily`).
    static func isDaily(_ c: Claim) -> Bool {
        c.mention.kind == .count && SubjectWords.isDaily(head: c.subjectHead, modifiers: c.modifiers)
    }

    /// A date that was over when the article was published: the date of an event that has happened, which later
    /// reports cannot move (a schedule can be moved, so a date still ahead is compared only at the same time).
    private static func isPastEvent(_ c: Claim) -> Bool {
        // Only a date keyed by its event ("adopt", "start") is known to date one event; "returned to the wards on
        // Tuesday" and "on Saturday morning" in another report may be two returns. A date something was planned for
        // may have been moved since.
        guard c.mention.kind == .date || c.mention.kind == .time || c.mention.isAnchoredLength, let asOf = c.asOf, !c.asOfStated,
            SubjectWords.isEvent(c.subjectHead), !c.modifiers.contains(SubjectWords.plannedMark)
        else {
            return false
        }
        if let implied = c.mention.implies { return implied.last.ordinal < asOf.first.ordinal }
        switch c.mention.value {
        case .date(let day): return day.last.ordinal < asOf.first.ordinal
        // "collapsed at 5:42 p.m. on Monday": a clock time on a day that is over.
        case .clock(let clock): return clock.day.map { $0.ordinal < asOf.first.ordinal } ?? false
        default: return false
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
    private static func window(_ t: TimePoint, stated: Bool, slack: Int) -> ClosedRange<Int> {
        stated ? t.days : (t.first.ordinal - slack)...t.last.ordinal
    }
}
