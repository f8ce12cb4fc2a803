/// How SubjectFinder reads dates and events: the event a date belongs to, what it acts on, records ("the first
/// since 2014"), lengths counted from an event, and who did it when the event is personal.
extension SubjectFinder {
    /// A date's subject: its event and what the event acts on, the noun before or after it, and whether it dates the
    /// previous such event.
    func dateSubject(first: Int, last: Int) -> (words: [String], head: String?, themes: [String]) {
        // "said on Tuesday it would close 260 stores": the day something was said dates the saying, no event; "the
        // first case was confirmed on Jan. 19" is passive, and the confirmation is the event.
        let preposition = ["on", "in", "at"].contains(s.word(first - 1)) ? first - 1 : first
        if preposition > 0, ClaimBuilder.sayingVerbs.contains(s.word(preposition - 1)),
            !["was", "were", "is", "are", "been", "be"].contains(s.word(preposition - 2))
        {
            return ([], "", [])
        }
        var words = eventWords(before: first)
        if isAdjunct(words.count, before: first) { words = [] }
        if let noun = happening(before: first) { words = [noun] }
        var head: String?
        var themes: [String] = []
        func use(_ event: (verb: String, theme: String)) {
            // The event is the head and what it acts on a modifier: "the budget's adoption" elsewhere still meets it.
            (words, head, themes) = ([event.verb, event.theme], event.verb, [event.theme])
        }
        // "The first case was confirmed on Jan. 19", "Since Jan. 12, when the first case was confirmed": the first of
        // something is found once, so its date is one event's, whichever verb found it.
        if let found = firstFound(around: first, last: last) { return (["first", found], "first " + found, []) }
        // "Red alerts took effect on Monday", "The alert came into force last Sunday": the start of what it is about.
        if let verb = takesEffect(around: first), let noun = subjectNoun(before: verb) { return (["start", noun], "start", [noun]) }
        // "the first since 2014", "the first time the factory has shut down since 2015": the record's event.
        // Both date the previous such event, which a date of the event itself ("an increase in May") is not.
        if first > 0, s.tokens[first - 1].lower == "since", let event = recordEvent(before: first - 1) {
            (words, head, themes) = ([event], SubjectWords.eventKey(event), ["previous"])
        }
        // "last raised the rate in 2014": the noun before the date is what an event verb acts on.
        if head == nil, let noun = words.last, let verb = verbBefore(words.count, before: first) {
            use((verb, SubjectWords.normalize(noun)))
        }
        // "The council on Tuesday approved a budget": the noun before is the agent, the verb after the event.
        let verbFollows = last + 1 < s.tokens.count && SubjectWords.event(at: last + 1, in: s.tokens) != nil
        if words.isEmpty || verbFollows, let event = event(around: first) { use(event) }
        if words.isEmpty { words = followingNoun(after: last) }
        // "The last time nurses went on strike, in 2009, ...": a date set off after a "last time" clause dates its event.
        if words.isEmpty, let time = lastTime(before: first) {
            words = eventWords(before: min(Clauses.around(time + 1, in: s.tokens).upperBound, first))
        }
        if words.isEmpty, let named = lastNamed(first: first, last: last) {
            words = named
            themes.append("previous")
        }
        // "the invasion of March 2003", "full containment at August 22": a noun of an event keys as its verb; a verb
        // ("the Ostrel dam, built in 1962") keys with what it acts on, or not at all.
        if head == nil, let noun = words.last, let verb = SubjectWords.eventVerbs[SubjectWords.normalize(noun)] {
            if SubjectWords.nominalEvents.contains(noun) {
                head = verb
            } else if let event = event(around: first) {
                use(event)
            } else {
                head = ""
            }
        }
        // "its highest point", "a record level": the peak.
        if head == nil, words.count == 2, SubjectWords.recordWords.contains(words[0]), ["point", "level", "mark"].contains(words[1]) {
            head = "peak"
        }
        if marksPrevious(before: first) { themes.append("previous") }
        if isScheduled(before: first) { themes.append(SubjectWords.plannedMark) }
        return (words, head, themes)
    }

    /// Whether a date is when something was to happen ("was originally due to open in December 2023", "scheduled to
    /// start on May 3"): a schedule can be moved, so it never meets the date the thing happened.
    func isScheduled(before first: Int) -> Bool {
        let clause = Clauses.around(first, in: s.tokens)
        return (max(clause.lowerBound, first - 6)..<first).contains { SubjectFinder.scheduleCues.contains(s.tokens[$0].lower) }
    }

    /// Words that put the date after them on a schedule.
    static let scheduleCues: Set<String> = ["due", "scheduled", "originally", "supposed", "slated", "planned", "expected"]

