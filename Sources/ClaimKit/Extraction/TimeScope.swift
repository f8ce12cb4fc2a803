/// The time a figure holds for: a date written next to it, else the publication date.
///
/// Each date belongs to the figure nearest it, so in "2,500 now, down from 3,000 last year" last year is the 3,000's
/// and "now" the 2,500's. A date inside a relative clause is the time of that clause's event only: in "the quake
/// that devastated the province a day earlier, as the toll climbed to 210" the 210 is not a day old.
struct TimeScope {
    /// The sentence's mentions, all kinds.
    let mentions: [Mention]
    /// The sentence's tokens.
    let tokens: [Token]
    /// Its relative clauses.
    let relatives: [Range<Int>]
    /// The article's publication date.
    let published: TimePoint?

    private static let temporal: Set<MentionKind> = [.date, .time, .duration, .set]

    /// The time figure `m` holds for, and whether it is written (true) or the publication date (false). Figures
    /// joined by "and" share one date: "the update a week ago listed 58 cases and 19 hospitalizations".
    func time(of m: Mention) -> (TimePoint?, Bool) {
        guard !TimeScope.temporal.contains(m.kind) else { return (published, false) }
        let figures = mentions.filter { $0.isCheckable && !TimeScope.temporal.contains($0.kind) }
        guard
            let date = date(of: m, among: figures) ?? coordinated(with: m, among: figures).lazy.compactMap({ date(of: $0, among: figures) }).first
                ?? hostDate(of: m),
            case .date(var point) = date.value
        else {
            // "cut by 18 percent since 2021": a change over the years since, not this year's.
            if let since = changeSince(of: m), let today = published, since.first <= today.last { return (.span(from: since, to: today), true) }
            return (published, isRunningTotal(m))
        }
        // "The council will vote on Tuesday on a plan to build 3,600 homes": a meeting still to come dates the decision,
        // not the figure of the plan it will decide on, which is the draft's as published.
        if let today = published, point.first > today.last, isPlanDecided(m, after: date) { return (published, false) }
        // "for the July-to-September period": a flow over both months and those between.
        if let end = periodEnd(after: date), case .date(let last) = end.value, last.last.ordinal > point.last.ordinal {
            point = .span(from: point, to: last)
        }
        // "currently", "now", "today", "this morning": the figure holds at publication, just as when no date is written.
        if point.isDeictic || point.days == published?.days { return (published, false) }
        // "61% a year ago" is the level on this day a year before, not all of last year: two articles a month apart
        // citing "a year ago" speak of days a month apart.
        if date.text.lowercased().hasSuffix(" ago"), let today = published?.first, [.year, .month].contains(point.grain) {
            let month = point.grain == .year ? today.month : point.first.month
            let day = min(today.day, CalendarDay.daysIn(month: month, year: point.first.year))
            if let same = CalendarDay(year: point.first.year, month: month, day: day) { point = .day(same) }
        }
        return (point, true)
    }

    /// The date written for figure `m`: the nearest of the dates whose nearest figure it is.
    private func date(of m: Mention, among figures: [Mention]) -> Mention? {
        let home = clause(of: m)
        let owned = mentions.filter { date in
            // A deadline dates only the figure it follows: "falling to about 10,300 pupils by 2030" is a figure for
            // 2030, not for today.
            let by = date.qualifier == .upTo && date.text.lowercased().hasPrefix("by ")
            let deadline = by && ((distance(m, date) <= 1 && m.end <= date.start) || isOver(date))
            // "1,400 flights since Friday night" counts up to now: the start of a period is not the figure's time,
            // unless a clause on it gives that day's figure ("since Feb. 3, when the county reported 47 cases").
            let start = follows("since", date) && !(m.start > date.end && whenClause(after: date))
            guard date.qualifier == nil || deadline, !start, canDate(date), clause(of: date) == nil || clause(of: date) == home
            else { return false }
            // The nearest figure in the date's own clause, else the nearest anywhere: in "had 170,000 in the country,
            // and two years ago the number was above 5,000" two years ago is the 5,000's.
            let near = figures.filter { span(of: $0) == span(of: date) }
            return (near.isEmpty ? figures : near).min(by: { distance($0, date) < distance($1, date) }) == m
        }
        guard let nearest = owned.min(by: { distance($0, m) < distance($1, m) }) else { return nil }
        // "1,900 flights were cancelled between Friday night and Tuesday morning": a total up to the period's end.
        if follows("between", nearest) || follows("from", nearest),
            let end = mentions.first(where: { $0.kind == .date && $0.start > nearest.end && ["and", "to", "until", "through"].contains(word(before: $0)) })
        {
            return end
        }
        return nearest
    }

