/// Reads what a figure is about from the words around it: the head noun, the modifiers that pick out one instance
/// of it, the place and the owner. Each part is compared on its own by the verifier, which can then say which
/// words matched.
struct SubjectFinder {
    /// The sentence.
    let s: SentenceContext
    /// Its places named as locations, with their token index.
    let places: [(place: String, index: Int)]
    /// Its relative clauses.
    let relatives: [Range<Int>]
    /// The heads of the sums of money in the sentence: the thing an event verb acts on when a sum is named.
    let moneyHeads: [String]

    /// What one figure is about.
    struct Found {
        /// The words as printed ("total budget").
        var words: [String]
        /// The normalized head the store indexes ("budget"); empty when nothing names the subject.
        var head: String
        /// Normalized modifiers that pick out an instance ("current", "police").
        var modifiers: [String]
        /// The place named for it in its sentence.
        var place: String?
        /// Whose figure it is ("US" for "American troops").
        var owner: String?
        /// The one-off event that fixes it, when its clause names one ("adopted a budget of $1.35 billion" → adopt).
        var event: String?
    }

    /// Words a date may be separated from its event by: "elections (are set for) 10 November", "invasion (of) March 2003".
    static let linking: Set<String> = [
        "in", "on", "for", "of", "by", "until", "at", "since", "from", "before", "after", "during", "scheduled", "set",
        "due", "held", "called", "planned", "expected", "slated", "are", "is", "was", "were", "be", "been", "will",
    ]
    /// Words that cannot be the event a date belongs to: function words and common irregular verbs ("began", "took");
    /// regular past tenses ("opened") are recognized by their ending.
    static let eventStopwords: Set<String> = Lexicon.phraseBreakers.union([
        "set", "due", "began", "begun", "met", "got", "said", "took", "made", "went", "came", "held", "way",
    ])
    /// Verbs whose event belongs to a person: "Biden took office" and "Kadhimi took office" are different events.
    static let personalVerbs: Set<String> = ["took", "left", "assumed", "entered", "won", "lost", "resigned", "became", "joined"]

