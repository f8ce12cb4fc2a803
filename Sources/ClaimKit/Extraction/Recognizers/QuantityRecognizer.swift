/// Measured quantities with units: "40 yards", "a 6.4 magnitude quake", "magnitude 6.4", "10 km", "930,000 mi",
/// "35 degrees Celsius", "-10C", "2 degrees below zero", "2 tonnes", "a gallon", "half a litre", "4 square kilometres",
/// "200 kilometres per hour", "7 feet 10 inches". Units are normalized to short symbols (`Units`) so that km and miles
/// can be converted.
public struct QuantityRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "quantity"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("He ran 40 yards.", "40 yards", .quantity, "40"),
        .reject("Fuel duty will rise by 5p a litre from September.", "a litre"),
        .reject("Gas sold for $4 a gallon.", "a gallon"),
        .expect("A 6.4 magnitude quake struck.", "6.4 magnitude", .quantity, "6.4"),
        .expect("The quake, magnitude 6.4, struck.", "magnitude 6.4", .quantity, "6.4"),
        .expect("It put the quake at a magnitude of 7.1.", "a magnitude of 7.1", .quantity, "7.1"),
        .expect("It lies 1,500,000 kilometres away.", "1,500,000 kilometres", .quantity, "1500000"),
        .expect("The epicentre was 10 km deep.", "10 km", .quantity, "10"),
        .expect("It reached 35 degrees Celsius.", "35 degrees Celsius", .quantity, "35"),
        .expect("It weighs 2 tonnes.", "2 tonnes", .quantity, "2"),
        .reject("See Section 3 of the act.", "3"),
        .expect("Take 500mg of it.", "500mg", .quantity, "500"),
        .expect("They sold 291,890 metric tons.", "291,890 metric tons", .quantity, "291890"),
        .expect("Italy covers 301,338 km2.", "301,338 km2", .quantity, "301338"),
        .expect("It covers 116,347 sq mi.", "116,347 sq mi", .quantity, "116347"),
        .expect("It covers 4 square kilometers.", "4 square kilometers", .quantity, "4"),
        .expect("Winds reached 200 kilometres per hour.", "200 kilometres per hour", .quantity, "200"),
        .expect("Yields fell to 2.3 tonnes from 3.4 tonnes a year earlier.", "3.4 tonnes", .quantity, "3.4"),
        .expect("Output hit 2 million barrels a day.", "2 million barrels a day", .quantity, "2000000"),
        .expect("Buy a gallon of beer.", "a gallon", .quantity, "1"),
        .expect("Drink half a litre.", "half a litre", .quantity, "0.5"),
        .expect("A mouse can pass a 1/4 inch gap.", "1/4 inch", .quantity, "0.25"),
        .expect("He is 7 feet 10 inches tall.", "7 feet 10 inches", .quantity, "94"),
        .expect("It ran 2 km and 1 meter.", "2 km and 1 meter", .quantity, "2001"),
        .expect("Now it is -10C.", "-10C", .quantity, "-10"),
        .expect("It was 2 degrees below zero.", "2 degrees below zero", .quantity, "-2"),
        .expect("Water boils at 100° Celsius.", "100° Celsius", .quantity, "100"),
        .expect("Set it to thirty seven celsius.", "thirty seven celsius", .quantity, "37"),
        .expect("It sells 68-ounce cans.", "68-ounce", .quantity, "68"),
        .expect("A 20 (kg) bag.", "20 (kg)", .quantity, "20"),
        .reject("The 5G rollout began.", "5G"),
        .reject("Part 24703L202 failed.", "24703L"),
        .reject("He scored 5 in the first half.", "5 in"),
        .reject("It was a ton of work.", "a ton"),
        .expect("Take 2000 milligrams daily.", "2000 milligrams", .quantity, "2000"),
        .reject("Zip code PA 23456 F Block.", "23456 F"),
        .reject("The 13F filing was late.", "13F"),
        .reject("They chartered a Boeing 777F to India.", "777F"),
        .expect("Temperatures hit 40C on Tuesday.", "40C", .quantity, "40"),
    ]

    /// Where a match may start. The amount, or "magnitude" written before it.
    public let lead: Lead = .numbers(or: ["magnitude"])

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
            // "magnitude 6.4", "a magnitude of 7.1"
            let start = t[i].lower == "a" && s.word(i + 1) == "magnitude" ? i + 1 : i
            let number = s.word(start + 1) == "of" ? start + 2 : start + 1
            if t[start].lower == "magnitude", let n = s.number(at: number), !n.yearLike {
                found.append(s.mention(i, n.end, kind: .quantity, value: .number(n.value), unit: "magnitude", by: name))
                i = n.end
                continue
            }
            guard let n = amount(s, at: i), let measure = unit(t, of: n, partOfLength: false) else {
                i += 1
                continue
            }
            var (value, unit, end) = (n.value * measure.sign, measure.unit, measure.end)
            // "7 feet 10 inches", "2 km and 1 metre": smaller units of the same system add up, in the smallest.
            while let (more, moreUnit, moreEnd) = part(s, after: end, unit: unit) {
                value = value * Units.ratio(unit, to: moreUnit)! + more
                unit = moreUnit
                end = moreEnd
            }
            found.append(s.mention(i, end, kind: .quantity, value: .number(value), unit: unit, by: name))
            i = end
        }
        return found
    }

    /// A unit read after an amount: its symbol, the index after it, and -1 for "below zero".
    private struct Measure {
        let unit: String
        let end: Int
        var sign = 1.0
    }

    /// The amount at `i`: a number, "a"/"an" before a unit measured that way ("a gallon"), or a fraction of a unit
    /// ("half a litre", "quarter-litre", "tenth of a gallon").
    private func amount(_ s: SentenceContext, at i: Int) -> ParsedNumber? {
        let t = s.tokens
        // An article, a fraction word and a number all may start a number; no other word needs the look-ups below.
        guard t[i].mayStartNumber else { return nil }
        let w = t[i].lower
        func measured(_ j: Int) -> Bool { j < t.count && Units.measuredByArticle.contains(Units.words[t[j].lower] ?? "") }
        if w == "a" || w == "an", measured(i + 1) {
            // "5p a litre", "$4 a gallon": after a price, "a litre" is what the price is for, not a measure.
            let afterPrice = i > 0 && (t[i - 1].shape == .number || Currencies.subunits.contains(t[i - 1].lower))
            return afterPrice ? nil : ParsedNumber(value: 1, first: i, end: i + 1, spelled: true, yearLike: false)
        }
        if let d = NumberWords.denominator(w), !d.plural {
            var j = i + 1
            if j < t.count, ["a", "an", "of", "-"].contains(t[j].lower) { j += 1 }
            if j < t.count, t[j].lower == "a" { j += 1 }
            // "half a litre", "quarter-litre"; other fractions need "of" ("tenth of a gallon", not "the third mile").
            guard j < t.count, Units.words[t[j].lower] != nil, d.value <= 4 && d.value != 3 || t[i + 1].lower == "of" else { return nil }
            return ParsedNumber(value: 1 / d.value, first: i, end: j, spelled: true, yearLike: false)
        }
        // "one" measures only what is measured that way ("one mile", not "one foot in the door").
        guard let n = s.number(at: i), !n.spelled || n.value != 1 || measured(n.end) else { return nil }
        return n
    }

    /// The unit after an amount: "40 yards", "6.4-magnitude", "35 degrees Celsius", "37°C", "-10C", "2 below zero",
    /// "4 km squared", "200 km/h", "2 million barrels a day", "20 (kg)". "in" is a preposition unless only a full stop
    /// or a comma follows it or it ends a length ("12 ft 2 in").
    private func unit(_ t: [Token], of n: ParsedNumber, partOfLength: Bool) -> Measure? {
        guard n.end < t.count else { return nil }
        var j = n.end
        if t[j].is("-"), j + 1 < t.count, !t[j].spaced, !t[j + 1].spaced { j += 1 }  // "6.4-magnitude", "10-km"
        let bracketed = t[j].is("(") && j + 2 < t.count && t[j + 2].is(")")
        if bracketed { j += 1 }  // "20 (kg)"
        let w = t[j].lower
        // A unit glued to more digits is part of a code ("24703L202"), unless they are its power ("km2").
        if j + 1 < t.count, t[j + 1].shape == .number, !t[j + 1].spaced, !["2", "3"].contains(t[j + 1].text) { return nil }
        if !bracketed, let measure = temperature(t, at: j, named: n.first > 1 && t[n.first - 1].isCapitalized) {
            return measure
        }
        var unit: String
        var end = j + 1
        if Units.areaPrefixes.contains(w), j + 1 < t.count, let base = Units.words[t[j + 1].lower] {
            unit = base + "2"
            end = j + 2
        } else if let phrase = Units.phrases[w], j + 1 < t.count, let u = phrase[t[j + 1].lower] {
            unit = u
            end = j + 2
            if u == "BTU", end < t.count, t[end].lower.hasPrefix("unit") { end += 1 }
        } else if let u = Units.symbols[t[j].text] ?? Units.words[w] {
            // "30 in 1990", "5 in Paris": "in" before anything but a full stop or a comma is the preposition.
            if w == "in", !partOfLength, j + 1 < t.count, !(t[j + 1].is(".") || t[j + 1].is(",") || t[j + 1].is(")")) { return nil }
            unit = u
        } else {
            return nil
        }
        if bracketed { end += 1 }
        // "4 km squared", "4km^2", "km2", "km/h", "miles an hour", "barrels a day".
        if end < t.count, ["squared", "cubed"].contains(t[end].lower) {
            unit += t[end].lower == "squared" ? "2" : "3"
            end += 1
        } else if end + 1 < t.count, t[end].is("^"), !t[end].spaced, ["2", "3"].contains(t[end + 1].text) {
            unit += t[end + 1].text
            end += 2
        } else if end < t.count, !t[end].spaced, let power = ["2": "2", "3": "3", "²": "2", "³": "3"][t[end].text] {
            unit += power
            end += 1
        } else if let (period, after) = per(t, at: end) {
            unit += "/" + period
            end = after
        }
        return Measure(unit: unit, end: end)
    }

    /// "per hour", "an hour", "a day", "/h": the period a rate is measured over, and the index after it.
    private func per(_ t: [Token], at j: Int) -> (String, Int)? {
        guard j + 1 < t.count else { return nil }
        let periods = ["hour": "h", "second": "s", "minute": "min", "day": "d", "week": "wk", "month": "mo", "year": "yr"]
        let symbols = ["h": "h", "hr": "h", "s": "s", "sec": "s", "min": "min", "d": "d"]
        if t[j].is("/"), !t[j + 1].spaced, let p = symbols[t[j + 1].lower] ?? periods[t[j + 1].lower] { return (p, j + 2) }
        if ["per", "an", "a"].contains(t[j].lower), let p = periods[t[j + 1].lower],
            t[j].lower == "per" || Lexicon.mayBeRatePeriod(t, at: j)
        {
            return (p, j + 2)
        }
        return nil
    }

    /// "degrees Celsius", "°C", "° Fahrenheit", "deg.", "celsius", "C" glued to the digits, with "below zero"
    /// turning the sign. A glued letter is a code when the number follows a name or precedes a noun ("Boeing 777F",
    /// "the 13F filing"), which `named` and the next word tell.
    private func temperature(_ t: [Token], at j: Int, named: Bool) -> Measure? {
        let w = t[j].lower
        var end = j + 1
        var scale: String
        if w == "degrees" || w == "degree" || w == "deg" || t[j].is("°") {
            scale = "deg"
            if w == "deg", end < t.count, t[end].is("."), !t[end].spaced { end += 1 }
            if end < t.count, let s = Units.temperatureScales[t[end].lower] {
                scale = s
                end += 1
            }
        } else if let s = Units.temperatureScales[w],
            w.count > 1 || (!t[j].spaced && t[j].text != w && !named && (j + 1 == t.count || t[j + 1].shape != .word || Lexicon.phraseBreakers.contains(t[j + 1].lower)))
        {
            scale = s  // "10 celsius", "-10C", "40C on Tuesday"
        } else if w == "below", end < t.count, t[end].lower == "zero" {
            return Measure(unit: "deg", end: end + 1, sign: -1)  // "2 below zero"
        } else {
            return nil
        }
        if end + 1 < t.count, t[end].lower == "below", t[end + 1].lower == "zero" {
            return Measure(unit: scale, end: end + 2, sign: -1)
        }
        return Measure(unit: scale, end: end)
    }

    /// A further part of a length or a weight: "7 feet [,|and] 10 inches" after "7 feet".
    private func part(_ s: SentenceContext, after j: Int, unit: String) -> (Double, String, Int)? {
        let t = s.tokens
        guard let system = Units.partSystem(unit), j < t.count else { return nil }
        var k = j
        if t[k].is(",") || t[k].lower == "and" { k += 1 }
        guard let n = s.number(at: k), let next = self.unit(t, of: n, partOfLength: true), next.sign == 1,
            Units.partSystem(next.unit) == system, let ratio = Units.ratio(unit, to: next.unit), ratio > 1
        else { return nil }
        return (n.value, next.unit, next.end)
    }
}