    /// Whether a date may be the time of a figure at all: a day or period, not "now" in words, and not the name of an
    /// event ("Monday's earthquake").
    private func canDate(_ date: Mention) -> Bool {
        guard date.kind == .date, case .date(let point) = date.value else { return false }
        return (!point.isDeictic || point.timex == "PRESENT_REF") && !namesEvent(date)
    }

    /// For a figure in a participle clause with no date of its own, the date of the clause the participle hangs on:
    /// "walked off the job on Monday, closing all 31 schools", "tore through the refinery on Tuesday, killing two
    /// workers, injuring 17 others" tell what happened then. A date the host clause opens with "since" or "by" starts
    /// or bounds a period and is not taken.
    private func hostDate(of m: Mention) -> Mention? {
        var clause = Clauses.around(min(token(from: m.start), tokens.count - 1), in: tokens)
        guard clause.lowerBound >= 2, Clauses.isParticiple(tokens, clause.lowerBound), tokens[clause.lowerBound - 1].is(",") else { return nil }
        // Past the participle clauses before it ("killing two workers, injuring 17 others") to the one they hang on.
        repeat {
            clause = Clauses.around(clause.lowerBound - 2, in: tokens)
        } while clause.lowerBound >= 2 && tokens[clause.lowerBound - 1].is(",") && Clauses.isParticiple(tokens, clause.lowerBound)
        return mentions.last { date in
            clause.contains(token(from: date.start)) && date.qualifier == nil && canDate(date) && !follows("since", date)
                && self.clause(of: date) == nil
        }
    }

    /// The start of the period a change is measured over: the date after "since" in the clause of a figure given as
    /// a change ("cut by 18 percent since 2021", "has risen 40% since March").
    private func changeSince(of m: Mention) -> TimePoint? {
        let first = token(from: m.start)
        let change = word(first - 1) == "by" || RangeRecognizer.changes.contains(word(first - 1))
        guard change, let clause = span(of: m) else { return nil }
        let since = mentions.first { $0.kind == .date && follows("since", $0) && clause.contains(token(from: $0.start)) }
        guard let since, case .date(let point) = since.value, !point.isDeictic else { return nil }
        return point
    }

    /// The date that closes a period opened by `date` with "to", "through" or a dash and no "from" or "between" before
    /// it ("the July-to-September period", "the April-June quarter"); those take the range's end alone (see `date(of:)`).
    private func periodEnd(after date: Mention) -> Mention? {
        let connectors: Set<String> = ["to", "through", "-", "\u{2013}"]
        var next = token(from: date.end)
        guard connectors.contains(word(next)), !["from", "between"].contains(word(before: date)) else { return nil }
        while connectors.contains(word(next)) { next += 1 }
        guard next < tokens.count else { return nil }
        return mentions.first { $0.kind == .date && $0.start == tokens[next].start }
    }

    /// Whether a date was over when the article was published: "By Sunday, rescuers had found 612 dead birds" gives
    /// the count on Sunday, where "by 2030" ahead is a target.
    private func isOver(_ date: Mention) -> Bool {
        guard case .date(let point) = date.value, let today = published?.first.ordinal, !point.isDeictic else { return false }
        return point.last.ordinal < today
    }

