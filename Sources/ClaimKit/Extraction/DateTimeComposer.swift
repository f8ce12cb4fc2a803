/// Joins a time of day to the day written beside it: "10 a.m. on Monday", "Monday at 10 a.m.", "July 26, 2021, 3:30pm"
/// become one mention whose value carries both (`2021-07-26T10:00`), as TIMEX3 writes a moment. A time with no day
/// beside it falls on the sentence's one day, else on the publication day, as news times do ("at 3 a.m.").
enum DateTimeComposer {
    /// Words that may stand between a day and a time that belong together.
    static let joiners: Set<String> = [
        "at", "on", ",", "around", "about", "by", "from", "-", "local", "time", "eastern", "pacific", "central",
        "mountain", "et", "est", "edt", "gmt", "utc", "bst", "cet", "pt", "pst", "pdt", "ct", "cst", "cdt",
    ]

    /// The mentions of one sentence, with each time joined to an adjacent day, and a day followed by a part of the
    /// day ("Monday night", "yesterday morning") spanning it: the claim is about that day.
    static func compose(_ mentions: [Mention], in s: SentenceContext) -> [Mention] {
        var out: [Mention] = []
        let mentions = mentions.map { withPartOfDay($0, in: s) }
        var i = 0
        while i < mentions.count {
            let a = mentions[i]
            if i + 1 < mentions.count, let joined = join(a, mentions[i + 1], in: s) {
                out.append(joined)
                i += 2
            } else {
                out.append(a)
                i += 1
            }
        }
        let days = out.compactMap { m -> CalendarDay? in
            if case .date(let d) = m.value, d.grain == .day { return d.first }
            return nil
        }
        guard let day = days.count == 1 ? days[0] : days.isEmpty ? s.reference : nil else { return out }
        return out.map { m in
            guard case .clock(var c) = m.value, c.day == nil else { return m }
            c.day = day
            var anchored = m
            anchored.value = .clock(c)
            anchored.interval = Tolerance.interval(of: anchored.value, qualifier: m.qualifier)
            return anchored
        }
    }

    private static func withPartOfDay(_ m: Mention, in s: SentenceContext) -> Mention {
        guard case .date(let d) = m.value, d.grain == .day, d.timex == d.first.iso, let next = s.tokens.first(where: { $0.start >= m.end }),
            let part = Lexicon.partsOfDay[next.lower]
        else { return m }
        var joined = m
        joined.text = s.text[m.start..<next.end]
        joined.end = next.end
        joined.value = .date(.partOfDay(d.first, part))
        return joined
    }

    private static func join(_ a: Mention, _ b: Mention, in s: SentenceContext) -> Mention? {
        let pair: (day: CalendarDay, time: ClockTime)
        switch (a.value, b.value) {
        case (.date(let d), .clock(let c)) where d.grain == .day && c.day == nil: pair = (d.first, c)
        case (.clock(let c), .date(let d)) where d.grain == .day && c.day == nil: pair = (d.first, c)
        default: return nil
        }
        let between = s.tokens.filter { $0.start >= a.end && $0.end <= b.start }
        guard between.count <= 3, between.allSatisfy({ joiners.contains($0.lower) }) else { return nil }
        var time = pair.time
        time.day = pair.day
        return Mention(
            text: s.text[a.start..<b.end], start: a.start, end: b.end, kind: .time, value: .clock(time), unit: nil,
            qualifier: a.qualifier ?? b.qualifier, recognizer: "date-time")
    }
}
