/// What a recognizer sees: one sentence's tokens and the date relative expressions are resolved against.
public struct SentenceContext: Sendable {
    /// The whole text the offsets point into.
    public let text: ScalarText
    /// The sentence's tokens.
    public let tokens: [Token]
    /// The publication date, or nil when unknown (relative dates are then not resolved).
    public let reference: CalendarDay?

    /// Whether the words just before token `index` speak of the future ("will be held in", "is due on"), or, for a
    /// date opening the sentence, the clause after it; this decides whether a bare weekday or month looks ahead. The
    /// clause, not the whole sentence, carries the tense.
    public func speaksOfFuture(before index: Int) -> Bool {
        // The cue may stand anywhere in the clause before ("expected to return to a full schedule by Wednesday"); a
        // past verb right after undoes it ("all flights scheduled on Saturday were cancelled").
        guard !tokens.isEmpty else { return false }
        let clauseStart = Clauses.around(min(index, tokens.count - 1), in: tokens).lowerBound
        // Fifteen tokens: "will hold a news conference in Darmstadt at 10 a.m. on Monday" spells "a.m." in four. A
        // cue before another date is that date's ("will be held on 10 October after being pushed back from 6 June").
        var windowStart = max(clauseStart, index - 15)
        // "much colder air will follow, with temperatures falling to minus 7C on Monday night": a clause hung on the one
        // before takes its tense.
        if clauseStart >= 2, tokens[clauseStart - 1].is(","), tokens[clauseStart].lower == "with" || Clauses.isParticiple(tokens, clauseStart) {
            windowStart = max(Clauses.around(clauseStart - 2, in: tokens).lowerBound, clauseStart - 16)
        }
        if let other = (windowStart..<min(index, tokens.count)).last(where: { Lexicon.months[tokens[$0].lower] != nil || Lexicon.weekdays[tokens[$0].lower] != nil }) {
            // The end of a period looks the way its start does: "runs from 6am on Saturday until 9pm on Saturday".
            if (other + 1..<index).contains(where: { ["until", "till", "through", "to"].contains(tokens[$0].lower) }) {
                return speaksOfFuture(before: other)
            }
            windowStart = other + 1
        }
        // "set for Friday" schedules; "set up a fund on Tuesday" does not.
        // A probability ("a 70% chance of acceptable weather for Tuesday") looks ahead; "gave us a chance in August" not.
        let cued = (windowStart..<min(index, tokens.count)).contains { k in
            let odds = tokens[k].lower == "chance" && k > 0 && (tokens[k - 1].is("%") || ["percent", "cent"].contains(tokens[k - 1].lower))
            return odds || SentenceContext.futureCues.contains(tokens[k].lower) && !(tokens[k].lower == "set" && k + 1 < tokens.count && tokens[k + 1].lower == "up")
        }
        if cued {
            return !tokens[min(index + 1, tokens.count)..<min(index + 4, tokens.count)].contains { ["was", "were", "had"].contains($0.lower) }
        }
        // A date opening the sentence sets the time of the clause after it: "From Saturday, households will be
        // limited", but not "On Saturday, crowds gathered and police said they will return".
        guard index <= 1 else { return false }
        for token in tokens[index..<min(index + 10, tokens.count)] {
            if token.lower == "will" || token.lower == "'ll" { return true }
            if token.lower.hasSuffix("ed") || ["and", "but", "said", "says", ";"].contains(token.lower) { return false }
        }
        return false
    }

    /// Whether the clause before token `index` is told in the past ("pleaded guilty in November", "gave us a chance in
    /// August"): a month named there is the last one that has begun, not the nearest. Checked after
    /// `speaksOfFuture`, whose cues ("scheduled", "expected") end in -ed too.
    public func speaksOfPast(before index: Int) -> Bool {
        guard !tokens.isEmpty else { return false }
        // "backed elections in October": the month is the time of a planned event the past verb acts on.
        let preposition = index > 0 && ["in", "on", "for", "by"].contains(tokens[index - 1].lower) ? index - 1 : index
        if preposition > 0, SentenceContext.plannedEvents.contains(tokens[preposition - 1].lower) { return false }
        let clause = Clauses.around(min(index, tokens.count - 1), in: tokens)
        func past(_ k: Int) -> Bool {
            let word = tokens[k].lower
            return Lexicon.pastTenses.contains(word) || (word.hasSuffix("ed") && word.count > 4 && tokens[k].shape == .word && !tokens[k].isCapitalized)
        }
        if (max(clause.lowerBound, index - 10)..<min(index, tokens.count)).contains(where: past) { return true }
        // "A final design review in November cleared the spacecraft": the verb of a noun the date follows comes after.
        return (index + 1..<min(clause.upperBound, index + 4)).contains(where: past)
    }

