/// A time of day as written, on a known day or not: printed as TIMEX3 with minutes (`T19:00`, `2021-07-26T15:30`),
/// while the precision written ("7pm" is to the hour) sets the interval.
public struct ClockTime: Sendable, Hashable, Codable {
    /// The day it falls on, when the text says.
    public var day: CalendarDay?
    /// Hour, 0 to 23.
    public var hour: Int
    /// Minutes, when written ("7pm" has none: its precision is the hour).
    public var minute: Int?
    /// Seconds, when written.
    public var second: Int?

    /// A time from its parts; nil when they are not a time of day.
    public init?(day: CalendarDay? = nil, hour: Int, minute: Int? = nil, second: Int? = nil) {
        guard (0...23).contains(hour), (0...59).contains(minute ?? 0), (0...59).contains(second ?? 0) else { return nil }
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The TIMEX3 value, hours and minutes always, seconds when written.
    public var timex: String {
        var s = (day?.iso ?? "") + "T" + CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute ?? 0, 2)
        if let second { s += ":" + CalendarDay.pad(second, 2) }
        return s
    }

    /// Parses the forms `timex` prints.
    public init?(timex: String) {
        let parts = timex.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let day = parts[0].isEmpty ? nil : CalendarDay(iso: String(parts[0]))
        guard parts[0].isEmpty || day != nil else { return nil }
        let fields = parts[1].split(separator: ":").map { Int($0) }
        guard (1...3).contains(fields.count), fields.allSatisfy({ $0 != nil }), let hour = fields[0] else { return nil }
        self.init(day: day, hour: hour, minute: fields.count > 1 ? fields[1] : nil, second: fields.count > 2 ? fields[2] : nil)
    }

    /// The moments the wording allows, in days since 1970 (fractional), when the day is known.
    var interval: Interval {
        guard let day else { return Interval(low: nil, high: nil) }
        let start = Double(day.ordinal) + (Double(hour) * 3600 + Double(minute ?? 0) * 60 + Double(second ?? 0)) / 86400
        let width = (second != nil ? 1.0 : minute != nil ? 60 : 3600) / 86400
        return Interval(low: start, high: start + width)
    }

    /// A moment in days since 1970 as `YYYY-MM-DDTHH:MM:SS`, for printing interval bounds.
    static func moment(_ days: Double) -> String {
        let day = Int(days.rounded(.down))
        let seconds = Int(((days - Double(day)) * 86400).rounded())
        return CalendarDay(ordinal: day).iso + "T" + CalendarDay.pad(seconds / 3600, 2) + ":" + CalendarDay.pad(seconds / 60 % 60, 2)
            + ":" + CalendarDay.pad(seconds % 60, 2)
    }
}
