/// Ordinals that rank something: "his first face-to-face meeting", "the 20th anniversary", "the third increase",
/// "finished 73rd", "the twenty-fifth". "first" and "second" count only before what they rank, as they are also
/// adverbs and a unit of time ("had first been called", "a second"); fractions ("a third of", "one fifth") are not
/// ranks, and dates ("the 26th of July") belong to the date recognizers.
public struct OrdinalRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "ordinal"

    /// Words after an ordinal that are not what it ranks; after "first" or "second" they show an adverb or a unit.
    static let nonNouns: Set<String> = [
        "been", "be", "was", "were", "is", "are", "came", "said", "time", "of", "half", "quarter", "and", "or", "to",
        "in", "on", "at", "by", "that", "since", "after", "before", "for", "with", "hand", "place",
    ]

    /// Auxiliaries and pronouns after which "first" qualifies the verb that follows ("was first disclosed", "when it
    /// first opened").
    static let beforeAdverb: Set<String> = [
        "was", "were", "is", "are", "be", "been", "had", "has", "have", "it", "they", "he", "she", "we", "who", "which",
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
        .expect("The first attempt failed, and the second, two days later, too.", "second", .ordinal, "2"),
        .expect("The mission is the second for Kestrel.", "second", .ordinal, "2"),
        .expect("It broke through for the first time.", "first", .ordinal, "1"),
        .reject("Shares fell after the attack was first disclosed.", "first"),
        .reject("The 45th Weather Squadron gave a forecast.", "45th"),
        .expect("It is the country's second-busiest port.", "second-busiest", .ordinal, "2"),
        .expect("Ashby is the third-largest city.", "third-largest", .ordinal, "3"),
        .expect("She finished 73rd.", "73rd", .ordinal, "73"),
        .expect("It marked the twenty-fifth year.", "twenty-fifth year", .ordinal, "25"),
        .expect("He came in twenty fifth.", "twenty fifth", .ordinal, "25"),
        .expect("They finished thirty-first overall.", "thirty-first overall", .ordinal, "31"),
        .expect("The seventy-third session opened.", "seventy-third session", .ordinal, "73"),
        .expect("The one hundred twenty-fifth edition.", "one hundred twenty-fifth edition", .ordinal, "125"),
        .expect("Tokyo ranked ninth.", "ninth", .ordinal, "9"),
        .expect("He is seeking a third term.", "third term", .ordinal, "3"),
        .reject("A third of voters stayed home.", "third"),
        .reject("One fifth was lost.", "fifth"),
        .reject("Only one-eighth was left.", "eighth"),
        .reject("It lasted a second.", "second"),
    ]

    /// Where a match may start. The ordinal, in digits or words.
    public let lead: Lead = .numbers()

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            guard s.starts(lead, at: i) else {
                i += 1
                continue
            }
            guard let n = NumberParser.ordinal(t, at: i) else {
                i += 1
                continue
            }
            let next = n.end < t.count && t[n.end].shape == .word ? t[n.end].lower : nil
            // "the second-busiest port", "third-largest": a rank glued to a superlative.
            let superlative = n.end + 1 < t.count && t[n.end].is("-") && !t[n.end].spaced && !t[n.end + 1].spaced
                && t[n.end + 1].lower.hasSuffix("est")
            let ranksNoun = superlative || next.map { !OrdinalRecognizer.nonNouns.contains($0) && Lexicon.month(t[n.end]) == nil } ?? false
            // "a third", "one fifth" are shares unless a noun follows ("a third term").
            let numerator = s.word(i - 1) == "-" ? s.word(i - 2) : s.word(i - 1)  // "one-eighth"
            let fraction = n.spelled && ["a", "an", "one"].contains(numerator) && (!ranksNoun || next == "of")
            // "finished second" is an adverb, "the second, two days later" a rank; so is "was first disclosed".
            let ranked = ["the", "its", "their", "his", "her"].contains(s.word(i - 1)) && !["hand", "place"].contains(next ?? "")
            let afterVerb = t[i].lower == "first" && OrdinalRecognizer.beforeAdverb.contains(s.word(i - 1))
            let adverbial = n.end == i + 1 && ["first", "second"].contains(t[i].lower) && (!ranksNoun && !ranked || afterVerb)
            // "the 45th Weather Squadron", "the 3rd Infantry Division": a numbered name.
            let named = !n.spelled && n.end < t.count && t[n.end].shape == .word && t[n.end].isCapitalized
                && Lexicon.weekdays[t[n.end].lower] == nil
            let date = (n.end < t.count && Lexicon.month(t[n.end]) != nil) || (next == "of" && n.end + 1 < t.count && Lexicon.month(t[n.end + 1]) != nil)
            if fraction || adverbial || date || named || next == "half" || next == "quarter" {
                i = n.end
                continue
            }
            // The ranked noun may be a hyphenated compound: "first face-to-face meeting".
            var last = n.end
            if ranksNoun {
                last += superlative ? 0 : 1
                while last + 1 < t.count, t[last].is("-"), !t[last].spaced, !t[last + 1].spaced, t[last + 1].shape == .word { last += 2 }
            }
            found.append(s.mention(i, last, kind: .ordinal, value: .number(n.value), unit: nil, by: name))
            i = last
        }
        return found
    }
}