    /// Words that look ahead from the clause they stand in; present-tense verbs of schedules ("the walkout ends on
    /// Friday", "the council meets on Tuesday", "the warning runs from Saturday") do too, and so do forecasts and what is
    /// next ("its next decision on Wednesday").
    static let futureCues: Set<String> = [
        "will", "would", "could", "might", "due", "scheduled", "expected", "plans", "planned", "set", "'ll", "upcoming",
        "coming", "ends", "begins", "starts", "opens", "closes", "resumes", "meets", "expires", "reopens", "convenes",
        "arrives", "departs", "runs", "lasts", "clears", "kicks", "forecast", "forecasts", "next",
    ]

    /// Nouns of events planned ahead, which a past verb may announce for a later month.
    static let plannedEvents: Set<String> = [
        "election", "elections", "vote", "referendum", "meeting", "summit", "talks", "trial", "hearing", "sentencing",
        "launch", "deadline", "visit", "conference", "games", "opening", "release", "polls", "ballot", "retreat",
    ]

    /// Whether the sentence is written without capitals (transcripts, chat, some test suites): names such as weekdays
    /// and holidays then count in lower case too.
    public let isLowerCase: Bool
    /// For each token, whether it belongs to a web address or a reference number (see `codeMask`).
    let inCode: [Bool]
    /// Whether recognizers try every token whatever their lead: the tests compare both ways to show a lead loses nothing.
    var ignoresLeads = false
    /// For each token, the number that starts there: read once, as most recognizers ask at every token.
    private let numbers: [ParsedNumber?]

    /// A sentence's context; `isLowerCase`, `inCode` and the numbers are worked out once here, as recognizers and the
    /// extractor ask for every token.
    public init(text: ScalarText, tokens: [Token], reference: CalendarDay?) {
        self.text = text
        self.tokens = tokens
        self.reference = reference
        self.isLowerCase = !tokens.dropFirst().contains { $0.isCapitalized }
        self.inCode = tokens.codeMask()
        self.numbers = tokens.indices.map { NumberParser.parse(tokens, at: $0) }
    }

    /// The number starting at token `i` (see `NumberParser.parse`), or nil outside the sentence.
    public func number(at i: Int) -> ParsedNumber? { i >= 0 && i < numbers.count ? numbers[i] : nil }

    /// Tries `match` at every token `lead` admits, from left to right, keeping each mention found and resuming at the
    /// token index it ends before: the loop every left-to-right recognizer shares.
    public func scan(_ lead: Lead, _ match: (Int) -> (mention: Mention, end: Int)?) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            if starts(lead, at: i), let (mention, end) = match(i) {
                found.append(mention)
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether a recognizer whose matches start as `lead` says should try token `i`.
    public func starts(_ lead: Lead, at i: Int) -> Bool { ignoresLeads || lead.admits(tokens[i]) }

    /// The text from token `a` to the end of token `b - 1`.
    public func text(from a: Int, to b: Int) -> String { text[tokens[a].start..<tokens[b - 1].end] }

    /// The lower-cased word at `i`, or "" outside the sentence.
    public func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

    /// A mention spanning tokens `a ..< b`.
    public func mention(
        _ a: Int, _ b: Int, kind: MentionKind, value: MentionValue, unit: String?, qualifier: Qualifier? = nil,
        interval: Interval? = nil, by recognizer: String
    ) -> Mention {
        Mention(
            text: text(from: a, to: b), start: tokens[a].start, end: tokens[b - 1].end, kind: kind, value: value,
            unit: unit, qualifier: qualifier, interval: interval, recognizer: recognizer)
    }
}

/// The tokens a recognizer's matches can start at: a number (digits, a number word, "a" or "an", or any mark, as
/// signs and currency symbols are marks) and a few words of its own. Most tokens of news text start nothing, and
/// one flag and one set look-up turn them away before a recognizer's own look-ups run.
public struct Lead: Sendable {
    /// Whether a match may start where a number may (`Token.mayStartNumber`).
    public let numbers: Bool
    /// The lower-cased words a match may also start at.
    public let words: Set<String>

