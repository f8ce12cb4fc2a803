/// Clauses inside a sentence: a figure's place and time are looked for in its own clause first, and a relative
/// clause ("the fiscal year that begins July 1") keeps its date to itself.
enum Clauses {
    /// Marks that end a clause.
    static let boundaries: Set<String> = [",", ";", ":", "\u{2014}", "\u{2013}", "(", ")"]
    /// Words that open a relative clause after a noun or a comma.
    static let relativePronouns: Set<String> = ["that", "which", "who", "whose"]

    /// Whether token `i` ends a clause.
    static func isBoundary(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].shape == .punctuation && boundaries.contains(tokens[i].text)
    }

    /// The relative clauses of a sentence, each from its pronoun to the next boundary. "said that ..." reports
    /// speech and is not one.
    static func relative(in tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 1
        while i < tokens.count {
            let previous = tokens[i - 1]
            guard relativePronouns.contains(tokens[i].lower),
                previous.is(",") || (previous.shape == .word && !ClaimBuilder.sayingVerbs.contains(previous.lower)
                    && !Lexicon.phraseBreakers.contains(previous.lower))
            else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, !isBoundary(tokens, end) { end += 1 }
            found.append(i..<end)
            i = end
        }
        return found
    }

    /// Whether token `i` is a present participle that opens a clause ("closing", "leaving"), not a preposition in -ing:
    /// such a clause tells what happened at the time, and in the tense, of the clause it hangs on.
    static func isParticiple(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let w = tokens[i].lower
        return w.count > 5 && w.hasSuffix("ing") && tokens[i].shape == .word && !tokens[i].isCapitalized
            && !["including", "according", "during", "following", "excluding", "regarding", "concerning", "notwithstanding"].contains(w)
    }

    /// The clause around token `i`: from just after the boundary before it to just before the boundary after it.
    static func around(_ i: Int, in tokens: [Token]) -> Range<Int> {
        var start = i
        while start > 0, !isBoundary(tokens, start - 1) { start -= 1 }
        var end = i
        while end < tokens.count, !isBoundary(tokens, end) { end += 1 }
        return start..<max(end, start)
    }
}
