/// Percentages and shares: "4.5%", "about 5 percent", "90 per cent", "2 percentage points", "half of", "a third of",
/// "one in five".
public struct PercentRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "percent"

    /// Fractions that state a share when followed by "of" ("a third of the country").
    static let fractions: [String: Double] = ["half": 50, "third": 100.0 / 3, "quarter": 25, "fifth": 20, "tenth": 10]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Growth was 4.5% last year.", "4.5%", .percent, "4.5"),
        .expect("Only about 3 percent had a dose.", "about 3 percent", .percent, "3", low: 2.7, high: 3.3),
        .expect("Turnout reached 90 per cent.", "90 per cent", .percent, "90"),
        .expect("Rates rose 2 percentage points.", "2 percentage points", .percent, "2"),
        .expect("They held about half of the districts.", "about half", .percent, "50", low: 45, high: 55),
        .expect("Fighters swept through a third of the country.", "a third", .percent, "33.3"),
        .expect("Two thirds of voters agreed.", "Two thirds", .percent, "66.7"),
        .expect("Nearly two-thirds of the buildings fell.", "Nearly two-thirds", .percent, "66.7"),
        .expect("The sector shrank by a third.", "a third", .percent, "33.3"),
        .expect("It fell to 31 percent, down from just over a third on Aug. 3.", "just over a third", .percent, "33.3", low: 33.3, high: 36.63),
        .reject("Votes went to a third party.", "a third"),
        .reject("Flags flew at half-staff.", "half"),
        .expect("Support fell to forty percent.", "forty percent", .percent, "40"),
        .expect("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", .percent, "0.25"),
        .reject("He finished third in the race.", "third"),
        .reject("Half the time it works.", "Half"),
        .expect("Nearly half the ballots were cast by mail.", "Nearly half", .percent, "50", low: 45, high: 50),
        .expect("It is one hundred percents sure.", "one hundred percents", .percent, "100"),
        .expect("It was thirty percentage.", "thirty percentage", .percent, "30"),
        .expect("They need minus five percent.", "minus five percent", .percent, "-5"),
        .reject("See https://example.com/search?q=30%25%2020% for more.", "30%"),
        .expect("One in five adults has had the virus.", "One in five", .percent, "20", low: 18, high: 22),
        .expect("Nearly 1 in 4 homes lost power.", "Nearly 1 in 4", .percent, "25", low: 22.5, high: 25),
        .expect("Only one out of three trains ran.", "one out of three", .percent, "33.33"),
        .expect("The risk is 3 in 100,000.", "3 in 100,000", .percent, "0.003"),
        .reject("Banks replaced about a quarter of a million cards.", "a quarter"),
        .expect("The offer is a premium of more than a third to Friday's close.", "more than a third", .percent, "33.3"),
        .reject("He scored 3 in 2019.", "3 in 2019"),
        .reject("They finished 2 in 10 minutes.", "2 in 10"),
        .reject("She came 5 in 3 races.", "5 in 3"),
    ]

    /// Where a match may start. The number, or the fraction word of a share ("a third of").
    public let lead: Lead = .numbers()

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
            if let n = s.number(at: i), n.end < t.count {
                if let share = ratio(s, numerator: n) {
                    found.append(wordedShare(s, from: i, share))
                    i = share.end
                    continue
                }
                let j = n.end
                if t[j].is("%") {
                    found.append(s.mention(i, j + 1, kind: .percent, value: .number(n.value), unit: "percent", by: name))
                    i = j + 1
                    continue
                }
                // "percentage" alone is how some write "percent" ("thirty percentage"); "percentage points" is read below.
                if ["percent", "percents", "pct"].contains(t[j].lower) || (t[j].lower == "percentage" && s.word(j + 1) != "points") {
                    let points = j + 1 < t.count && t[j + 1].lower == "points"
                    let unit = points ? "percentage points" : "percent"
                    found.append(s.mention(i, j + (points ? 2 : 1), kind: .percent, value: .number(n.value), unit: unit, by: name))
                    i = j + 1
                    continue
                }
                if t[j].lower == "per", j + 1 < t.count, t[j + 1].lower == "cent" {
                    found.append(s.mention(i, j + 2, kind: .percent, value: .number(n.value), unit: "percent", by: name))
                    i = j + 2
                    continue
                }
                if t[j].lower == "percentage", j + 1 < t.count, t[j + 1].lower == "points" {
                    found.append(s.mention(i, j + 2, kind: .percent, value: .number(n.value), unit: "percentage points", by: name))
                    i = j + 2
                    continue
                }
            }
            if let share = fraction(t, at: i) {
                // "a quarter of a percentage point" is a fraction of a point, not a quarter of something.
                let k = share.end + 1
                if s.word(k) == "a", s.word(k + 1) == "percentage", ["point", "points"].contains(s.word(k + 2)) {
                    let points = (share.value / 100).rounded(toPlaces: 4)
                    found.append(s.mention(i, k + 3, kind: .percent, value: .number(points), unit: "percentage points", by: name))
                    i = k + 3
                    continue
                }
                found.append(wordedShare(s, from: i, share))
                i = share.end
                continue
            }
            i += 1
        }
        return found
    }

    /// A share said in words from token `i`, with the interval of the rounding it is (`Tolerance.share`).
    private func wordedShare(_ s: SentenceContext, from i: Int, _ share: (value: Double, end: Int)) -> Mention {
        s.mention(
            i, share.end, kind: .percent, value: .number(share.value), unit: "percent", interval: Tolerance.share(share.value, qualifier: nil),
            by: name)
    }

    /// "one in five", "1 in 4", "one out of three": a share written as a ratio, read as its percentage so that it meets
    /// "20% of adults". The denominator outnumbers the numerator and is neither a year ("3 in 2019") nor a length of
    /// time ("2 in 10 minutes").
    private func ratio(_ s: SentenceContext, numerator n: ParsedNumber) -> (value: Double, end: Int)? {
        var j = n.end
        if s.word(j) == "in" {
            j += 1
        } else if s.word(j) == "out", s.word(j + 1) == "of" {
            j += 2
        } else {
            return nil
        }
        guard n.value >= 1, n.value == n.value.rounded(), !n.yearLike, let d = s.number(at: j), !d.yearLike, d.value > n.value
        else { return nil }
        let next = s.word(d.end)
        if Lexicon.durationUnits[next] != nil || Units.words[next] != nil { return nil }
        // Four significant digits, as a share is quoted: "one in three" is 33.33%, "1 in 100,000" 0.001%.
        let share = n.value / d.value * 100
        var places = 2
        var scaled = share
        while scaled < 10, places < 12 {
            scaled *= 10
            places += 1
        }
        return (share.rounded(toPlaces: places), d.end)
    }

    /// "half of", "a third of", "two thirds of": a share only when "of" follows, so "finished third" is not one.
    private func fraction(_ t: [Token], at i: Int) -> (value: Double, end: Int)? {
        var j = i
        var multiplier = 1.0
        if t[j].lower == "a" || t[j].lower == "one" {
            j += 1
        } else if let n = NumberParser.units[t[j].lower], n >= 2, n <= 9 {
            multiplier = n
            j += 1
            if j < t.count, t[j].is("-"), !t[j].spaced { j += 1 }  // "two-thirds"
        }
        // A share "of" something; a change "by" a fraction ("shrank by a third"); a level "from", "to" or "at" one, or
        // a change or premium "of" one, hedged or not, when no noun follows ("down from just over a third on Aug. 3", "a
        // premium of more than a third to Friday's close", not "to a third party").
        var k = i - 1
        while k >= 0, ["just", "over", "under", "about", "nearly", "almost", "roughly", "around", "more", "less", "than"].contains(t[k].lower) { k -= 1 }
        let before = k >= 0 ? t[k].lower : ""
        let compound = j + 1 < t.count && t[j + 1].is("-") && !t[j + 1].spaced  // "at half-staff"
        let ends = !compound && (j + 1 >= t.count || t[j + 1].shape == .punctuation || Lexicon.phraseBreakers.contains(t[j + 1].lower))
        let standsAlone = before == "by" || (["from", "to", "at", "of"].contains(before) && ends)
        func word(_ k: Int) -> String { k < t.count ? t[k].lower : "" }
        // "nearly half the ballots", but not "half the time": a share of things counted.
        let halfThe = word(j) == "half" && ["the", "its", "their"].contains(word(j + 1)) && word(j + 2).hasSuffix("s")
        guard j < t.count, standsAlone || halfThe || word(j + 1) == "of" else { return nil }
        // "a quarter of a million payment cards" is a count.
        if word(j + 1) == "of", ["a", "an"].contains(word(j + 2)), NumberParser.scales[word(j + 3)] != nil { return nil }
        let word = t[j].lower
        let plural = word.hasSuffix("s") && word != "half"
        guard let share = PercentRecognizer.fractions[plural ? String(word.dropLast()) : word] else { return nil }
        // "two thirds" but not "a thirds" or "two third"; "half" stands alone.
        guard plural == (multiplier > 1), word != "half" || j == i else { return nil }
        return ((share * multiplier).rounded(toPlaces: 1), j + 1)
    }
}

extension Double {
    /// The value rounded to a number of decimal places, as shares are written ("33.3").
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
