/// A toll that can only rise (deaths, injuries, people displaced or evacuated) reported lower at a later time: not a
/// contradiction, as the two hold at different times, but worth a reader's look: a correction, another count, or an
/// error. Low severity; only for reports within `Comparability.reachDays` of each other.
public struct FallingToll: Check {
    /// The name recorded on what this rule finds.
    public let name = "falling-toll"

    /// The rule; it holds no state.
    public init() {}

    /// The note for two reports of one toll at different times where the later is certainly lower, or nil.
    public func compare(_ x: StoredClaim, _ y: StoredClaim, pairing: Pairing) -> Finding? {
        guard pairing.time == nil, Comparability.isToll(x.claim), let tx = x.claim.asOf, let ty = y.claim.asOf
        else { return nil }
        let (earlier, later) = tx.last.ordinal < ty.first.ordinal ? (x, y) : ty.last.ordinal < tx.first.ordinal ? (y, x) : (x, x)
        guard earlier.id != later.id, let low = earlier.claim.mention.interval.low, let high = later.claim.mention.interval.high,
            high < low, later.claim.asOf!.first.ordinal - earlier.claim.asOf!.last.ordinal <= Comparability.reachDays
        else { return nil }
        let (e, l) = (earlier.claim, later.claim)
        let explanation = "\(pairing.sameness), a toll that only rises; “\(l.mention.text)” for \(l.asOf!.timex) allows "
            + "\(Describe.interval(l.mention)), below “\(e.mention.text)” for \(e.asOf!.timex) (\(Describe.interval(e.mention))): "
            + "a correction, another count, or an error"
        return Finding(x, y, relation: .decrease, severity: .low, explanation: explanation)
    }
}