    /// Matches may start at numbers and at `words`.
    public static func numbers(or words: Set<String> = []) -> Lead { Lead(numbers: true, words: words) }
    /// Matches start only at `words`.
    public static func words(_ words: Set<String>) -> Lead { Lead(numbers: false, words: words) }
    /// Matches may start anywhere: the recognizer screens tokens itself.
    public static let anywhere = Lead(numbers: true, words: [], all: true)

    private let all: Bool

    private init(numbers: Bool, words: Set<String>, all: Bool = false) {
        self.numbers = numbers
        self.words = words
        self.all = all
    }

    /// Whether a match may start at `token`.
    public func admits(_ token: Token) -> Bool {
        all || (numbers && token.mayStartNumber) || (token.isLeadWord && words.contains(token.lower))
    }

    /// Every word of every standard recognizer's lead, which the tokenizer marks.
    static let allWords = Set(Extractor.recognizers.flatMap(\.lead.words))
}

/// Finds one family of figures in a sentence. Each recognizer is a file that also carries its examples table.
public protocol Recognizer: Sendable {
    /// A short name, recorded on every mention it finds.
    var name: String { get }
    /// Examples that document the recognizer and are run by the tests.
    var examples: [RecognizerExample] { get }
    /// Where its matches may start; the tests check every example against it.
    var lead: Lead { get }
    /// The mentions found in a sentence; overlaps with other recognizers are settled by the extractor.
    func recognize(_ sentence: SentenceContext) -> [Mention]
}

/// A recognizer that builds on the figures the others found ("3,000 to 3,500 troops" joins two counts). The extractor
/// hands it what the other recognizers found in the sentence, so that nothing is recognized twice.
public protocol ComposingRecognizer: Recognizer {
    /// The mentions of this family, given the other recognizers' mentions of the sentence (before qualifiers).
    func recognize(_ sentence: SentenceContext, found: [Mention]) -> [Mention]
}

/// One row of a recognizer's examples table: a text, its reference date, and the mention expected (or none).
public struct RecognizerExample: Sendable {
    /// The input text.
    public let text: String
    /// The publication date it is read against.
    public let reference: String
    /// The exact text the mention must span; for near misses, the text no mention may overlap.
    public let span: String
    /// The expected kind; nil for a near miss.
    public let kind: MentionKind?
    /// The expected value as text (`2500`, `2021-10`, `P18Y`).
    public let value: String?
    /// The expected interval, when the row checks it.
    public let interval: Interval?
    /// The source line, so a failing row points at itself.
    public let line: Int

    /// A row expecting a mention.
    public static func expect(
        _ text: String, _ span: String, _ kind: MentionKind, _ value: String, low: Double? = nil, high: Double? = nil,
        checkInterval: Bool = false, reference: String = "2021-07-26", line: Int = #line
    ) -> RecognizerExample {
        RecognizerExample(
            text: text, reference: reference, span: span, kind: kind, value: value,
            interval: (checkInterval || low != nil || high != nil) ? Interval(low: low, high: high) : nil, line: line)
    }

    /// A row expecting a date whose interval runs from one day to another (ISO dates), for dates wider than their value.
    public static func expect(
        _ text: String, _ span: String, _ value: String, from: String, to: String, reference: String = "2021-07-26",
        line: Int = #line
    ) -> RecognizerExample {
        let (low, high) = (CalendarDay(iso: from).map { Double($0.ordinal) }, CalendarDay(iso: to).map { Double($0.ordinal) })
        return expect(text, span, .date, value, low: low, high: high, reference: reference, line: line)
    }

    /// A near miss: no mention may overlap `span`.
    public static func reject(_ text: String, _ span: String, reference: String = "2021-07-26", line: Int = #line) -> RecognizerExample {
        RecognizerExample(text: text, reference: reference, span: span, kind: nil, value: nil, interval: nil, line: line)
    }
}
