/// Recurrences, as TIMEX3 writes a SET: "every week", "each year", "every other day", "every three months", "daily",
/// "annual", "twice a week", "every Monday", "on Mondays", "every morning", and rates such as "40 hours per week".
/// They are listed by `claims extract` but never stored as claims: a rhythm alone asserts nothing checkable.
public struct RecurrenceRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "recurrence"

    /// Adverbs and adjectives of frequency and the period they repeat at.
    static let adverbs: [String: String] = [
        "daily": "P1D", "everyday": "P1D", "nightly": "TNI", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
        "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H",
        "biannually": "P0.5Y", "semiannually": "P0.5Y",
    ]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Inspectors visit every week.", "every week", .set, "P1W"),
        .expect("Buses run every other day.", "every other day", .set, "P2D"),
        .expect("Rates are reviewed every three months.", "every three months", .set, "P3M"),
        .expect("The council meets twice a year.", "twice a year", .set, "P1Y"),
        .expect("Its annual budget grew.", "annual", .set, "P1Y"),
        .expect("The market opens on Mondays.", "Mondays", .set, "XXXX-WXX-1"),
        .expect("He runs every morning.", "every morning", .set, "TMO"),
        .expect("Staff work 40 hours per week.", "per week", .set, "P1W"),
        .reject("He paid for a year of rent.", "a year"),
    ]

    /// Where a match may start. An adverb ("weekly"), plural weekdays ("Mondays"), "every", "once", "times", or the "a" or "per" of a rate.
    public let lead: Lead = .words(Set(RecurrenceRecognizer.adverbs.keys).union(Lexicon.weekdays.keys.map { $0 + "s" }).union(["semi", "every", "each", "once", "twice", "times", "a", "an", "per"]))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            guard let (value, start, end) = match(s, at: i) else { return nil }
            return (s.mention(start, end, kind: .set, value: .timex(value), unit: nil, by: name), end)
        }
    }

    private func match(_ s: SentenceContext, at i: Int) -> (String, Int, Int)? {
        let w = s.word(i)
        if let period = RecurrenceRecognizer.adverbs[w] { return (period, i, i + 1) }
        if w == "semi", s.word(i + 1) == "-", let period = RecurrenceRecognizer.adverbs["semi" + s.word(i + 2)] { return (period, i, i + 3) }
        // "on Mondays", "Sundays"
        if w.hasSuffix("s"), let day = Lexicon.weekdays[String(w.dropLast())], s.tokens[i].isCapitalized || s.isLowerCase {
            return ("XXXX-WXX-\(day)", i, i + 1)
        }
        // "every week", "each year", "every other day", "every three months", "every Monday", "every morning"
        if w == "every" || w == "each" {
            var j = i + 1
            var amount = 1.0
            if s.word(j) == "other" {
                amount = 2
                j += 1
            } else if let n = s.number(at: j), !n.yearLike {
                amount = n.value
                j = n.end
            }
            if let day = Lexicon.weekdays[s.word(j)], amount == 1 { return ("XXXX-WXX-\(day)", i, j + 1) }
            if let part = Lexicon.partsOfDay[s.word(j)], amount == 1 { return ("T" + part, i, j + 1) }
            if let period = period(s.word(j), amount: amount) { return (period, i, j + 1) }
            return nil
        }
        // "once a year", "twice a week", "three times a month"; "$8 a year", "40 hours per week"
        if ["once", "twice"].contains(w) || (w == "times" && i > 0), ["a", "an", "per"].contains(s.word(i + 1)),
            let period = period(s.word(i + 2), amount: 1)
        {
            let start = w == "times" ? max(0, i - 1) : i
            return (period, start, i + 3)
        }
        // A rate follows a figure: "$8 a year", "40 hours per week", "78 cents a share" (not a unit of time: no match).
        let afterFigure = (1...2).contains { k in i >= k && s.tokens[i - k].shape == .number }
        if ["a", "an", "per"].contains(w), afterFigure, let period = period(s.word(i + 1), amount: 1) {
            return (period, i, i + 2)
        }
        return nil
    }

    /// The ISO period of `amount` units ("P3M", "PT1H", "P2W"); nil when the word is not a unit of time.
    private func period(_ word: String, amount: Double) -> String? {
        guard let (unit, multiplier) = Lexicon.durationUnits[word] else { return nil }
        return Duration(amount * multiplier, unit).iso
    }
}
