/// Lengths of time with no number, as TIMEX3 writes them (`PXY`): "for years", "several months", "a few weeks",
/// "the past few years", "in recent years", "decades of war". They are listed by `claims extract` but never stored as
/// claims: "for years" cannot contradict anything.
public struct VagueDurationRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "vague-duration"

    /// Plural units and their TIMEX3 letters.
    static let units: [String: String] = [
        "years": "Y", "months": "M", "weeks": "W", "days": "D", "decades": "DE", "centuries": "CE", "hours": "TXH",
        "minutes": "TXM",
    ]
    /// Words that make a plural unit a vague amount.
    static let vague: Set<String> = ["several", "few", "many", "some", "recent", "numerous", "countless"]
    /// Prepositions before a bare plural unit that make it a length ("for years", "in decades", "over months").
    static let lengthPrepositions: Set<String> = ["for", "over", "in", "within", "after", "during"]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The two sides have fought for years.", "years", .duration, "PXY"),
        .expect("Talks could take several months.", "several months", .duration, "PXM"),
        .expect("Prices rose over the past few years.", "the past few years", .duration, "PXY"),
        .expect("It was the worst flood in decades.", "decades", .duration, "PXDE"),
        .expect("Aid arrived within a few days.", "a few days", .duration, "PXD"),
        .reject("It happened several years ago.", "several years"),
        .reject("Many years later he returned.", "Many years"),
        .reject("He spent 12 years in prison.", "years"),
    ]

    /// Where a match may start. The unit of time itself ("weeks"); what comes before it is read backwards.
    public let lead: Lead = .words(Set(VagueDurationRecognizer.units.keys))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        for (i, token) in s.tokens.enumerated() {
            guard s.starts(lead, at: i) else { continue }
            guard let letter = VagueDurationRecognizer.units[token.lower], !["ago", "old", "later", "earlier", "before"].contains(s.word(i + 1))
            else { continue }
            // "12 years", "two decades" have a number: the duration recognizer's.
            let counted = i > 0 && (s.tokens[i - 1].shape == .number || s.number(at: i - 1)?.end == i)
            if counted, !VagueDurationRecognizer.vague.contains(s.word(i - 1)) { continue }
            var start = i
            if VagueDurationRecognizer.vague.contains(s.word(i - 1)) {
                start = i - 1
                if s.word(start - 1) == "a" { start -= 1 }
            } else if !VagueDurationRecognizer.lengthPrepositions.contains(s.word(i - 1)) {
                continue
            }
            // "the past few years", "the last several months", "the next few days"
            if ["past", "last", "next", "coming"].contains(s.word(start - 1)), s.word(start - 2) == "the" { start -= 2 }
            let value = letter.hasPrefix("T") ? "PT" + String(letter.dropFirst()) : "PX" + letter
            found.append(s.mention(start, i + 1, kind: .duration, value: .timex(value), unit: nil, by: name))
        }
        return found
    }
}
