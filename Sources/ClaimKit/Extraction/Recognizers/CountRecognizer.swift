/// Counts with what they count: "2,500 troops", "340 people", "half a million doses", "419 district centers";
/// a number followed by no noun is kept as a bare number ("from 3,000 to 2,500"), and "900 more" borrows the
/// noun of the count before it.
public struct CountRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "count"

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("Without eliminating the country's last 2,500 troops.", "2,500 troops", .count, "2500"),
        .expect("Roughly 3,500 American troops were stationed in Iraq.", "Roughly 3,500 American troops", .count, "3500", low: 3150, high: 3850),
        .expect("It would send half a million doses.", "half a million doses", .count, "500000"),
        .expect("The Taliban held 419 district centers.", "419 district centers", .count, "419"),
        .expect("There were 3,500 troops, with about 900 more in Syria.", "about 900 more", .count, "900"),
        .expect("Iraq reported more than 12,000 new coronavirus cases.", "more than 12,000 new coronavirus cases", .count, "12000", low: 12000, high: nil),
        .expect("Some 170,000 service members were there.", "Some 170,000 service members", .count, "170000"),
        .expect("It was trimmed from 3,000 to 2,500.", "3,000", .number, "3000"),
        .expect("Two thousand five hundred people marched.", "Two thousand five hundred people", .count, "2500"),
        .reject("Cases of COVID-19 rose.", "19"),
        .reject("Call 555-0134 now.", "555"),
        .reject("The two presidents met.", "two presidents"),
    ]

    /// Plural nouns without an "s" ("2,500 people marched").
    static let irregularPlurals: Set<String> = ["people", "children", "men", "women", "personnel", "police", "staff", "cattle", "feet", "teeth", "mice", "geese"]

    /// Number words that only count a noun phrase in passing ("the two presidents", "one relief agency").
    static let incidental: Set<Double> = [1, 2]

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            // A year-like number counts only a plural noun ("1500 troops"), never "2019 forced".
            guard let n = NumberParser.parse(t, at: i), !n.yearLike || (nounEnd(t, from: n.end).map { t[$0 - 1].lower.hasSuffix("s") } ?? false) else {
                i += 1
                continue
            }
            if isIdentifier(t, n) {
                i = n.end
                continue
            }
            // "the two presidents", "one relief agency": small spelled numbers after a determiner assert nothing.
            if n.spelled, CountRecognizer.incidental.contains(n.value), i > 0, ["the", "a", "an", "these", "those", "its", "their", "his", "her", "our"].contains(t[i - 1].lower) || n.value == 1 {
                i = n.end
                continue
            }
            if let end = nounEnd(t, from: n.end) {
                let unit = noun(t, n.end, end)
                found.append(s.mention(i, end, kind: .count, value: .number(n.value), unit: unit, by: name))
                i = end
            } else if s.word(n.end) == "more" || s.word(n.end) == "others", let previous = found.last(where: { $0.kind == .count }) {
                found.append(s.mention(i, n.end + 1, kind: .count, value: .number(n.value), unit: previous.unit, by: name))
                i = n.end + 1
            } else {
                if !n.spelled { found.append(s.mention(i, n.end, kind: .number, value: .number(n.value), unit: nil, by: name)) }
                i = n.end
            }
        }
        return found
    }

    /// Phone numbers, codes and labels: digits joined by hyphens or slashes, or after "No.", "Section", "Article".
    private func isIdentifier(_ t: [Token], _ n: ParsedNumber) -> Bool {
        if n.end < t.count, (t[n.end].is("-") || t[n.end].is("/")), !t[n.end].spaced, n.end + 1 < t.count, t[n.end + 1].shape == .number, !t[n.end + 1].spaced {
            return true
        }
        if n.first > 0, (t[n.first - 1].is("-") || t[n.first - 1].is("/") || t[n.first - 1].is("#")), !t[n.first].spaced {
            return true
        }
        if n.first > 0, ["section", "article", "no", "number", "room", "route", "flight", "chapter", "page", "row", "item", "resolution", "paragraph"].contains(t[n.first - 1].lower) {
            return true
        }
        return false
    }

    /// The end of the noun phrase a count counts: up to three words, stopping at function words and punctuation.
    func nounEnd(_ t: [Token], from j: Int) -> Int? {
        var end = j
        while end < t.count, end < j + 3, t[end].shape == .word, !Lexicon.phraseBreakers.contains(t[end].lower),
            Lexicon.durationUnits[t[end].lower] == nil || end > j, Lexicon.months[t[end].lower] == nil || !t[end].isCapitalized
        {
            end += 1
            // Stop after a plural noun ("troops were", "doses of", "people marched") or before a past-tense verb.
            let plural = t[end - 1].lower.hasSuffix("s") || CountRecognizer.irregularPlurals.contains(t[end - 1].lower)
            if plural, end < t.count, t[end].shape != .word || !t[end].lower.hasSuffix("s") { break }
            if end < t.count, t[end].lower.hasSuffix("ed") { break }
        }
        if end > j, end < t.count, t[end].is("-") { return nil }
        return end > j ? end : nil
    }

    /// The counted noun, without adjectives that do not change what is counted ("new cases" counts cases).
    func noun(_ t: [Token], _ a: Int, _ b: Int) -> String {
        var words = t[a..<b]
        while words.count > 1, let first = words.first, Lexicon.countModifiersToDrop.contains(first.lower) || first.isCapitalized {
            words.removeFirst()
        }
        return words.map(\.lower).joined(separator: " ")
    }
}
