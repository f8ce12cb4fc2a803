/// Ranges of one measure: "between 20 and 30", "from 7 to 10", "10-20 dollars", "$10-$20", "3,000 to 3,500 troops",
/// "50 to 80%", "44 mg to 50 mg", "-18 °C to -34 °C". A range is one figure: its value is the midpoint and its
/// interval the two bounds, so "10-20 dollars" is not read as a stray 10 and a claim of $20. A change is not a range:
/// "trimmed from 3,000 to 2,500" and "expand from 500 to 4,000" keep their two figures; "from" opens a range only
/// after a word such as "ranged".
public struct RangeRecognizer: ComposingRecognizer {
    /// The name recorded on what this rule finds.
    public let name = "range"

    /// The recognizers whose figures may bound a range.
    private static let measures: [any Recognizer] = [MoneyRecognizer(), PercentRecognizer(), QuantityRecognizer(), CountRecognizer()]

    /// Verbs of change before "from" or before the first figure: what follows is a before and an after.
    static let changes: Set<String> = [
        "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "grew", "grown", "grow",
        "jumped", "climbed", "dropped", "increased", "decreased", "declined", "reduced", "cut", "trimmed", "raised",
        "lowered", "slashed", "went", "up", "down", "surged", "soared", "plunged", "slipped", "shrank", "expanded",
        "boosted", "lifted", "moved", "changed", "revised", "by", "tumbled", "increase", "decrease", "drop", "jump",
    ]

    /// Words that make "from A to B" a range rather than a change.
    static let ranging: Set<String> = ["range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere", "somewhere", "between"]

    /// Hedges a bound may carry ("~2-7 grams", "between 2.0 g and about 7.0 g").
    static let hedges: Set<String> = ["~", "about", "around", "approximately", "roughly", "some"]

