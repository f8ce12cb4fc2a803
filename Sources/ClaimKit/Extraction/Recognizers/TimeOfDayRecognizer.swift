/// Times of day: "7pm", "7:56:30 p.m.", "15:30", "15h30", "noon", "midnight", "8 o'clock", "half past 3",
/// "a quarter to 5 pm". `DateTimeComposer` then puts each time on its day ("Monday at 3pm"), else the publication day.
/// A bare hour ("at 7") is left alone: without am, pm or o'clock it is as often a count.
public struct TimeOfDayRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "time-of-day"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The blast came at 7pm.", "7pm", .time, "2021-07-26T19:00"),
        .expect("The roof gave way shortly after 2 a.m. on Tuesday.", "shortly after 2 a.m. on Tuesday", .time, "2021-07-20T02:00", low: 18828 + 7200.0 / 86400, high: 18828 + 7200.0 / 86400 + 30.0 / 1440),
        .expect("The span fell at about 6:40 p.m.", "about 6:40 p.m.", .time, "2021-07-26T18:40", low: 18834 + 67200.0 / 86400 - 15.0 / 1440, high: 18834 + 67200.0 / 86400 + 60.0 / 86400 + 15.0 / 1440),
        .expect("Polls closed at 8 p.m. sharp.", "8 p.m.", .time, "2021-07-26T20:00"),
        .expect("It ended at 7:56:30pm.", "7:56:30pm", .time, "2021-07-26T19:56:30"),
        .expect("Trading halted at 15:30 local time.", "15:30", .time, "2021-07-26T15:30"),
        .expect("Trading halted at 15h30.", "15h30", .time, "2021-07-26T15:30"),
        .expect("They met at noon.", "noon", .time, "2021-07-26T12:00"),
        .expect("The curfew starts at 12 midnight.", "12 midnight", .time, "2021-07-26T00:00"),
        .expect("He left at 8 o'clock in the evening.", "8 o'clock in the evening", .time, "2021-07-26T20:00"),
        .expect("Shots rang out at half past 3 pm.", "half past 3 pm", .time, "2021-07-26T15:30"),
        .expect("It began at a quarter to 5 pm.", "a quarter to 5 pm", .time, "2021-07-26T16:45"),
        .expect("The vote is at 10 a.m. on Monday.", "10 a.m. on Monday", .time, "2021-07-26T10:00"),
        .expect("Markets open at 9:30 a.m. Eastern time on Monday.", "9:30 a.m. Eastern time on Monday", .time, "2021-07-26T09:30"),
        .expect("On Friday, police said the blast came at 3 a.m. near the port.", "3 a.m.", .time, "2021-07-23T03:00"),
        .expect("It ended at 20 past 3pm.", "20 past 3pm", .time, "2021-07-26T15:20"),
        .expect("It ended at ten to midnight.", "ten to midnight", .time, "2021-07-26T23:50"),
        .expect("The alarm sounded at 15 past 3.", "15 past 3", .time, "2021-07-26T03:15"),
        .expect("The vote closes at 8.30pm.", "8.30pm", .time, "2021-07-26T20:30"),
        .reject("The score was 3:1 after extra time.", "3:1"),
        .reject("Prices rose from 10 to 15 dollars.", "10 to 15"),
        .reject("He arrived at 7 with friends.", "7"),
        .expect("Shots were heard at 10 last night.", "10 last night", .time, "2021-07-25T22:00"),
        .expect("The rally starts at 8 in the evening.", "8 in the evening", .time, "2021-07-26T20:00"),
    ]

    /// Where a match may start. The hour, the minutes before "past" or "to", or noon and midnight.
    public let lead: Lead = .numbers(or: ["noon", "midday", "midnight"])

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        s.scan(lead) { i in
            guard let (time, end) = match(s, at: i) else { return nil }
            return (s.mention(i, end, kind: .time, value: .clock(time), unit: nil, by: name), end)
        }
    }

    private func match(_ s: SentenceContext, at i: Int) -> (ClockTime, Int)? {
        let t = s.tokens
        switch s.word(i) {
        case "noon", "midday": return ClockTime(hour: 12).map { ($0, i + 1) }
        case "midnight": return ClockTime(hour: 0).map { ($0, i + 1) }
        default: break
        }
        if let found = pastOrTo(s, at: i) { return found }
        // "8.30pm", "8.30 p.m.": British news writes minutes after a dot.
        if t[i].shape == .number, let dot = t[i].text.firstIndex(of: "."), let hour = Int(t[i].text[..<dot]),
            t[i].text[t[i].text.index(after: dot)...].count == 2, let minute = Int(t[i].text[t[i].text.index(after: dot)...]),
            let (half, end) = meridiem(s, at: i + 1), (1...12).contains(hour)
        {
            return ClockTime(hour: twentyFour(hour, half), minute: minute).map { ($0, end) }
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
            return ClockTime(hour: twentyFour(hour, half), minute: minute, second: second).map { ($0, end) }
        }
        if s.word(j) == "o'clock" {
            let (h, end) = partOfDay(s, at: j + 1, hour: hour)
            return ClockTime(hour: h, minute: minute).map { ($0, end) }
        }
        // "at 8 in the evening", "at 10 last night", "at 9 tonight": the part of the day makes a bare hour a time.
        if minute == nil, s.word(i - 1) == "at", (1...12).contains(hour) {
            let (h, end) = partOfDay(s, at: j, hour: hour)
            if end > j { return ClockTime(hour: h).map { ($0, end) } }
            if s.word(j) == "tonight" || (s.word(j) == "last" && s.word(j + 1) == "night") {
                return ClockTime(hour: hour < 12 && hour >= 6 ? hour + 12 : hour).map { ($0, j) }
            }
        }
        // "15:30" alone: a time when it could not be a score or a ratio (minutes written with two digits, hour ≤ 23).
        guard minute != nil, s.word(i - 1) != "score", !(i > 0 && t[i - 1].shape == .number) else { return nil }
        let (h, end) = partOfDay(s, at: j, hour: hour)
        return ClockTime(hour: h, minute: minute, second: second).map { ($0, end) }
    }

    /// "half past 3 pm", "a quarter to 5", "20 past 3pm", "twenty after noon", "ten to midnight".
    private func pastOrTo(_ s: SentenceContext, at i: Int) -> (ClockTime, Int)? {
        var j = s.word(i) == "a" ? i + 1 : i
        let minutes: Int
        if s.word(j) == "half" || s.word(j) == "quarter" {
            minutes = s.word(j) == "half" ? 30 : 15
        } else if let n = s.number(at: j), n.end == j + 1 || n.spelled, n.value >= 1, n.value < 60,
            n.value == n.value.rounded()
        {
            minutes = Int(n.value)
            j = n.end - 1
        } else {
            return nil
        }
        if ["min", "mins", "minutes"].contains(s.word(j + 1)) { j += 1 }
        let direction = s.word(j + 1)
        guard ["past", "after", "to", "before"].contains(direction) else { return nil }
        var end = j + 3
        var h: Int
        switch s.word(j + 2) {
        case "noon": h = 12
        case "midnight": h = 0
        default:
            guard j + 2 < s.tokens.count, s.tokens[j + 2].shape == .number, let hour = Int(s.tokens[j + 2].text), hour < 24 else {
                return nil
            }
            h = hour
            if let (half, e) = meridiem(s, at: end) {
                guard (1...12).contains(hour) else { return nil }
                h = twentyFour(hour, half)
                end = e
            } else if direction == "to" || direction == "before", s.word(end) != "o'clock", partOfDay(s, at: end, hour: hour).1 == end,
                !["half", "quarter"].contains(s.word(j))
            {
                // "10 to 15" is a range, not a time: a number before "to" needs am, pm or a part of the day.
                return nil
            } else {
                if s.word(end) == "o'clock" { end += 1 }
                (h, end) = partOfDay(s, at: end, hour: hour)
            }
        }
        let total = (h * 60 + (direction == "past" || direction == "after" ? minutes : -minutes) + 1440) % 1440
        return ClockTime(hour: total / 60, minute: total % 60).map { ($0, end) }
    }

    /// A 12-hour clock's hour (1 to 12) with its "am" or "pm" on the 24-hour clock: 12 am is 0, 12 pm is 12.
    private func twentyFour(_ hour: Int, _ half: String) -> Int { hour % 12 + (half == "pm" ? 12 : 0) }

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
