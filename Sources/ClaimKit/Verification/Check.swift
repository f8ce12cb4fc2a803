/// One comparison rule: given two comparable claims, the finding they produce, if any. Each rule is a file in `Checks/`.
public protocol Check: Sendable {
    /// A short name for the rule.
    var name: String { get }
    /// The finding for two claims already known to be about the same subject at the same time.
    func compare(_ a: StoredClaim, _ b: StoredClaim, sameness: String) -> Finding?
}
