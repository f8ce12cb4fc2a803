/// What a figure measures; the names match the evaluation formats.
public enum MentionKind: String, Sendable, Codable, CaseIterable {
    case number, count, money, percent, quantity, ordinal, age, date, time, duration, set
}

/// How the wording bounds a figure ("about", "nearly", "more than" ...); the intervals they imply live in `Tolerance`.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case about
    case nearly
    case justUnder = "just under"
    case justOver = "just over"
    case moreThan = "more than"
    case atLeast = "at least"
    case upTo = "up to"
    case lessThan = "less than"
    case exactly

    /// The nearest of the five evaluation qualifiers (about, nearly, more than, at least, up to).
    public var evaluationName: String? {
        switch self {
        case .about: return "about"
        case .nearly, .justUnder: return "nearly"
        case .moreThan, .justOver: return "more than"
        case .atLeast: return "at least"
        case .upTo, .lessThan: return "up to"
        case .exactly: return nil
        }
    }
}

/// A normalized value: a number in its unit, a calendar period, a duration, or a tally.
public enum MentionValue: Sendable, Hashable {
    case number(Double)
    case date(TimePoint)
    case clock(ClockTime)
    case duration(Duration)
    /// A TIMEX3 value that bounds no interval: a set (`P1W` weekly, `XXXX-WXX-1` every Monday) or a vague length
    /// (`PXY` for "for years").
    case timex(String)
    case tally(Int, Int)

    /// The value as the evaluation formats print it: a number, an ISO date or period, an ISO duration, or "7-2".
    public var json: JSONValue {
        switch self {
        case .number(let n): return .number(n)
        case .date(let t): return .string(t.timex)
        case .clock(let c): return .string(c.timex)
        case .duration(let d): return .string(d.iso)
        case .timex(let r): return .string(r)
        case .tally(let a, let b): return .string("\(a)-\(b)")
        }
    }

    /// The value as text, for tables and the store.
    public var text: String {
        switch self {
        case .number(let n): return JSONValue.format(n)
        case .date(let t): return t.timex
        case .clock(let c): return c.timex
        case .duration(let d): return d.iso
        case .timex(let r): return r
        case .tally(let a, let b): return "\(a)-\(b)"
        }
    }
}

/// The range of values the wording allows; nil bounds are open. Dates and times of day are in days since 1970,
/// durations in their unit.
public struct Interval: Sendable, Hashable, Codable {
    /// Lowest value allowed, or nil for none.
    public var low: Double?
    /// Highest value allowed, or nil for none.
    public var high: Double?

    /// An interval between two bounds.
    public init(low: Double?, high: Double?) {
        self.low = low
        self.high = high
    }

    /// Whether two intervals share at least one value.
    public func overlaps(_ other: Interval) -> Bool {
        if let h = high, let l = other.low, h < l { return false }
        if let l = low, let h = other.high, h < l { return false }
        return true
    }
}

/// A figure found in text: its span, what it measures, its normalized value and the interval its wording allows.
public struct Mention: Sendable, Hashable {
    /// The words that carry the figure, qualifier included.
    public var text: String
    /// Start offset in code points.
    public var start: Int
    /// End offset in code points, exclusive.
    public var end: Int
    /// What the figure measures.
    public var kind: MentionKind
    /// The normalized value.
    public var value: MentionValue
    /// What is counted or measured ("troops", "USD", "percent", "years"); nil for dates and bare numbers.
    public var unit: String?
    /// The hedge or bound in the wording, if any.
    public var qualifier: Qualifier?
    /// The values the wording allows.
    public var interval: Interval
    /// Which recognizer found it, for debugging and the examples tables.
    public var recognizer: String
    /// The date an anchored duration implies ("18 years after the US invaded", written in 2021 → 2003).
    public var implies: TimePoint?

    /// Whether the mention can be checked as a claim: bare numbers, recurrences, vague lengths ("for years") and "now"
    /// or "recently" say nothing checkable alone.
    public var isCheckable: Bool {
        if kind == .number || kind == .set { return false }
        if case .timex = value { return false }
        if case .date(let t) = value, t.isDeictic { return false }
        return true
    }

    /// Whether the figure is a share said in words ("a third", "one in five"), which is a rounding (see `Tolerance`).
    public var isWordedShare: Bool {
        guard kind == .percent else { return false }
        let lower = text.lowercased()
        return !["%", "percent", "per cent", "pct", "percentage"].contains { lower.contains($0) }
    }

    /// Whether the figure is a length counted from an event ("18 years after the US invaded") or an age ("the
    /// 60-year-old dam"): it dates that event or that origin.
    public var isAnchoredLength: Bool { (kind == .duration || kind == .age) && implies != nil }

    /// Whether the figure describes a one-off event that time does not revise: a vote tally, a quake's magnitude, the
    /// length of an event written as its modifier ("a 45-day consultation"). Reports of it a few days apart are of the
    /// same event, unlike a count that rises or falls.
    public var describesEvent: Bool {
        if case .tally = value { return true }
        if kind == .duration, text.contains("-") { return true }
        return unit == "magnitude"
    }

    /// Builds a mention; the interval defaults to the value's own range under the qualifier.
    public init(
        text: String, start: Int, end: Int, kind: MentionKind, value: MentionValue, unit: String?,
        qualifier: Qualifier? = nil, interval: Interval? = nil, recognizer: String, implies: TimePoint? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.interval = interval ?? Tolerance.interval(of: value, qualifier: qualifier)
        self.recognizer = recognizer
        self.implies = implies
    }
}
