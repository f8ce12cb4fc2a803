/// Ordinals that rank something: "his first face-to-face meeting", "the 20th anniversary", "the third increase".
/// Adverbial uses ("had first been called") and dates ("the 26th of July") are not ordinals here.
public struct OrdinalRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "ordinal"

    static let words: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "fortieth": 40, "fiftieth": 50, "hundredth": 100,
    ]
    /// Words after an ordinal that show it is an adverb or a unit, not a rank.
    static let nonNouns: Set<String> = [
        "been", "be", "was", "were", "is", "are", "came", "said", "time", "of", "half", "quarter", "and", "or", "to",
        "in", "on", "at", "by", "that", "since", "after", "before", "for", "with", "hand", "place",
    ]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("It was his first face-to-face meeting with Biden.", "first face-to-face", .ordinal, "1"),
        .expect("Before the 20th anniversary of the attacks.", "20th anniversary", .ordinal, "20"),
        .expect("It is the third increase this year.", "third increase", .ordinal, "3"),
        .reject("The vote had first been called for June.", "first"),
        .reject("He finished second.", "second"),
    ]

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        for i in t.indices {
            var value: Double?
            var end = i + 1
            if let w = OrdinalRecognizer.words[t[i].lower] {
                value = w
            } else if t[i].shape == .number, let n = Int(t[i].text), i + 1 < t.count, !t[i + 1].spaced,
                ["st", "nd", "rd", "th"].contains(t[i + 1].lower)
            {
                value = Double(n)
                end = i + 2
            }
            guard let value, end < t.count, t[end].shape == .word, !OrdinalRecognizer.nonNouns.contains(t[end].lower),
                Lexicon.month(t[end]) == nil
            else { continue }
            // The ranked noun may be a hyphenated compound: "first face-to-face meeting".
            var last = end + 1
            while last + 1 < t.count, t[last].is("-"), !t[last].spaced, !t[last + 1].spaced, t[last + 1].shape == .word { last += 2 }
            found.append(s.mention(i, last, kind: .ordinal, value: .number(value), unit: nil, by: name))
        }
        return found
    }
}