    /// Where a range may start: anywhere, as a bound may be any figure found; the loop screens tokens itself.
    public let lead: Lead = .anywhere

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The number is between 20 and 30.", "between 20 and 30", .number, "25", low: 20, high: 30),
        .expect("Zones range from 7 to 10 here.", "from 7 to 10", .number, "8.5", low: 7, high: 10),
        .expect("It costs 10-20 dollars.", "10-20 dollars", .money, "15", low: 10, high: 20),
        .expect("It costs $10-$20.", "$10-$20", .money, "15", low: 10, high: 20),
        .expect("They sent 3,000 to 3,500 troops.", "3,000 to 3,500 troops", .count, "3250", low: 3000, high: 3500),
        .expect("It yields 50 to 80% more.", "50 to 80%", .percent, "65", low: 50, high: 80),
        .expect("They were given 44 mg to 50 mg ethanol.", "44 mg to 50 mg", .quantity, "47", low: 44, high: 50),
        .expect("Temperatures ranged from -18 °C to -34 °C.", "from -18 °C to -34 °C", .quantity, "-26", low: -34, high: -18),
        .expect("It weighs between 2.0 g and about 7.0 g.", "between 2.0 g and about 7.0 g", .quantity, "4.5", low: 2, high: 7),
        .reject("It was trimmed from 3,000 to 2,500.", "from 3,000 to 2,500"),
        .reject("The mission grows from about 500 personnel to around 4,000.", "500 personnel to around 4,000"),
        .reject("They won 3-2 on Sunday.", "3-2"),
        .reject("Call 555-0134 now.", "555-0134"),
        .reject("He won with 52 to 48 percent.", "52 to 48"),
        .reject("It ran from 2019 to 2021.", "2019 to 2021"),
        .reject("Shares rose $1.50 to $23.25.", "1.50 to $23.25"),
    ]

    /// A bound: its value, the measure it carries (nil for a bare number) and the index after it.
    private struct Bound {
        let value: Double
        let measure: Mention?
        let end: Int
    }

    /// The mentions of this family in one sentence, finding the measures itself (for the examples table).
    public func recognize(_ s: SentenceContext) -> [Mention] {
        recognize(s, found: RangeRecognizer.measures.flatMap { $0.recognize(s) })
    }

    /// The ranges of one sentence, given the figures the other recognizers found in it.
    public func recognize(_ s: SentenceContext, found: [Mention]) -> [Mention] {
        let t = s.tokens
        // The index of the first token starting at or after `offset` (tokens are in text order).
        func firstToken(from offset: Int) -> Int {
            var (low, high) = (0, t.count)
            while low < high {
                let mid = (low + high) / 2
                if t[mid].start < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        // What each figure measures, by start offset; a typed measure ("50 mg") wins over a count ("50 mg ethanol").
        var measured: [Int: Mention] = [:]
        for name in RangeRecognizer.measures.map(\.name) {
            for m in found where m.recognizer == name && m.kind != .number && measured[m.start] == nil {
                measured[m.start] = m
            }
        }
        // A range never starts inside another figure: in "rose $1.50 to $23.25" the 1.50 belongs to "$1.50".
        var inside = [Bool](repeating: false, count: t.count)
        for m in measured.values {
            for k in firstToken(from: m.start + 1)..<firstToken(from: m.end) { inside[k] = true }
        }
        func bound(at k: Int) -> Bound? {
            var j = k
            if j < t.count, RangeRecognizer.hedges.contains(t[j].lower) { j += 1 }
            guard j < t.count else { return nil }
            if let m = measured[t[j].start], case .number(let v) = m.value {
                return Bound(value: v, measure: m, end: firstToken(from: m.end))
            }
            guard let n = s.number(at: j), !n.yearLike else { return nil }
            return Bound(value: n.value, measure: nil, end: n.end)
        }
        var found: [Mention] = []
        var i = 0
        while i < t.count {
            // Most words can neither open a range nor bound one; they are passed over before any look-up.
            let word = t[i].lower
            guard t[i].mayStartNumber || word == "between" || word == "from" || RangeRecognizer.hedges.contains(word)
                || measured[t[i].start] != nil
            else {
                i += 1
                continue
            }
            // "from A to B" is a before and an after ("expand from about 500 personnel to around 4,000") unless
            // the sentence says it ranges ("ranged from -18 °C to -34 °C").
            let ranging = (max(0, i - 3)..<i).contains { RangeRecognizer.ranging.contains(t[$0].lower) }
            let opener = t[i].lower == "between" || (t[i].lower == "from" && ranging) ? t[i].lower : nil
            let first = opener == nil ? i : i + 1
            var k = first - (opener == nil ? 1 : 2)
            while k > 0, RangeRecognizer.hedges.contains(s.word(k)) { k -= 1 }
            let before = s.word(k)
            guard !inside[i], !RangeRecognizer.changes.contains(before), opener != nil || before != "from" || ranging,
                let a = bound(at: first), a.end < t.count
            else {
                i += 1
                continue
            }
            let connector = t[a.end]
            let hyphen = connector.is("-") || connector.is("–") || connector.is("—")
            let joined = opener == "between" ? connector.lower == "and" : connector.lower == "to" || (opener == nil && hyphen)
            // Without "between" or "from" a range rises ("5 to 10 percent"); "52 to 48 percent" is a split.
            guard joined, let b = bound(at: a.end + 1), opener != nil || a.value < b.value, let measure = b.measure ?? a.measure,
                a.measure == nil || b.measure == nil || (a.measure!.kind == b.measure!.kind && a.measure!.unit == b.measure!.unit)
            else {
                if joined, opener != nil, !hyphen, let b = bound(at: a.end + 1), a.measure == nil, b.measure == nil, a.value != b.value {
                    // "between 20 and 30", "from 7 to 10": bare numbers need the opening word.
                    found.append(range(s, from: i, to: b.end, a.value, b.value, kind: .number, unit: nil))
                    i = b.end
                    continue
                }
                i += 1
                continue
            }
            found.append(range(s, from: i, to: b.end, a.value, b.value, kind: measure.kind, unit: measure.unit))
            i = b.end
        }
        return found
    }

    /// A range mention from token `a` to `b`: the midpoint, within the two bounds.
    private func range(_ s: SentenceContext, from a: Int, to b: Int, _ x: Double, _ y: Double, kind: MentionKind, unit: String?) -> Mention {
        s.mention(
            a, b, kind: kind, value: .number((x + y) / 2), unit: unit, interval: Interval(low: min(x, y), high: max(x, y)), by: name)
    }
}