    /// The subject of the figure spanning tokens `first...last`.
    func find(_ m: Mention, first: Int, last: Int) -> Found {
        var words: [String]
        var head: String?
        var themes: [String] = []
        switch m.kind {
        case .count:
            words = (m.unit ?? "").split(separator: " ").map(String.init)
            if let unit = m.unit, SubjectWords.synonyms[unit] != nil { head = SubjectWords.normalize(unit) }
            // "2,400 service members were killed" counts deaths; "45,000 people" count nothing until a state is named;
            // "112 homes destroyed" are still homes, destroyed ones.
            if let state = state(first: first, last: last) {
                if let predicate = SubjectWords.predicates[state] { themes = [predicate] } else { head = state }
            }
            if head == nil, let noun = words.last, SubjectWords.genericHeads.contains(noun) { head = "" }
            themes += countThemes(m, first: first, last: last, noun: words.last)
        case .percent:
            words = eventWords(before: first)
            // "destroyed about 30 percent of the port's cold-storage space": a share of that thing, by what was done
            // to it, so that a share lost never meets a share still working.
            if let level = levelOf(first: first, last: last) {
                words = [level]
            } else if let gap = planGap(after: last) {
                words = [gap]
            } else if let changed = changeOf(first: first) {
                words = [changed]
            } else if let whole = shareOf(after: last) {
                words = whole
                themes = verbBefore(first).map { [$0] } ?? []
            } else if NumberParser.parse(s.tokens, at: last) != nil, case let whole = followingNoun(after: last), !whole.isEmpty {
                // A ratio names its whole right after it: "one in five adults".
                words = whole
            }
        case .money, .quantity:
            words = sumWords(m, first: first, last: last)
        case .date, .time:
            (words, head, themes) = dateSubject(first: first, last: last)
        case .duration, .set, .ordinal, .number, .age:
            // "a 20-year conflict" is about the conflict that follows; "in office for 14 months" about what precedes;
            // "18 years after the US invaded" about the invasion.
            let adjectival = m.text.contains("-") && m.kind == .duration
            let before = adjectival ? [] : eventWords(before: first)
            words = before.isEmpty ? followingNoun(after: last) : before
            if m.kind == .age {
                // "the 60-year-old dam" dates the dam's origin; an age with no noun of its own is never compared.
                head = words.last == nil ? "" : "origin"
                themes = words.last.map { [SubjectWords.normalize($0)] } ?? []
            } else if m.kind == .duration, let event = anchor(first: first, last: last) {
                words = [event]
                head = SubjectWords.eventKey(event)
            } else if m.isAnchoredLength, let event = recordEvent(before: first) {
                // "the first increase in a decade" dates the previous increase.
                words = [event]
                head = SubjectWords.eventKey(event)
                themes = ["previous"]
            }
        }
        // "a new district offer of raises totaling 11 percent", "the union is seeking 15 percent": an offer or a demand
        // is not what was agreed.
        // A sum already about the offer ("the new offer ... would be worth €180") needs no more.
        let aboutOffer = words.contains { ["offer", "offers", "proposal", "demand", "demands"].contains($0) }
        if [.percent, .money].contains(m.kind), !aboutOffer, isProposal(before: first) { themes.append("proposed") }
        words = words.filter { !$0.isEmpty }
        var key = head ?? words.last.map(SubjectWords.normalize) ?? ""
        // A date's noun is one thing in the singular or the plural ("learned of leaking valves in October 2023").
        if m.kind == .date || m.kind == .time { key = SubjectWords.singular(key) }
        // "23,000 containers a week" is a rate: it never meets a count ("340 containers destroyed").
        if m.kind == .count, !key.isEmpty, let period = ratePeriod(after: last) { key += " per " + period }
        if m.kind == .date || m.kind == .time, !key.isEmpty, let agent = agent(before: first) { key += "@" + agent.lowercased() }
        // Words that made up a head of their own ("adopt budget", "votes (for-against)") are not modifiers too.
        // What something holds is counted, not dated: "the river, which had peaked on Monday" is the river's peak still.
        let holderName = [.count, .money, .quantity, .percent].contains(m.kind) ? holder(of: first) : m.kind == .ordinal ? appositiveName(before: first) : nil
        let labelled = [.count, .money, .quantity, .percent].contains(m.kind) ? label(before: first).map { [SubjectWords.labelPrefix + $0] } ?? [] : []
        let held = (holderName.map { ["of-" + $0] } ?? []) + labelled
        let modifierWords = (head == nil ? Array(words.dropLast()) : []) + themes + distinguishing(before: first, last: last) + held
        let modifiers = Set(modifierWords.map(SubjectWords.normalize))
            .subtracting(SubjectWords.neutral).subtracting([key]).filter { Places.names[$0] == nil }
        return Found(
            words: words, head: key, modifiers: modifiers.sorted(), place: place(first: first, last: last, kind: m.kind),
            owner: owner(m, first: first, last: last), event: fixingEvent(around: first, sum: m.kind == .money))
    }

    /// The fixing verb of the figure's clause, folded to its event.
    private func fixingEvent(around index: Int, sum: Bool) -> String? {
        let verbs = sum ? SubjectWords.sumFixingVerbs : SubjectWords.fixingVerbs
        return Clauses.around(index, in: s.tokens).lazy.map { s.tokens[$0].lower }.first { verbs.contains($0) }
            .flatMap { SubjectWords.eventVerbs[$0] }
    }

