/// What a sum, a share or a count belongs to, read from the words around it: the thing it is the worth of, the
/// whole it is a share of, the holder whose figure it is, the period of a rate.
extension SubjectFinder {
    /// What a sum is the worth of: "The new offer of 6% would be worth €180 a month" → new offer; "a 4 percent pay
    /// offer, worth €1,440 a year" → pay offer. "Worth" itself names nothing, and two offers must not meet through it.
    func worthOf(before first: Int) -> [String]? {
        guard first > 0, ["worth", "valued", "costing", "priced"].contains(s.tokens[first - 1].lower) else { return nil }
        let auxiliaries: Set<String> = ["be", "been", "is", "was", "are", "were", "would", "will", "could", "had", "has", "have", "now", ","]
        var i = first - 2
        while i >= 0, auxiliaries.contains(s.tokens[i].lower) || s.tokens[i].lower.hasSuffix("ly") { i -= 1 }
        // Past the figure the thing is named with: "the new offer of 6%", "a rise of 4 percent".
        var k = i
        while k >= 0, s.tokens[k].shape == .number || ["%", "percent", "per", "cent", ".", "-"].contains(s.tokens[k].lower) { k -= 1 }
        if k < i, k >= 0, s.tokens[k].lower == "of" { i = k - 1 }
        var words: [String] = []
        while i >= 0, words.count < 2 {
            let t = s.tokens[i]
            guard t.shape == .word, !SubjectFinder.eventStopwords.contains(t.lower), !t.lower.hasSuffix("'s"), !t.isCapitalized else { break }
            words.insert(t.lower, at: 0)
            i -= 1
        }
        return words.isEmpty ? nil : words
    }

    /// The thing a share is of: "of the port's cold-storage space" → cold-storage space (hyphenated words kept whole).
    func shareOf(after last: Int) -> [String]? {
        let t = s.tokens
        guard s.word(last + 1) == "of" else { return nil }
        var k = last + 2
        while k < t.count, ["the", "its", "their", "all", "a", "an"].contains(t[k].lower) || t[k].lower.hasSuffix("'s") { k += 1 }
        // "of Alder County kindergartners": the name that places the whole is not the whole.
        var name = k
        while name < t.count, t[name].shape == .word, t[name].isCapitalized { name += 1 }
        if name > k, name < t.count, t[name].shape == .word { k = name }
        var words: [String] = []
        while k < t.count, words.count < 3, t[k].shape == .word, !SubjectFinder.eventStopwords.contains(t[k].lower), !t[k].isCapitalized {
            var word = t[k].lower
            while k + 2 < t.count, t[k + 1].is("-"), !t[k + 1].spaced, t[k + 2].shape == .word, !t[k + 2].spaced {
                word += "-" + t[k + 2].lower
                k += 2
            }
            words.append(word)
            k += 1
            if t[k - 1].lower.hasSuffix("ed") { break }
        }
        return words.isEmpty ? nil : words
    }

    /// What a level is the level of: the subject of the verb before it ("the reservoir stood at 31 percent of
    /// capacity", "fell to 24 percent", "was 34 percent full"), past a clause set off by commas ("The Halden
    /// reservoir, the main source of water for Esterval, was 34 percent full").
    func levelOf(first: Int, last: Int) -> String? {
        let full = s.word(last + 1) == "full" || (s.word(last + 1) == "of" && s.word(last + 2) == "capacity")
        var verb = first - 1
        if ["at", "to"].contains(s.word(verb)) {
            verb -= 1
            // "fell 6% to £2.31 billion", "rose 12 percent to": the change written between the verb and the level.
            while verb > 0, verb > first - 6, s.tokens[verb].shape == .number || ["%", "percent", "per", "cent", "points"].contains(s.word(verb)) {
                verb -= 1
            }
        }
        guard verb > 0, full || (verb < first - 1 && SubjectWords.levelVerbs.contains(s.word(verb))) else { return nil }
        var end = verb
        if s.word(verb - 1) == ",", let opening = (0..<(verb - 1)).last(where: { s.word($0) == "," }) { end = opening }
        // "the Halden reservoir that supplies most of the region fell to 24 percent"
        if let clause = relatives.first(where: { $0.contains(end - 1) }) { end = clause.lowerBound }
        return subjectNoun(before: end)
    }

