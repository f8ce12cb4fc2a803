/// Finds the hedge or bound written before a figure ("about", "nearly", "more than", "by" before a date) and
/// widens the mention to include it; the interval then follows from `Tolerance`.
enum QualifierAttacher {
    /// Word sequences before a figure and the qualifier each expresses; longer ones are tried first.
    static let phrases: [([String], Qualifier)] = [
        (["just", "more", "than"], .justOver), (["a", "little", "over"], .justOver), (["slightly", "more", "than"], .justOver),
        (["an", "estimated"], .about), (["close", "to"], .nearly), (["just", "under"], .justUnder),
        (["just", "over"], .justOver), (["well", "over"], .moreThan), (["more", "than"], .moreThan),
        (["upwards", "of"], .moreThan), (["at", "least"], .atLeast), (["at", "most"], .upTo), (["up", "to"], .upTo),
        (["as", "many", "as"], .upTo), (["as", "much", "as"], .upTo), (["no", "more", "than"], .upTo),
        (["fewer", "than"], .lessThan), (["less", "than"], .lessThan), (["about"], .about), (["around"], .about),
        (["roughly"], .about), (["approximately"], .about), (["some"], .about), (["nearly"], .nearly),
        (["almost"], .nearly), (["over"], .moreThan), (["above"], .moreThan), (["exceeding"], .moreThan),
        (["under"], .lessThan), (["below"], .lessThan), (["exactly"], .exactly), (["precisely"], .exactly),
    ]

    /// Hedges of a clock time; the minutes they reach are in `Tolerance`.
    static let clockPhrases: [([String], Qualifier)] = [
        (["shortly", "after"], .justOver), (["just", "after"], .justOver), (["soon", "after"], .justOver),
        (["shortly", "before"], .justUnder), (["just", "before"], .justUnder), (["about"], .about), (["around"], .about),
        (["approximately"], .about), (["roughly"], .about), (["after"], .moreThan), (["before"], .upTo),
    ]

    /// Words before "over" that make it "more than" a length of time.
    static let durationLead: Set<String> = ["for", "of", "after", "lasted", "took", "spent", "than", "in", "been", "waited"]

    /// The mention widened to its qualifier, with the interval recomputed; unchanged when none is written.
    static func attach(_ mention: Mention, in s: SentenceContext) -> Mention {
        guard let first = s.tokens.firstIndex(where: { $0.start == mention.start }) else { return mention }
        if mention.kind == .date {
            // "by the end of the year", "by 31 August": a deadline allows any earlier day.
            guard ["by", "before"].contains(s.word(first - 1)), mention.qualifier == nil else { return mention }
            return widened(mention, from: first - 1, qualifier: .upTo, in: s)
        }
        // A clock time takes hedges of its own: "at about 6:40 p.m.", "shortly after 2 a.m.".
        if case .clock = mention.value {
            guard let (words, qualifier) = clockPhrases.first(where: { ends($0.0, before: first, in: s) }) else { return mention }
            return widened(mention, from: first - words.count, qualifier: qualifier, in: s)
        }
        // Ranks, other times and values with no interval ("for years", "every week") take no hedge; "over the past
        // year" is a span of time, not "more than".
        guard ![.ordinal, .time, .set].contains(mention.kind), s.word(first) != "the" else { return mention }
        if case .timex = mention.value { return mention }
        for (words, qualifier) in phrases where ends(words, before: first, in: s) {
            let a = first - words.count
            // "some" qualifies a number ("some 170,000"), not "some time" or "some two decades".
            if qualifier == .about, words == ["some"], s.tokens[first].shape != .number { continue }
            // Before a length of time "over" means during ("cut $1.5 trillion over 10 years"), unless a word of
            // duration comes first ("for over a decade", "lasted over two hours").
            if words == ["over"], mention.kind == .duration, !QualifierAttacher.durationLead.contains(s.word(a - 1)) { continue }
            return widened(mention, from: a, qualifier: qualifier, in: s)
        }
        return mention
    }

    /// Whether the words stand right before token `index` ("more than" before "400").
    static func ends(_ words: [String], before index: Int, in s: SentenceContext) -> Bool {
        index >= words.count && words.indices.allSatisfy { s.word(index - words.count + $0) == words[$0] }
    }

    private static func widened(_ mention: Mention, from index: Int, qualifier: Qualifier, in s: SentenceContext) -> Mention {
        var m = mention
        m.start = s.tokens[index].start
        m.text = s.text[m.start..<m.end]
        m.qualifier = qualifier
        if case .number(let share) = m.value, m.isWordedShare {
            m.interval = Tolerance.share(share, qualifier: qualifier)
        } else {
            m.interval = Tolerance.interval(of: m.value, qualifier: qualifier)
        }
        return m
    }
}
