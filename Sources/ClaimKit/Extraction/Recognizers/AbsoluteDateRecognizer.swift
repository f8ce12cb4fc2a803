/// Calendar dates written out: "July 26, 2021", "26 July", "March 2003", "in October", "in 2003", "2021-07-26",
/// "7/26/2021", "mid-January", "the end of 2011", "by the end of August", "the end of March next year".
/// A month without a year is the occurrence nearest the reference date (looking ahead when the sentence speaks of the future).
public struct AbsoluteDateRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "date"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The meeting was on July 26, 2021.", "July 26, 2021", .date, "2021-07-26"),
        .expect("It is due on 26 July.", "26 July", .date, "2021-07-26"),
        .expect("The invasion of March 2003 toppled him.", "March 2003", .date, "2003-03"),
        .expect("The 1946 eruption sent lava into the sea.", "1946", .date, "1946"),
        .expect("He backed elections in October.", "October", .date, "2021-10"),
        .expect("Hale pleaded guilty in November to one count.", "November", .date, "2023-11", reference: "2024-05-17"),
        .expect("A final design review in November cleared the spacecraft to fly.", "November", .date, "2024-11", reference: "2025-07-18"),
        .expect("It is the fifth hurricane of the 2024 season, which runs from June 1 to Nov. 30.", "June 1", .date, "2024-06-01", reference: "2024-10-11"),
        .expect("Elections will be held on 10 October after being pushed back from 6 June.", "6 June", .date, "2021-06-06", reference: "2021-07-27"),
        .expect("October was the wettest month on record.", "October", .date, "2020-10", reference: "2021-07-27"),
        .expect("Nobody gave us a chance in August, she said.", "August", .date, "2024-08", reference: "2025-05-26"),
        .expect("She said recruitment would open in September.", "September", .date, "2025-09", reference: "2025-02-19"),
        .expect("In April, Biden spoke.", "April", .date, "2021-04", reference: "2021-08-03"),
        .expect("The campaign began in 2014.", "2014", .date, "2014"),
        .expect("Troops left at the end of 2011.", "the end of 2011", .date, "2011-12"),
        .expect("It ends by the end of August.", "by the end of August", .date, "2021-08-31", low: nil, high: 18870),
        .expect("A role until the end of March next year.", "the end of March next year", .date, "2022-03-31"),
        .expect("The cut was done by mid-January.", "by mid-January", .date, "2021-01-15", reference: "2021-07-24"),
        .expect("The vote is scheduled for 10 November.", "10 November", .date, "2021-11-10", reference: "2021-07-24"),
        .expect("Elections will be held in March.", "March", .date, "2022-03", reference: "2021-08-03"),
        .expect("Born 31st Oct 1974.", "31st Oct 1974", .date, "1974-10-31"),
        .expect("Signed 16 Nov. 2016 in Paris.", "16 Nov. 2016", .date, "2016-11-16"),
        .expect("It opens march 3rd 2015.", "march 3rd 2015", .date, "2015-03-03"),
        .expect("It opens march third 2015.", "march third 2015", .date, "2015-03-03"),
        .expect("Due on the 15th of March.", "the 15th of March", .date, "2022-03-15"),
        .expect("He married in june of 1992.", "june of 1992", .date, "1992-06"),
        .expect("Talks resume Monday, Feb 18.", "Monday, Feb 18", .date, "2021-02-18"),
        .expect("We met Thursday the twenty first.", "Thursday the twenty first", .date, "2017-09-21", reference: "2017-09-27"),
        .expect("Payment is due sept. 5.", "sept. 5", .date, "2021-09-05"),
        .expect("Rent is due on the 20th of next month.", "the 20th of next month", .date, "2021-08-20"),
        .expect("Rent is due on the 15th day of this month.", "the 15th day of this month", .date, "2021-07-15"),
        .expect("Signed on the 4th of July of 1995.", "the 4th of July of 1995", .date, "1995-07-04"),
        .expect("Rules change by the end of next month.", "by the end of next month", .date, "2021-08-31"),
        .expect("Prices rose from January's level.", "January's", .date, "2021-01"),
        .expect("Feed prices have risen 35% since January.", "January", .date, "2022-01", reference: "2022-08-17"),
        .expect("It had 112mm of rain between October and June.", "October", .date, "2021-10", reference: "2022-08-17"),
        .expect("The ban runs from November to March.", "March", .date, "2023-03", reference: "2022-08-17"),
        .reject("The agency said on Monday, the first full month since service returned.", "the first"),
        .reject("You may go now.", "may"),
        .reject("They march 3 miles.", "march 3"),
        .reject("May 2 million people vote.", "May 2"),
        .reject("Boeing 737 jets flew.", "737"),
    ]

    /// Where a match may start. A day, a month (also "January's"), a year, a weekday, or the edge of a period ("the end of", "mid-", "early").
    public let lead: Lead = .numbers(or: Set(["the", "end", "start", "beginning", "middle", "mid", "early", "late"]).union(Lexicon.weekdays.keys).union(Lexicon.months.keys).union(Lexicon.months.keys.map { $0 + "'s" }))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            guard let m = endOf(s, at: i) ?? written(s, at: i) else { return nil }
            return (m, s.tokens.firstIndex(where: { $0.start >= m.end }) ?? s.tokens.count)
        }
    }

    /// "the end of 2011", "the end of the year", "end of March next year", "mid-January", "early 2020".
    private func endOf(_ s: SentenceContext, at i: Int) -> Mention? {
        var j = i
        if s.word(j) == "the" { j += 1 }
        let edge = s.word(j)
        guard ["end", "start", "beginning", "middle"].contains(edge), s.word(j + 1) == "of" else {
            return midMonth(s, at: i)
        }
        j += 2
        var period: TimePoint?
        var after = j
        if s.word(j) == "the" || s.word(j) == "this", ["year", "month"].contains(s.word(j + 1)), let r = s.reference {
            period = s.word(j + 1) == "year" ? .year(r.year) : .month(r.year, r.month)
            after = j + 2
        } else if s.word(j) == "last" || s.word(j) == "next", s.word(j + 1) == "year", let r = s.reference {
            period = .year(r.year + (s.word(j) == "last" ? -1 : 1))
            after = j + 2
        } else if s.word(j) == "last" || s.word(j) == "next", s.word(j + 1) == "month", let r = s.reference {
            let total = r.year * 12 + r.month - 1 + (s.word(j) == "last" ? -1 : 1)
            period = .month(total / 12, total % 12 + 1)
            after = j + 2
        } else if let (p, e) = monthOrYear(s, at: j) {
            period = p
            after = e
        }
        guard let period else { return nil }
        let deadline = ["by", "until", "till", "before"].contains(s.word(i - 1))
        let point: TimePoint
        switch (edge, period.grain) {
        case ("end", .year) where !deadline: point = .month(period.last.year, 12)
        case ("end", _): point = .day(period.last)
        case ("middle", .year): point = .month(period.first.year, 6)
        case (_, .year): point = .month(period.first.year, 1)
        case ("middle", _): point = .day(period.first.adding(days: 14))
        default: point = .day(period.first)
        }
        return s.mention(i, after, kind: .date, value: .date(point), unit: nil, by: name)
    }

    /// "mid-January", "early 2020", "late March".
    private func midMonth(_ s: SentenceContext, at i: Int) -> Mention? {
        let t = s.tokens
        guard ["mid", "early", "late"].contains(s.word(i)) else { return nil }
        var j = i + 1
        if j < t.count, t[j].is("-") { j += 1 }
        guard let (period, end) = monthOrYear(s, at: j) else { return nil }
        let point: TimePoint
        switch (s.word(i), period.grain) {
        case ("mid", .month): point = .day(period.first.adding(days: 14))
        case ("mid", _): point = .month(period.first.year, 6)
        default: point = period
        }
        return s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name)
    }

    /// A written date starting at token i, with the weekday that may name it first ("Monday, Feb 18").
    private func written(_ s: SentenceContext, at i: Int) -> Mention? {
        if Lexicon.weekdays[s.word(i)] != nil {
            var j = i + 1
            if s.word(j) == "," { j += 1 }
            if let (point, end) = dayMonth(s, at: j) ?? monthDay(s, at: j) ?? dayOfWeekday(s, at: j, weekday: i) {
                return s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name)
            }
            return nil
        }
        if let (point, dateEnd) = dayMonth(s, at: i) ?? monthDay(s, at: i) {
            // "Jul 18, Fri": a weekday after the date belongs to it.
            let end = s.word(dateEnd) == "," && Lexicon.weekdays[s.word(dateEnd + 1)] != nil ? dateEnd + 2 : dateEnd
            return s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name)
        }
        if let (point, end) = monthAlone(s, at: i) {
            return s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name)
        }
        // A year: "in 2003", "since 2014", "2014,"
        if let n = s.number(at: i), n.yearLike, n.end == i + 1, isYearContext(s, at: i) {
            return s.mention(i, i + 1, kind: .date, value: .date(.year(Int(n.value))), unit: nil, by: name)
        }
        return nil
    }

    /// "26 July [2021]", "31st Oct 1974", "16. Nov. 2016", "the 15th of March", "third of March".
    private func dayMonth(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        let start = s.word(i) == "the" ? i + 1 : i
        guard let (d, afterDay) = DateWords.day(t, at: start) else { return nil }
        var j = afterDay
        if j < t.count, t[j].is("."), t[j - 1].shape == .number { j += 1 }
        if s.word(j) == "of" { j += 1 }
        // A spelled ordinal or "the" needs "of" or a capitalized month: "first march" is not a date.
        if s.word(j) == "day", s.word(j + 1) == "of" { j += 2 }
        if let (month, end) = relativeMonth(s, at: j), s.word(j - 1) == "of" {
            return CalendarDay(year: month.year, month: month.month, day: d).map { (.day($0), end) }
        }
        guard let m = DateWords.month(t, at: j), t[start].shape == .number || s.word(j - 1) == "of" || t[j].isCapitalized else {
            return nil
        }
        var end = j + 1
        if end < t.count, t[end].is("."), Lexicon.isAbbreviatedMonth(t[j]), end + 1 < t.count { end += 1 }
        if s.word(end) == "," || s.word(end) == "of" { end += 1 }
        let year = DateWords.year(t, at: end)
        guard let point = DateWords.resolve(s, at: i, year: year?.value, month: m, day: d) else { return nil }
        return (point, year?.end ?? (s.word(end - 1) == "," ? end - 1 : end))
    }

    /// "this month", "next month", "the next month", "last month": the month, and the index after it.
    private func relativeMonth(_ s: SentenceContext, at j: Int) -> ((year: Int, month: Int), Int)? {
        let k = s.word(j) == "the" ? j + 1 : j
        guard let r = s.reference, s.word(k + 1) == "month", let offset = ["this": 0, "next": 1, "last": -1, "previous": -1][s.word(k)] else {
            return nil
        }
        let total = r.year * 12 + r.month - 1 + offset
        return ((total / 12, total % 12 + 1), k + 2)
    }

    /// "July 26, 2021", "Jan. 5", "march 3rd 2015", "march third", "May 18 of 2019".
    private func monthDay(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        guard let m = DateWords.month(t, at: i) else { return nil }
        var j = i + 1
        if j < t.count, t[j].is("."), Lexicon.isAbbreviatedMonth(t[i]), j + 1 < t.count { j += 1 }
        if s.word(j) == "the" { j += 1 }
        guard let (d, afterDay) = DateWords.day(t, at: j), !(t[j].shape == .number && t[j].text.count == 4) else { return nil }
        // "May 2 million" is not a date, nor is "march 3 miles": a lower-case month is a verb before a noun.
        if afterDay < t.count, NumberParser.scales[t[afterDay].lower] != nil { return nil }
        if !t[i].isCapitalized, afterDay < t.count, t[afterDay].shape == .word, !Lexicon.phraseBreakers.contains(t[afterDay].lower) {
            return nil
        }
        var yearAt = afterDay
        if s.word(yearAt) == "," || s.word(yearAt) == "of" { yearAt += 1 }
        let year = DateWords.year(t, at: yearAt)
        guard let point = DateWords.resolve(s, at: i, year: year?.value, month: m, day: d) else { return nil }
        return (point, year?.end ?? afterDay)
    }

    /// "March 2003", "june of 1992", "May last year", or a bare month resolved to the nearest occurrence.
    private func monthAlone(_ s: SentenceContext, at i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        guard let m = DateWords.month(t, at: i) else { return nil }
        var end = i + 1
        if end < t.count, t[end].is("."), Lexicon.isAbbreviatedMonth(t[i]), end + 1 < t.count { end += 1 }
        let year = DateWords.statedYear(s, at: end)
        // A lower-case "may" or "march" is a month only with its year written out.
        if !t[i].isCapitalized, ["may", "march", "mar"].contains(t[i].lower), year?.relative != false { return nil }
        if let year { return (.month(year.value, m), year.end) }
        // A bare month name: skip sentence-initial "May" and "March", which are more often words.
        if (m == 5 || m == 3) && i == 0 { return nil }
        guard let point = DateWords.resolve(s, at: i, year: nil, month: m, day: nil) else { return nil }
        return (point, end)
    }

    /// "Tuesday the 19th", "Thursday 21st": the nearest day of that number that falls on that weekday.
    private func dayOfWeekday(_ s: SentenceContext, at j: Int, weekday i: Int) -> (TimePoint, Int)? {
        let t = s.tokens
        let start = s.word(j) == "the" ? j + 1 : j
        guard let r = s.reference, let target = Lexicon.weekdays[s.word(i)], let (d, end) = DateWords.day(t, at: start),
            t[start].shape != .number || end > start + 1 || s.word(j) == "the",
            // "on Monday, the first full month since ...": a spelled ordinal before a noun counts something else.
            t[start].shape == .number || end >= t.count || t[end].shape == .punctuation || s.word(end) == "of"
        else { return nil }
        let candidates = (-3...3).compactMap { offset -> CalendarDay? in
            let total = r.year * 12 + r.month - 1 + offset
            return CalendarDay(year: total / 12, month: total % 12 + 1, day: d)
        }
        guard let best = candidates.filter({ $0.weekday == target }).min(by: { abs($0.ordinal - r.ordinal) < abs($1.ordinal - r.ordinal) }) else {
            return nil
        }
        return (.day(best), end)
    }

    /// A month or a month with its year ("March", "March 2003") or a year alone, with the index after it.
    private func monthOrYear(_ s: SentenceContext, at j: Int) -> (TimePoint, Int)? {
        guard j < s.tokens.count else { return nil }
        if let m = DateWords.month(s.tokens, at: j) {
            if let y = DateWords.year(s.tokens, at: j + 1) { return (.month(y.value, m), y.end) }
            // "March next year"
            if ["next", "last"].contains(s.word(j + 1)), s.word(j + 2) == "year", let r = s.reference {
                return (.month(r.year + (s.word(j + 1) == "next" ? 1 : -1), m), j + 3)
            }
            guard let p = DateWords.resolve(s, at: j, year: nil, month: m, day: nil) else { return nil }
            return (p, j + 1)
        }
        if let y = DateWords.year(s.tokens, at: j) { return (.year(y.value), y.end) }
        return nil
    }

    /// Whether a four-digit number reads as a year here, not as a count or a model number.
    private func isYearContext(_ s: SentenceContext, at i: Int) -> Bool {
        let before = s.word(i - 1)
        let after = i + 1 < s.tokens.count ? s.tokens[i + 1] : nil
        if let after, after.shape == .word, after.lower.hasSuffix("s"), !after.isCapitalized, !Lexicon.phraseBreakers.contains(after.lower) {
            return false  // "1500 troops"
        }
        // "Boeing 737", "Windows 2000" are names; "The 1946 eruption", "Its 2019 budget" open a sentence.
        let openers: Set<String> = ["In", "Since", "By", "Until", "From", "During", "Before", "After", "Of", "The", "Its", "Their", "His", "Her", "Our", "This", "That", "Every"]
        if i > 0, s.tokens[i - 1].shape == .word, s.tokens[i - 1].isCapitalized, !openers.contains(s.tokens[i - 1].text) {
            return false
        }
        return !before.isEmpty || after == nil || after!.shape == .punctuation || after!.shape == .word
    }
}
