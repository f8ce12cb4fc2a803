/// Times of day: "7pm", "7:56:30 p.m.", "15:30", "15h30", "noon", "midnight", "8 o'clock", "half past 3",
/// "a quarter to 5 pm". A time next to a day ("Monday at 3pm") is joined to it by `DateTimeComposer`.
/// A bare hour ("at 7") is left alone: without am, pm or o'clock it is as often a count.
public struct TimeOfDayRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "time-of-day"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The blast came at 7pm.", "7pm", .time, "T19"),
        .expect("Polls closed at 8 p.m. sharp.", "8 p.m.", .time, "T20"),
        .expect("It ended at 7:56:30pm.", "7:56:30pm", .time, "T19:56:30"),
        .expect("Trading halted at 15:30 local time.", "15:30", .time, "T15:30"),
        .expect("Trading halted at 15h30.", "15h30", .time, "T15:30"),
        .expect("They met at noon.", "noon", .time, "T12"),
        .expect("The curfew starts at 12 midnight.", "12 midnight", .time, "T00"),
        .expect("He left at 8 o'clock in the evening.", "8 o'clock in the evening", .time, "T20"),
        .expect("Shots rang out at half past 3 pm.", "half past 3 pm", .time, "T15:30"),
        .expect("It began at a quarter to 5 pm.", "a quarter to 5 pm", .time, "T16:45"),
        .expect("The vote is at 10 a.m. on Monday.", "10 a.m. on Monday", .time, "2021-07-26T10"),
        .expect("Markets open at 9:30 a.m. Eastern time on Monday.", "9:30 a.m. Eastern time on Monday", .time, "2021-07-26T09:30"),
        .reject("The score was 3:1 after extra time.", "3:1"),
        .reject("He arrived at 7 with friends.", "7"),
    ]

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < s.tokens.count {
            if let (time, end) = match(s, at: i) {
                found.append(s.mention(i, end, kind: .time, value: .clock(time), unit: nil, by: name))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private func match(_ s: SentenceContext, at i: Int) -> (ClockTime, Int)? {
        let t = s.tokens
        switch s.word(i) {
        case "noon", "midday": return ClockTime(hour: 12).map { ($0, i + 1) }
        case "midnight": return ClockTime(hour: 0).map { ($0, i + 1) }
        case "half", "quarter", "a": return pastOrTo(s, at: i)
        default: break
        }
        guard t[i].shape == .number, t[i].text.count <= 2, let hour = Int(t[i].text) else { return nil }
        var j = i + 1
        var minute: Int?
        var second: Int?
        // "15:30", "7:56:30"; "15h30"
        if s.word(j) == ":" || s.word(j) == "h", j + 1 < t.count, !t[j].spaced, !t[j + 1].spaced, t[j + 1].shape == .number,
            t[j + 1].text.count == 2, let m = Int(t[j + 1].text)
        {
            minute = m
            j += 2
            if s.word(j) == ":", j + 1 < t.count, !t[j + 1].spaced, t[j + 1].text.count == 2, let sec = Int(t[j + 1].text) {
                second = sec
                j += 2
            }
        }
        if s.word(i + 1) == "h", minute == nil, i + 1 < t.count, !t[i + 1].spaced { return nil }
        // "12 noon", "12 midnight"
        if hour == 12, minute == nil, s.word(j) == "noon" || s.word(j) == "midnight" {
            return ClockTime(hour: s.word(j) == "noon" ? 12 : 0).map { ($0, j + 1) }
        }
        if let (half, end) = meridiem(s, at: j) {
            guard (1...12).contains(hour) else { return nil }
            return ClockTime(hour: hour % 12 + (half == "pm" ? 12 : 0), minute: minute, second: second).map { ($0, end) }
        }
        if s.word(j) == "o'clock" {
            let (h, end) = partOfDay(s, at: j + 1, hour: hour)
            return ClockTime(hour: h, minute: minute).map { ($0, end) }
        }
        // "15:30" alone: a time when it could not be a score or a ratio (minutes written with two digits, hour ≤ 23).
        guard minute != nil, s.word(i - 1) != "score", !(i > 0 && t[i - 1].shape == .number) else { return nil }
        let (h, end) = partOfDay(s, at: j, hour: hour)
        return ClockTime(hour: h, minute: minute, second: second).map { ($0, end) }
    }

    /// "half past 3 pm", "a quarter to 5", "quarter past 10".
    private func pastOrTo(_ s: SentenceContext, at i: Int) -> (ClockTime, Int)? {
        var j = i
        if s.word(j) == "a" { j += 1 }
        let minutes = s.word(j) == "half" ? 30 : s.word(j) == "quarter" ? 15 : 0
        guard minutes > 0, s.word(j + 1) == "past" || s.word(j + 1) == "to", j + 2 < s.tokens.count,
            s.tokens[j + 2].shape == .number, let hour = Int(s.tokens[j + 2].text), (1...12).contains(hour) || hour < 24
        else { return nil }
        var end = j + 3
        var h = hour
        if let (half, e) = meridiem(s, at: end) {
            h = hour % 12 + (half == "pm" ? 12 : 0)
            end = e
        } else {
            (h, end) = partOfDay(s, at: end, hour: hour)
        }
        let past = s.word(j + 1) == "past"
        let total = (h * 60 + (past ? minutes : -minutes) + 1440) % 1440
        return ClockTime(hour: total / 60, minute: total % 60).map { ($0, end) }
    }

    /// "pm", "p.m.", "PM", "p. m." after a time, with the index after it.
    private func meridiem(_ s: SentenceContext, at j: Int) -> (String, Int)? {
        let w = s.word(j)
        if w == "am" || w == "pm" { return (w, j + 1) }
        if w == "a" || w == "p", s.word(j + 1) == ".", s.word(j + 2) == "m" {
            return (w + "m", s.word(j + 3) == "." ? j + 4 : j + 3)
        }
        return nil
    }

    /// "in the morning", "in the evening", "at night" after an hour: the hour in 24-hour terms, and the index after.
    private func partOfDay(_ s: SentenceContext, at j: Int, hour: Int) -> (Int, Int) {
        guard s.word(j) == "in" || s.word(j) == "at" else { return (hour, j) }
        let k = s.word(j + 1) == "the" ? j + 2 : j + 1
        switch s.word(k) {
        case "morning": return (hour % 12, k + 1)
        case "afternoon", "evening", "night": return (hour < 12 && hour >= (s.word(k) == "night" ? 6 : 1) ? hour + 12 : hour, k + 1)
        default: return (hour, j)
        }
    }
}