    /// What a change is of: the noun doing the change verb before "by" ("the maintenance budget has been cut by 18
    /// percent" → budget, "allocations cut by half" → allocations), so two cuts of different things never meet.
    func changeOf(first: Int) -> String? {
        var verb = first - 1
        if s.word(verb) == "by" { verb -= 1 }
        guard verb > 0, verb < first - 1 || s.tokens[verb].lower.hasSuffix("ed"), RangeRecognizer.changes.contains(s.word(verb)),
            !["by", "up", "down", "went", "moved"].contains(s.word(verb))
        else { return nil }
        return subjectNoun(before: verb)
    }

    /// The words that pick out some of the counted, as modifiers: a restricting clause, an addition, who cast a vote,
    /// an average or a limit, a part ("14 of the cases", "the dead included 12 children"), a capacity, and what cases
    /// are of ("five cases of pancreatitis" are pancreatitis cases, as "84 measles cases" are measles ones).
    func countThemes(_ m: Mention, first: Int, last: Int, noun: String?) -> [String] {
        var themes: [String] = []
        if let restriction = restriction(after: last) { themes.append(restriction) }
        if isIncrement(first: first, last: last) { themes.append("added") }
        // "The board voted 7-2", "the House followed with an 88-60 vote": who voted tells two votes apart.
        if case .tally = m.value, let body = votingBody(before: first) { themes.append(body) }
        if case .tally = m.value, let motion = motion(around: first, last: last) { themes.append(SubjectWords.motionPrefix + motion) }
        if let measure = countMeasure(before: first) { themes.append(measure) }
        if s.word(last + 1) == "of", let noun {
            if !m.text.lowercased().hasSuffix(noun) {
                themes.append("part")
            } else if last + 2 < s.tokens.count, s.tokens[last + 2].shape == .word, !s.tokens[last + 2].isCapitalized,
                !Lexicon.phraseBreakers.contains(s.word(last + 2))
            {
                themes.append(s.word(last + 2))
            }
        }
        if (max(0, first - 3)..<first).contains(where: { ["included", "includes", "including", "among"].contains(s.word($0)) }) {
            themes.append("part")
        }
        // "a licensed capacity of 250 passengers", "licensed to carry 300 passengers": what it could hold.
        if (max(0, first - 4)..<first).contains(where: { SubjectWords.capacityWords.contains(s.word($0)) }) { themes.append("capacity") }
        return themes
    }

    /// Whether a count is an addition: "more" right after its number (not "more than"), or "another", "a further",
    /// "an additional" or "an extra" before it.
    func isIncrement(first: Int, last: Int) -> Bool {
        let adding: Set<String> = ["more", "additional", "extra", "further"]
        if ["another", "further", "additional", "extra"].contains(s.word(first - 1)) { return true }
        return (first...last).contains { adding.contains(s.word($0)) && s.word($0 + 1) != "than" && $0 > first }
    }

    /// The gap a share measures against a plan: "32 percent over the original budget", "7% above forecast" is an
    /// overrun, "under budget" an underrun; the same overrun as "the overrun amounts to 23 percent of the budget".
    func planGap(after last: Int) -> String? {
        guard let gap = SubjectWords.planGaps[s.word(last + 1)] else { return nil }
        return (last + 2...last + 4).contains { SubjectWords.plans.contains(s.word($0)) } ? gap : nil
    }