    /// The words a sum or a measure is about: the noun the figure names itself ("1.2bn budget"), the shock a magnitude
    /// belongs to, else the words around it; the unit is compared on its own.
    func sumWords(_ m: Mention, first: Int, last: Int) -> [String] {
        if SubjectWords.moneyNouns.contains(s.tokens[last].lower) { return [s.tokens[last].lower] }
        if let thing = worthOf(before: first) { return thing }
        // "about 450 metres underground" and "about 1,000 feet below the surface" both give a depth; "3 feet above
        // flood stage" is a difference, so "above" and "below" need the ground or the sea after them.
        // "residents living within 3 kilometres of the refinery", "within 5 miles of the plant": a radius around it.
        if m.kind == .quantity, let unit = m.unit, Units.base[unit]?.dimension == "length", s.word(first - 1) == "within" {
            return ["radius"]
        }
        if m.kind == .quantity, let unit = m.unit, Units.base[unit]?.dimension == "length",
            let dimension = SubjectWords.lengthDimensions[s.word(last + 1)]
        {
            // "15 kilometres down the valley", "8 km across the bay" are ways, not a depth or a width.
            if ["down", "across"].contains(s.word(last + 1)), ["the", "a", "an"].contains(s.word(last + 2)) { return [] }
            let relative = ["above", "below", "beneath"].contains(s.word(last + 1))
            let ground = ["surface", "ground", "sea"].contains(s.word(last + 2) == "the" ? s.word(last + 3) : s.word(last + 2))
            // "The central span, 180 metres long": the thing set off before it is what is measured; a depth below
            // ground ("on the 12th level, about 450 metres underground") stays a depth.
            if ["long", "wide", "tall", "high"].contains(s.word(last + 1)), s.word(first - 1) == ",", let thing = subjectNoun(before: first) {
                return [thing]
            }
            if !relative || ground { return [dimension] }
        }
        // "€38 million in revenue", "45 centimetres of snow": what the sum or measure is an amount of.
        if ["in", "of"].contains(s.word(last + 1)), case let thing = followingNoun(after: last + 1), !thing.isEmpty { return thing }
        if m.describesEvent { return shock(near: first).map { [$0] } ?? [] }
        // "The pre-tax loss widened to £143 million": the level of what the clause is about.
        if let level = levelOf(first: first, last: last) { return [level] }
        return Array((eventWords(before: first) + followingNoun(after: last)).prefix(2))
    }

    /// The state a count is of, a few words on in its clause: "45,000 people without a habitable home", "people have
    /// been left homeless", "1,500 people injured", "service members were killed". Nil when none is named.
    /// A count named before its number takes the state named with it: "the number of homes destroyed at 64".
    private func state(first: Int, last: Int) -> String? {
        var i = last + 1
        while i < min(s.tokens.count, last + 6), !Clauses.isBoundary(s.tokens, i), s.tokens[i].shape != .number {
            let w = s.tokens[i].lower
            if SubjectWords.states.contains(w) || SubjectWords.predicates[w] != nil { return SubjectWords.normalize(w) }
            if w == "without", s.tokens[i + 1..<min(s.tokens.count, i + 4)].contains(where: { $0.lower.hasPrefix("home") || $0.lower == "shelter" }) {
                return "homeless"
            }
            if w == "stopped" || w == "walked", i + 1 < s.tokens.count, ["work", "out"].contains(s.tokens[i + 1].lower) { return "strike" }
            i += 1
        }
        i = first - 1
        while i >= max(0, first - 4), !Clauses.isBoundary(s.tokens, i), s.tokens[i].shape != .number {
            let w = s.tokens[i].lower
            if SubjectWords.states.contains(w) || SubjectWords.predicates[w] != nil { return SubjectWords.normalize(w) }
            i -= 1
        }
        return nil
    }

    /// The shock a magnitude belongs to: the nearest quake, jolt or aftershock named in the sentence.
    private func shock(near index: Int) -> String? {
        s.tokens.indices.filter { SubjectWords.shocks.contains(SubjectWords.normalize(s.tokens[$0].lower)) }
            .min { abs($0 - index) < abs($1 - index) }
            .map { SubjectWords.normalize(s.tokens[$0].lower) }
    }

    /// Up to two content words after a figure ("20-year conflict" → conflict).
    func followingNoun(after last: Int) -> [String] {
        var words: [String] = []
        var i = last + 1
        while i < s.tokens.count, words.count < 2 {
            let t = s.tokens[i]
            guard t.shape == .word, !SubjectFinder.eventStopwords.contains(t.lower), !t.isCapitalized else { break }
            // "the €35 million fund announced on Tuesday": a participle after the noun starts what was done to it.
            if !words.isEmpty, t.lower.hasSuffix("ed") { break }
            words.append(t.lower)
            i += 1
        }
        return words
    }

