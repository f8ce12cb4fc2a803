/// One comparison rule: given two claims about the same subject, the finding they produce, if any. Each rule is a file
/// in `Checks/`.
public protocol Check: Sendable {
    /// A short name for the rule.
    var name: String { get }
    /// The finding for two claims already known to be about the same subject; `pairing` says why, and whether they
    /// hold for the same time.
    func compare(_ a: StoredClaim, _ b: StoredClaim, pairing: Pairing) -> Finding?
}

/// Why two claims are about the same subject, and whether (and why) they hold for the same time.
public struct Pairing: Sendable {
    /// Which parts of the subject matched, in words: "“troops” (US) in Iraq".
    public let subject: String
    /// Why they hold for the same time ("at 2021-07-26", "a past event ..."); nil when they hold at different times.
    public let time: String?

    /// "both are about X at T", as findings open.
    public var sameness: String {
        "both are about \(subject)" + (time.map { " \($0)" } ?? "")
    }
}