    /// What a clause right after a count restricts it to: "340 students who were exposed" are exposed ones, "1,100
    /// students whose immunization records were incomplete" others; the first content word of the clause, if any
    /// ("troops who remain in Iraq" are just troops).
    func restriction(after last: Int) -> String? {
        guard ["who", "whose", "that"].contains(s.word(last + 1)) else { return nil }
        var k = last + 2
        while k < s.tokens.count, k < last + 6, s.tokens[k].shape == .word {
            let word = s.tokens[k].lower
            if s.tokens[k].isCapitalized { return nil }
            if !Lexicon.phraseBreakers.contains(word), !word.hasSuffix("ly") { return word }
            k += 1
        }
        return nil
    }

    /// The thing whose first one a date's clause says was found: "the first case was confirmed", "the first death
    /// was reported"; the clause after a date set off by "when" counts as its own ("Since Jan. 12, when ...").
    func firstFound(around first: Int, last: Int) -> String? {
        let findingVerbs: Set<String> = ["confirmed", "reported", "recorded", "detected", "diagnosed", "identified", "registered"]
        var clause = Clauses.around(first, in: s.tokens)
        if s.word(clause.upperBound) == ",", s.word(clause.upperBound + 1) == "when" {
            clause = clause.lowerBound..<Clauses.around(clause.upperBound + 2, in: s.tokens).upperBound
        }
        for k in clause where s.word(k) == "first" && !(first...last).contains(k) {
            let noun = s.word(k + 1)
            guard !noun.isEmpty, s.tokens[k + 1].shape == .word, !Lexicon.phraseBreakers.contains(noun) else { continue }
            if (k + 2..<min(k + 6, clause.upperBound)).contains(where: { findingVerbs.contains(s.word($0)) }) { return SubjectWords.normalize(noun) }
        }
        return nil
    }

    /// The verb of "took effect", "came into force", "entered into force", "went into effect" in the clause around
    /// token `index`, if the clause has one: a rule or an alert that starts.
    func takesEffect(around index: Int) -> Int? {
        Clauses.around(index, in: s.tokens).first { k in
            let (next, after) = (s.word(k + 1), s.word(k + 2))
            switch s.word(k) {
            case "took", "takes", "take": return next == "effect"
            case "came", "comes", "went", "goes", "entered", "enters": return next == "into" && ["force", "effect"].contains(after)
            default: return false
            }
        }
    }

    /// The body that cast a tally, named before it in its sentence: "the nine-member board voted 6-3" → board, "the
    /// House followed with an 88-60 vote" → house; a union's members, however named ("teachers voted 1,488 to 203"),
    /// are members.
    func votingBody(before first: Int) -> String? {
        let bodies: Set<String> = [
            "board", "council", "senate", "house", "assembly", "committee", "parliament", "commission", "court", "jury",
            "shareholders", "legislature", "congress", "cabinet", "panel",
        ]
        let members: Set<String> = ["members", "teachers", "workers", "employees", "nurses", "drivers", "staff", "dockworkers"]
        guard let k = (0..<first).last(where: { bodies.contains(s.word($0)) || members.contains(s.word($0)) }) else { return nil }
        return members.contains(s.word(k)) ? "members" : s.word(k)
    }

    /// The labelled thing a figure's clause, or its sentence from the start, is about: "Line 1 runs 14.2 km and has
    /// 24 stops", "Line 2, a branch with 15 stops, ..." → "line 1", "line 2".
    func label(before first: Int) -> String? {
        let clause = Clauses.around(first, in: s.tokens)
        let starts = clause.lowerBound == 0 ? [0] : [0, clause.lowerBound]
        let candidates = Set(starts.flatMap { start in start..<max(start, min(first - 1, start + 3)) })
        for k in candidates.sorted().reversed()
        where s.tokens[k].isCapitalized && CountRecognizer.isLabel(s.word(k)) && s.tokens[k + 1].shape == .number {
            return s.word(k) + " " + s.tokens[k + 1].text
        }
        return nil
    }

