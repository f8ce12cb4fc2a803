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
        .expect("He backed elections in October.", "October", .date, "2021-10"),
        .expect("In April, Biden spoke.", "April", .date, "2021-04", reference: "2021-08-03"),
        .expect("The campaign began in 2014.", "2014", .date, "2014"),
        .expect("Filed 2021-07-26 at noon.", "2021-07-26", .date, "2021-07-26"),
        .expect("Filed on 7/26/2021.", "7/26/2021", .date, "2021-07-26"),
        .expect("Troops left at the end of 2011.", "the end of 2011", .date, "2011-12"),
        .expect("It ends by the end of August.", "by the end of August", .date, "2021-08-31", low: nil, high: 18870),
        .expect("A role until the end of March next year.", "the end of March next year", .date, "2022-03-31"),
        .expect("The cut was done by mid-January.", "by mid-January", .date, "2021-01-15", reference: "2021-07-24"),
        .expect("The vote is scheduled for 10 November.", "10 November", .date, "2021-11-10", reference: "2021-07-24"),
        .expect("Elections will be held in March.", "March", .date, "2022-03", reference: "2021-08-03"),
        .reject("You may go now.", "may"),
        .reject("Boeing 737 jets flew.", "737"),
    ]

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            if let m = endOf(s, at: i) ?? written(s, at: i) {
                found.append(m)
                i = t.firstIndex(where: { $0.start >= m.end }) ?? t.count
                continue
            }
            i += 1
        }
        return found
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

    /// A written date starting at token i.
    private func written(_ s: SentenceContext, at i: Int) -> Mention? {
        let t = s.tokens
        // ISO 2021-07-26
        if t[i].shape == .number, t[i].text.count == 4, i + 4 < t.count, t[i + 1].is("-"), t[i + 3].is("-"),
            !t[i + 1].spaced, !t[i + 2].spaced, !t[i + 3].spaced, !t[i + 4].spaced,
            let y = Int(t[i].text), let m = Int(t[i + 2].text), let d = Int(t[i + 4].text),
            let day = CalendarDay(year: y, month: m, day: d)
        {
            return s.mention(i, i + 5, kind: .date, value: .date(.day(day)), unit: nil, by: name)
        }
        // US numeric 7/26/2021
        if t[i].shape == .number, i + 4 < t.count, t[i + 1].is("/"), t[i + 3].is("/"), !t[i + 1].spaced, !t[i + 4].spaced,
            let m = Int(t[i].text), let d = Int(t[i + 2].text), let y = Int(t[i + 4].text), t[i + 4].text.count == 4,
            let day = CalendarDay(year: y, month: m, day: d)
        {
            return s.mention(i, i + 5, kind: .date, value: .date(.day(day)), unit: nil, by: name)
        }
        // 26 July [2021]
        if t[i].shape == .number, let d = Int(t[i].text), (1...31).contains(d), i + 1 < t.count, let m = Lexicon.month(t[i + 1]) {
            var end = i + 2
            if end < t.count, t[end].is("."), Lexicon.isAbbreviatedMonth(t[i + 1]), end + 1 < t.count { end += 1 }
            let year = yearAfter(s, at: end)
            if let year { end = year.end }
            if let day = resolve(s, at: i, year: year?.value, month: m, day: d) {
                return s.mention(i, end, kind: .date, value: .date(day), unit: nil, by: name)
            }
        }
        // July [26][,] [2021]; March 2003; October
        if let m = Lexicon.month(t[i]) {
            var end = i + 1
            if end < t.count, t[end].is("."), Lexicon.isAbbreviatedMonth(t[i]), end + 1 < t.count { end += 1 }
            if end < t.count, t[end].shape == .number, let d = Int(t[end].text), (1...31).contains(d), t[end].text.count <= 2 {
                var e = end + 1
                if e < t.count, ["st", "nd", "rd", "th"].contains(t[e].lower), !t[e].spaced { e += 1 }
                var yEnd = e
                if yEnd < t.count, t[yEnd].is(",") { yEnd += 1 }
                let year = yearAfter(s, at: yEnd)
                if let point = resolve(s, at: i, year: year?.value, month: m, day: d) {
                    return s.mention(i, year?.end ?? e, kind: .date, value: .date(point), unit: nil, by: name)
                }
            }
            if let year = yearAfter(s, at: end) {
                return s.mention(i, year.end, kind: .date, value: .date(.month(year.value, m)), unit: nil, by: name)
            }
            // "May last year", "March next year"
            if ["last", "next", "this"].contains(s.word(end)), s.word(end + 1) == "year", let r = s.reference {
                let year = r.year + (s.word(end) == "last" ? -1 : s.word(end) == "next" ? 1 : 0)
                return s.mention(i, end + 2, kind: .date, value: .date(.month(year, m)), unit: nil, by: name)
            }
            // A bare month name: skip sentence-initial "May" and "March", which are more often words.
            if (m == 5 || m == 3) && i == 0 { return nil }
            if let point = resolve(s, at: i, year: nil, month: m, day: nil) {
                return s.mention(i, end, kind: .date, value: .date(point), unit: nil, by: name)
            }
        }
        // A year: "in 2003", "since 2014", "2014,"
        if let n = NumberParser.parse(t, at: i), n.yearLike, n.end == i + 1, isYearContext(s, at: i) {
            return s.mention(i, i + 1, kind: .date, value: .date(.year(Int(n.value))), unit: nil, by: name)
        }
        return nil
    }

    private func yearAfter(_ s: SentenceContext, at j: Int) -> (value: Int, end: Int)? {
        guard j < s.tokens.count, let n = NumberParser.parse(s.tokens, at: j), n.yearLike, n.end == j + 1 else { return nil }
        return (Int(n.value), j + 1)
    }

    /// A month or a month with its year ("March", "March 2003") or a year alone, with the index after it.
    private func monthOrYear(_ s: SentenceContext, at j: Int) -> (TimePoint, Int)? {
        guard j < s.tokens.count else { return nil }
        if let m = Lexicon.month(s.tokens[j]) {
            if let y = yearAfter(s, at: j + 1) { return (.month(y.value, m), y.end) }
            // "March next year"
            if ["next", "last"].contains(s.word(j + 1)), s.word(j + 2) == "year", let r = s.reference {
                return (.month(r.year + (s.word(j + 1) == "next" ? 1 : -1), m), j + 3)
            }
            guard let p = resolve(s, at: j, year: nil, month: m, day: nil) else { return nil }
            return (p, j + 1)
        }
        if let y = yearAfter(s, at: j) { return (.year(y.value), y.end) }
        return nil
    }

    /// Whether a four-digit number reads as a year here, not as a count or a model number.
    private func isYearContext(_ s: SentenceContext, at i: Int) -> Bool {
        let before = s.word(i - 1)
        let after = i + 1 < s.tokens.count ? s.tokens[i + 1] : nil
        if let after, after.shape == .word, after.lower.hasSuffix("s"), !after.isCapitalized, !Lexicon.phraseBreakers.contains(after.lower) {
            return false  // "1500 troops"
        }
        if i > 0, s.tokens[i - 1].shape == .word, s.tokens[i - 1].isCapitalized, !["In", "Since", "By", "Until", "From", "During", "Before", "After", "Of"].contains(s.tokens[i - 1].text) {
            return false  // "Boeing 737", "Windows 2000"
        }
        return !before.isEmpty || after == nil || after!.shape == .punctuation || after!.shape == .word
    }

    /// A month (and day) resolved to a year: the given one, or the occurrence nearest the reference date.
    private func resolve(_ s: SentenceContext, at index: Int, year: Int?, month: Int, day: Int?) -> TimePoint? {
        let y: Int
        if let year {
            y = year
        } else {
            guard let r = s.reference else { return nil }
            let delta = month - r.month
            if s.speaksOfFuture(before: index) {
                y = delta < 0 ? r.year + 1 : r.year
            } else if delta > 6 {
                y = r.year - 1
            } else if delta < -6 {
                y = r.year + 1
            } else {
                y = r.year
            }
        }
        if let day {
            return CalendarDay(year: y, month: month, day: day).map(TimePoint.day)
        }
        return .month(y, month)
    }
}
