/// Dates written with digits and separators: "2021-07-26", "7/26/2021", "10/31/74", "16.11.2016", "31/Oct/1974",
/// "31-Oct-74", "2014-10", "11/2016", and "on 2/15" (a day and month without a year, only after a preposition that
/// introduces a date, since "24/7" and "3/4" are rarely dates). Slashes and hyphens read month first unless the first
/// number cannot be a month; dots read day first, as they are written in Europe.
public struct NumericDateRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "numeric-date"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Filed 2021-07-26 in Paris.", "2021-07-26", .date, "2021-07-26"),
        .expect("Filed on 7/26/2021.", "7/26/2021", .date, "2021-07-26"),
        .expect("Born 10/31/74 in Ohio.", "10/31/74", .date, "1974-10-31"),
        .expect("Signed 31/10/1974.", "31/10/1974", .date, "1974-10-31"),
        .expect("The law of 16.11.2016 applies.", "16.11.2016", .date, "2016-11-16"),
        .expect("Born 31-Oct-74.", "31-Oct-74", .date, "1974-10-31"),
        .expect("Born 31/Oct/1974.", "31/Oct/1974", .date, "1974-10-31"),
        .expect("Opened 2019-aug-1 in Oslo.", "2019-aug-1", .date, "2019-08-01"),
        .expect("Sales in 2014-10 fell.", "2014-10", .date, "2014-10"),
        .expect("Sales in 11/2016 fell.", "11/2016", .date, "2016-11"),
        .expect("It ended on 2/15.", "2/15", .date, "2021-02-15"),
        .expect("The offer ends on 2/15.", "2/15", .date, "2022-02-15"),
        .expect("It ended on 15/2.", "15/2", .date, "2021-02-15"),
        .reject("Open 24/7 all year.", "24/7"),
        .reject("Call 555-0134 now.", "555-0134"),
        .reject("They won 3-1 at home.", "3-1"),
        .reject("A 2010-2011 season.", "2010-2011"),
    ]

    /// Words after which a bare day and month ("2/15") is a date.
    static let datePrepositions: Set<String> = ["on", "by", "since", "until", "till", "before", "after", "from", "through", "of", "dated"]

    /// Where a match may start. The first digits of the date.
    public let lead: Lead = .numbers()

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            // "COVID-19": a number after a glued hyphen belongs to a name.
            guard s.tokens[i].shape == .number, i == 0 || !s.tokens[i - 1].is("-") || s.tokens[i - 1].spaced,
                let (point, end) = match(s, at: i)
            else { return nil }
            return (s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name), end)
        }
    }

    private func match(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        // "16.11.2016" is one token, its dots inside.
        if t[i].text.utf8.contains(UInt8(ascii: ".")) {
            let fields = t[i].text.split(separator: ".", omittingEmptySubsequences: false)
            let parts = fields.compactMap { Int($0) }
            guard parts.count == 3, fields.count == 3, fields[2].count == 2 || fields[2].count == 4 else { return nil }
            let y = fields[2].count == 2 ? DateWords.expand(twoDigitYear: parts[2], reference: s.reference) : parts[2]
            return CalendarDay(year: y, month: parts[1], day: parts[0]).map { (.day($0), i + 1) }
        }
        // The pieces: numbers or a month name, joined by one kind of separator, no spaces ("2 / 15" aside).
        var pieces: [Token] = [t[i]]
        var separator: String?
        var j = i + 1
        while j + 1 < t.count, pieces.count < 3, t[j].is("/") || t[j].is("-") || t[j].is("."),
            separator == nil || t[j].text == separator, !t[j + 1].spaced || t[j].is("/"),
            t[j + 1].shape == .number || (pieces.count == 1 && t[j + 1].shape == .word && Lexicon.months[t[j + 1].lower] != nil)
        {
            separator = t[j].text
            pieces.append(t[j + 1])
            j += 2
        }
        // A further separated number means a longer code ("555-0134-22"), not a date.
        if j + 1 < t.count, t[j].text == separator, !t[j].spaced, t[j + 1].shape == .number { return nil }
        guard let separator, pieces.count >= 2 else { return nil }
        let numbers = pieces.map { Int($0.text) }
        let widths = pieces.map { $0.text.count }
        switch pieces.count {
        case 3:
            if widths[0] == 4, let y = numbers[0], let m = numbers[1] ?? Lexicon.months[pieces[1].lower], let d = numbers[2] {
                return CalendarDay(year: y, month: m, day: d).map { (.day($0), j) }
            }
            guard widths[2] == 4 || widths[2] == 2, let last = numbers[2], let first = numbers[0] else { return nil }
            let y = widths[2] == 2 ? DateWords.expand(twoDigitYear: last, reference: s.reference) : last
            if numbers[1] == nil {
                guard let m = Lexicon.months[pieces[1].lower] else { return nil }
                return CalendarDay(year: y, month: m, day: first).map { (.day($0), j) }
            }
            guard let middle = numbers[1] else { return nil }
            let day = separator == "." ? CalendarDay(year: y, month: middle, day: first)
                : CalendarDay(year: y, month: first, day: middle) ?? CalendarDay(year: y, month: middle, day: first)
            return day.map { (.day($0), j) }
        default:
            guard separator != ".", let a = numbers[0], let b = numbers[1] else { return nil }
            // "2014-10" and "11/2016": a year and a month; "2010-2011" is a span, not a month.
            if widths[0] == 4, widths[1] <= 2, (1...12).contains(b), (1000...2999).contains(a) { return (.month(a, b), j) }
            if widths[1] == 4, widths[0] <= 2, (1...12).contains(a), (1000...2999).contains(b) { return (.month(b, a), j) }
            // "on 2/15": a day and month of the year nearest the reference.
            guard separator == "/", widths[0] <= 2, widths[1] <= 2, i > 0,
                NumericDateRecognizer.datePrepositions.contains(s.word(i - 1))
            else { return nil }
            let (m, d) = a <= 12 ? (a, b) : (b, a)
            guard (1...12).contains(m), (1...CalendarDay.daysIn(month: m, year: 2000)).contains(d) else { return nil }
            return DateWords.resolve(s, at: i, year: nil, month: m, day: d).map { ($0, j) }
        }
    }
}