    /// What a tally decided, when its clause names it: "voted 1,571 to 66 to authorize the strike" and "approved the
    /// walkout by a vote of 942 to 231" decide a strike, "voted 876 to 203 to ratify a two-year contract" a deal.
    /// The nearest motion word of the clause, folded by `SubjectWords.motions`.
    func motion(around first: Int, last: Int) -> String? {
        let clause = Clauses.around(first, in: s.tokens)
        return clause.filter { ($0 < first || $0 > last) && SubjectWords.motions[s.word($0)] != nil }
            .min { abs($0 - first) < abs($1 - first) }.flatMap { SubjectWords.motions[s.word($0)] }
    }

    /// The verb just before a figure, past prepositions and particles: "destroyed (about 30 percent)", "wiped out
    /// (nearly half)", "working at (70 percent)".
    func verbBefore(_ first: Int) -> String? {
        var i = first - 1
        while i >= 0, ["at", "by", "to", "out", "up", "down", "off", "of"].contains(s.tokens[i].lower) { i -= 1 }
        guard i >= 0, s.tokens[i].shape == .word else { return nil }
        let w = s.tokens[i].lower
        return w.hasSuffix("ed") || w.hasSuffix("ing") || SubjectWords.eventVerbs[w] != nil ? w : nil
    }

    /// The unit of time of a rate written after a figure: "a week", "per day", "each year" → week, day, year.
    func ratePeriod(after last: Int) -> String? {
        guard ["a", "an", "per", "each", "every"].contains(s.word(last + 1)) else { return nil }
        let unit = s.word(last + 2)
        return ["hour", "day", "week", "month", "year"].contains(unit) ? unit : nil
    }

    /// Whether a count is an average or a limit rather than a head count: "average 26 students", "an average of 26",
    /// "a cap of 28", "a limit of 24", "a maximum of 30".
    func countMeasure(before first: Int) -> String? {
        let before = s.word(first - 1) == "of" ? first - 2 : first - 1
        switch s.word(before) {
        case "average", "averages", "averaged", "averaging", "mean", "median": return "average"
        case "cap", "limit", "maximum", "minimum", "ceiling": return "limit"
        default: return nil
        }
    }

    /// Whether the clause before a figure offers or asks for it.
    func isProposal(before first: Int) -> Bool {
        let start = max(Clauses.around(first, in: s.tokens).lowerBound, first - 6)
        return (start..<first).contains { SubjectWords.proposing.contains(s.word($0)) }
    }

    /// The name a rank is set off after: "Nordwall Bank, Germany's third-largest lender" → nordwall. One lender's
    /// rank is not another's.
    func appositiveName(before first: Int) -> String? {
        var i = first - 1
        while i >= 0, i >= first - 3, s.tokens[i].lower.hasSuffix("'s") || ["the", "a", "an", "its"].contains(s.tokens[i].lower) { i -= 1 }
        guard i > 0, s.tokens[i].is(","), s.tokens[i - 1].shape == .word, s.tokens[i - 1].isCapitalized else { return nil }
        var j = i - 1
        while j > 0, s.tokens[j - 1].shape == .word, s.tokens[j - 1].isCapitalized { j -= 1 }
        return s.tokens[j].lower
    }

    /// The noun a relative clause of having describes, for a figure inside it: "the school, which has 238 pupils" →
    /// school. Its pupils are that school's, not the district's, so the figure meets only figures of the same holder.
    func holder(of first: Int) -> String? {
        guard let clause = relatives.first(where: { $0.contains(first) }), clause.lowerBound >= 1 else { return nil }
        // "the Kestrel Dawn, which is licensed to carry 300 passengers", "which can seat 500": what it can hold too.
        let opener = clause.lowerBound + 1
        let verb = ["is", "was", "can", "could"].contains(s.word(opener)) ? s.word(opener + 1) : s.word(opener)
        guard SubjectWords.having.contains(verb) else { return nil }
        let k = s.word(clause.lowerBound - 1) == "," ? clause.lowerBound - 2 : clause.lowerBound - 1
        guard k >= 0, s.tokens[k].shape == .word, !Lexicon.phraseBreakers.contains(s.tokens[k].lower) else { return nil }
        return SubjectWords.normalize(s.tokens[k].lower)
    }
}
