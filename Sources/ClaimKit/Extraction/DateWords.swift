/// Reading the parts of a written date from tokens: a month name in context, a day of the month, a year.
enum DateWords {
    /// The month token `i` names. Capitalized month names always count; lower-case ones ("march 3 2015", "on oct 5")
    /// count too, except the ambiguous words "may", "march" and "mar", which need a day or year beside them.
    static func month(_ t: [Token], at i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].shape == .word, let m = Lexicon.months[t[i].lower] else { return nil }
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
        if t[i].shape == .number, t[i].text.count <= 2, let d = Int(t[i].text), (1...31).contains(d) {
            if i + 1 < t.count, !t[i + 1].spaced, ["st", "nd", "rd", "th"].contains(t[i + 1].lower) { return (d, i + 2) }
            return (d, i + 1)
        }
        if let d = ordinalDays[t[i].lower] { return (d, i + 1) }
        if let tens = ["twenty": 20, "thirty": 30][t[i].lower] {
            var j = i + 1
            if j < t.count, t[j].is("-") || t[j].is("—") || t[j].is("–") { j += 1 }
            if j < t.count, let unit = ordinalDays[t[j].lower], unit < 10, tens + unit <= 31 { return (tens + unit, j + 1) }
        }
        return nil
    }

    /// A year written after a date ("2021", "'74", or two digits after a numeric date), with the index after it.
    static func year(_ t: [Token], at j: Int, twoDigits: Bool = false, reference: CalendarDay?) -> (value: Int, end: Int)? {
        guard j < t.count, t[j].shape == .number, !t[j].text.contains(","), !t[j].text.contains("."), let n = Int(t[j].text) else {
            return nil
        }
        if t[j].text.count == 4, (1000...2999).contains(n) { return (n, j + 1) }
        if twoDigits, t[j].text.count == 2 { return (expand(twoDigitYear: n, reference: reference), j + 1) }
        return nil
    }

    /// A two-digit year in the century that puts it at most ten years after the reference ("74" → 1974).
    static func expand(twoDigitYear yy: Int, reference: CalendarDay?) -> Int {
        let now = reference?.year ?? 2025
        let century = now / 100 * 100
        return century + yy > now + 10 ? century - 100 + yy : century + yy
    }

    /// Ordinal words for the days of a month.
    static let ordinalDays: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// A month (and day) resolved to a year: the given one; else the coming occurrence when the clause looks ahead, and
    /// otherwise the occurrence nearest the reference date. A past verb is no guide: in "he backed elections in October"
    /// the elections are still to come.
    static func resolve(_ s: SentenceContext, at index: Int, year: Int?, month: Int, day: Int?) -> TimePoint? {
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