    /// The noun doing the verb, back past auxiliaries, adverbs and a relative pronoun ("The Harlan Ridge Fire, which
    /// broke out" → fire); a pronoun stands for the sentence's first noun ("The fire has moved west since it ignited").
    func subjectNoun(before verb: Int) -> String? {
        let skipped: Set<String> = [
            "has", "had", "have", "was", "were", "is", "are", "been", "be", "will", "would", "which", "that", "who", ",", "last",
            "first", "already", "also",
        ]
        var i = verb - 1
        // "The central span of the bridge, the busiest crossing in Tessaro, collapsed": past the appositive.
        if i > 0, s.tokens[i].is(","), let open = (0..<i).last(where: { s.tokens[$0].is(",") }), open > 0,
            ["the", "a", "an"].contains(s.word(open + 1)), !Clauses.relativePronouns.contains(s.word(open + 1))
        {
            i = open - 1
        }
        while i >= 0, skipped.contains(s.tokens[i].lower) || s.tokens[i].lower.hasSuffix("ly") { i -= 1 }
        // "Red alerts for extreme heat took effect": the noun the phrase is about, before its "for", "of" or "from".
        if let p = (max(0, i - 2)...max(0, i)).last(where: { ["for", "of", "from"].contains(s.tokens[$0].lower) }), p > 0,
            s.tokens[p - 1].shape == .word, !Lexicon.phraseBreakers.contains(s.tokens[p - 1].lower), !s.tokens[p - 1].isCapitalized
        {
            i = p - 1
        }
        // "Line 1, which opened", "Route 9 reopened": a numbered name is its noun.
        if i > 0, s.tokens[i].shape == .number, s.tokens[i - 1].shape == .word, s.tokens[i - 1].isCapitalized,
            !Lexicon.phraseBreakers.contains(s.tokens[i - 1].lower)
        {
            return SubjectWords.normalize(s.tokens[i - 1].lower)
        }
        // "the nurses’ strike at St Aldric’s University Hospital in Corvath began": past the names that place it.
        while i > 0, s.tokens[i].isCapitalized {
            var start = i
            while start > 0, s.tokens[start - 1].isCapitalized { start -= 1 }
            // "the river Drenn crested": the common noun before a name says what it is.
            if start > 0, s.tokens[start - 1].shape == .word, !Lexicon.phraseBreakers.contains(s.tokens[start - 1].lower) {
                i = start - 1
                break
            }
            // "in Corvath", "of the Corvel Bridge"
            let article = s.word(start - 1) == "the" ? 1 : 0
            guard start > article, ["in", "at", "of", "from", "near"].contains(s.word(start - 1 - article)) else { break }
            i = start - 2 - article
        }
        guard i >= 0, s.tokens[i].shape == .word else { return nil }
        let word = s.tokens[i].lower
        if ["it", "they"].contains(word) {
            return s.tokens.first { $0.shape == .word && !Lexicon.phraseBreakers.contains($0.lower) }
                .map { SubjectWords.normalize($0.lower) }
        }
        return Lexicon.phraseBreakers.contains(word) ? nil : SubjectWords.normalize(word)
    }

    /// The noun a verb acts on: past articles, possessives and figures, to the first content word that ends the noun
    /// phrase ("adopt the city's budget for" → budget).
    func objectNoun(after verb: Int) -> String? {
        var i = verb + 1
        var noun: String?
        while i < s.tokens.count {
            let t = s.tokens[i]
            if ["a", "an", "the", "its", "their", "his", "her"].contains(t.lower) || t.lower.hasSuffix("'s") || t.shape == .number
                || (t.shape == .punctuation && ["$", "€", "£", "-"].contains(t.text))
            {
                if noun != nil { break }
            } else if t.shape == .word, !Lexicon.phraseBreakers.contains(t.lower), !t.isCapitalized, !t.lower.hasSuffix("ly") {
                // An adverb ("gave way shortly after 2 a.m.") ends the search: the verb has no object here.
                noun = t.lower
            } else {
                break
            }
            i += 1
        }
        return noun.map(SubjectWords.normalize)
    }

