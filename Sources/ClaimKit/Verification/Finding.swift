/// How two claims relate, as a finding states it.
public enum Relation: String, Sendable, Codable, CaseIterable {
    /// The two cannot both be true.
    case contradiction
    /// A toll that can only rise is reported lower later: a correction, a different count, or an error.
    case decrease
}

/// How much a finding should worry a reader.
public enum Severity: String, Sendable, Codable, CaseIterable {
    case high, medium, low
}

/// Where a finding is in review; a dismissed finding stays dismissed when claims are checked again.
public enum ReviewStatus: String, Sendable, Codable, CaseIterable {
    case open, confirmed, dismissed
}

/// Two stored claims that cannot both be true, with the reason, as the verifier reports it.
public struct Finding: Sendable {
    /// The store's id, once stored.
    public var id: Int64?
    /// One claim (the one stored first).
    public var a: StoredClaim
    /// The other claim.
    public var b: StoredClaim
    /// How they relate.
    public var relation: Relation
    /// How much it matters.
    public var severity: Severity
    /// Why the two are taken to be about the same thing at the same time, and why their values clash.
    public var explanation: String
    /// Review state.
    public var status: ReviewStatus
    /// The reviewer's note.
    public var note: String?

    /// A new, open finding; the pair is ordered by claim id so the same pair is always the same finding.
    public init(_ x: StoredClaim, _ y: StoredClaim, relation: Relation, severity: Severity, explanation: String) {
        (a, b) = x.id < y.id ? (x, y) : (y, x)
        self.relation = relation
        self.severity = severity
        self.explanation = explanation
        status = .open
    }
}
