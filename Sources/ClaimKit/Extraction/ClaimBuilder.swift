/// Turns an article into claims: sentences → mentions → subject, time, speaker for each checkable figure.
public struct ClaimBuilder: Sendable {
    private let extractor = Extractor()

    /// Verbs of saying that credit a figure to someone.
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "declared", "stated", "announced", "added", "continued", "noted", "reported", "estimated",
        "estimates", "claimed", "argued", "insisted", "warned", "wrote", "confirmed", "explained",
    ]
    /// Words that cannot be the event a date belongs to: function words and common irregular verbs ("began", "took");
    /// regular past tenses ("opened") are recognized by their ending.
    static let eventStopwords: Set<String> = Lexicon.phraseBreakers.union([
        "set", "due", "began", "begun", "met", "got", "said", "took", "made", "went", "came", "held", "way",
    ])

    /// A builder with the standard extractor.
    public init() {}

    /// The claims of an article, in text order.
    public func claims(of article: Article) -> [Claim] {
        let text = ScalarText(article.body)
        var claims: [Claim] = []
        var lastSpeaker: String?
        let sentences = SentenceSplitter.split(text).map { Tokenizer.tokens(of: text, in: $0) }
        let locations = sentences.map { ClaimBuilder.locations(Places.mentions(in: $0), $0) }
        // A figure whose sentence names no place is about the place the article is mostly about.
        let mainPlace = ClaimBuilder.mostNamed(locations.flatMap { $0.map(\.place) })
        for (tokens, places) in zip(sentences, locations) where !tokens.isEmpty {
            let context = SentenceContext(text: text, tokens: tokens, reference: article.published)
            let mentions = extractor.mentions(in: context)
            let speaker = speakerOf(context, previous: lastSpeaker)
            if let named = speaker, !ClaimBuilder.pronouns.contains(named.lowercased()) { lastSpeaker = named }
            for mention in mentions where mention.isCheckable {
                claims.append(
                    claim(for: mention, all: mentions, in: context, places: places, fallbackPlace: mainPlace, speaker: speaker, article: article))
            }
        }
        return claims
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
        for m: Mention, all: [Mention], in s: SentenceContext, places: [(place: String, index: Int)], fallbackPlace: String?,
        speaker: String?, article: Article
    ) -> Claim {
        let first = s.tokens.firstIndex(where: { $0.start >= m.start }) ?? 0
        let last = s.tokens.lastIndex(where: { $0.end <= m.end }) ?? first
        let place = nearestPlace(places, first: first, last: last, tokens: s.tokens) ?? fallbackPlace
        let owner = ownerOf(m, s.tokens, first: first, last: last)
        var head: String
        switch m.kind {
        case .count:
            head = m.unit ?? ""
        case .percent:
            head = eventWords(s, before: first).joined(separator: " ")
        case .money, .quantity:
            // The unit is compared on its own; the words around the sum say what it pays for or measures.
            head = (eventWords(s, before: first) + followingNoun(s, after: last)).prefix(2).joined(separator: " ")
        case .date, .time, .duration, .set, .ordinal, .number, .age:
            // "a 20-year conflict" is about the conflict that follows; "elections in October" about what precedes.
            let adjectival = m.text.contains("-") && m.kind == .duration
            let before = adjectival ? [] : eventWords(s, before: first)
            head = (before.isEmpty ? followingNoun(s, after: last) : before).joined(separator: " ")
            if m.kind == .duration, head.isEmpty { head = m.unit ?? "" }
        }
        // Claims with no subject words still get listed, but their key is never matched: no guessing what they are about.
        var keyHead = head.isEmpty ? "" : Subject.normalize(String(head.split(separator: " ").last!))
        if m.kind == .date, !keyHead.isEmpty, let agent = agentOf(s, before: first) { keyHead += "@" + agent.lowercased() }
        let key = keyHead.isEmpty ? "" : "\(m.kind.rawValue):\(keyHead)|\(place ?? "")"
        var subject = head
        if let owner, owner != place { subject = owner + " " + subject }
        if let place { subject += " in " + place }
        let (asOf, stated) = timeOf(m, all: all, article: article)
        return Claim(
            mention: m, subject: subject.trimmingCharacters(in: .whitespaces), subjectKey: key, owner: owner, asOf: asOf, asOfStated: stated,
            speaker: speaker, sentenceRange: s.tokens.first!.start..<s.tokens.last!.end,
            sentence: s.text[s.tokens.first!.start..<s.tokens.last!.end])
    }

    /// The places named as locations ("in Iraq", "Iraq's"); actors ("after the US invaded") are not locations.
    static func locations(_ places: [(place: String, index: Int)], _ tokens: [Token]) -> [(place: String, index: Int)] {
        let locative: Set<String> = ["in", "inside", "across", "throughout", "into", "within", "near", "around", "from"]
        return places.filter { p in
            // "Iran-allied groups", "US-led coalition": a place glued into a compound modifies, it does not locate.
            if p.index + 1 < tokens.count, tokens[p.index + 1].is("-"), !tokens[p.index + 1].spaced { return false }
            // "in Iraq", "in neighbouring Syria"; "in the north of Iraq" is left to later work; "Iraq's" is a location too.
            var j = p.index - 1
            while j >= 0, j >= p.index - 3, tokens[j].shape == .word, !tokens[j].isCapitalized, !locative.contains(tokens[j].lower),
                !Lexicon.phraseBreakers.contains(tokens[j].lower) || tokens[j].lower == "the"
            {
                j -= 1
            }
            return (j >= 0 && locative.contains(tokens[j].lower))
                || (p.index + 1 < tokens.count && tokens[p.index + 1].lower.hasPrefix("'"))
        }
    }

    /// The place a figure is about: the nearest location after it in the same clause, else before it.
    private func nearestPlace(_ places: [(place: String, index: Int)], first: Int, last: Int, tokens: [Token]) -> String? {
        let candidates = places.filter { !(first...last).contains($0.index) }
        if let after = candidates.first(where: { $0.index > last && !tokens[last..<$0.index].contains(where: { $0.is(";") }) }) {
            return after.place
        }
        return candidates.last(where: { $0.index < first })?.place
    }

    /// The demonym between a count's number and its noun ("3,500 American troops" → US).
    private func ownerOf(_ m: Mention, _ tokens: [Token], first: Int, last: Int) -> String? {
        guard m.kind == .count, first <= last else { return nil }
        for i in first...last where tokens[i].isCapitalized || tokens[i].text == "US" {
            if let p = Places.names[tokens[i].lower] { return p }
        }
        return nil
    }

    /// Words a date may be separated from its event by: "elections (are set for) 10 November", "invasion (of) March 2003".
    static let linking: Set<String> = [
        "in", "on", "for", "of", "by", "until", "at", "since", "from", "before", "after", "during", "scheduled", "set",
        "due", "held", "called", "planned", "expected", "slated", "are", "is", "was", "were", "be", "been", "will",
    ]

    /// The one or two nouns a figure is attached to from before: "Iraqi elections in October" → elections.
    /// Only linking words may stand between, so a date is never credited to an unrelated word further back.
    private func eventWords(_ s: SentenceContext, before first: Int) -> [String] {
        var i = first - 1
        var skipped = 0
        while i >= 0, ClaimBuilder.linking.contains(s.tokens[i].lower), skipped < 4 {
            i -= 1
            skipped += 1
        }
        var words: [String] = []
        while i >= 0, words.count < 2 {
            let t = s.tokens[i]
            guard t.shape == .word, !ClaimBuilder.eventStopwords.contains(t.lower), !t.lower.hasSuffix("ed"),
                !t.lower.hasSuffix("ly"), Places.names[t.lower] == nil, !t.isCapitalized
            else { break }
            words.insert(t.lower, at: 0)
            i -= 1
        }
        return words
    }

    /// Verbs whose event belongs to a person: "Biden took office" and "Kadhimi took office" are different events.
    static let personalVerbs: Set<String> = ["took", "left", "assumed", "entered", "won", "lost", "resigned", "became", "joined"]

    /// The person of "X took office in May": the nearest capitalized name before a personal verb in the clause.
    private func agentOf(_ s: SentenceContext, before first: Int) -> String? {
        guard let verb = s.tokens[..<first].lastIndex(where: { ClaimBuilder.personalVerbs.contains($0.lower) }) else { return nil }
        var i = verb - 1
        while i >= 0 {
            let t = s.tokens[i]
            if t.shape == .word, t.isCapitalized, Places.names[t.lower] == nil { return t.text }
            if t.is(".") || t.is(";") { break }
            i -= 1
        }
        return nil
    }

    /// Up to two content words after a figure ("20-year conflict" → conflict).
    private func followingNoun(_ s: SentenceContext, after last: Int) -> [String] {
        var words: [String] = []
        var i = last + 1
        while i < s.tokens.count, words.count < 2 {
            let t = s.tokens[i]
            guard t.shape == .word, !ClaimBuilder.eventStopwords.contains(t.lower), !t.isCapitalized else { break }
            words.append(t.lower)
            i += 1
        }
        return words
    }

    /// Who the sentence credits: "X said", "said X", "according to X"; pronouns resolve to the last named speaker.
    private func speakerOf(_ s: SentenceContext, previous: String?) -> String? {
        let t = s.tokens
        for (i, token) in t.enumerated() {
            if token.lower == "according", s.word(i + 1) == "to", let name = name(t, from: i + 2, forward: true) {
                return name
            }
            guard ClaimBuilder.sayingVerbs.contains(token.lower) else { continue }
            if let name = name(t, from: i - 1, forward: false) {
                return ClaimBuilder.pronouns.contains(name.lowercased()) ? (previous ?? name) : name
            }
            if let name = name(t, from: i + 1, forward: true) {
                return ClaimBuilder.pronouns.contains(name.lowercased()) ? (previous ?? name) : name
            }
        }
        return nil
    }

    /// A run of capitalized words (a name) or a pronoun next to a saying verb.
    private func name(_ t: [Token], from i: Int, forward: Bool) -> String? {
        guard i >= 0, i < t.count, t[i].shape == .word else { return nil }
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

    /// The time a figure holds for: a date written next to it (each date belongs to the figure nearest it, so in
    /// "2,500 now, down from 3,000 last year" last year is the 3,000's; "now" is the publication date), else the
    /// publication date.
    private func timeOf(_ m: Mention, all: [Mention], article: Article) -> (TimePoint?, Bool) {
        let published = article.published.map(TimePoint.day)
        let temporal: Set<MentionKind> = [.date, .time, .duration, .set]
        guard !temporal.contains(m.kind) else { return (published, false) }
        let figures = all.filter { $0.isCheckable && !temporal.contains($0.kind) }
        func distance(_ a: Mention, _ b: Mention) -> Int { a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0 }
        let owned = all.filter { date in
            // "Monday's earthquake" names an event, not the time a figure holds for.
            guard date.kind == .date, date.qualifier == nil, case .date(let point) = date.value,
                !point.isDeictic || point.timex == "PRESENT_REF", !date.text.hasSuffix("'s"), !date.text.hasSuffix("\u{2019}s")
            else { return false }
            return figures.min(by: { distance($0, date) < distance($1, date) }) == m
        }
        guard let nearest = owned.min(by: { distance($0, m) < distance($1, m) }), case .date(let point) = nearest.value else {
            return (published, false)
        }
        // "currently", "now": the figure holds at publication, just as when no date is written.
        return point.isDeictic ? (published, false) : (point, true)
    }
}
