/// A calendar period at the precision written: a day, a month, a season, a year or a span of days.
public struct TimePoint: Sendable, Hashable, Codable {
    /// How precisely the text names the period.
    public enum Grain: String, Sendable, Codable {
        case day, month, quarter, half, season, year, decade, span
    }

    /// The TIMEX3 value: `2021-07-26`, `2021-10`, `2021-Q3`, `2021-H1`, `2021-FA`, `2014`, `199` (the 1990s).
    public let timex: String
    /// The first day of the period.
    public let first: CalendarDay
    /// The last day of the period.
    public let last: CalendarDay
    /// The precision of the wording.
    public let grain: Grain

    /// A single day.
    public static func day(_ d: CalendarDay) -> TimePoint { TimePoint(timex: d.iso, first: d, last: d, grain: .day) }

    /// A part of a day ("Monday night" is `2021-07-26TNI`, code one of `Lexicon.partsOfDay`'s): TIMEX3 writes it, and
    /// a claim holds for the whole day, so the period is that day.
    public static func partOfDay(_ d: CalendarDay, _ code: String) -> TimePoint {
        TimePoint(timex: d.iso + "T" + code, first: d, last: d, grain: .day)
    }

    /// The period from the start of `a` to the end of `b`, written as a TIMEX interval ("2026-07/2026-09").
    public static func span(from a: TimePoint, to b: TimePoint) -> TimePoint {
        TimePoint(timex: a.timex + "/" + b.timex, first: a.first, last: b.last, grain: .span)
    }

    /// A whole month.
    public static func month(_ year: Int, _ month: Int) -> TimePoint {
        TimePoint(
            timex: CalendarDay.pad(year, 4) + "-" + CalendarDay.pad(month, 2),
            first: CalendarDay(year: year, month: month, day: 1)!,
            last: CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!, grain: .month)
    }

    /// A whole year.
    public static func year(_ year: Int) -> TimePoint {
        TimePoint(
            timex: CalendarDay.pad(year, 4), first: CalendarDay(year: year, month: 1, day: 1)!,
            last: CalendarDay(year: year, month: 12, day: 31)!, grain: .year)
    }

    /// The deictic references TIMEX3 writes for "now" (`PRESENT_REF`), "recently" (`PAST_REF`) and "the future"
    /// (`FUTURE_REF`), pinned to the reference day so that a figure "now" holds at publication.
    public static func reference(_ name: String, on day: CalendarDay) -> TimePoint {
        TimePoint(timex: name, first: day, last: day, grain: .span)
    }

    /// Whether the value is a deictic reference (`PRESENT_REF` ...) rather than a period of the calendar.
    public var isDeictic: Bool { timex.hasSuffix("_REF") }

    /// The weekend (Saturday and Sunday) of the ISO week holding `day` (TIMEX3 `2021-W29-WE`).
    public static func weekend(of day: CalendarDay) -> TimePoint {
        let monday = day.adding(days: 1 - day.weekday)
        return TimePoint(timex: RelativeDateRecognizer.isoWeek(monday) + "-WE", first: monday.adding(days: 5), last: monday.adding(days: 6), grain: .span)
    }

    /// A calendar quarter, 1 to 4 (TIMEX3 `2021-Q3`).
    public static func quarter(_ year: Int, _ q: Int) -> TimePoint {
        span(year, firstMonth: 3 * q - 2, months: 3, timex: CalendarDay.pad(year, 4) + "-Q\(q)", grain: .quarter)
    }

    /// A half year, 1 or 2 (TIMEX3 `2021-H1`).
    public static func half(_ year: Int, _ h: Int) -> TimePoint {
        span(year, firstMonth: 6 * h - 5, months: 6, timex: CalendarDay.pad(year, 4) + "-H\(h)", grain: .half)
    }

    /// The decade starting in `year` (TIMEX3 writes the 1990s as `199`).
    public static func decade(_ year: Int) -> TimePoint {
        TimePoint(
            timex: String(CalendarDay.pad(year, 4).dropLast()), first: CalendarDay(year: year, month: 1, day: 1)!,
            last: CalendarDay(year: year + 9, month: 12, day: 31)!, grain: .decade)
    }

