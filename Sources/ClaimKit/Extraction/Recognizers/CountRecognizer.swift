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
        .expect("The filing cited 14 crashes and one death.", "one death", .count, "1"),
        .expect("By Wednesday night, 11 of them had been brought out.", "11", .number, "11"),
        .expect("Shelters that can take 6,000 people were housing 4,100 of them.", "4,100", .count, "4100"),
        .reject("One relief agency left.", "One"),
        .expect("The camp held 12 500 refugees.", "12 500 refugees", .count, "12500"),
        .expect("On March 3 200 protesters marched.", "200 protesters", .count, "200"),
        .expect("There were 3,500 troops, with about 900 more in Syria.", "about 900 more", .count, "900"),
        .expect("Iraq reported more than 12,000 new coronavirus cases.", "more than 12,000 new coronavirus cases", .count, "12000", low: 12000, high: nil),
        .expect("Some 170,000 service members were there.", "Some 170,000 service members", .count, "170000"),
        .expect("It was trimmed from 3,000 to 2,500.", "3,000", .number, "3000"),
        .expect("Trump trimmed the contingent from 3,000 to 2,500 by mid-January.", "2,500", .count, "2500"),
        .expect("Orders cover 12,400 people, up from about 4,000 two days earlier.", "about 4,000", .count, "4000"),
        .expect("Trump trimmed the contingent from 3,000 to 2,500 by mid-January.", "3,000", .number, "3000"),
        .expect("The firm will cut 700 jobs at Kestrel Bridge and 500 at its smaller plant.", "500", .count, "500"),
        .expect("Some 12,400 people were evacuated, and more than 600 had been plucked from roofs.", "more than 600", .count, "600"),
        .expect("Two thousand five hundred people marched.", "Two thousand five hundred people", .count, "2500"),
        .reject("Cases of COVID-19 rose.", "19"),
        .expect("Labour won 412 of the 650 seats.", "412", .count, "412"),
        .expect("The line diverted two of its ships to Kestrel Bay.", "two", .count, "2"),
        .expect("The official death toll climbed to at least 210.", "at least 210", .count, "210"),
        .expect("It put the number of confirmed deaths at 340.", "340", .count, "340"),
        .expect("The number of people killed has risen to more than 400, up from 120 on Monday.", "120", .count, "120"),
        .expect("The index rose to 4,500.", "4,500", .number, "4500"),
        .expect("NATO grows its mission from about 500 personnel to roughly 4,000.", "roughly 4,000", .number, "4000"),
        .expect("It had some 170,000 service members there, and two years ago the number was still above 5,000.", "above 5,000", .count, "5000"),
        .reject("Call 555-0134 now.", "555"),
        .expect("The toll rose to 12 as divers recovered two more vehicles.", "two more vehicles", .count, "2"),
        .reject("Buses run every 10 minutes on Routes 6 and 44 downtown.", "44"),
        .reject("He wore the No. 9 shirt.", "9"),
        .reject("A recount of ballot box 47 changed the totals.", "47"),
        .reject("The study followed adults with type 2 diabetes.", "2"),
        .expect("The plan adds 6 and 44 buses to two routes.", "44 buses", .count, "44"),
        .reject("Protesters gathered at 10 Downing Street.", "10 Downing Street"),
        .reject("The two presidents met.", "two presidents"),
        .expect("The suspects, eighteen in all, were held.", "eighteen", .number, "18"),
        .expect("Police said five thousand attended.", "five thousand", .number, "5000"),
        .expect("The fund shrank to minus 1,200,000.", "minus 1,200,000", .number, "-1200000"),
        .expect("Output fell to -504 units.", "-504 units", .count, "-504"),
        .expect("The index read .77 on Monday.", ".77", .number, "0.77"),
        .expect("It was about 30 lakh people.", "about 30 lakh people", .count, "3000000"),
        .expect("The deal is worth three hundred crores.", "three hundred crores", .number, "3000000000"),
        .expect("The video drew 3M views.", "3M views", .count, "3000000"),
        .expect("The ratio was 1.3e6 by then.", "1.3e6", .number, "1300000"),
        .expect("It took a couple of weeks.", "a couple", .number, "2"),
        .reject("A couple, aged 78 and 80, lost their savings.", "A couple"),
        .expect("Banks replaced about a quarter of a million cards.", "about a quarter of a million cards", .count, "250000"),
        .expect("Two dozen eggs broke.", "Two dozen eggs", .count, "24"),
        .expect("He said one hundred and six were found.", "one hundred and six", .number, "106"),
        .expect("Nearly five and a half million voted.", "Nearly five and a half million", .number, "5500000"),
        .expect("About 3 million and a half were there.", "About 3 million and a half", .number, "3500000"),
        .expect("They counted 4 thousand 3 hundred and 21 ballots.", "4 thousand 3 hundred and 21 ballots", .count, "4321"),
        .expect("The answer is two point two million.", "two point two million", .number, "2200000"),
        .expect("A gap of 1/32 remained.", "1/32", .number, "0.03125"),
        .reject("No one of them knew the one who left.", "one"),
        .reject("One of them left.", "One"),
        .expect("The board has forty-five (45) members.", "forty-five (45) members", .count, "45"),
        .reject("Visit www.example.com/2020/05 today.", "2020"),
        .reject("The Boeing 737 jets were grounded.", "737"),
        .reject("Operators rolled out 5G networks.", "5G"),
        .reject("The attacks of 9/11 changed that.", "9/11"),
        .reject("She flew an A380 to Dubai.", "380"),
        .reject("Cases of COVID-19 rose by 5 in Highway 35 towns.", "35"),
    ]

    /// Plural nouns without an "s" ("2,500 people marched").
    static let irregularPlurals: Set<String> = ["people", "children", "men", "women", "personnel", "police", "staff", "cattle", "feet", "teeth", "mice", "geese"]

    /// Number words that only count a noun phrase in passing ("the two presidents", "one relief agency").
    static let incidental: Set<Double> = [1, 2]

    /// Where a match may start. The number.
    public let lead: Lead = .numbers()

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        let titleCase = CountRecognizer.isTitleCase(t)
        var i = 0
        while i < t.count {
            guard s.starts(lead, at: i) else {
                i += 1
                continue
            }
            // A year-like number counts only a plural noun ("1500 troops"), never "2019 forced".
            guard let n = s.number(at: i).map({ restated($0, in: s) }), !n.yearLike || (nounEnd(t, from: n.end).map { t[$0 - 1].lower.hasSuffix("s") } ?? false) else {
                i += 1
                continue
            }
            if isIdentifier(t, n, titleCase: titleCase) {
                i = n.end
                continue
            }
            // "the two presidents", "one relief agency", "no one": small spelled numbers assert nothing, except in a
            // toll ("one death", "two people were killed").
            if n.spelled, CountRecognizer.incidental.contains(n.value),
                n.value == 1 || ["the", "a", "an", "these", "those", "its", "their", "his", "her", "our"].contains(s.word(i - 1)),
                !SubjectWords.stateHeads.contains(SubjectWords.normalize(s.word(n.end)))
            {
                i = n.end
                continue
            }
            if let end = nounEnd(t, from: n.end) {
                let unit = noun(t, n.end, end)
                found.append(s.mention(i, end, kind: .count, value: .number(n.value), unit: unit, by: name))
                i = end
            } else if let unit = partitive(s, after: n.end) {
                // "412 of the 650 seats": the part counts what the whole counts.
                found.append(s.mention(i, n.end, kind: .count, value: .number(n.value), unit: unit, by: name))
                i = n.end
            } else if s.word(n.end) == "of", ["them", "those", "these"].contains(s.word(n.end + 1)),
                let previous = found.last(where: { $0.kind == .count })
            {
                // "shelters that can take 6,000 people were housing 4,100 of them": the part counts what was counted.
                found.append(s.mention(i, n.end, kind: .count, value: .number(n.value), unit: previous.unit, by: name))
                i = n.end
            } else if s.word(n.end) == "more", let end = nounEnd(t, from: n.end + 1) {
                // "divers recovered two more vehicles": what is added is named.
                found.append(s.mention(i, end, kind: .count, value: .number(n.value), unit: noun(t, n.end + 1, end), by: name))
                i = end
            } else if s.word(n.end) == "more" || s.word(n.end) == "others", let previous = found.last(where: { $0.kind == .count }) {
                found.append(s.mention(i, n.end + 1, kind: .count, value: .number(n.value), unit: previous.unit, by: name))
                i = n.end + 1
            } else if let unit = elided(s, number: n, found: found) {
                // "700 jobs would go at Kestrel Bridge and 500 at its smaller factory": the noun is not written twice.
                found.append(s.mention(i, n.end, kind: .count, value: .number(n.value), unit: unit, by: name))
                i = n.end
            } else if let unit = namedEarlier(s, before: i, found: found) {
                // "the death toll climbed to 580": the sentence said what the number counts before giving it.
                found.append(s.mention(i, n.end, kind: .count, value: .number(n.value), unit: unit, by: name))
                i = n.end
            } else {
                found.append(s.mention(i, n.end, kind: .number, value: .number(n.value), unit: nil, by: name))
                i = n.end
            }
        }
        return found
    }

    /// Where the hedge before token `i` starts ("to more than 400", "and about 600"), or `i` without one. A hedge
    /// ending in "to" ("up to") is not stepped over: it would swallow the "to" that gives a value.
    static func hedgeStart(_ s: SentenceContext, before i: Int) -> Int {
        let hedge = QualifierAttacher.phrases.first { $0.0.last != "to" && QualifierAttacher.ends($0.0, before: i, in: s) }
        return i - (hedge?.0.count ?? 0)
    }

    /// What a bare number counts when it repeats the pattern of a count before it in the sentence with the noun left
    /// out: joined by "and", "but", "while" or a comma, and followed by no noun of its own ("12,400 people had been
    /// evacuated, and more than 600 had been plucked from flooded buildings").
    private func elided(_ s: SentenceContext, number n: ParsedNumber, found: [Mention]) -> String? {
        guard let previous = found.last(where: { $0.kind == .count }), let unit = previous.unit else { return nil }
        let k = CountRecognizer.hedgeStart(s, before: n.first)
        guard [",", "and", "but", "while", "whereas"].contains(s.word(k - 1)) else { return nil }
        let next = n.end < s.tokens.count ? s.tokens[n.end] : nil
        guard next.map({ $0.shape == .punctuation || Lexicon.phraseBreakers.contains($0.lower) }) ?? true else { return nil }
        return unit
    }

    /// The thing a verb of change acts on, before the "to" at `k` that gives its new value: "trimmed the contingent
    /// from 3,000 to 2,500" counts the contingent at 2,500. The value it came from stays a bare number: its time is
    /// some time before the change, which the sentence does not give, and read as the article's day it would meet
    /// today's figures.
    private func changedNoun(_ s: SentenceContext, before k: Int) -> String? {
        guard s.word(k) == "to" else { return nil }
        var j = k
        if j >= 2, s.tokens[j - 1].shape == .number, s.word(j - 2) == "from" { j -= 2 }
        guard j >= 3, s.tokens[j - 1].shape == .word,
            ["the", "its", "their"].contains(s.word(j - 2)), RangeRecognizer.changes.contains(s.word(j - 3)),
            !Lexicon.phraseBreakers.contains(s.word(j - 1))
        else { return nil }
        return s.word(j - 1)
    }

    /// What a bare number counts when its clause named it first: "the death toll rose to 580" (deaths), "put the
    /// number of confirmed deaths at 340" (deaths), "the number of people killed has risen to 400, up from 120"
    /// (deaths, twice), "170,000 service members ... the number was still above 5,000" (service members). The number
    /// must be given as a value: "to", "at", "from", "of", a form of "be" or a hedge before it.
    private func namedEarlier(_ s: SentenceContext, before i: Int, found: [Mention]) -> String? {
        var k = CountRecognizer.hedgeStart(s, before: i)
        if s.word(k - 1) == "still" { k -= 1 }
        k -= 1
        guard CountRecognizer.valueIntroducers.contains(s.word(k)) else { return nil }
        if let changed = changedNoun(s, before: k) { return changed }
        let previous = found.last { $0.kind == .count }
        var j = k - 1
        while j >= 0, j > i - 30 {
            let t = s.tokens[j]
            if t.shape == .number || t.is(";") {
                // "to more than 400, up from 120": the clause's earlier figure lends its noun to a figure it came from.
                // Not to a target ("expand from 500 personnel to 4,000"), which is a plan, not a count.
                guard let previous, previous.end >= t.end, previous.start <= t.start, ["from", "of"].contains(s.word(k)) else {
                    return nil
                }
                return previous.unit
            }
            if t.lower == "toll", s.word(j - 1) != "road" { return "deaths" }
            if t.lower == "number", s.word(j + 1) == "of", let end = nounEnd(s.tokens, from: j + 2) {
                let phrase = s.tokens[(j + 2)..<min(end + 2, s.tokens.count)].map(\.lower)
                return phrase.contains { ["killed", "dead", "died", "deaths"].contains($0) } ? "deaths" : noun(s.tokens, j + 2, end)
            }
            // "the number was still above 5,000": the number of what the sentence counted before.
            if ["number", "total", "tally"].contains(t.lower), s.word(j - 1) == "the", let previous, previous.end <= t.start {
                return previous.unit
            }
            j -= 1
        }
        return nil
    }

    /// Words that give a value to what the clause named: "rose to", "put at", "down from", "was".
    static let valueIntroducers: Set<String> = ["to", "at", "from", "of", "reached", "hit", "was", "is", "were", "stood", "remained"]

    /// The noun of the whole in "of the 650 seats", "of its 20 members", "of 12 judges", "of its ships", after a part's
    /// number.
    private func partitive(_ s: SentenceContext, after j: Int) -> String? {
        guard s.word(j) == "of" else { return nil }
        let k = ["the", "its", "their", "all"].contains(s.word(j + 1)) ? j + 2 : j + 1
        let from = s.number(at: k).map { $0.yearLike ? -1 : $0.end } ?? k
        guard from >= 0, let end = nounEnd(s.tokens, from: from) else { return nil }
        return noun(s.tokens, from, end)
    }

    /// The number with its restatement in brackets, which is one figure: "forty-five (45) days", "5 (five) years".
    private func restated(_ n: ParsedNumber, in s: SentenceContext) -> ParsedNumber {
        let t = s.tokens
        guard n.end + 2 < t.count, t[n.end].is("("), let again = s.number(at: n.end + 1), again.value == n.value,
            again.end < t.count, t[again.end].is(")")
        else { return n }
        return ParsedNumber(value: n.value, first: n.first, end: again.end + 1, spelled: n.spelled, yearLike: false)
    }

    /// Words after which a number labels something rather than counting it ("Section 3", "Highway 35", "version 2").
    static let labels: Set<String> = [
        "section", "article", "no", "number", "room", "route", "flight", "chapter", "page", "row", "item", "resolution",
        "paragraph", "highway", "interstate", "exit", "version", "model", "channel", "gate", "platform", "terminal",
        "level", "phase", "category", "figure", "table", "vol", "volume", "issue", "episode", "part", "line", "bus",
        "type", "box", "ward", "precinct", "berth", "pier",
    ]

    /// Whether a word labels the number after it, in the singular or the plural ("Route 6", "Routes 6 and 44").
    static func isLabel(_ word: String) -> Bool {
        labels.contains(word) || (word.hasSuffix("s") && labels.contains(String(word.dropLast())))
    }

    /// Capitalized words before a number that still count it ("Some 170,000", "About 500").
    static let capitalizedQualifiers: Set<String> = [
        "some", "about", "around", "roughly", "nearly", "almost", "only", "just", "exactly", "approximately", "another",
        "all", "perhaps", "maybe", "over", "under", "more", "fewer", "less", "at", "by", "up", "with", "of", "those",
        "these", "the", "and", "but", "nearly", "estimated", "total", "than",
    ]

    /// Phone numbers, codes and names: digits joined by hyphens or slashes, glued to letters ("5G", "A380"), after a
    /// label ("Section 3") or after a name ("Boeing 737", "Windows 10"), unless the sentence is a title-case headline.
    private func isIdentifier(_ t: [Token], _ n: ParsedNumber, titleCase: Bool) -> Bool {
        let first = t[n.first]
        if n.end < t.count, (t[n.end].is("-") || t[n.end].is("/")), !t[n.end].spaced, n.end + 1 < t.count, t[n.end + 1].shape == .number, !t[n.end + 1].spaced {
            return true
        }
        if n.first > 0, (t[n.first - 1].is("-") || t[n.first - 1].is("/") || t[n.first - 1].is("#")), !first.spaced {
            return true
        }
        // A word glued to the digits is a code or a unit, which the typed recognizers read.
        if n.end < t.count, t[n.end].shape == .word, !t[n.end].spaced { return true }
        if n.first > 0, t[n.first - 1].shape == .word, !first.spaced { return true }
        // A street number: "10 Downing Street", "1600 Pennsylvania Avenue".
        var k = n.end
        while k < t.count, k < n.end + 3, t[k].isCapitalized { k += 1 }
        if k > n.end, CountRecognizer.streets.contains(t[k - 1].lower) { return true }
        guard n.first > 0, first.shape == .number else { return false }
        let before = t[n.first - 1]
        if CountRecognizer.isLabel(before.lower) { return true }
        // "Routes 6 and 44", "Sections 3, 4 and 5": numbers listed after a label are labels too.
        var listed = n.first - 1
        while listed > 0, listed >= n.first - 6, t[listed].shape == .number || ["and", "or", ",", "&"].contains(t[listed].lower) {
            listed -= 1
        }
        if listed < n.first - 2, t[listed + 1].shape == .number, CountRecognizer.isLabel(t[listed].lower) { return true }
        let plain = n.end == n.first + 1 && first.text.count <= 4 && first.text.allSatisfy(\.isASCIIDigit)
        return plain && !titleCase && before.shape == .word && before.isCapitalized && Lexicon.months[before.lower] == nil
            && Lexicon.weekdays[before.lower] == nil && !CountRecognizer.capitalizedQualifiers.contains(before.lower)
            && !Lexicon.phraseBreakers.contains(before.lower)
    }

    /// The last words of street names, after which a number is an address.
    static let streets: Set<String> = ["street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "way", "square", "plaza"]

    /// Whether most longer words are capitalized, as in a headline ("Taliban Kill 20 Soldiers").
    static func isTitleCase(_ t: [Token]) -> Bool {
        var (words, capitalized) = (0, 0)
        for token in t where token.shape == .word && token.end - token.start >= 4 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 7
    }

    /// The end of the noun phrase a count counts: up to three words, stopping at function words and punctuation.
    func nounEnd(_ t: [Token], from j: Int) -> Int? {
        // "5,000 attended.", "12 voted for": a past tense with nothing after it is the verb, not what is counted;
        // so is a negated auxiliary ("1m isn't").
        if j < t.count, t[j].lower.hasSuffix("n't") || t[j].lower.hasSuffix("ed")
            && (j + 1 >= t.count || t[j + 1].shape != .word || Lexicon.phraseBreakers.contains(t[j + 1].lower))
        {
            return nil
        }
        // "up from about 4,000 two days earlier": a number word starts another figure, never what is counted.
        if j < t.count, NumberParser.units[t[j].lower] != nil || NumberParser.tens[t[j].lower] != nil { return nil }
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
