/// A length counted from an event against a date written for that event: "18 years after the US invaded", in an
/// article of 2021-07-26, puts the invasion in 2003 give or take a year, so "invaded in 2001" contradicts it and
/// "the invasion of March 2003" agrees. An age dates an origin the same way: "the 60-year-old dam", written in 2025,
/// contradicts "built in 1962".
public struct ImpliedDates: Check {
    /// The name recorded on what this rule finds.
    public let name = "implied-dates"

    /// The rule; it holds no state.
    public init() {}

    /// The finding for a length and a date of one event whose periods cannot meet, or nil.
    public func compare(_ x: StoredClaim, _ y: StoredClaim, pairing: Pairing) -> Finding? {
        let (length, date) = x.claim.mention.isAnchoredLength ? (x, y) : (y, x)
        guard length.claim.mention.isAnchoredLength, date.claim.mention.kind == .date,
            let implied = ImpliedDates.window(length.claim), case .date(let day) = date.claim.mention.value
        else { return nil }
        let written = day.first.ordinal...day.last.ordinal
        guard !implied.overlaps(Interval(low: Double(written.lowerBound), high: Double(written.upperBound))) else { return nil }
        let m = length.claim.mention
        let bounds = [implied.low, implied.high].map { $0.map { CalendarDay(ordinal: Int($0)).iso } ?? "open" }
        let slack = m.kind == .age ? "" : " (a unit either side for rounding)"
        let explanation = "\(pairing.sameness); “\(m.text)” written on \(length.claim.asOf?.timex ?? "an unknown date") puts the event "
            + "between \(bounds[0]) and \(bounds[1])\(slack), but “\(date.claim.mention.text)” is \(day.timex)"
        return Finding(x, y, relation: .contradiction, severity: m.qualifier == nil ? .medium : .low, explanation: explanation)
    }

    /// The days the event can fall on: the length's interval counted back from its publication date, one unit wider
    /// on each side because lengths are rounded ("18 years" is anything from 17 to 19).
    static func window(_ c: Claim) -> Interval? {
        guard let reference = c.asOf else { return nil }
        // An age is exact: "60 years old" is 60 until the 61st birthday.
        if c.mention.kind == .age, case .number(let n) = c.mention.value {
            let unit = ["years": 365.25, "months": 30.44, "days": 1.0][c.mention.unit ?? ""] ?? 365.25
            return Interval(low: Double(reference.first.ordinal) - (n + 1) * unit, high: Double(reference.last.ordinal) - n * unit)
        }
        guard case .duration(let d) = c.mention.value else { return nil }
        let unit = d.unit.days
        let low = c.mention.interval.high.map { Double(reference.first.ordinal) - ($0 + 1) * unit }
        let high = c.mention.interval.low.map { Double(reference.last.ordinal) - ($0 - 1) * unit } ?? Double(reference.last.ordinal)
        return Interval(low: low, high: high)
    }
}
