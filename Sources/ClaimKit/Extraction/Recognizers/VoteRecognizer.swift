/// Vote tallies: "voted 6-3", "voting 7-2", "a 5-4 ruling", "passed 218 to 214", "by a vote of 52-48". The value is the
/// tally for-against; a score ("won 3-2") is not a vote, so a word of voting must stand next to it.
public struct VoteRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "vote"

    /// Verbs of a vote, right before the tally or a few words before it, past what was voted on ("passed the Homes
    /// for Elmridge plan 8-3").
    static let verbs: Set<String> = ["voted", "passed", "approved", "rejected", "adopted", "confirmed"]
    /// Words right before a tally that make it a vote.
    static let before: Set<String> = verbs.union(["voting", "vote", "votes", "of"])
    /// Words after a tally that make it a vote.
    static let after: Set<String> = ["vote", "votes", "ruling", "decision", "majority", "margin", "verdict", "tally"]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The council voted 6-3 on Tuesday.", "6-3", .count, "6-3"),
        .expect("It approved the plan, voting 7-2 to raise taxes.", "7-2", .count, "7-2"),
        .expect("In a 5-4 ruling, the court agreed.", "5-4", .count, "5-4"),
        .expect("The bill passed 218 to 214.", "218 to 214", .count, "218-214"),
        .expect("Members had voted 1,042 to 131 on Thursday.", "1,042 to 131", .count, "1042-131"),
        .expect("The council passed the Homes for Elmridge plan 8-3 on March 10.", "8-3", .count, "8-3"),
        .reject("United won 3-2 at home.", "3-2"),
        .reject("Voters approved it, and United won 3-2 at home.", "3-2"),
    ]

    /// Where a match may start. The first tally.
    public let lead: Lead = .numbers()

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            let t = s.tokens
            // Whole numbers only, thousands separators allowed ("voted 1,042 to 131").
            func whole(_ k: Int) -> Int? { t[k].shape == .number ? Int(t[k].text.filter { $0 != "," }) : nil }
            func verbBefore() -> Bool {
                (max(0, i - 6)..<i).contains { k in VoteRecognizer.verbs.contains(s.word(k)) && (k + 1..<i).allSatisfy { t[$0].shape == .word } }
            }
            // The joiner first: most numbers stand in no pair, and are turned away before any string is built.
            guard i + 2 < t.count, t[i + 1].is("-") || t[i + 1].lower == "to", let a = whole(i), let b = whole(i + 2), a >= b,
                VoteRecognizer.before.contains(s.word(i - 1)) || VoteRecognizer.after.contains(s.word(i + 3)) || verbBefore()
            else { return nil }
            // "a vote of 52-48" but not "of 3 to 5 people": "of" counts only after "vote".
            if s.word(i - 1) == "of", s.word(i - 2) != "vote" { return nil }
            let m = s.mention(i, i + 3, kind: .count, value: .tally(a, b), unit: "votes (for-against)", by: name)
            return (m, i + 3)
        }
    }
}
