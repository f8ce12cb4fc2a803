/// Cross-references claims: pairs those about the same subject at the same time and runs every check on them.
public struct Verifier: Sendable {
    /// The comparison rules, each a file in `Checks/`.
    public static let checks: [any Check] = [DisjointIntervals(), ImpliedDates(), FallingToll()]

    /// A verifier with the standard checks.
    public init() {}

    /// Findings among a set of claims (a full check); pairs are formed within subject-key groups only.
    public func findings(among claims: [StoredClaim]) -> [Finding] {
        var groups: [String: [StoredClaim]] = [:]
        for c in claims where !c.claim.subjectKey.isEmpty { groups[c.claim.subjectKey, default: []].append(c) }
        var found: [Finding] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!
            for i in group.indices {
                for j in group.indices where j > i {
                    found += compare(group[i], group[j])
                }
            }
        }
        return found
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