    /// Whether an undated figure is a running total told in the active perfect ("crews had recovered 1,900 barrels",
    /// "oil has reached 40 kilometres of coastline", "so far"): it holds on the day it was written, not for the few days a
    /// level such as a troop count is taken to last, so two such totals days apart are two times.
    private func isRunningTotal(_ m: Mention) -> Bool {
        let clause = Clauses.around(min(token(from: m.start), tokens.count - 1), in: tokens)
        return clause.contains { k in
            if word(k) == "so" && word(k + 1) == "far" || word(k) == "to" && word(k + 1) == "date" { return true }
            guard ["had", "has", "have"].contains(word(k)) else { return false }
            var v = k + 1
            // The active perfect only: "had been trapped 1,000 feet below" is a state, not a total.
            while ["already", "now", "also", "since", "not", "yet"].contains(word(v)) || word(v).hasSuffix("ly") { v += 1 }
            return word(v) != "been" && (word(v).hasSuffix("ed") || word(v).hasSuffix("en") || Lexicon.pastParticiples.contains(word(v)))
        }
    }

    /// The index of the first token starting at or after `offset` (tokens are in text order: a binary search, as the
    /// words around every date and figure of a sentence are asked for).
    /// Whether figure `m` stands in what a meeting on `date` decides: "on a plan to build", "on a proposal for".
    private func isPlanDecided(_ m: Mention, after date: Mention) -> Bool {
        let (from, to) = (token(from: date.end), token(from: m.start))
        guard from < to, to - from <= 10 else { return false }
        return (from..<to).contains { k in
            word(k) == "on" && (k + 1..<min(k + 3, to)).contains { TimeScope.decidedThings.contains(word($0)) }
        }
    }

    /// What a meeting decides on.
    private static let decidedThings: Set<String> = ["plan", "proposal", "bill", "budget", "measure", "ordinance", "motion", "offer", "deal"]

    private func token(from offset: Int) -> Int {
        var (low, high) = (0, tokens.count)
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The lower-cased word at token index `i`, or "" outside the sentence.
    private func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

    /// The word right before a mention, lower-cased.
    private func word(before m: Mention) -> String { word(token(from: m.start) - 1) }

    /// Whether ", when" follows a mention.
    private func whenClause(after m: Mention) -> Bool {
        let next = token(from: m.end)
        return word(next) == "," && word(next + 1) == "when"
    }

    /// Whether the word right before a mention is `word`.
    private func follows(_ word: String, _ m: Mention) -> Bool { self.word(before: m) == word }

    /// Counts and readings a possessive date may name, as the time of the figure they give: "at Wednesday's reading",
    /// "Friday's close", "Monday's update".
    private static let readings: Set<String> = ["reading", "readings", "count", "tally", "close", "update", "figures", "estimate", "census", "survey", "report", "data"]

    /// Whether a possessive date names an event ("Monday's earthquake") rather than when a figure was read.
    private func namesEvent(_ date: Mention) -> Bool {
        guard date.text.hasSuffix("'s") || date.text.hasSuffix("\u{2019}s") else { return false }
        return !TimeScope.readings.contains(word(token(from: date.end)))
    }

    /// The figures joined to `m` by "and", "or" or a comma alone, the one before first.
    private func coordinated(with m: Mention, among figures: [Mention]) -> [Mention] {
        func joined(_ a: Mention, _ b: Mention) -> Bool {
            let between = token(from: a.end)..<token(from: b.start)
            return !between.isEmpty && between.count <= 2 && between.allSatisfy { ["and", "or", ","].contains(word($0)) }
        }
        return figures.filter { $0.end <= m.start && joined($0, m) } + figures.filter { $0.start >= m.end && joined(m, $0) }
    }

    private func distance(_ a: Mention, _ b: Mention) -> Int {
        a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0
    }

    /// The relative clause a mention stands in, if any.
    private func clause(of m: Mention) -> Range<Int>? {
        guard let index = tokens.firstIndex(where: { $0.start >= m.start }) else { return nil }
        return relatives.first { $0.contains(index) }
    }

    /// The clause, between commas or other marks, a mention starts in.
    private func span(of m: Mention) -> Range<Int>? {
        tokens.firstIndex(where: { $0.start >= m.start }).map { Clauses.around($0, in: tokens) }
    }
}
