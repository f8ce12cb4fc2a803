/// Lengths of time: "18 years", "a 20-year conflict", "two decades", "just over a year", "14 months", and anchored
/// durations that imply a date: "18 years after the US invaded" in 2021 implies 2003.
public struct DurationRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "duration"

    /// Words before "a year" that make it a length of time rather than a rate ("$8 a year").
    static let licensing: Set<String> = [
        "for", "over", "than", "after", "nearly", "almost", "about", "under", "within", "past", "last", "in", "just",
        "around", "roughly", "some", "barely", "only", "took", "take", "takes", "taking", "lasted", "lasts", "last",
        "spent", "spend", "waited", "wait",
    ]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("He left after a 20-year conflict.", "20-year", .duration, "P20Y"),
        .expect("Guidelines call for 135 to 168 months in prison.", "135", .duration, "P135M"),
        .expect("Guidelines call for 135 to 168 months in prison.", "168 months", .duration, "P168M"),
        .expect("Expect delays of 15 to 20 minutes.", "15", .duration, "PT15M"),
        .expect("The work takes between two and three years.", "two", .duration, "P2Y"),
        .reject("The team won 3-1 after 90 minutes.", "3"),
        .expect("They met 18 years after the US invaded to depose him.", "18 years after the US invaded", .duration, "P18Y"),
        .expect("He has been in office for just over a year.", "just over a year", .duration, "P1Y", low: 1, high: 1.5),
        .expect("A war that has run for nearly two decades.", "nearly two decades", .duration, "P20Y", low: 18, high: 20),
        .expect("He has led the government for 14 months.", "14 months", .duration, "P14M"),
        .expect("Talks lasted 72 hours.", "72 hours", .duration, "PT72H"),
        .expect("Response times slowed to 11 minutes and 40 seconds.", "11 minutes and 40 seconds", .duration, "PT11M40S"),
        .expect("He served two years, three months in jail.", "two years, three months", .duration, "P2Y3M"),
        .expect("The flight took 1 hour 45 minutes.", "1 hour 45 minutes", .duration, "PT1H45M"),
        .expect("It took 40 seconds and 11 minutes later it was over.", "40 seconds", .duration, "PT40S"),
        .expect("It came back three years later.", "three years later", .duration, "P3Y"),
        .expect("It is more than 18 years after the invasion.", "more than 18 years after the invasion", .duration, "P18Y", low: 18, high: nil),
        .expect("It is the city's first tax increase in a decade.", "a decade", .duration, "P10Y", low: 10, high: nil),
        .expect("It was the strongest quake to hit the region in 40 years.", "40 years", .duration, "P40Y", low: 40, high: nil),
        .expect("It is the first evacuation order in more than a decade.", "more than a decade", .duration, "P10Y", low: 10, high: nil),
        .expect("Prices rose in a decade of growth.", "a decade", .duration, "P10Y", low: 10, high: 10),
        .expect("A two-week pause began.", "two-week", .duration, "P2W"),
        .expect("The talks lasted an hour and a half.", "an hour and a half", .duration, "PT1.5H"),
        .expect("It took half an hour to agree.", "half an hour", .duration, "PT0.5H"),
        .expect("Polls stay open for a half hour more.", "a half hour", .duration, "PT0.5H"),
        .expect("The outage lasted 3h in all.", "3h", .duration, "PT3H"),
        .expect("Each session ran 45 mins.", "45 mins", .duration, "PT45M"),
        .expect("The trial took a fortnight.", "a fortnight", .duration, "P2W"),
        .expect("Prices rose 5% over the past year.", "the past year", .duration, "P1Y"),
        .reject("Subscribers pay $8 a year.", "a year"),
        .reject("The forty-second president spoke.", "forty-second"),
        .reject("It happened two years ago.", "two years"),
        .reject("The boy is 12 years old.", "12 years"),
    ]

    /// Where a match may start. The amount ("18", "two", "a", "half"), or "the" of "the past year".
    public let lead: Lead = .numbers(or: ["the"])

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            guard s.starts(lead, at: i) else {
                i += 1
                continue
            }
            if let (bound, end) = lowerBound(s, at: i) {
                found.append(bound)
                i = end
                continue
            }
            guard let parsed = amount(s, at: i) else {
                i += 1
                continue
            }
            var (amount, unitEnd) = (parsed.0, parsed.1)
            let start = parsed.2
            let (unit, multiplier) = DurationRecognizer.unit(t, at: unitEnd - 1)!
            // "an hour and a half", "two years and a half"
            if s.word(unitEnd) == "and", s.word(unitEnd + 1) == "half" || (s.word(unitEnd + 1) == "a" && s.word(unitEnd + 2) == "half") {
                amount += 0.5
                unitEnd += s.word(unitEnd + 1) == "a" ? 3 : 2
            }
            var duration = Duration(amount * multiplier, unit)
            // "11 minutes and 40 seconds", "two years, three months": one length in several units, largest first.
            var parts = [duration]
            while let (more, moreEnd) = smallerPart(s, after: unitEnd), let compound = Duration(parts: parts + [more]) {
                (parts, duration, unitEnd) = (parts + [more], compound, moreEnd)
            }
            let next = s.word(unitEnd)
            if next == "ago" || next == "old" || next == "earlier" && s.word(unitEnd + 1) == "than" {
                i = unitEnd
                continue
            }
            var end = unitEnd
            var implies: TimePoint?
            var interval: Interval?
            if DurationRecognizer.isRecord(t, before: start) {
                // "the first increase in a decade": nothing like it for at least that long, so the last one was at
                // least that long ago.
                interval = Interval(low: duration.amount, high: nil)
                if let reference = s.reference { implies = DurationRecognizer.implied(by: duration, before: reference) }
            } else if next == "later" || next == "earlier" {
                end += 1
            } else if next == "after" || next == "since", unitEnd + 1 < t.count, t[unitEnd + 1].shape == .word {
                // The anchor clause runs to the next punctuation, a few words at most.
                end = unitEnd + 1
                while end < t.count, end < unitEnd + 7, t[end].shape != .punctuation, !["to", "and", "but", "when", "which"].contains(t[end].lower) {
                    end += 1
                }
                if let reference = s.reference { implies = DurationRecognizer.implied(by: duration, before: reference) }
            }
            found.append(
                s.mention(start, end, kind: .duration, value: .duration(duration), unit: duration.unit.rawValue, interval: interval, by: name)
                    .with(implies: implies))
            i = end
        }
        return found
    }

    /// The next part of a length written in several units, after "and", a comma or nothing: "and 40 seconds".
    private func smallerPart(_ s: SentenceContext, after end: Int) -> (Duration, Int)? {
        let k = ["and", ","].contains(s.word(end)) ? end + 1 : end
        guard k < s.tokens.count, s.number(at: k) != nil, let (amount, unitEnd, start) = amount(s, at: k), start == k,
            let (unit, multiplier) = DurationRecognizer.unit(s.tokens, at: unitEnd - 1)
        else { return nil }
        return (Duration(amount * multiplier, unit), unitEnd)
    }

    /// The first end of a range of lengths, in the unit of the second: "135 to 168 months", "15 to 20 minutes",
    /// "between two and three years". Each end is a length of its own, as the two ends of a span of dates are.
    private func lowerBound(_ s: SentenceContext, at i: Int) -> (Mention, Int)? {
        let t = s.tokens
        guard let n = s.number(at: i), !n.yearLike, n.end + 1 < t.count else { return nil }
        let joiner = t[n.end].lower
        guard ["to", "or", "-", "\u{2013}"].contains(joiner) || (joiner == "and" && s.word(i - 1) == "between"),
            s.number(at: n.end + 1) != nil, let (_, unitEnd, start) = amount(s, at: n.end + 1), start == n.end + 1,
            let (unit, multiplier) = DurationRecognizer.unit(t, at: unitEnd - 1)
        else { return nil }
        let duration = Duration(n.value * multiplier, unit)
        return (s.mention(i, n.end, kind: .duration, value: .duration(duration), unit: unit.rawValue, by: name), n.end)
    }

    /// Whether a length closes a record phrase: "in" (past a hedge) right before it, and a first or a superlative
    /// earlier in the clause ("the first property-tax increase in a decade", "the strongest quake in 40 years").
    static func isRecord(_ t: [Token], before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, ["more", "than", "over", "nearly", "almost", "about", "just", "well"].contains(t[i].lower) { i -= 1 }
        guard i > 0, t[i].lower == "in" else { return false }
        var j = i - 1
        while j >= 0, j >= i - 10, !Clauses.isBoundary(t, j) {
            if SubjectWords.recordWords.contains(t[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// The unit a token names: a unit word, or a letter glued to the digits before it ("3h").
    static func unit(_ t: [Token], at i: Int) -> (Duration.Unit, Double)? {
        if let u = Lexicon.durationUnits[t[i].lower] { return u }
        guard i > 0, !t[i].spaced, t[i - 1].shape == .number else { return nil }
        return Lexicon.gluedDurationUnits[t[i].lower]
    }

    /// The amount and the index after the unit word for "18 years", "a year", "20-year", "half an hour".
    private func amount(_ s: SentenceContext, at i: Int) -> (Double, Int, Int)? {
        let t = s.tokens
        let w = t[i].lower
        // "the past year", "the last month", "the next week": one unit of time back or ahead from now; "the next day"
        // is the day after, a date (`RelativeDateRecognizer`).
        if w == "the", i + 2 < t.count, ["past", "last", "next", "coming"].contains(t[i + 1].lower),
            let unit = Lexicon.durationUnits[t[i + 2].lower], !t[i + 2].lower.hasSuffix("s"), unit.0 != .seconds,
            !(t[i + 1].lower == "next" && t[i + 2].lower == "day")
        {
            return (1, i + 3, i)
        }
        // "half an hour", "half a day"; "a half hour"
        if w == "half", i + 2 < t.count, ["a", "an"].contains(t[i + 1].lower), Lexicon.durationUnits[t[i + 2].lower] != nil {
            return (0.5, i + 3, i)
        }
        if ["a", "an"].contains(w), i + 2 < t.count, t[i + 1].lower == "half", Lexicon.durationUnits[t[i + 2].lower] != nil {
            return (0.5, i + 3, i)
        }
        if (w == "a" || w == "an" || w == "one"), i + 1 < t.count, Lexicon.durationUnits[t[i + 1].lower] != nil,
            !t[i + 1].lower.hasSuffix("s") || t[i + 1].lower == "hours"
        {
            // "a year" is a length only after words like "for" or "over": "$8 a year" is a rate.
            guard w == "one" || (i > 0 && DurationRecognizer.licensing.contains(t[i - 1].lower)) else { return nil }
            return (1, i + 2, i)
        }
        guard let n = s.number(at: i), !n.yearLike || n.end < t.count && Lexicon.durationUnits[t[n.end].lower] != nil,
            n.end < t.count
        else { return nil }
        if DurationRecognizer.unit(t, at: n.end) != nil {
            return (n.value, n.end + 1, i)
        }
        // "20-year", "two-decade", "30-minutes": the unit is glued by a hyphen; "forty-second" is an ordinal.
        if t[n.end].is("-"), n.end + 1 < t.count, !t[n.end + 1].spaced, Lexicon.durationUnits[t[n.end + 1].lower] != nil,
            !(n.spelled && t[n.end + 1].lower == "second")
        {
            return (n.value, n.end + 2, i)
        }
        return nil
    }

    /// The date an anchored duration points back to, at the duration's grain.
    static func implied(by d: Duration, before reference: CalendarDay) -> TimePoint? {
        guard d.amount == d.amount.rounded() else { return nil }
        let n = Int(d.amount)
        switch d.unit {
        case .years: return .year(reference.year - n)
        case .months:
            let total = reference.year * 12 + (reference.month - 1) - n
            return .month(total / 12, total % 12 + 1)
        case .days: return .day(reference.adding(days: -n))
        default: return nil
        }
    }
}

extension Mention {
    /// The same mention with an implied date attached.
    func with(implies: TimePoint?) -> Mention {
        var copy = self
        copy.implies = implies
        return copy
    }
}
