/// Turns an article into claims: sentences → mentions → subject, time, speaker for each checkable figure.
public struct ClaimBuilder: Sendable {
    private let extractor = Extractor()

    /// Verbs of saying that credit a figure to someone.
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "declared", "stated", "announced", "added", "continued", "noted", "reported", "estimated",
        "estimates", "claimed", "argued", "insisted", "warned", "wrote", "confirmed", "explained",
    ]
    /// A builder with the standard extractor.
    public init() {}

    /// An article's claims with the places it names; the verifier reads a figure whose sentence names no place
    /// as being about the places its article names.
    public struct Result: Sendable {
        /// The claims, in text order.
        public var claims: [Claim]
        /// The places the article is about: known places it names at least half as often as its most named one (see
        /// `prominent`), and every local name it writes.
        public var places: [String]
    }

    /// The claims of an article, in text order.
    public func claims(of article: Article) -> [Claim] {
        build(article).claims
    }

    /// The claims of an article and the places it names.
    public func build(_ article: Article) -> Result {
        let text = ScalarText(article.body)
        let sentences = SentenceSplitter.split(text).map { Tokenizer.tokens(of: text, in: $0) }.filter { !$0.isEmpty }
        let contexts = sentences.map { SentenceContext(text: text, tokens: $0, reference: article.published) }
        let mentions = Extractor.acrossSentences(contexts.map(extractor.mentions(in:)), starts: contexts.map { $0.tokens.first?.start ?? 0 })
        let locations = sentences.map(Places.located(in:))
        let named = zip(sentences, locations).flatMap { tokens, places in places.map(\.place) + Places.inInstitutions(tokens) }
        // A figure whose sentence names no place is listed under the place the article is mostly about.
        let mainPlace = ClaimBuilder.mostNamed(named)
        let currency = ClaimBuilder.mostNamed(mentions.joined().filter { $0.kind == .money }.compactMap(\.unit))
        var claims: [Claim] = []
        var lastSpeaker: String?
        // The last count of the sentence before, which "the number" of this one may restate.
        var countBefore: Claim?
        for (i, context) in contexts.enumerated() {
            let relatives = Clauses.relative(in: context.tokens)
            let speaker = speakerOf(context, in: 0..<context.tokens.count, relatives: relatives, previous: lastSpeaker)
            if let named = speaker, !ClaimBuilder.pronouns.contains(named.lowercased()) { lastSpeaker = named }
            let figures = mentions[i].map { m in
                // "By Tuesday the number had been scaled back to 60": a bare number counts what the count restated does.
                guard m.kind == .number, let unit = countBefore?.mention.unit,
                    ClaimBuilder.restates(at: ClaimBuilder.span(of: m, in: context.tokens).first, in: context)
                else { return m }
                var count = m
                (count.kind, count.unit) = (.count, unit)
                return count
            }.filter { $0.isCheckable && !ClaimBuilder.isIncidental($0, in: context) }.map { ClaimBuilder.asSum($0, currency: currency) }
            let plain = SubjectFinder(s: context, places: locations[i], relatives: relatives, moneyHeads: [])
            let moneyHeads = figures.filter { $0.kind == .money }.compactMap { m in
                let (first, last) = ClaimBuilder.span(of: m, in: context.tokens)
                return plain.sumWords(m, first: first, last: last).last.map(SubjectWords.normalize)
            }
            let finder = SubjectFinder(s: context, places: locations[i], relatives: relatives, moneyHeads: moneyHeads)
            var here: [Claim] = []
            for mention in figures {
                let first = ClaimBuilder.span(of: mention, in: context.tokens).first
                var claim = claim(
                    for: mention, all: mentions[i], in: context, finder: finder, fallbackPlace: mainPlace,
                    speaker: speakerOf(context, around: first, relatives: relatives, previous: lastSpeaker) ?? speaker, article: article)
                // "the port authority put the number at 17", "the number had been scaled back to 60": the figure is
                // about what the count before it (in this sentence, else the one before) is about.
                if ClaimBuilder.restates(at: first, in: context),
                    let counted = here.last(where: { $0.mention.kind == mention.kind && !$0.subjectKey.isEmpty })
                        ?? countBefore.flatMap({ $0.mention.kind == mention.kind ? $0 : nil })
                {
                    claim.take(subjectOf: counted)
                }
                // "Corvane Airlines said it had cancelled 780 flights": the source's own flights, not the airport's.
                if mention.kind == .count, ClaimBuilder.sourceDidItself(before: first, in: context), let source = claim.speaker {
                    claim.modifiers = (claim.modifiers + ["by-" + source.lowercased()]).sorted()
                }
                // "fell to 24 percent, down from 29 percent on Aug. 12": the earlier value of the figure before it. Left
                // undated it holds at some earlier time, never at the later figure's own.
                if ClaimBuilder.givesEarlierValue(at: first, in: context) {
                    if let later = here.last(where: { $0.mention.kind == mention.kind }) { claim.take(subjectOf: later) }
                    if !claim.asOfStated { claim.asOf = nil }
                }
                // "Avalanches killed 23 people across Veltria last season": a past season, term or campaign with no
                // calendar date of its own is some earlier time, never the publication day.
                if !claim.asOfStated, ClaimBuilder.inPastSeason(first, in: context) { claim.asOf = nil }
                here.append(claim)
            }
            // "All 690 flights scheduled on Saturday were cancelled": a date keyed on what a count of its sentence
            // counts is that count's time, not the date of an event.
            let counted = Set(here.filter { $0.mention.kind == .count }.map { SubjectWords.singular($0.subjectHead) })
            for k in here.indices
            where here[k].mention.kind == .date && !here[k].mention.isAnchoredLength && counted.contains(SubjectWords.singular(here[k].subjectHead)) {
                here[k].subjectKey = ""
            }
            countBefore = here.last { $0.mention.kind == .count && !$0.subjectKey.isEmpty }
            claims += here
        }
        // Known places count when the article is mostly about them; a local name (a town, a hospital) counts when the
        // article names it at all, as such names are rarely dropped in passing.
        let local = sentences.flatMap(Places.localNames).filter { Places.names[$0.lowercased()] == nil }
        let prominent = ClaimBuilder.prominent(named)
        var seen = Set(prominent)
        return Result(claims: claims, places: prominent + local.filter { seen.insert($0).inserted })
    }

    /// The first and last token a mention covers.
    static func span(of m: Mention, in tokens: [Token]) -> (first: Int, last: Int) {
        let first = tokens.firstIndex { $0.start >= m.start } ?? 0
        return (first, tokens.lastIndex { $0.end <= m.end } ?? first)
    }

    /// The places an article is about: those it names at least half as often as its most named one, in order of first
    /// mention. A place named once in passing ("about 900 more in Syria") is not what its other figures are about.
    static func prominent(_ places: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for place in places { counts[place, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        var seen: Set<String> = []
        return places.filter { 2 * counts[$0]! >= most && seen.insert($0).inserted }
    }

    /// "A 1.2bn budget": a count of a noun of money is a sum, in the currency the article writes its other sums in
    /// (left a count when it writes none).
    static func asSum(_ m: Mention, currency: String?) -> Mention {
        guard m.kind == .count, let currency, let noun = m.unit?.split(separator: " ").last,
            SubjectWords.moneyNouns.contains(String(noun)), case .number(let n) = m.value, n >= 1000
        else { return m }
        var sum = m
        sum.kind = .money
        sum.unit = currency
        return sum
    }

    /// The place named most often; ties go to the one named first.
    static func mostNamed(_ places: [String]) -> String? {
        var counts: [String: Int] = [:]
        for place in places { counts[place, default: 0] += 1 }
        guard let most = counts.values.max() else { return nil }
        return places.first { counts[$0] == most }
    }

    private static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

    private func claim(
        for m: Mention, all: [Mention], in s: SentenceContext, finder: SubjectFinder, fallbackPlace: String?, speaker: String?,
        article: Article
    ) -> Claim {
        let (first, last) = ClaimBuilder.span(of: m, in: s.tokens)
        let found = finder.find(m, first: first, last: last)
        var subject = found.words.joined(separator: " ")
        if let owner = found.owner, owner != found.place { subject = owner + " " + subject }
        if let place = found.place ?? fallbackPlace { subject += " in " + place }
        let scope = TimeScope(mentions: all, tokens: s.tokens, relatives: finder.relatives, published: article.published.map(TimePoint.day))
        let (asOf, stated) = scope.time(of: m)
        // Claims with no subject words still get listed, but their key is never matched: no guessing what they are about.
        // A length counted from an event dates it, so it keys with the event's dates.
        let kind = m.isAnchoredLength ? MentionKind.date.rawValue : m.kind.rawValue
        return Claim(
            mention: m, subject: subject.trimmingCharacters(in: .whitespaces),
            subjectKey: found.head.isEmpty ? "" : "\(kind):\(found.head)", modifiers: found.modifiers,
            place: found.place, event: found.event, owner: found.owner, asOf: asOf, asOfStated: stated, speaker: speaker,
            sentenceRange: s.tokens.first!.start..<s.tokens.last!.end, sentence: s.text[s.tokens.first!.start..<s.tokens.last!.end])
    }

    /// Who the part of the sentence around token `index` credits, when it names its own source: "The union said 2,400
    /// joined; the hospital group put the number at 1,100" credits each figure to its own side. Parts end at ";" and
    /// at "while", "whereas" and "but".
    private func speakerOf(_ s: SentenceContext, around index: Int, relatives: [Range<Int>], previous: String?) -> String? {
        let breaks: Set<String> = [";", "while", "whereas", "but"]
        let t = s.tokens
        let start = (t[..<index].lastIndex { breaks.contains($0.lower) } ?? -1) + 1
        let end = t[index...].firstIndex { breaks.contains($0.lower) } ?? t.count
        return speakerOf(s, in: start..<end, relatives: relatives, previous: previous)
    }

    /// Who a part of the sentence (or all of it) credits: "X said", "said X", "according to X", "X put the number
    /// at"; pronouns resolve to the last named speaker.
    private func speakerOf(_ s: SentenceContext, in part: Range<Int>, relatives: [Range<Int>], previous: String?) -> String? {
        let t = s.tokens
        for i in part {
            if t[i].lower == "according", s.word(i + 1) == "to", let name = name(t, from: i + 2, forward: true) {
                return name
            }
            guard ClaimBuilder.sayingVerbs.contains(t[i].lower) || ClaimBuilder.putsFigure(t, at: i) else { continue }
            // "the Aldwyn Health Group, which runs the hospital, put ...": the name is before its relative clause.
            var before = i - 1
            if before >= 0, t[before].is(","), let clause = relatives.first(where: { $0.upperBound == before }) {
                before = clause.lowerBound - (s.word(clause.lowerBound - 1) == "," ? 2 : 1)
            }
            // A pronoun after the verb starts what was said ("and said it would cut 4,200 jobs"); before it, it stands
            // for the last named speaker, and for no one when none was named.
            let after = part.contains(i + 1) ? name(t, from: i + 1, forward: true).flatMap { ClaimBuilder.pronouns.contains($0.lowercased()) ? nil : $0 } : nil
            if let name = name(t, from: before, forward: false) ?? after ?? institution(t, before: before) {
                guard ClaimBuilder.pronouns.contains(name.lowercased()) else { return name }
                if let previous { return previous }
            }
        }
        return nil
    }

    /// A source named by a common noun ending at `i`: "the fire service said", "the port authority put the number at".
    /// Only after "the", so that "23 people said" or "officials in the city said" credit no one.
    private func institution(_ t: [Token], before i: Int) -> String? {
        var j = i
        var words: [String] = []
        // A capital only right after "the": "the Marrisport fire service said".
        while j >= 0, words.count < 3, t[j].shape == .word, !t[j].isCapitalized || (j > 0 && t[j - 1].lower == "the"),
            !Lexicon.phraseBreakers.contains(t[j].lower), !t[j].lower.hasSuffix("ly")
        {
            words.insert(t[j].lower, at: 0)
            j -= 1
        }
        guard !words.isEmpty, j >= 0, t[j].lower == "the" else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether the figure at token `first` gives the value of a count named before it: "the port authority put the
    /// number at 17", "the number had been scaled back to 60", "the total rose to 412" (not "the number of cases").
    static func restates(at first: Int, in s: SentenceContext) -> Bool {
        if first >= 4, putsFigure(s.tokens, at: first - 4) { return true }
        guard first > 0, CountRecognizer.valueIntroducers.contains(s.word(first - 1)) else { return false }
        return Clauses.around(first, in: s.tokens)[..<first].contains { k in
            ["number", "total", "tally"].contains(s.word(k)) && s.word(k - 1) == "the" && s.word(k + 1) != "of"
        }
    }

    /// Whether a figure is a word used in passing rather than a claim: "the first residents", "first payments" (a
    /// "first" is claimed only as someone's: "his first face-to-face meeting"), "a dollar we do not spend".
    static func isIncidental(_ m: Mention, in s: SentenceContext) -> Bool {
        let first = span(of: m, in: s.tokens).first
        let words = m.text.lowercased().split(separator: " ")
        switch m.kind {
        case .ordinal where words.first == "first":
            let before = s.word(first - 1)
            return !(["his", "her", "its", "their", "our", "my", "your"].contains(before) || before.hasSuffix("'s"))
        case .money: return words.count == 2 && ["a", "an"].contains(words[0])
        default: return false
        }
    }

    /// Whether the count at token `first` is what its source says it did itself: "said it had cancelled 780 flights".
    static func sourceDidItself(before first: Int, in s: SentenceContext) -> Bool {
        // "The authority said it carried 48,000 vehicles a day": what the pronoun's thing holds or carries, not an act.
        guard first >= 2, s.tokens[first - 1].shape == .word, s.word(first - 1).hasSuffix("ed"), !ClaimBuilder.holding.contains(s.word(first - 1)) else {
            return false
        }
        var i = first - 2
        if ["had", "has", "have"].contains(s.word(i)) { i -= 1 }
        return ["it", "they", "we"].contains(s.word(i))
    }

    /// Verbs of what a thing holds or carries, which no source does itself.
    static let holding: Set<String> = ["carried", "handled", "served", "employed", "housed", "hosted", "received", "recorded", "counted"]

    /// Whether the clause of the figure at token `first` is set in a past season, term or campaign ("last season",
    /// "the previous term").
    static func inPastSeason(_ first: Int, in s: SentenceContext) -> Bool {
        let clause = Clauses.around(first, in: s.tokens)
        return clause.dropFirst().contains { k in
            ["season", "term", "campaign"].contains(s.word(k)) && ["last", "previous", "prior"].contains(s.word(k - 1))
        }
    }

    /// Whether the figure at token `first` is an earlier value set beside a figure: "down from", "up from",
    /// "compared with".
    static func givesEarlierValue(at first: Int, in s: SentenceContext) -> Bool {
        let (before, previous) = (s.word(first - 1), s.word(first - 2))
        return (before == "from" && ["down", "up"].contains(previous)) || (["with", "to"].contains(before) && previous == "compared")
    }

    /// "put the number at", "put its toll at": a source giving a figure without a verb of saying.
    static func putsFigure(_ t: [Token], at i: Int) -> Bool {
        let figures: Set<String> = ["number", "figure", "toll", "total", "count", "tally", "cost", "turnout"]
        return t[i].lower == "put" && i + 3 < t.count && ["the", "its", "their"].contains(t[i + 1].lower)
            && figures.contains(t[i + 2].lower) && t[i + 3].lower == "at"
    }

    /// A run of capitalized words (a name) or a pronoun next to a saying verb.
    private func name(_ t: [Token], from i: Int, forward: Bool) -> String? {
        // "officials on Tuesday reported": a day or a month next to the verb is when, not who.
        guard i >= 0, i < t.count, t[i].shape == .word, Lexicon.weekdays[t[i].lower] == nil, Lexicon.months[t[i].lower] == nil else { return nil }
        if ClaimBuilder.pronouns.contains(t[i].lower) { return t[i].text }
        var j = i
        var words: [String] = []
        while j >= 0, j < t.count, t[j].shape == .word, t[j].isCapitalized || ["al", "bin", "de", "of", "the"].contains(t[j].lower) && !words.isEmpty {
            words.append(t[j].text)
            j += forward ? 1 : -1
        }
        if !forward { words.reverse() }
        while let w = words.last, !w.first!.isUppercase { words.removeLast() }
        while let w = words.first, !w.first!.isUppercase { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}

extension Claim {
    /// Takes what another claim of the sentence is about, for a figure that restates it or gives its earlier value;
    /// a place named for this figure itself stays.
    mutating func take(subjectOf other: Claim) {
        (subject, subjectKey, modifiers, owner) = (other.subject, other.subjectKey, other.modifiers, other.owner)
        place = place ?? other.place
    }
}
