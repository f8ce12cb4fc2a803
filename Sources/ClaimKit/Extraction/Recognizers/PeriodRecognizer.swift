/// Parts of years and decades, as TIMEX3 writes them: quarters ("the third quarter of 2016", "Q3 2016",
/// "third-quarter profit" → `2016-Q3`), halves ("the first half of 2021", "H2 2016" → `2021-H1`) and decades
/// ("the 1990s", "the '90s", "the early 2000s" → `199`, `200`). A quarter or half without a year is the nearest one,
/// as for a bare month.
public struct PeriodRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "period"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Sales fell in the third quarter of 2016.", "the third quarter of 2016", .date, "2016-Q3"),
        .expect("Sales fell in Q3 2016.", "Q3 2016", .date, "2016-Q3"),
        .expect("Sales fell in 2016 Q3.", "2016 Q3", .date, "2016-Q3"),
        .expect("Its fourth-quarter profit doubled.", "fourth-quarter", .date, "2020-Q4", reference: "2021-02-10"),
        .expect("Third-quarter revenue came in at €5.19bn.", "Third-quarter", .date, "2026-Q3", reference: "2026-11-10"),
        .expect("It will take a charge in the second quarter.", "the second quarter", .date, "2026-Q2", reference: "2026-06-05"),
        .expect("Growth slowed in the first half of the year.", "the first half of the year", .date, "2021-H1"),
        .expect("Output rose in H2 2016.", "H2 2016", .date, "2016-H2"),
        .expect("Crime fell in the 1990s.", "the 1990s", .date, "199"),
        .expect("Crime fell in the early 2000s.", "the early 2000s", .date, "200"),
        .expect("Music of the '80s sold.", "the '80s", .date, "198"),
        .reject("A quarter of voters agreed.", "quarter"),
        .reject("He won the first half.", "first half"),
    ]

    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    /// Where a match may start. The decade, part of a year or quarter code: "the 1990s", "mid-1990s", "third quarter", "Q3", a year.
    public let lead: Lead = .numbers(or: ["the", "early", "mid", "late", "q", "h"])

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            guard let (point, end) = decade(s, at: i) ?? part(s, at: i) ?? code(s, at: i) else { return nil }
            return (s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name), end)
        }
    }

    /// "the third quarter [of 2016 | of last year]", "fourth-quarter", "the first half of 2021".
    private func part(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        var j = s.word(i) == "the" ? i + 1 : i
        var n: Int?
        if let o = PeriodRecognizer.ordinals[s.word(j)] {
            n = o
            j += 1
        } else if j + 1 < t.count, t[j].shape == .number, let o = PeriodRecognizer.ordinals[t[j].text + s.word(j + 1)] {
            n = o
            j += 2
        }
        guard let n else { return nil }
        if s.word(j) == "-" { j += 1 }
        let quarter = ["quarter", "qtr"].contains(s.word(j))
        guard quarter || (s.word(j) == "half" && n <= 2), quarter || n <= 4 else { return nil }
        j += 1
        let stated = DateWords.statedYear(s, at: j)
        let (year, end) = (stated?.value, stated?.end ?? j)
        // Without a year, only "the first quarter" or "first-quarter results" name a period, not "a first half".
        guard year != nil || s.word(i) == "the" || t[i + 1].is("-") || s.word(i + 1) == "-" else { return nil }
        if year == nil, s.word(i) == "the", !quarter, s.word(j) != "of" { return nil }
        guard let y = year ?? yearOf(quarter: quarter, n, in: s, at: i) else { return nil }
        return (quarter ? .quarter(y, n) : .half(y, n), end)
    }

    /// The year of a quarter or half written without one, resolved by its last month so that one still under way is
    /// this one: "will take a charge in the second quarter", written in June, is this June's quarter.
    private func yearOf(quarter: Bool, _ n: Int, in s: SentenceContext, at i: Int) -> Int? {
        DateWords.resolve(s, at: i, year: nil, month: quarter ? 3 * n : 6 * n, day: nil)?.first.year
    }

    /// "Q3 2016", "2016 Q3", "H2 2016", "Q3 this year", "3Q".
    private func code(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        var j = i
        var leadingYear: Int?
        if let y = DateWords.year(t, at: i), ["q", "h"].contains(s.word(i + 1)) {
            leadingYear = y.value
            j = i + 1
        }
        guard ["q", "h"].contains(s.word(j)), t[j].text == t[j].text.uppercased() || leadingYear != nil, j + 1 < t.count,
            !t[j + 1].spaced, t[j + 1].shape == .number, let n = Int(t[j + 1].text)
        else { return nil }
        let quarter = s.word(j) == "q"
        guard (1...(quarter ? 4 : 2)).contains(n) else { return nil }
        let stated = DateWords.statedYear(s, at: j + 2)
        let (year, end) = leadingYear.map { ($0, j + 2) } ?? (stated?.value, stated?.end ?? j + 2)
        guard let y = year ?? yearOf(quarter: quarter, n, in: s, at: i) else { return nil }
        return (quarter ? .quarter(y, n) : .half(y, n), end)
    }

    /// "the 1990s", "1990s", "the '90s", "the early 2000s", "mid-1990s".
    private func decade(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        var j = s.word(i) == "the" ? i + 1 : i
        if ["early", "mid", "late"].contains(s.word(j)) { j += s.word(j + 1) == "-" ? 2 : 1 }
        var apostrophe = false
        if j < t.count, t[j].text == "'" || t[j].text == "\u{2019}" {
            apostrophe = true
            j += 1
        }
        guard j + 1 < t.count, t[j].shape == .number, s.word(j + 1) == "s", !t[j + 1].spaced, let n = Int(t[j].text), n % 10 == 0 else {
            return nil
        }
        let year: Int
        if apostrophe, t[j].text.count == 2 {
            year = n >= 30 ? 1900 + n : 2000 + n
        } else if t[j].text.count == 4 {
            year = n
        } else {
            return nil
        }
        guard j > i || apostrophe || t[j].text.count == 4 else { return nil }
        return (.decade(year), j + 2)
    }
}
