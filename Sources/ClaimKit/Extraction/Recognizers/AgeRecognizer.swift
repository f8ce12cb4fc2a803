/// Ages: "a 34-year-old man", "she is 12 years old", "aged 78", "at the age of 40", "3 years of age", "a six-month-old
/// baby", "Haskins, 61,". The value is the age in the unit written; "a 20-year-old" is an age, not a 20-year span.
public struct AgeRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "age"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("A 34-year-old man was arrested.", "34-year-old", .age, "34"),
        .expect("The boy is 12 years old.", "12 years old", .age, "12"),
        .expect("The victim, aged 78, died.", "aged 78", .age, "78"),
        .expect("He retired at the age of 40.", "the age of 40", .age, "40"),
        .expect("Most are diagnosed at 3 years of age.", "3 years of age", .age, "3"),
        .expect("A six-month-old baby survived.", "six-month-old", .age, "6"),
        .expect("The dam is more than six decades old.", "more than six decades old", .age, "60"),
        .reject("After a 20-year war, troops left.", "20-year"),
        .expect("Haskins, 61, conceded on Thursday.", "61", .age, "61"),
        .reject("In Halvik, 30, the count rose.", "30"),
        .reject("In May, 12, 14 and 19 were found.", "12"),
    ]

    /// Units an age is counted in, and how many of the unit kept each is: "six decades old" is 60 years old.
    static let units: [String: (unit: String, factor: Double)] = [
        "year": ("years", 1), "years": ("years", 1), "month": ("months", 1), "months": ("months", 1), "week": ("weeks", 1),
        "weeks": ("weeks", 1), "day": ("days", 1), "days": ("days", 1), "decade": ("years", 10), "decades": ("years", 10),
        "century": ("years", 100), "centuries": ("years", 100),
    ]

    /// Where a match may start. The age, or the words that introduce one: "aged 78", "the age of 40".
    public let lead: Lead = .numbers(or: ["aged", "age", "the"])

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            guard let (value, unit, start, end) = match(s, at: i) else { return nil }
            // An age dates its owner's origin: "the 60-year-old dam" in 2025 was built about 1965.
            let units: [String: Duration.Unit] = ["years": .years, "months": .months, "days": .days]
            let implied = s.reference.flatMap { r in units[unit].flatMap { DurationRecognizer.implied(by: Duration(value, $0), before: r) } }
            return (s.mention(start, end, kind: .age, value: .number(value), unit: unit, by: name).with(implies: implied), end)
        }
    }

    /// "Haskins, 61, said": a whole number in digits set off by commas after a name is that person's age (not after a
    /// place, a month or a day: "in Halvik, 30, ...", "May, 12").
    private func isAppositive(_ n: ParsedNumber, in s: SentenceContext) -> Bool {
        let t = s.tokens
        let i = n.first
        guard !n.spelled, n.value >= 1, n.value < 120, n.value == n.value.rounded(), i >= 2, t[i - 1].is(","), t[n.end].is(","),
            t[i - 2].shape == .word, t[i - 2].isCapitalized
        else { return false }
        let name = t[i - 2].lower
        // A name after a preposition is a place: "In Halvik, 30 ..."
        let placed = ["in", "at", "from", "near", "to", "of"].contains(s.word(i - 3))
        return !placed && Places.names[name] == nil && Lexicon.months[name] == nil && Lexicon.weekdays[name] == nil
    }

    private func match(_ s: SentenceContext, at i: Int) -> (Double, String, Int, Int)? {
        let t = s.tokens
        // "aged 78", "the age of 40", "age 40"
        if s.word(i) == "aged" || s.word(i) == "age" || (s.word(i) == "the" && s.word(i + 1) == "age" && s.word(i + 2) == "of") {
            let j = s.word(i) == "the" ? i + 3 : i + 1
            guard let n = s.number(at: j), !n.yearLike, n.value > 0, n.value < 130 else { return nil }
            return (n.value, "years", i, n.end)
        }
        guard let n = s.number(at: i), !n.yearLike, n.end < t.count else { return nil }
        if isAppositive(n, in: s) { return (n.value, "years", i, n.end) }
        var j = n.end
        // "34-year-old", "six-month-old"
        if t[j].is("-"), let (unit, factor) = AgeRecognizer.units[s.word(j + 1)], s.word(j + 2) == "-", s.word(j + 3) == "old" {
            return (n.value * factor, unit, i, j + 4)
        }
        guard let (unit, factor) = AgeRecognizer.units[s.word(j)] else { return nil }
        j += 1
        if s.word(j) == "old" { return (n.value * factor, unit, i, j + 1) }
        if s.word(j) == "of", s.word(j + 1) == "age" { return (n.value * factor, unit, i, j + 2) }
        return nil
    }
}
