/// Dates counted from another date of the text, as TimeML anchors them: "up 8.3% from a year earlier" after "in
/// December" is the December before, "A day earlier" opening a sentence is the day before the last one the sentence
/// before named, and "the following day" is the day after it. "Ago" counts from the publication date and is left
/// alone, and "three years later" stays a length, as the scenario gold writes it; with no date to count from, a date
/// counts from publication, as the recognizers read it.
enum EventAnchors {
    /// The mentions of each sentence (`starts` are the sentences' first offsets), with anchored dates counted from
    /// their anchor: a date named before them in their sentence or, for one that opens its sentence or names "the
    /// following" or "the previous" day, the last date of the sentence before.
    static func resolve(_ sentences: [[Mention]], starts: [Int]) -> [[Mention]] {
        var out = sentences
        for (k, mentions) in sentences.enumerated() {
            for (j, m) in mentions.enumerated() {
                guard let (amount, unit, part, follows) = offset(of: m) else { continue }
                // "A day earlier" opens its sentence; "the following day" always counts from a day named before.
                let before = out[k][..<j].reversed() + ((follows || m.start == starts[k]) && k > 0 ? out[k - 1].reversed() : [])
                guard let anchor = before.lazy.compactMap(anchorPoint).first, let point = shifted(anchor, by: amount, unit, part: part)
                else { continue }
                var dated = m
                dated.kind = .date
                dated.value = .date(point)
                dated.interval = Tolerance.interval(of: dated.value, qualifier: m.qualifier)
                out[k][j] = dated
            }
        }
        return out
    }

    /// The day, month or quarter a mention names, as an anchor: not "now", not a length, not a span.
    private static func anchorPoint(_ m: Mention) -> TimePoint? {
        switch m.value {
        case .date(let t) where !t.isDeictic && [.day, .month, .quarter].contains(t.grain): return t
        case .clock(let c): return c.day.map { .day($0) }
        default: return nil
        }
    }

    /// How far an anchored mention counts from its anchor, in which unit, the part of the day it names, and whether
    /// it names "the following" or "the previous" one: "a year earlier" (-1 year), "the previous evening" (-1 day,
    /// evening). Nil for any other.
    private static func offset(of m: Mention) -> (Int, Duration.Unit, String?, Bool)? {
        guard m.kind == .date else { return nil }
        let words = m.text.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last else { return nil }
        if words.count == 2, ["following", "next", "previous"].contains(words[0]) {
            let sign = words[0] == "previous" ? -1 : 1
            if words[1] == "day" { return (sign, .days, nil, true) }
            return Lexicon.partsOfDay[words[1]].map { (sign, .days, $0, true) }
        }
        guard last == "earlier", let (unit, multiplier) = Lexicon.durationUnits[words[words.count - 2]] else { return nil }
        // "a day earlier", "two years earlier": the count is the first word, in figures or in words.
        let text = ScalarText(m.text)
        let amount = ["a", "an"].contains(words[0]) ? 1 : NumberParser.parse(Tokenizer.tokens(of: text, in: 0..<text.count), at: 0)?.value ?? 0
        let count = Int(amount * multiplier)
        return count > 0 && Double(count) == amount * multiplier ? (-count, unit, nil, false) : nil
    }

    /// The anchor moved by `amount` units, at the anchor's own grain (a year before "December" is the December
    /// before); nil for a unit finer than the anchor ("a day later" than a month).
    private static func shifted(_ anchor: TimePoint, by amount: Int, _ unit: Duration.Unit, part: String?) -> TimePoint? {
        let day = anchor.first
        switch (unit, anchor.grain) {
        case (.days, .day): return part.map { .partOfDay(day.adding(days: amount), $0) } ?? .day(day.adding(days: amount))
        case (.weeks, .day): return .day(day.adding(days: 7 * amount))
        case (.months, .day), (.months, .month), (.years, .month):
            let total = day.year * 12 + day.month - 1 + (unit == .years ? 12 * amount : amount)
            return .month(total / 12, total % 12 + 1)
        case (.years, .day): return .year(day.year + amount)
        // "rose 3.1% in the first quarter from a year earlier"
        case (.years, .quarter): return .quarter(day.year + amount, (day.month + 2) / 3)
        default: return nil
        }
    }
}
