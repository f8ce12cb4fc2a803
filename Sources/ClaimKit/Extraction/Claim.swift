/// A checkable figure in context: a mention plus what it is about, when it holds, who said it, and the sentence.
public struct Claim: Sendable, Hashable {
    /// The figure as found in the text.
    public var mention: Mention
    /// A few words naming what the figure is about ("troops in Iraq (US)").
    public var subject: String
    /// The normalized head the store indexes comparable claims by: `kind:head`; empty when nothing names the subject.
    public var subjectKey: String
    /// Normalized modifiers that pick out one instance of the head ("current", "police"), sorted.
    public var modifiers: [String]
    /// The place named for the figure in its sentence; nil when the sentence names none.
    public var place: String?
    /// The one-off event that fixes the figure, when its clause names one ("adopted a budget of $1.35 billion" →
    /// adopt): reports of it some days apart are reports of the same event.
    public var event: String?
    /// Whose figure it is when the wording says ("American troops" → US); claims of different owners never compare.
    public var owner: String?
    /// The date or period the figure refers to; nil when the article's date is unknown, or for an earlier value left
    /// undated ("down from 3,000").
    public var asOf: TimePoint?
    /// Whether `asOf` is written in the sentence ("in 2007", "last year") rather than taken from the publication date.
    public var asOfStated: Bool
    /// Who is quoted or credited, when the sentence says so.
    public var speaker: String?
    /// The sentence's code-point range in the body.
    public var sentenceRange: Range<Int>
    /// The sentence's text.
    public var sentence: String

    /// The head of the subject key ("count:troops" → "troops"): sliced, as it is asked for every pair a check visits.
    public var subjectHead: String {
        subjectKey.firstIndex(of: ":").map { String(subjectKey[subjectKey.index(after: $0)...]) } ?? subjectKey
    }
}
