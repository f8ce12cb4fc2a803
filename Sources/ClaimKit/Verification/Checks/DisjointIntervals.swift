/// Two claims about the same thing at the same time whose value intervals do not overlap: a contradiction.
/// Durations are compared in days, so "14 months" and "just over a year" meet, and sums per day, week or month per
/// year, so "$8 a month" and "$96 a year" meet.
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
        let (ia, ib) = a.kind == .quantity && a.unit != b.unit ? (DisjointIntervals.inBase(a), DisjointIntervals.inBase(b))
            : (DisjointIntervals.normalized(a), DisjointIntervals.normalized(b))
        guard !ia.overlaps(ib) else { return nil }
        // Hedged wording or a time taken from the publication date leaves room for a reading where both hold.
        let hedged = a.qualifier != nil || b.qualifier != nil
        let inferred = !x.claim.asOfStated && !y.claim.asOfStated
        let severity: Severity = hedged || inferred ? .medium : .high
        let explanation =
            "\(pairing.sameness); “\(a.text)” allows \(Describe.interval(a)) but “\(b.text)” allows \(Describe.interval(b)): the ranges do not overlap"
        return Finding(x, y, relation: .contradiction, severity: severity, explanation: explanation)
    }

    /// A measure's interval in its dimension's base unit. An unhedged figure is widened by half a step of its stated
    /// precision, as a figure converted from a rounded one is rounded too ("111.4°F" is 44.1C give or take, "2 miles"
    /// is 3 km); a hedge already says how far it reaches.
    static func inBase(_ m: Mention) -> Interval {
        guard let unit = m.unit, case .number(let value) = m.value else { return m.interval }
        let slack = m.qualifier == nil ? Tolerance.step(of: value) / 2 : 0
        return Interval(
            low: m.interval.low.flatMap { Units.inBase($0 - slack, unit: unit) }, high: m.interval.high.flatMap { Units.inBase($0 + slack, unit: unit) })
    }

    /// The interval of a mention in a common unit: durations in days, rates of money per year. A month is 28 to 31
    /// days and a year 365 or 366, so "a three-month review" and "a 90-day review" are one length.
    static func normalized(_ m: Mention) -> Interval {
        let (lowFactor, highFactor): (Double, Double)
        if case .duration(let d) = m.value {
            switch d.unit {
            case .months: (lowFactor, highFactor) = (28, 31)
            case .years: (lowFactor, highFactor) = (365, 366)
            default: (lowFactor, highFactor) = (d.unit.days, d.unit.days)
            }
        } else if m.kind == .money, let rate = Rate(m.unit) {
            (lowFactor, highFactor) = (rate.perYear, rate.perYear)
        } else {
            return m.interval
        }
        return Interval(low: m.interval.low.map { $0 * lowFactor }, high: m.interval.high.map { $0 * highFactor })
    }
}

/// A sum's unit read as a currency and a period: "EUR per month" is EUR, 12 a year.
struct Rate {
    /// The currency ("EUR").
    let currency: String
    /// How many of the period make a year (1 for a lump sum or "per year").
    let perYear: Double

    /// The rate a money unit names; a plain currency is a lump sum (per year 1, never compared with a rate).
    init?(_ unit: String?) {
        guard let unit else { return nil }
        let parts = unit.components(separatedBy: " per ")
        guard parts.count == 2, let factor = ["year": 1.0, "month": 12, "week": 52, "day": 365][parts[1]] else { return nil }
        currency = parts[0]
        perYear = factor
    }
}