    private static func span(_ year: Int, firstMonth: Int, months: Int, timex: String, grain: Grain) -> TimePoint {
        let lastMonth = firstMonth + months - 1
        return TimePoint(
            timex: timex, first: CalendarDay(year: year, month: firstMonth, day: 1)!,
            last: CalendarDay(year: year, month: lastMonth, day: CalendarDay.daysIn(month: lastMonth, year: year))!, grain: grain)
    }

    /// A meteorological season of the northern hemisphere, as TIMEX3 names them (SP, SU, FA, WI).
    public static func season(_ year: Int, _ code: String) -> TimePoint {
        let months: (Int, Int) = code == "SP" ? (3, 5) : code == "SU" ? (6, 8) : code == "FA" ? (9, 11) : (12, 2)
        let endYear = code == "WI" ? year + 1 : year
        return TimePoint(
            timex: CalendarDay.pad(year, 4) + "-" + code, first: CalendarDay(year: year, month: months.0, day: 1)!,
            last: CalendarDay(year: endYear, month: months.1, day: CalendarDay.daysIn(month: months.1, year: endYear))!,
            grain: .season)
    }

    /// The days of the period, as day ordinals.
    public var days: ClosedRange<Int> { first.ordinal...last.ordinal }
}

/// A length of time as written: an amount of a calendar unit, printed as ISO 8601 (`P18Y`, `P14M`, `PT72H`).
public struct Duration: Sendable, Hashable, Codable {
    /// Calendar units a duration can be stated in.
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case years, months, weeks, days, hours, minutes, seconds

        /// The ISO 8601 designator.
        var designator: String {
            switch self {
            case .years: return "Y"
            case .months: return "M"
            case .weeks: return "W"
            case .days: return "D"
            case .hours: return "H"
            case .minutes: return "M"
            case .seconds: return "S"
            }
        }

        /// Whether ISO 8601 writes the unit after the `T` (hours, minutes, seconds).
        var isTimeOfDay: Bool { [.hours, .minutes, .seconds].contains(self) }

        /// The average length in days, for comparing durations stated in different units.
        public var days: Double {
            switch self {
            case .years: return 365.2425
            case .months: return 30.436875
            case .weeks: return 7
            case .days: return 1
            case .hours: return 1.0 / 24
            case .minutes: return 1.0 / 1440
            case .seconds: return 1.0 / 86400
            }
        }
    }

    /// How many units.
    public let amount: Double
    /// The unit.
    public let unit: Unit
    /// The ISO form of a length written in several units ("11 minutes and 40 seconds" is `PT11M40S`), whose amount
    /// is then the sum in the smallest of them; nil for one unit.
    private let compound: String?

    /// Builds a duration.
    public init(_ amount: Double, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
        self.compound = nil
    }

    /// A length written in several units, largest first ("two years and three months"); nil when the units do not
    /// run from larger to smaller.
    public init?(parts: [Duration]) {
        guard let last = parts.last, parts.count > 1,
            zip(parts, parts.dropFirst()).allSatisfy({ Unit.allCases.firstIndex(of: $0.unit)! < Unit.allCases.firstIndex(of: $1.unit)! })
        else { return nil }
        // Rounded to a billionth, so that 11 minutes and 40 seconds are 700 seconds and not 700.0000000000001.
        amount = (parts.reduce(0) { $0 + $1.amount * $1.unit.days / last.unit.days } * 1e9).rounded() / 1e9
        unit = last.unit
        let date = parts.filter { !$0.unit.isTimeOfDay }.map { JSONValue.format($0.amount) + $0.unit.designator }.joined()
        let time = parts.filter(\.unit.isTimeOfDay).map { JSONValue.format($0.amount) + $0.unit.designator }.joined()
        compound = "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    /// The ISO 8601 form.
    public var iso: String {
        if let compound { return compound }
        let n = JSONValue.format(amount)
        return unit.isTimeOfDay ? "PT" + n + unit.designator : "P" + n + unit.designator
    }
}