    /// The event a length is counted from: "18 years after the US invaded" → invaded, "since the invasion" → invasion.
    func anchor(first: Int, last: Int) -> String? {
        // The anchor may be inside the mention ("18 years after the US invaded") or just after it.
        guard let word = (first...min(last + 1, s.tokens.count - 1)).first(where: { ["after", "since"].contains(s.tokens[$0].lower) })
        else { return nil }
        for t in s.tokens[(word + 1)...].prefix(4) where t.shape == .word {
            if SubjectWords.eventVerbs[t.lower] != nil || (!t.isCapitalized && !Lexicon.phraseBreakers.contains(t.lower)) { return t.lower }
        }
        return nil
    }

    /// The event of a record phrase ending before `index`: an event verb after the record word ("the first time the
    /// factory has shut down"), else the noun after it ("the first property-tax increase", "the strongest quake"),
    /// else what the clause is about ("The rise is the first").
    func recordEvent(before index: Int) -> String? {
        let clause = Clauses.around(index, in: s.tokens)
        guard let record = (clause.lowerBound..<index).last(where: { SubjectWords.recordWords.contains(s.tokens[$0].lower) }) else {
            return nil
        }
        if let verb = (record + 1..<index).first(where: { SubjectWords.eventVerbs[s.tokens[$0].lower] != nil }) {
            return s.tokens[verb].lower
        }
        var run: [String] = []
        var i = record + 1
        while i < index, s.tokens[i].shape == .word || s.tokens[i].is("-"), !Lexicon.phraseBreakers.contains(s.tokens[i].lower) {
            if s.tokens[i].shape == .word { run.append(s.tokens[i].lower) }
            i += 1
        }
        if let noun = run.first(where: { SubjectWords.eventVerbs[$0] != nil }) ?? run.last, noun != "time" { return noun }
        guard let copula = (clause.lowerBound..<record).last(where: { ["is", "was"].contains(s.tokens[$0].lower) }) else { return nil }
        return subjectNoun(before: copula)
    }

    /// Whether a date is that of the previous such event: "last" before a verb in its clause ("the nurses last went on
    /// strike in 2012") or "the last time" earlier in the sentence ("The last time nurses went on strike, in 2009").
    func marksPrevious(before first: Int) -> Bool {
        let t = s.tokens
        let clause = Clauses.around(first, in: t)
        let notVerbs: Set<String> = ["time", "night", "season", "quarter"]
        let lastVerb = (clause.lowerBound..<first).contains { (i: Int) -> Bool in
            guard t[i].lower == "last", i + 1 < first, t[i + 1].shape == .word else { return false }
            let next = t[i + 1].lower
            return Lexicon.durationUnits[next] == nil && Lexicon.weekdays[next] == nil && Lexicon.months[next] == nil && !notVerbs.contains(next)
        }
        return lastVerb || lastTime(before: first) != nil
    }

    /// "The last big fire at the port, in 2019, ...": for a date set off in a clause of its own, the thing the clause
    /// before names after "the last" or "the previous" (["big", "fire"]).
    func lastNamed(first: Int, last: Int) -> [String]? {
        let t = s.tokens
        let own = Clauses.around(first, in: t)
        guard own.allSatisfy({ (first...last).contains($0) || SubjectFinder.linking.contains(t[$0].lower) }), own.lowerBound >= 2
        else { return nil }
        let before = Clauses.around(own.lowerBound - 2, in: t)
        guard let lastWord = before.first(where: { ["last", "previous"].contains(t[$0].lower) && $0 > 0 && t[$0 - 1].lower == "the" })
        else { return nil }
        var words: [String] = []
        var k = lastWord + 1
        while k < before.upperBound, words.count < 3, t[k].shape == .word, !t[k].isCapitalized, !Lexicon.phraseBreakers.contains(t[k].lower) {
            words.append(t[k].lower)
            k += 1
        }
        return words.isEmpty || words == ["time"] ? nil : words
    }

    /// The index of "time" in a "the last time" before `first` ("The last time nurses went on strike, in 2009").
    func lastTime(before first: Int) -> Int? {
        let t = s.tokens
        return (0..<max(0, first - 2)).first { t[$0].lower == "last" && t[$0 + 1].lower == "time" && ($0 == 0 || t[$0 - 1].lower == "the") }
            .map { $0 + 1 }
    }

    /// The event verb just before the `count` words found before a figure, past a determiner: "raised the rate".
    func verbBefore(_ count: Int, before first: Int) -> String? {
        var i = first - 1
        while i >= 0, SubjectFinder.linking.contains(s.tokens[i].lower) { i -= 1 }
        i -= count
        // "halted all traffic at 10 p.m.", "reopened to traffic at 2 a.m."
        if i >= 0, ["the", "a", "an", "its", "their", "all", "to"].contains(s.tokens[i].lower) { i -= 1 }
        // "certified the results of the canvass on Tuesday": past the noun the thing acted on is part of.
        if i >= 2, s.tokens[i].lower == "of", s.tokens[i - 1].shape == .word, ["the", "a", "an", "its", "their"].contains(s.tokens[i - 2].lower) {
            i -= 3
        }
        guard i >= 0 else { return nil }
        return SubjectWords.event(at: i, in: s.tokens)
    }

