/// Two claims about the same thing at the same time whose value intervals do not overlap: a contradiction.
/// Durations are compared in days, so "14 months" and "just over a year" meet.
public struct DisjointIntervals: Check {
    /// The name recorded on what this rule finds.
    public let name = "disjoint-intervals"

    /// The rule; it holds no state.
    public init() {}

    /// The finding two comparable claims produce, or nil.
    public func compare(_ x: StoredClaim, _ y: StoredClaim, pairing: Pairing) -> Finding? {
        let a = x.claim.mention
        let b = y.claim.mention
        guard pairing.time != nil, a.kind == b.kind else { return nil }
        let ia = DisjointIntervals.inDays(a)
        let ib = DisjointIntervals.inDays(b)
        guard !ia.overlaps(ib) else { return nil }
        // Hedged wording or a time taken from the publication date leaves room for a reading where both hold.
        let hedged = a.qualifier != nil || b.qualifier != nil
        let inferred = !x.claim.asOfStated && !y.claim.asOfStated
        let severity: Severity = hedged || inferred ? .medium : .high
        let explanation =
            "\(pairing.sameness); “\(a.text)” allows \(Describe.interval(a)) but “\(b.text)” allows \(Describe.interval(b)): the ranges do not overlap"
        return Finding(x, y, relation: .contradiction, severity: severity, explanation: explanation)
    }

    /// The interval of a mention, with durations converted to days so that units compare.
    static func inDays(_ m: Mention) -> Interval {
        guard case .duration(let d) = m.value else { return m.interval }
        let factor = d.unit.days
        return Interval(low: m.interval.low.map { $0 * factor }, high: m.interval.high.map { $0 * factor })
    }
}