extension TimePoint {
    /// Parses the TIMEX forms this tool writes: `2021-07-26`, `2021-07-26TNI`, `2021-10`, `2021-Q3`, `2021-H1`, `2021`, `199`, `2021-FA`, `2021-W29`.
    public init?(timex: String) {
        // "2021-07-26TNI": a day and a part of it.
        if let t = timex.firstIndex(of: "T"), let day = CalendarDay(iso: String(timex[..<t])),
            case let part = String(timex[timex.index(after: t)...]), Lexicon.partsOfDay.values.contains(part)
        {
            self = .partOfDay(day, part)
            return
        }
        // "2026-07/2026-09": a period from the first value's start to the second's end.
        if let slash = timex.firstIndex(of: "/") {
            guard let a = TimePoint(timex: String(timex[..<slash])), let b = TimePoint(timex: String(timex[timex.index(after: slash)...])),
                a.first <= b.last
            else { return nil }
            self = .span(from: a, to: b)
            return
        }
        let parts = timex.split(separator: "-").map(String.init)
        if parts.count == 1, parts[0].count == 3, let tens = Int(parts[0]) {
            self = .decade(tens * 10)
            return
        }
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2 where parts[1].count == 2 && (parts[1].hasPrefix("Q") || parts[1].hasPrefix("H")):
            guard let n = Int(parts[1].dropFirst()), (1...(parts[1].hasPrefix("Q") ? 4 : 2)).contains(n) else { return nil }
            self = parts[1].hasPrefix("Q") ? .quarter(year, n) : .half(year, n)
        case 2 where Lexicon.seasons.values.contains(parts[1]):
            self = .season(year, parts[1])
        case 2 where parts[1].hasPrefix("W"):
            guard let week = Int(parts[1].dropFirst()) else { return nil }
            // ISO week 1 holds 4 January.
            let jan4 = CalendarDay(year: year, month: 1, day: 4)!
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
            self.init(timex: timex, first: monday, last: monday.adding(days: 6), grain: .span)
        case 2:
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self = .month(year, month)
        case 3 where parts[1].hasPrefix("W") && parts[2] == "WE":
            guard let week = TimePoint(timex: parts[0] + "-" + parts[1]) else { return nil }
            self = .weekend(of: week.first)
        case 3:
            guard let day = CalendarDay(iso: timex) else { return nil }
            self = .day(day)
        default:
            return nil
        }
    }
}

extension Duration {
    /// Parses the ISO 8601 forms this tool writes: `P18Y`, `P14M`, `P2W`, `P3D`, `PT72H`, `PT5M`, `PT11M40S`.
    public init?(iso: String) {
        guard iso.hasPrefix("P") else { return nil }
        var parts: [Duration] = []
        var number = ""
        var time = false
        for c in iso.dropFirst() {
            if c == "T", number.isEmpty, !time {
                time = true
            } else if c.isNumber || c == "." {
                number.append(c)
            } else {
                let units: [Character: Duration.Unit] =
                    time ? ["H": .hours, "M": .minutes, "S": .seconds] : ["Y": .years, "M": .months, "W": .weeks, "D": .days]
                guard let unit = units[c], let amount = Double(number) else { return nil }
                parts.append(Duration(amount, unit))
                number = ""
            }
        }
        guard number.isEmpty, let first = parts.first else { return nil }
        if parts.count == 1 {
            self = first
        } else {
            guard let compound = Duration(parts: parts) else { return nil }
            self = compound
        }
    }
}

extension MentionValue {
    /// Rebuilds a value from its kind and text, as the store keeps them.
    public init?(kind: MentionKind, text: String) {
        switch kind {
        case .date:
            guard let t = TimePoint(timex: text) else { return nil }
            self = .date(t)
        case .time:
            guard let c = ClockTime(timex: text) else { return nil }
            self = .clock(c)
        case .set:
            self = .timex(text)
        case .duration:
            guard let d = Duration(iso: text) else { return nil }
            self = .duration(d)
        default:
            if let n = Double(text) {
                self = .number(n)
            } else {
                let sides = text.split(separator: "-")
                guard sides.count == 2, let a = Int(sides[0]), let b = Int(sides[1]) else { return nil }
                self = .tally(a, b)
            }
        }
    }
}
