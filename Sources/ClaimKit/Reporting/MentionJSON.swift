extension Mention {
    /// The mention's fields as the evaluation formats name them, shared by claim listings and `claims extract`.
    public var jsonFields: [(String, JSONValue)] {
        [
            ("text", .string(text)), ("start", .number(Double(start))), ("end", .number(Double(end))),
            ("kind", .string(kind.rawValue)), ("value", value.json), ("unit", .string(unit)),
            ("qualifier", .string(qualifier?.evaluationName)), ("low", bound(interval.low)),
            ("high", bound(interval.high)), ("implies", .string(implies?.timex)),
        ]
    }

    /// An interval bound as the evaluation writes it: an ISO date for dates, an ISO moment for times, else a number.
    func bound(_ v: Double?) -> JSONValue {
        guard let v else { return .null }
        switch kind {
        case .date: return .string(CalendarDay(ordinal: Int(v)).iso)
        case .time: return .string(ClockTime.moment(v))
        default: return .number(v)
        }
    }
}
