/// Holidays news writes by name, computed for any year: fixed days ("Christmas", "the Fourth of July"), the n-th
/// weekday of a month ("Thanksgiving", "Labor Day", "Mother's Day") and days counted from Easter ("Good Friday").
/// A year, "last" or "next" picks the occurrence; otherwise the nearest one, as for a bare month.
public struct HolidayRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "holiday"

    /// How a holiday falls in a given year.
    enum Rule: Sendable {
        case fixed(month: Int, day: Int)
        /// The n-th weekday (1 = Monday) of a month; n = -1 is the last.
        case nth(Int, weekday: Int, month: Int)
        /// Days after Easter Sunday.
        case easter(Int)
        /// Days after the n-th weekday of a month ("Black Friday" is the day after Thanksgiving).
        case after(Int, nth: Int, weekday: Int, month: Int)

        /// The holiday's day in `year`.
        func day(in year: Int) -> CalendarDay {
            switch self {
            case .fixed(let m, let d): return CalendarDay(year: year, month: m, day: d)!
            case .nth(let n, let weekday, let month): return HolidayRecognizer.nth(n, weekday, month, year)
            case .easter(let offset): return HolidayRecognizer.easter(year).adding(days: offset)
            case .after(let offset, let n, let weekday, let month): return HolidayRecognizer.nth(n, weekday, month, year).adding(days: offset)
            }
        }
    }

    /// Holiday names, as words folded by `fold`, and their rules (United States dates where countries differ).
    static let holidays: [([String], Rule)] = [
        (["christmas", "eve"], .fixed(month: 12, day: 24)), (["christmas"], .fixed(month: 12, day: 25)),
        (["xmas"], .fixed(month: 12, day: 25)), (["boxing"], .fixed(month: 12, day: 26)),
        (["new", "year", "eve"], .fixed(month: 12, day: 31)), (["new", "year"], .fixed(month: 1, day: 1)),
        (["valentine"], .fixed(month: 2, day: 14)), (["st", "patrick"], .fixed(month: 3, day: 17)),
        (["saint", "patrick"], .fixed(month: 3, day: 17)), (["independence"], .fixed(month: 7, day: 4)),
        (["fourth", "of", "july"], .fixed(month: 7, day: 4)), (["halloween"], .fixed(month: 10, day: 31)),
        (["veteran"], .fixed(month: 11, day: 11)), (["armistice"], .fixed(month: 11, day: 11)),
        (["juneteenth"], .fixed(month: 6, day: 19)), (["groundhog"], .fixed(month: 2, day: 2)),
        (["earth"], .fixed(month: 4, day: 22)), (["tax"], .fixed(month: 4, day: 15)), (["flag"], .fixed(month: 6, day: 14)),
        (["patriot"], .fixed(month: 9, day: 11)), (["boss"], .fixed(month: 10, day: 16)), (["remembrance"], .fixed(month: 11, day: 11)),
        (["canada"], .fixed(month: 7, day: 1)), (["bastille"], .fixed(month: 7, day: 14)), (["australia"], .fixed(month: 1, day: 26)),
        (["anzac"], .fixed(month: 4, day: 25)), (["may"], .fixed(month: 5, day: 1)), (["guy", "fawkes"], .fixed(month: 11, day: 5)),
        (["international", "women"], .fixed(month: 3, day: 8)), (["world", "aid"], .fixed(month: 12, day: 1)),
        (["human", "right"], .fixed(month: 12, day: 10)), (["holocaust", "remembrance"], .fixed(month: 1, day: 27)),
        (["martin", "luther", "king", "jr"], .nth(3, weekday: 1, month: 1)),
        (["martin", "luther", "king"], .nth(3, weekday: 1, month: 1)), (["mlk", "jr"], .nth(3, weekday: 1, month: 1)),
        (["mlk"], .nth(3, weekday: 1, month: 1)), (["president"], .nth(3, weekday: 1, month: 2)),
        (["mother"], .nth(2, weekday: 7, month: 5)), (["father"], .nth(3, weekday: 7, month: 6)),
        (["memorial"], .nth(-1, weekday: 1, month: 5)), (["labor"], .nth(1, weekday: 1, month: 9)),
        (["labour"], .nth(1, weekday: 1, month: 9)), (["columbus"], .nth(2, weekday: 1, month: 10)),
        (["thanksgiving"], .nth(4, weekday: 4, month: 11)), (["black", "friday"], .after(1, nth: 4, weekday: 4, month: 11)),
        (["cyber", "monday"], .after(4, nth: 4, weekday: 4, month: 11)),
        (["election"], .after(1, nth: 1, weekday: 1, month: 11)), (["easter", "monday"], .easter(1)),
        (["easter", "mon"], .easter(1)), (["easter", "sunday"], .easter(0)), (["easter"], .easter(0)),
        (["good", "friday"], .easter(-2)), (["maundy", "thursday"], .easter(-3)), (["palm", "sunday"], .easter(-7)),
        (["ash", "wednesday"], .easter(-46)), (["pentecost"], .easter(49)), (["whit", "sunday"], .easter(49)),
    ]

    /// Names that are holidays only when "day" follows ("Labor Day", not "Labor Party"; "Mother's Day").
    static let needDay: Set<String> = [
        "independence", "veteran", "armistice", "groundhog", "mother", "father", "memorial", "labor", "labour",
        "columbus", "president", "mlk", "martin", "election", "boxing", "valentine", "st", "saint", "earth", "tax", "flag",
        "patriot", "boss", "remembrance", "canada", "bastille", "australia", "anzac", "may", "international", "world", "human",
        "holocaust",
    ]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Prices rose at Thanksgiving 2013.", "Thanksgiving 2013", .date, "2013-11-28"),
        .expect("Sales fell last Christmas.", "last Christmas", .date, "2020-12-25"),
        .expect("The strike ends on Labor Day.", "Labor Day", .date, "2021-09-06"),
        .expect("Services were held on Good Friday.", "Good Friday", .date, "2021-04-02"),
        .expect("She called on Mother's Day 2014.", "Mother's Day 2014", .date, "2014-05-11"),
        .expect("Crowds gathered on Independence Day.", "Independence Day", .date, "2021-07-04"),
        .expect("It reopens after New Year's Day.", "New Year's Day", .date, "2022-01-01", reference: "2021-12-20"),
        .expect("Polls close on Election Day.", "Election Day", .date, "2020-11-03", reference: "2020-10-01"),
        .expect("Talks end at Christmas of next year.", "Christmas of next year", .date, "2022-12-25"),
        .expect("Rallies were held on Earth Day 2010.", "Earth Day 2010", .date, "2010-04-22"),
        .expect("Marches filled Paris on Bastille Day.", "Bastille Day", .date, "2021-07-14"),
        .reject("The Labor Party won.", "Labor"),
        .expect("Staff marked Boss Day 2016.", "Boss Day 2016", .date, "2016-10-16"),
        .expect("Vigils are planned for World AIDS Day.", "World AIDS Day", .date, "2021-12-01"),
        .reject("Earth is warming.", "Earth"),
        .reject("Father Brown spoke.", "Father"),
    ]

    /// Where a match may start: the first word of a holiday's name, as written before `fold` ("mother's", "mothers").
    public let lead: Lead = .words(Set(HolidayRecognizer.byFirstWord.keys.flatMap { [$0, $0 + "s", $0 + "'s", $0 + "s'"] }))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            guard let (rule, nameEnd) = holiday(s, at: i) else { return nil }
            let before = s.word(i - 1)
            let start = ["last", "next", "this"].contains(before) ? i - 1 : i
            var end = nameEnd
            let year: Int?
            if let stated = DateWords.statedYear(s, at: end) {
                year = stated.value
                end = stated.end
            } else if let r = s.reference {
                let thisYear = rule.day(in: r.year)
                switch before {
                case "last": year = thisYear < r ? r.year : r.year - 1
                case "next": year = thisYear > r ? r.year : r.year + 1
                case "this": year = r.year
                default: year = DateWords.resolve(s, at: i, year: nil, month: thisYear.month, day: nil)?.first.year
                }
            } else {
                year = nil
            }
            guard let year else { return nil }
            return (s.mention(start, end, kind: .date, value: .date(.day(rule.day(in: year))), unit: nil, by: name), end)
        }
    }

    /// The holidays by the first word of their names, so that most tokens are dismissed with one lookup.
    static let byFirstWord: [String: [([String], Rule)]] = Dictionary(grouping: holidays, by: { $0.0[0] })

    /// The holiday named at token `i` and the index after its name (and "day", "eve" or "sunday" where written).
    private func holiday(_ s: SentenceContext, at i: Int) -> (Rule, Int)? {
        // A holiday is a name: capitalized in prose; in text written without capitals, lower case counts.
        guard s.tokens[i].isCapitalized || s.isLowerCase,
            let candidates = HolidayRecognizer.byFirstWord[HolidayRecognizer.fold(s.word(i))]
        else { return nil }
        for (words, rule) in candidates {
            var j = i
            var matched = true
            for word in words {
                if j > i, s.word(j) == "." { j += 1 }
                guard HolidayRecognizer.fold(s.word(j)) == word else {
                    matched = false
                    break
                }
                j += 1
            }
            guard matched else { continue }
            if s.word(j) == ".", s.word(j + 1) == "day" { j += 1 }
            let hasDay = s.word(j) == "day"
            if HolidayRecognizer.needDay.contains(words[0]), !hasDay { continue }
            return (rule, hasDay ? j + 1 : j)
        }
        return nil
    }

    /// A word with its possessive or plural "s" and apostrophes removed ("mother's", "mothers" → "mother").
    static func fold(_ word: String) -> String {
        // Scalars, not String.contains: that one goes through Foundation and showed in profiles.
        var w = word.unicodeScalars.contains("'") ? word.filter { $0 != "'" } : word
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") || word.hasSuffix("'s"), !["christmas", "xmas"].contains(w) {
            w.removeLast()
        }
        return w
    }

    /// The n-th given weekday of a month (n = -1: the last).
    static func nth(_ n: Int, _ weekday: Int, _ month: Int, _ year: Int) -> CalendarDay {
        if n < 0 {
            let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let first = CalendarDay(year: year, month: month, day: 1)!
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
    static func easter(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }
}