    /// The one or two nouns a figure is attached to from before: "Iraqi elections in October" → elections.
    /// Only linking words may stand between, so a date is never credited to an unrelated word further back.
    func eventWords(before first: Int) -> [String] {
        var i = first - 1
        var skipped = 0
        while i >= 0, SubjectFinder.linking.contains(s.tokens[i].lower), skipped < 4 {
            i -= 1
            skipped += 1
        }
        var words: [String] = []
        while i >= 0, words.count < 2 {
            let t = s.tokens[i]
            guard t.shape == .word, !SubjectFinder.eventStopwords.contains(t.lower), !t.lower.hasSuffix("ed"),
                !t.lower.hasSuffix("ly"), !t.lower.hasSuffix("'s"), Places.names[t.lower] == nil, !t.isCapitalized
            else { break }
            words.insert(t.lower, at: 0)
            i -= 1
        }
        return words
    }

    /// The noun that "took place", "happened" or "occurred" just before a date: "the last full inspection took
    /// place in March 2023" dates the inspection.
    func happening(before first: Int) -> String? {
        var i = first - 1
        while i >= 0, ["in", "on", "at"].contains(s.word(i)) { i -= 1 }
        if s.word(i) == "place", ["took", "takes", "take"].contains(s.word(i - 1)) { return subjectNoun(before: i - 1) }
        if ["happened", "occurred"].contains(s.word(i)) { return subjectNoun(before: i) }
        return nil
    }

    /// Whether the `count` words found before a date are not what the date is about: the unit of another figure
    /// ("covered 120 square kilometres on Thursday") or a place something was done ("laying booms around the tanker
    /// on Wednesday"); the date is then the time of that figure or of that doing.
    func isAdjunct(_ count: Int, before first: Int) -> Bool {
        guard count > 0 else { return false }
        var i = first - 1
        while i >= 0, SubjectFinder.linking.contains(s.tokens[i].lower) { i -= 1 }
        i -= count
        while i >= 0, ["the", "a", "an", "another", "its", "their", "his", "her"].contains(s.tokens[i].lower) { i -= 1 }
        guard i >= 0 else { return false }
        return s.tokens[i].shape == .number || s.number(at: i) != nil || SubjectFinder.placePrepositions.contains(s.tokens[i].lower)
    }

    /// Prepositions of place and motion: the noun after one is where something happened, not what happened.
    static let placePrepositions: Set<String> = [
        "around", "into", "onto", "near", "beside", "inside", "outside", "across", "along", "toward", "towards", "off",
        "behind", "beneath", "under", "over", "through", "past", "aboard",
    ]

    /// The event a date with no noun of its own belongs to: an event verb in its clause and what it acts on, a sum's
    /// head when the sentence names one ("on Tuesday approved a $1.2 billion budget" → adopt budget), else the noun
    /// after the verb ("voted 6-3 on Tuesday night to adopt the city's budget").
    func event(around index: Int) -> (verb: String, theme: String)? {
        let clause = Clauses.around(index, in: s.tokens)
        let verbs = clause.filter { SubjectWords.event(at: $0, in: s.tokens) != nil }
            .sorted { abs($0 - index) < abs($1 - index) }
        for v in verbs {
            let verb = SubjectWords.event(at: v, in: s.tokens)!
            if let sum = moneyHeads.first { return (verb, sum) }
            // "approved a budget" acts on its object; "the fire started on Saturday" on its subject; a verb in two
            // words ("gave way") has its object after both.
            let particle = SubjectWords.eventVerbs[s.tokens[v].lower] == nil ? 1 : 0
            if let theme = objectNoun(after: v + particle) ?? subjectNoun(before: v) { return (verb, theme) }
        }
        return nil
    }

    /// The person of "X took office in May": the nearest capitalized name before a personal verb in the clause.
    func agent(before first: Int) -> String? {
        guard let verb = s.tokens[..<first].lastIndex(where: { SubjectFinder.personalVerbs.contains($0.lower) }),
            takesEffect(around: verb) != verb, s.word(verb + 1) != "place"
        else { return nil }
        var i = verb - 1
        while i >= 0 {
            let t = s.tokens[i]
            if t.shape == .word, t.isCapitalized, Places.names[t.lower] == nil { return t.text }
            if t.is(".") || t.is(";") { break }
            i -= 1
        }
        return nil
    }
}
