/// Cross-references claims: pairs those about the same subject at the same time and runs every check on them.
public struct Verifier: Sendable {
    /// The comparison rules, each a file in `Checks/`.
    public static let checks: [any Check] = [DisjointIntervals(), ImpliedDates(), FallingToll()]

    /// A verifier with the standard checks.
    public init() {}

    /// Findings among a set of claims (a full check). Pairs are formed only where a rule could hold: within a subject
    /// key; between claims in compatible places (or with no place named); and, for counted figures, within
    /// `Comparability.reachDays` in time. Each group is sorted by time, so a check costs about the claims times the
    /// reports of the same thing near them, not the store's size squared.
    public func findings(among claims: [StoredClaim]) -> [Finding] {
        // Groups hold indices into `claims`: a stored claim is a large value, and copying it into every group and sort
        // cost as much as the comparisons.
        var groups: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() where !c.claim.subjectKey.isEmpty { groups[c.claim.subjectKey, default: []].append(i) }
        let timed = TimedClaims(claims: claims)
        var found: [Finding] = []
        for key in groups.keys.sorted() {
            var byPlace: [String: [Int]] = [:]
            var unplaced: [Int] = []
            for i in groups[key]! {
                if let place = claims[i].claim.place { byPlace[place, default: []].append(i) } else { unplaced.append(i) }
            }
            unplaced = timed.sorted(unplaced)
            byPlace = byPlace.mapValues(timed.sorted)
            for place in byPlace.keys.sorted() {
                let here = byPlace[place]!
                found += pairs(here, here, in: timed)
                for other in Places.family(place) where other > place { found += pairs(here, byPlace[other] ?? [], in: timed) }
                found += pairs(here, unplaced, in: timed)
            }
            found += pairs(unplaced, unplaced, in: timed)
        }
        return found
    }

    /// Claims with the day each starts on, looked up by index.
    private struct TimedClaims {
        let claims: [StoredClaim]
        let starts: [Int]

        init(claims: [StoredClaim]) {
            self.claims = claims
            self.starts = claims.map { $0.claim.asOf?.first.ordinal ?? Int.min }
        }

        func sorted(_ list: [Int]) -> [Int] { list.sorted { starts[$0] < starts[$1] } }

        /// The first position of a time-sorted list whose claim starts on or after `day`.
        func lowerBound(_ list: [Int], _ day: Int) -> Int {
            var (low, high) = (0, list.count)
            while low < high {
                let mid = (low + high) / 2
                if starts[list[mid]] < day { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// The findings between two time-sorted lists (the same list for pairs within it), visiting for each claim only
    /// the claims of the other list that can be in reach.
    private func pairs(_ first: [Int], _ second: [Int], in timed: TimedClaims) -> [Finding] {
        let same = first.first == second.first && first.count == second.count
        var found: [Finding] = []
        for (i, ai) in first.enumerated() {
            let a = timed.claims[ai]
            let timeless = Verifier.timeless(a)
            // A period starts at most a year before a figure that meets it ("last year"): start the walk there.
            let from = timeless ? 0 : timed.lowerBound(second, timed.starts[ai] - Comparability.reachDays - 366)
            for j in (same ? max(from, i + 1) : from)..<second.count {
                let b = timed.claims[second[j]]
                if !timeless, !Verifier.timeless(b), timed.starts[second[j]] > (a.claim.asOf?.last.ordinal ?? 0) + Comparability.reachDays { break }
                found += compare(a, b)
            }
        }
        return found
    }

    private static func timeless(_ c: StoredClaim) -> Bool {
        c.claim.asOf == nil || Comparability.timelessKinds.contains(c.claim.mention.kind)
    }

    /// Findings between new claims and candidates from the store (an incremental check).
    public func findings(for new: [StoredClaim], against candidates: [StoredClaim]) -> [Finding] {
        let newIDs = Set(new.map(\.id))
        var found: [Finding] = []
        for n in new {
            for c in candidates where c.claim.subjectKey == n.claim.subjectKey && !(newIDs.contains(c.id) && c.id <= n.id) {
                found += compare(n, c)
            }
        }
        return found
    }

    /// Every comparable pair between two articles' claims: the ones that agree and the ones that contradict.
    public func pairs(_ first: [StoredClaim], _ second: [StoredClaim]) -> [ComparedPair] {
        var out: [ComparedPair] = []
        for a in first {
            for b in second where a.claim.subjectKey == b.claim.subjectKey {
                guard let pairing = Comparability.pairing(a, b) else { continue }
                let finding = Verifier.checks.lazy.compactMap { $0.compare(a, b, pairing: pairing) }.first
                guard pairing.time != nil || finding != nil else { continue }
                out.append(ComparedPair(a: a, b: b, sameness: pairing.sameness, finding: finding))
            }
        }
        return out
    }

    private func compare(_ a: StoredClaim, _ b: StoredClaim) -> [Finding] {
        guard let pairing = Comparability.pairing(a, b) else { return [] }
        return Verifier.checks.compactMap { $0.compare(a, b, pairing: pairing) }
    }
}

/// Two claims from two articles about the same thing, side by side: at the same time they agree unless a check found
/// a contradiction; at different times they are listed only for a finding (a toll that fell).
public struct ComparedPair: Sendable {
    /// The claim of the first article.
    public let a: StoredClaim
    /// The claim of the second article.
    public let b: StoredClaim
    /// Why the two are about the same thing (and at the same time).
    public let sameness: String
    /// The contradiction between them, if any.
    public let finding: Finding?
}
