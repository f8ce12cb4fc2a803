/// Reading the parts of a written date from tokens: a month name in context, a day of the month, a year.
enum DateWords {
    /// The month token `i` names. Capitalized month names always count; lower-case ones ("march 3 2015", "on oct 5")
    /// count too, except the ambiguous words "may", "march" and "mar", which need a day or year beside them.
    static func month(_ t: [Token], at i: Int) -> Int? {
        // "January's figures": the possessive still names the month.
        guard i >= 0, i < t.count, t[i].shape == .word else { return nil }
        let word = t[i].lower.hasSuffix("'s") ? String(t[i].lower.dropLast(2)) : t[i].lower
        guard let m = Lexicon.months[word] else { return nil }
        if t[i].isCapitalized { return m }
        guard ["may", "march", "mar"].contains(t[i].lower) else { return m }
        let after = i + 1 < t.count ? t[i + 1] : nil
        if let after, after.shape == .number || day(t, at: i + 1) != nil { return m }
        if i > 0, t[i - 1].shape == .number || ["of", "st", "nd", "rd", "th"].contains(t[i - 1].lower) { return m }
        return nil
    }

    /// The day of the month starting at token `i` ("26", "26th", "third", "twenty-first", "twenty first") and the
    /// index after it.
    static func day(_ t: [Token], at i: Int) -> (day: Int, end: Int)? {
        guard i < t.count else { return nil }
        if let ordinal = NumberParser.ordinal(t, at: i), ordinal.value == ordinal.value.rounded(), (1...31).contains(ordinal.value) {
            return (Int(ordinal.value), ordinal.end)
        }
        guard t[i].shape == .number, t[i].text.count <= 2, let d = Int(t[i].text), (1...31).contains(d) else { return nil }
        return (d, i + 1)
    }

    /// A four-digit year written after a date ("2021"), with the index after it.
    static func year(_ t: [Token], at j: Int) -> (value: Int, end: Int)? {
        guard j < t.count, t[j].shape == .number, !t[j].text.utf8.contains(UInt8(ascii: ",")), !t[j].text.utf8.contains(UInt8(ascii: ".")), let n = Int(t[j].text) else {
            return nil
        }
        guard t[j].text.count == 4, (1000...2999).contains(n) else { return nil }
        return (n, j + 1)
    }

    /// The year written after a month, a part of a year or a holiday: "2016", "of 2016", ", 2016", "next year",
    /// "of last year", "of the year"; `relative` is true when it is read against the reference date.
    static func statedYear(_ s: SentenceContext, at j: Int) -> (value: Int, end: Int, relative: Bool)? {
        let k = s.word(j) == "of" || s.word(j) == "," ? j + 1 : j
        if let y = year(s.tokens, at: k) { return (y.value, y.end, false) }
        guard let r = s.reference else { return nil }
        let l = s.word(k) == "the" ? k + 1 : k
        if s.word(l + 1) == "year", let offset = ["this": 0, "last": -1, "next": 1][s.word(l)] { return (r.year + offset, l + 2, true) }
        // "the first half of the year": the current one, but only after "of the".
        if s.word(l) == "year", l > k, k > j { return (r.year, l + 1, true) }
        return nil
    }

    /// A two-digit year in the century that puts it at most ten years after the reference ("74" → 1974).
    static func expand(twoDigitYear yy: Int, reference: CalendarDay?) -> Int {
        let now = reference?.year ?? 2025
        let century = now / 100 * 100
        return century + yy > now + 10 ? century - 100 + yy : century + yy
    }

    /// A month (and day) resolved to a year: the given one; else the coming occurrence when the clause looks ahead, and
    /// otherwise the occurrence nearest the reference date. A past verb is no guide: in "he backed elections in October"
    /// the elections are still to come.
    static func resolve(_ s: SentenceContext, at index: Int, year: Int?, month: Int, day: Int?) -> TimePoint? {
        let y: Int
        if let year {
            y = year
        } else if let written = (max(1, index - 8)..<max(1, index)).reversed().lazy.compactMap({ k in
            ["the", "its", "their", "this", "a"].contains(s.word(k - 1)) && s.tokens[k + 1].shape == .word
                ? DateWords.year(s.tokens, at: k)?.value : nil
        }).first, (1900...2100).contains(written) {
            // "the 2024 Atlantic season, which runs from June 1": the year of the thing named just before holds for
            // the date ("the first since 2019, which takes effect April 15" names no thing of 2019).
            y = written
        } else {
            guard let r = s.reference else { return nil }
            let delta = month - r.month
            if s.word(index - 1) == "since" {
                // "risen 35% since January": the start of a period up to now has begun.
                y = delta > 0 || (delta == 0 && (day ?? 1) > r.day) ? r.year - 1 : r.year
            } else if s.speaksOfFuture(before: index) {
                y = delta < 0 ? r.year + 1 : r.year
            } else if delta > 2, s.speaksOfPast(before: index) {
                // A past verb takes a month a season or more ahead back a year ("pleaded guilty in November", said
                // in May); a month or two ahead is as often what is booked or planned for it ("cancellations for May").
                y = r.year - 1
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