    /// Modifiers that name another instance ("current", "proposed") in the few words just before a figure, and
    /// "difference" for a figure that counts a change ("250 more than it announced", "3 percent higher than").
    private func distinguishing(before first: Int, last: Int) -> [String] {
        let comparative: Set<String> = ["more", "fewer", "less", "higher", "lower", "greater", "smaller"]
        // After the number: "more than 400" is a qualifier, "250 more jobs than" a difference.
        let number = (first...last).first { s.tokens[$0].shape == .number } ?? last
        let window = s.tokens[(number + 1)..<min(s.tokens.count, last + 3)].map(\.lower)
        let change = zip(window, window.dropFirst()).contains { comparative.contains($0.0) && ($0.1 == "than" || window.contains("than")) }
        // In a relative clause the noun it describes carries them: "the original plan, announced a fortnight ago,
        // which would have cut 1,200 jobs". (A wider look back, to the clause's subject, found "the expected date" and
        // "the revised figures" too often to be worth "The new offer would be worth ...".)
        let from = relatives.first { $0.contains(first) }.map { max(0, $0.lowerBound - 8) } ?? max(0, first - 3)
        return s.tokens[from..<first].map(\.lower).filter { SubjectWords.distinguishing.contains($0) }
            + (change ? ["difference"] : [])
    }

    /// The place a figure is about: the owner of a "whose" clause it stands in ("Millbrook, whose budget of about
    /// $410 million"), a possessive just before it ("Calder Falls’ 1.2bn budget"), else the nearest location after
    /// it in the same clause, else before it.
    private func place(first: Int, last: Int, kind: MentionKind) -> String? {
        if let clause = relatives.first(where: { $0.contains(first) }), s.tokens[clause.lowerBound].lower == "whose",
            let owner = places.last(where: { $0.index < clause.lowerBound - 1 })
        {
            return owner.place
        }
        let tokens = s.tokens
        // A count's possessive stands just before it ("Calder Falls’ 1.2bn budget"); an event's may open its clause
        // ("Ashby’s council approved a 5.8 percent increase in May").
        let counted: Set<MentionKind> = [.count, .money, .percent, .quantity]
        for end in stride(from: first - 1, through: max(0, first - (counted.contains(kind) ? 4 : 12)), by: -1) {
            if Clauses.isBoundary(tokens, end) { break }
            guard let owner = Places.possessive(endingAt: end, in: tokens) else { continue }
            let start = (0...end).last { $0 == 0 || !tokens[$0 - 1].isCapitalized } ?? 0
            if end >= first - 4 || start == Clauses.around(first, in: tokens).lowerBound { return owner }
        }
        let candidates = places.filter { !(first...last).contains($0.index) }
        // "112 homes, most of them in Juniper Flats" places them; "since 2015, when floodwater from the River Tam" and
        // "41 cases, making the outbreak centered in Brackenridge the county's first" do not.
        let opensClause: Set<String> = ["when", "which", "who", "where", "while", "as", "after", "before", "because", "but", "and"]
        func opens(_ k: Int) -> Bool { opensClause.contains(tokens[k].lower) || tokens[k].lower.hasSuffix("ing") }
        if let after = candidates.first(where: { p in
            p.index > last && !(last..<p.index).contains { Clauses.isBoundary(tokens, $0) && ($0 + 1 == p.index || opens($0 + 1) || tokens[$0].is(";")) }
        }) {
            return after.place
        }
        // A count's place before it is its place only when it opens the sentence or the clause ("In Halvik, about 60
        // percent of buildings ..."): "the toll from the quake in Kessan province rose to 580" places the quake. A
        // date or a length belongs to an event, placed anywhere in its clause ("the departure from Afghanistan after a
        // 20-year conflict").
        let clause = Clauses.around(first, in: tokens)
        let opening = [0, clause.lowerBound]
        if let before = candidates.last(where: { p in
            p.index < first
                && (!counted.contains(kind) ? clause.contains(p.index)
                    : opening.contains { p.index - $0 <= 3 && p.index >= $0 && ["in", "at"].contains(tokens[$0].lower) })
        }) {
            return before.place
        }
        // A place that opens the sentence as its subject ("Millbrook, whose ..., raised its rate by 3 percent") is
        // the place of figures outside the clauses between.
        guard let subject = places.first, subject.index <= 1, !relatives.contains(where: { $0.contains(first) }),
            !s.tokens[subject.index].lower.hasSuffix("'s")
        else { return nil }
        return subject.place
    }

    /// The demonym between a count's number and its noun ("3,500 American troops" → US).
    private func owner(_ m: Mention, first: Int, last: Int) -> String? {
        guard m.kind == .count, first <= last else { return nil }
        for i in first...last where s.tokens[i].isCapitalized || s.tokens[i].text == "US" {
            if let p = Places.names[s.tokens[i].lower] { return p }
        }
        return nil
    }
}
