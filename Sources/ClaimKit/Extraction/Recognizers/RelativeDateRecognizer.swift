/// Dates relative to the publication date: "today", "yesterday", "last year", "next month", "this autumn",
/// "two years ago", "earlier this week", "a day earlier".
public struct RelativeDateRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "relative-date"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Since last year, troops have trained Iraqis.", "last year", .date, "2020"),
        .expect("Two years ago the number was higher.", "Two years ago", .date, "2019"),
        .expect("The pullout is due next month.", "next month", .date, "2021-08"),
        .expect("Elections come this autumn.", "this autumn", .date, "2021-FA"),
        .expect("They met yesterday.", "yesterday", .date, "2021-07-25"),
        .expect("He said so last month.", "last month", .date, "2021-07", reference: "2021-08-03"),
        .expect("It rose earlier this year.", "earlier this year", .date, "2021"),
        .expect("He spoke a day earlier.", "a day earlier", .date, "2021-07-25"),
        .expect("The quake struck on Friday. A day earlier, a foreshock hit.", "A day earlier", .date, "2021-07-22"),
        .expect("Rent reached $2,460 in December, up 8.3% from a year earlier.", "a year earlier", .date, "2019-12"),
        .expect("Residents left on Saturday. The following day, crews vented the cars.", "following day", .date, "2021-07-25"),
        .expect("Residents left on Friday. The next day, crews vented the cars.", "next day", .date, "2021-07-24"),
        .expect("Forecasters gave a 70% chance of good weather for Tuesday.", "Tuesday", .date, "2021-07-27"),
        .expect("It announces its next decision on Wednesday.", "Wednesday", .date, "2021-07-28"),
        .expect("Prices rose 3.1% in the first quarter from a year earlier.", "a year earlier", .date, "2020-Q1"),
        .expect("Patients arrived on Friday, some of whom had waited since the previous evening.", "previous evening", .date, "2021-07-22TEV"),
        .expect("Three months ago it began.", "Three months ago", .date, "2021-04"),
        .expect("A few days ago the camp was full.", "A few days ago", "2021-07-23", from: "2021-07-21", to: "2021-07-24"),
        .expect("It opened several years ago.", "several years ago", "2018", from: "2014-01-01", to: "2018-12-31"),
        .expect("The day after tomorrow, talks resume.", "The day after tomorrow", .date, "2021-07-28"),
        .expect("Shelling resumed last night.", "last night", .date, "2021-07-25TNI"),
        .expect("He spoke this morning.", "this morning", .date, "2021-07-26TMO"),
        .expect("Next year's race is on Oct. 12.", "Next year's", .date, "2022"),
        .expect("It was worse than last week's storm.", "last week's", .date, "2021-W29"),
        .expect("This winter's toll rose to 17.", "This winter's", .date, "2021-WI"),
        .expect("About 2,500 troops are there now.", "now", .date, "PRESENT_REF"),
        .expect("Prices have recently risen.", "recently", .date, "PAST_REF"),
        .expect("Fighting eased over the weekend.", "the weekend", .date, "2021-W29-WE"),
        .expect("Crowds are expected this weekend.", "this weekend", .date, "2021-W30-WE"),
        .expect("Troops arrived in the summer.", "the summer", .date, "2021-SU"),
        .expect("Talks began in the summer of 2016.", "the summer of 2016", .date, "2016-SU"),
        .expect("The plant reopens three weeks from now.", "three weeks from now", .date, "2021-08-16"),
        .expect("It closed two days before yesterday.", "two days before yesterday", .date, "2021-07-23"),
        .expect("Profit fell last quarter.", "last quarter", .date, "2021-Q2"),
        .expect("The plant closed late last year.", "late last year", .date, "2020"),
        .expect("Talks resume the following week.", "following week", .date, "2021-W31"),
        .expect("Stocks are low at the moment.", "at the moment", .date, "PRESENT_REF"),
        .reject("The last troops left.", "last"),
        .expect("It made its debut flight last July.", "last July", .date, "2024-07", reference: "2025-07-18"),
        .expect("Headroom was £9.9bn last March.", "last March", .date, "2025-03", reference: "2026-03-19"),
        .expect("Talks resume next March.", "next March", .date, "2022-03"),
        .expect("The plant opened last May.", "last May", .date, "2021-05"),
        .reject("Prices fall in spring.", "spring"),
        .reject("Eleven were found in a chamber beyond the fall.", "the fall"),
        .reject("It has not been seen since the fall of Kabul.", "the fall"),
        .expect("Classes resume in the fall.", "the fall", .date, "2021-FA"),
        .expect("Farmers planted cereals in the autumn.", "the autumn", .date, "2021-FA", reference: "2022-08-17"),
        .expect("Farmers will plant cereals in the autumn.", "the autumn", .date, "2022-FA", reference: "2022-08-17"),
        .reject("Now the talks begin.", "Now"),
    ]

    /// Where a match may start. A deictic word ("yesterday", "now"), last, this or next, a season, or the count of "two years
    /// ago" ("several years ago").
    public let lead: Lead = .numbers(or: Set(["early", "late", "mid", "now", "currently", "nowadays", "at", "recently", "lately", "the", "tonight", "last", "this", "today", "yesterday", "tomorrow", "earlier", "later", "next", "past", "previous", "current", "coming", "upcoming", "following"]).union(Lexicon.seasons.keys).union(RelativeDateRecognizer.vagueAmounts.keys))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        guard let r = s.reference else { return [] }
        return s.scan(lead) { i in
            // "late last year", "early next month": the edge narrows nothing in TIMEX3 but belongs to the phrase.
            let edge = ["early", "late", "mid"].contains(s.word(i)) ? 1 : 0
            guard let (point, end) = match(s, at: i + edge, reference: r) else { return nil }
            return (s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name), end)
        }
    }

    private func match(_ s: SentenceContext, at i: Int, reference r: CalendarDay) -> (TimePoint, Int)? {
        let w = s.word(i)
        if let deictic = deictic(s, at: i, reference: r) { return deictic }
        switch w {
        case "the" where s.word(i + 1) == "day" && ["before", "after"].contains(s.word(i + 2)):
            if s.word(i + 3) == "yesterday" { return (.day(r.adding(days: -2)), i + 4) }
            if s.word(i + 3) == "tomorrow" { return (.day(r.adding(days: 2)), i + 4) }
        case "tonight": return (.partOfDay(r, "NI"), i + 1)
        case "the" where s.word(i + 1) == "weekend":
            // "over the weekend" has passed unless the sentence looks ahead; on a Saturday or Sunday it is this one.
            let past = !s.speaksOfFuture(before: i) && r.weekday < 6
            return (.weekend(of: r.adding(days: past ? -7 : 0)), i + 2)
        case "last" where s.word(i + 1) == "night": return (.partOfDay(r.adding(days: -1), "NI"), i + 2)
        case "this" where Lexicon.partsOfDay[s.word(i + 1)] != nil: return (.partOfDay(r, Lexicon.partsOfDay[s.word(i + 1)]!), i + 2)
        case "today": return (.day(r), i + 1)
        case "yesterday": return (.day(r.adding(days: -1)), i + 1)
        case "tomorrow": return (.day(r.adding(days: 1)), i + 1)
        case "earlier", "later":
            if s.word(i + 1) == "this", let (p, _) = period(s.word(i + 2), offset: 0, r) { return (p, i + 3) }
        case "last", "this", "next", "past", "previous", "current", "coming", "upcoming", "following":
            // "The following day", "the previous evening": counted from a day the text named before (see
            // `EventAnchors`), else from the publication date.
            if ["following", "next", "previous"].contains(w), s.word(i - 1) == "the", s.word(i + 1) == "day" || Lexicon.partsOfDay[s.word(i + 1)] != nil {
                let day = r.adding(days: w == "previous" ? -1 : 1)
                return (Lexicon.partsOfDay[s.word(i + 1)].map { .partOfDay(day, $0) } ?? .day(day), i + 2)
            }
            // "the past year" is a length of time, the duration recognizer's; "last year" is a date.
            guard s.word(i - 1) != "the" || ["following", "coming", "previous", "current"].contains(w) else { return nil }
            let offset = ["last", "past", "previous"].contains(w) ? -1 : ["next", "coming", "upcoming", "following"].contains(w) ? 1 : 0
            if let (p, e) = period(s.word(i + 1), offset: offset, r) { return (p, i + 1 + e) }
        default: break
        }
        if let season = season(s, at: i, reference: r) { return season }
        // "two years ago", "a day earlier", "three days from now", "two weeks after tomorrow", "five days hence"
        if let (amount, unitIndex) = count(s, at: i), let (unit, multiplier) = Lexicon.durationUnits[s.word(unitIndex)] {
            // "three years later" is a length of time in news prose; only an anchored direction names a date here
            // ("earlier than" compares, it does not date).
            let direction = s.word(unitIndex + 1)
            var anchor = r
            var sign = -1
            var end = unitIndex + 2
            switch direction {
            case "ago": break
            case "earlier" where s.word(unitIndex + 2) != "than": break
            case "hence": sign = 1
            case "from", "after", "before":
                let anchors = ["now": 0, "today": 0, "tomorrow": 1, "yesterday": -1]
                guard let shift = anchors[s.word(unitIndex + 2)] else { return nil }
                anchor = r.adding(days: shift)
                sign = direction == "before" ? -1 : 1
                end = unitIndex + 3
            default: return nil
            }
            func shifted(_ units: Double) -> TimePoint? {
                let n = sign * Int(units * multiplier)
                switch unit {
                case .years: return .year(anchor.year + n)
                case .months:
                    let total = anchor.year * 12 + anchor.month - 1 + n
                    return .month(total / 12, total % 12 + 1)
                case .weeks: return .day(anchor.adding(days: 7 * n))
                case .days: return .day(anchor.adding(days: n))
                default: return nil
                }
            }
            guard let point = shifted(amount.value) else { return nil }
            // "a few days ago" is written as three days ago, and spans every day it could mean.
            guard amount.low != amount.high, let near = shifted(amount.low), let far = shifted(amount.high) else { return (point, end) }
            let (first, last) = sign < 0 ? (far.first, near.last) : (near.first, far.last)
            return (TimePoint(timex: point.timex, first: first, last: last, grain: .span), end)
        }
        return nil
    }

    /// "in the summer", "summer 2016", "the summer of 2016", "this autumn" (via `period`): a season is the nearest
    /// one unless a year is written. "fall" and "spring" are verbs and nouns too ("beyond the fall", "the fall of
    /// Kabul", "a hot spring"), so they need a year, or "the" after a preposition of time.
    private func season(_ s: SentenceContext, at i: Int, reference r: CalendarDay) -> (TimePoint, Int)? {
        let start = s.word(i) == "the" ? i + 1 : i
        guard let code = Lexicon.seasons[s.word(start)] else { return nil }
        var j = start + 1
        if s.word(j) == "of" { j += 1 }
        if let y = DateWords.year(s.tokens, at: j) { return (.season(y.value, code), y.end) }
        let ambiguous = s.word(start) == "fall" || s.word(start) == "spring"
        let timed = ["in", "during", "over", "by", "until", "since", "through", "before", "after", "into"].contains(s.word(i - 1))
        guard (start > i && !ambiguous) || (timed && (start > i || !ambiguous)), s.word(start + 1) != "of" else { return nil }
        let middle = ["SP": 4, "SU": 7, "FA": 10, "WI": 1][code]!
        guard let resolved = DateWords.resolve(s, at: i, year: nil, month: middle, day: nil)?.first.year else { return nil }
        var year = code == "WI" ? resolved - 1 : resolved
        // "Farmers planted cereals in the autumn", said in August: a season told in the past has begun.
        if TimePoint.season(year, code).first > r, s.speaksOfPast(before: i), !s.speaksOfFuture(before: i) { year -= 1 }
        return (.season(year, code), start + 1)
    }

    /// "now", "currently", "at present" (the present); "recently", "lately" (the past); "the future".
    /// A sentence-opening "Now" is a discourse marker ("Now the talks begin"), not a time.
    private func deictic(_ s: SentenceContext, at i: Int, reference r: CalendarDay) -> (TimePoint, Int)? {
        switch s.word(i) {
        case "now" where (i > 0 || s.tokens.count == 1) && s.word(i - 1) != "from" && s.word(i - 1) != "until" && s.word(i + 1) != "that":
            return (.reference("PRESENT_REF", on: r), i + 1)
        case "currently", "nowadays": return (.reference("PRESENT_REF", on: r), i + 1)
        case "at" where s.word(i + 1) == "present": return (.reference("PRESENT_REF", on: r), i + 2)
        case "at" where s.word(i + 1) == "the" && s.word(i + 2) == "moment": return (.reference("PRESENT_REF", on: r), i + 3)
        case "recently", "lately": return (.reference("PAST_REF", on: r), i + 1)
        case "the" where s.word(i + 1) == "future" && s.word(i - 1) == "in": return (.reference("FUTURE_REF", on: r), i + 2)
        default: return nil
        }
    }

    /// The number before a time unit: digits, number words, or "a".
    private func count(_ s: SentenceContext, at i: Int) -> ((low: Double, value: Double, high: Double), Int)? {
        if (s.word(i) == "a" && s.word(i + 1) != "few") || s.word(i) == "an" { return ((1, 1, 1), i + 1) }
        let vague = s.word(i) == "a" ? i + 1 : i
        if let amount = RelativeDateRecognizer.vagueAmounts[s.word(vague)] { return (amount, vague + 1) }
        guard let n = s.number(at: i), !n.yearLike else { return nil }
        return ((n.value, n.value, n.value), n.end)
    }

    /// Amounts without a number, as the units they may stand for and the one TIMEX3 writes ("a few days" is 3).
    static let vagueAmounts: [String: (low: Double, value: Double, high: Double)] = ["few": (2, 3, 5), "several": (3, 3, 7)]

    /// "year", "month", "week", a season or a weekday after last/this/next, and how many tokens it took.
    private func period(_ word: String, offset: Int, _ r: CalendarDay) -> (TimePoint, Int)? {
        // "next year's race", "last week's storm", "this winter's toll": the possessive names the same period.
        let word = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        switch word {
        case "year": return (.year(r.year + offset), 1)
        case "month":
            let total = r.year * 12 + r.month - 1 + offset
            return (.month(total / 12, total % 12 + 1), 1)
        case "week":
            let monday = r.adding(days: 1 - r.weekday + 7 * offset)
            let sunday = monday.adding(days: 6)
            return (TimePoint(timex: RelativeDateRecognizer.isoWeek(monday), first: monday, last: sunday, grain: .span), 1)
        case "weekend":
            return (.weekend(of: r.adding(days: 7 * offset)), 1)
        case "quarter":
            let total = r.year * 4 + (r.month - 1) / 3 + offset
            return (.quarter(total / 4, total % 4 + 1), 1)
        default:
            // "last July" is the latest July before this month, "next March" the first after it, "this May" this
            // year's (in July, "last July" is a year ago).
            if let month = Lexicon.months[word], word.count > 3 || word == "may" {
                let year = offset < 0 ? (month < r.month ? r.year : r.year - 1) : offset > 0 ? (month > r.month ? r.year : r.year + 1) : r.year
                return (.month(year, month), 1)
            }
            guard let code = Lexicon.seasons[word] else { return nil }
            return (.season(r.year + offset, code), 1)
        }
    }

    /// The ISO week name of the week that starts on `monday` ("2021-W29").
    static func isoWeek(_ monday: CalendarDay) -> String {
        let thursday = monday.adding(days: 3)
        let firstDay = CalendarDay(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.ordinal - firstDay.ordinal) / 7 + 1
        return CalendarDay.pad(thursday.year, 4) + "-W" + CalendarDay.pad(week, 2)
    }
}
