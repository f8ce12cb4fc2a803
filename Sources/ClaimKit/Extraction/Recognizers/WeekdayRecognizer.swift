/// Weekdays resolved against the publication date: "on Monday" is the most recent Monday (the same day if the
/// article is dated a Monday), or the coming one when the sentence speaks of the future; "last"/"next" force the direction.
public struct WeekdayRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "weekday"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("On Monday, Biden met Kadhimi.", "Monday", .date, "2021-07-26"),
        .expect("The warning runs from Saturday until Friday.", "Friday", .date, "2021-07-30"),
        .expect("Colder air will follow, with temperatures falling as low as minus 7C in rural Scotland on Friday.", "Friday", .date, "2021-07-30"),
        .expect("The storm hit the coast, with winds reaching 90mph in rural Scotland on Friday.", "Friday", .date, "2021-07-23"),
        .expect("The team will hold a news conference in the German city of Darmstadt on Monday.", "Monday", .date, "2025-07-21", reference: "2025-07-18"),
        .expect("The warning runs from Saturday.", "Saturday", .date, "2024-12-07", reference: "2024-12-05"),
        .expect("He is due at the White House on Monday.", "Monday", .date, "2021-07-26", reference: "2021-07-24"),
        .expect("The round got under way on Friday.", "Friday", .date, "2021-07-23", reference: "2021-07-24"),
        .expect("They sat down in the Oval Office on Monday.", "Monday", .date, "2021-07-26", reference: "2021-07-27"),
        .expect("She arrives next Tuesday.", "next Tuesday", .date, "2021-07-27"),
        .expect("It rained last Friday.", "last Friday", .date, "2021-07-23"),
        .expect("It rained the previous Friday.", "previous Friday", .date, "2021-07-23"),
        .expect("Talks resume this coming Thursday.", "coming Thursday", .date, "2021-07-29"),
        .expect("The summit opens this Friday.", "this Friday", .date, "2021-07-30"),
        .expect("The summit opens on Friday next week.", "Friday next week", .date, "2021-08-06"),
        .expect("The vote was on Tuesday of last week.", "Tuesday of last week", .date, "2021-07-20"),
        .expect("It opened last week on Tuesday.", "last week on Tuesday", .date, "2021-07-20"),
        .expect("Shares fell 3% from Friday's close.", "Friday's", .date, "2021-07-23"),
        .expect("From Saturday, households will be limited to 150 litres.", "Saturday", .date, "2021-07-31"),
        .expect("The operator expected to return to a full schedule by Wednesday.", "by Wednesday", .date, "2021-07-28"),
        .expect("All 690 flights scheduled on Saturday were cancelled.", "Saturday", .date, "2021-07-24"),
        .expect("The government set up a €50 million relief fund on Tuesday.", "Tuesday", .date, "2021-07-20"),
        .expect("On Saturday, crowds gathered and police said they will return.", "Saturday", .date, "2021-07-24"),
        .reject("Monday Night Football is back.", "Monday Night"),
    ]

    /// "Friday next week", "Tuesday of last week", "next week on Friday", "last week Sunday": the week (-1, 0, 1) and
    /// the span around the weekday.
    private func namedWeek(_ s: SentenceContext, weekday i: Int) -> (Int, Int, Int)? {
        let weeks = ["last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "following": 1]
        if s.word(i + 2) == "week", let w = weeks[s.word(i + 1)] { return (w, i, i + 3) }
        if s.word(i + 1) == "of", s.word(i + 3) == "week", let w = weeks[s.word(i + 2)] { return (w, i, i + 4) }
        let back = s.word(i - 1) == "on" ? i - 1 : i
        if s.word(back - 1) == "week", let w = weeks[s.word(back - 2)] { return (w, back - 2, i + 1) }
        return nil
    }

    /// Words before a weekday that fix its direction, folded to last, next or this.
    static let direction: [String: String] = [
        "last": "last", "previous": "last", "past": "last", "next": "next", "coming": "next", "following": "next",
        "upcoming": "next", "this": "this",
    ]

    /// Where a match may start. A weekday, also in the possessive ("Monday's").
    public let lead: Lead = .words(Set(Lexicon.weekdays.keys).union(Lexicon.weekdays.keys.map { $0 + "'s" }))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        guard let r = s.reference else { return [] }
        var found: [Mention] = []
        for (i, token) in s.tokens.enumerated() {
            guard s.starts(lead, at: i) else { continue }
            // "Friday's close", "Monday’s earthquake": the possessive still names the day.
            let word = token.lower.hasSuffix("'s") ? String(token.lower.dropLast(2)) : token.lower
            guard token.isCapitalized || s.isLowerCase, let target = Lexicon.weekdays[word] else { continue }
            // "Monday Night Football": a weekday inside a name.
            if i + 1 < s.tokens.count, s.tokens[i + 1].isCapitalized, s.tokens[i + 1].shape == .word { continue }
            let monday = r.adding(days: 1 - r.weekday)
            if let (week, start, end) = namedWeek(s, weekday: i) {
                let day = monday.adding(days: 7 * week + target - 1)
                found.append(s.mention(start, end, kind: .date, value: .date(.day(day)), unit: nil, by: name))
                continue
            }
            let before = WeekdayRecognizer.direction[s.word(i - 1)]
            let start = before == nil ? i : i - 1
            let back = (r.weekday - target + 7) % 7
            let ahead = (target - r.weekday + 7) % 7
            let offset: Int
            switch before {
            case "last": offset = -(back == 0 ? 7 : back)
            case "next": offset = ahead == 0 ? 7 : ahead
            case "this": offset = target - r.weekday
            default: offset = s.speaksOfFuture(before: start) ? ahead : -back
            }
            found.append(s.mention(start, i + 1, kind: .date, value: .date(.day(r.adding(days: offset))), unit: nil, by: name))
        }
        return found
    }
}
