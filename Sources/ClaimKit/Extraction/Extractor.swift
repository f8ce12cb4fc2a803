/// Finds every figure in a text: splits sentences, runs each recognizer, attaches qualifiers and settles overlaps.
///
/// ```swift
/// let mentions = Extractor().mentions(in: "Some 2,500 troops remain.", reference: CalendarDay(iso: "2021-07-26"))
/// ```
public struct Extractor: Sendable {
    /// Every recognizer, in order of precedence when two find the same span.
    public static let recognizers: [any Recognizer] = [
        MoneyRecognizer(), PercentRecognizer(), QuantityRecognizer(), AgeRecognizer(), VoteRecognizer(),
        NumericDateRecognizer(), HolidayRecognizer(), PeriodRecognizer(), AbsoluteDateRecognizer(), RelativeDateRecognizer(),
        WeekdayRecognizer(), TimeOfDayRecognizer(), DurationRecognizer(), VagueDurationRecognizer(), RecurrenceRecognizer(),
        OrdinalRecognizer(), CountRecognizer(), RangeRecognizer(),
    ]

    /// The recognizers that work alone and those that build on the others' findings, each with its precedence rank;
    /// sorted once, as a dynamic cast per sentence and recognizer cost more than some recognizers.
    private static let standalone = recognizers.enumerated().filter { !($0.element is any ComposingRecognizer) }
    private static let composing = recognizers.enumerated().compactMap { rank, r in (r as? any ComposingRecognizer).map { (rank, $0) } }

    /// Whether recognizers try every token whatever their `Lead`: slower, and the same mentions, which the tests show.
    var ignoresLeads = false

    /// An extractor with the standard recognizers.
    public init() {}

    /// The mentions of a whole text, in text order.
    public func mentions(in text: String, reference: CalendarDay?) -> [Mention] {
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        let found = sentences.map { mentions(in: scalars, sentence: $0, reference: reference) }
        return Array(Extractor.acrossSentences(found, starts: sentences.map(\.lowerBound)).joined())
    }

    /// The mentions of each sentence of a text (`starts` are the sentences' first offsets) read against the rest of
    /// the text: dates counted from a date named before them (`EventAnchors`), and sums in cents in the currency of the
    /// text's other sums ("14 cents" is 0.14 of it), which only the whole text tells.
    static func acrossSentences(_ sentences: [[Mention]], starts: [Int]) -> [[Mention]] {
        let anchored = EventAnchors.resolve(sentences, starts: starts)
        guard anchored.joined().contains(where: { $0.kind == .money && $0.unit?.hasPrefix("cent") == true }) else { return anchored }
        let currency = Currencies.centsCurrency(of: Array(anchored.joined()))
        return anchored.map { $0.map { Currencies.inMainUnit($0, currency: currency) } }
    }

    /// The mentions of one sentence of a text.
    public func mentions(in text: ScalarText, sentence: Range<Int>, reference: CalendarDay?) -> [Mention] {
        var context = SentenceContext(text: text, tokens: Tokenizer.tokens(of: text, in: sentence), reference: reference)
        context.ignoresLeads = ignoresLeads
        return mentions(in: context)
    }

    /// The mentions of a prepared sentence.
    func mentions(in context: SentenceContext) -> [Mention] {
        guard context.tokens.contains(where: { $0.shape == .number || $0.shape == .word }) else { return [] }
        var raw: [(Mention, Int)] = []
        for (rank, recognizer) in Extractor.standalone {
            raw += recognizer.recognize(context).map { ($0, rank) }
        }
        for (rank, recognizer) in Extractor.composing {
            raw += recognizer.recognize(context, found: raw.map(\.0)).map { ($0, rank) }
        }
        // Digits of a web address or a reference number are no figure, whichever recognizer read them ("elections2025").
        if context.inCode.contains(true) {
            let codeStarts = Set(context.tokens.indices.filter { context.inCode[$0] }.map { context.tokens[$0].start })
            raw.removeAll { codeStarts.contains($0.0.start) }
        }
        var candidates = raw.map { (QualifierAttacher.attach($0.0, in: context), $0.1) }
        // Typed figures (money, dates, units) before counts, counts before bare numbers, then the longest span, then
        // recognizer precedence; a candidate overlapping a kept one is dropped. "6.4 magnitude quake" is a quantity
        // even though the count reading "6.4 magnitude quake" is longer.
        func tier(_ m: Mention) -> Int { m.kind == .number ? 2 : m.kind == .count ? 1 : 0 }
        candidates.sort { a, b in
            if tier(a.0) != tier(b.0) { return tier(a.0) < tier(b.0) }
            let la = a.0.end - a.0.start
            let lb = b.0.end - b.0.start
            return la != lb ? la > lb : a.1 < b.1
        }
        var kept: [Mention] = []
        for (m, _) in candidates where !kept.contains(where: { $0.start < m.end && m.start < $0.end }) {
            kept.append(m)
        }
        return PeriodBounds.ordered(DateTimeComposer.compose(kept.sorted { $0.start < $1.start }, in: context), in: context)
    }
}
