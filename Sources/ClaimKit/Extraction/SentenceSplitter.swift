/// Splits article text into sentences; written here because Foundation on Linux has no sentence tokenizer.
public enum SentenceSplitter {
    /// Words that end with a period without ending a sentence ("Mr.", "Gen.", "Jan.").
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "sen", "rep",
        "gov", "pres", "st", "jr", "sr", "rev", "hon", "amb", "supt", "insp", "det", "no", "nos", "vs", "etc", "inc",
        "corp", "ltd", "co", "dept", "univ", "approx", "est", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "mt", "ft", "al", "e.g", "i.e",
    ]

    /// Examples: the text and the sentences it must split into.
    static let examples: [(text: String, sentences: [String])] = [
        ("Troops left. They came back.", ["Troops left.", "They came back."]),
        ("The U.S. Army said so. Mr. Biden agreed.", ["The U.S. Army said so.", "Mr. Biden agreed."]),
        ("Gen. Mark Milley spoke on Jan. 5 about it.", ["Gen. Mark Milley spoke on Jan. 5 about it."]),
        ("It grew 2.5 percent. Prices fell.", ["It grew 2.5 percent.", "Prices fell."]),
        ("J. R. R. Tolkien wrote it. Fans cheered!", ["J. R. R. Tolkien wrote it.", "Fans cheered!"]),
        ("“We agree.” Then he left.", ["“We agree.”", "Then he left."]),
        ("“America is assisting Iraq. “We will fight,” he said.", ["“America is assisting Iraq.", "“We will fight,” he said."]),
        ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
        ("Is it over? Yes, it is.", ["Is it over?", "Yes, it is."]),
        ("He said 3,000 troops. 2,500 remain.", ["He said 3,000 troops.", "2,500 remain."]),
        ("Polls close at 8 p.m. Eastern time. Counting starts.", ["Polls close at 8 p.m. Eastern time.", "Counting starts."]),
        ("They met at 9 a.m. Monday in Rome.", ["They met at 9 a.m. Monday in Rome."]),
        ("It ended at 5 p.m. The next day was calm.", ["It ended at 5 p.m.", "The next day was calm."]),
    ]

    /// The sentences of `text` as code-point ranges, trimmed of surrounding white space.
    public static func split(_ text: ScalarText) -> [Range<Int>] {
        let s = text.scalars
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            var a = start
            var b = end
            while a < b, ScalarClass.space(s[a]) { a += 1 }
            while b > a, ScalarClass.space(s[b - 1]) { b -= 1 }
            if a < b { sentences.append(a..<b) }
            start = end
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                // A line break ends a paragraph or a heading in this input format.
                close(i)
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < s.count, isCloser(s[j]) || s[j] == "." || s[j] == "!" || s[j] == "?" { j += 1 }
                if j < s.count, ScalarClass.space(s[j]), startsSentence(s, after: j), !(c == "." && isAbbreviation(s, periodAt: i)) {
                    close(j)
                    i = j
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        close(s.count)
        return sentences
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]"
    }

    private static func startsSentence(_ s: [Unicode.Scalar], after index: Int) -> Bool {
        var j = index
        while j < s.count, ScalarClass.space(s[j]) { j += 1 }
        guard j < s.count else { return true }
        var c = s[j]
        if c == "\"" || c == "\u{201C}" || c == "'" || c == "\u{2018}" || c == "(" {
            guard j + 1 < s.count else { return true }
            c = s[j + 1]
        }
        return ScalarClass.uppercase(c) || ScalarClass.digit(c)
    }

    /// Whether the period at `index` closes an abbreviation, an initial or a dotted acronym rather than a sentence.
    private static func isAbbreviation(_ s: [Unicode.Scalar], periodAt index: Int) -> Bool {
        var j = index
        while j > 0, ScalarClass.letter(s[j - 1]) || s[j - 1] == "." { j -= 1 }
        let word = String(String.UnicodeScalarView(s[j..<index]))
        if word.isEmpty { return false }
        let letters = word.filter { $0 != "." }
        // "U.S." and "J." are abbreviations; a one-letter lower-case word ("a.") is not.
        if letters.count == 1, letters.first!.isUppercase { return true }
        if word.utf8.contains(UInt8(ascii: ".")), letters.allSatisfy({ $0.isUppercase }) { return true }
        // "8 p.m. Eastern time", "9 a.m. Monday": the clock carries on; "5 p.m. The next day" ends the sentence.
        if word == "a.m" || word == "p.m" { return continuesClock.contains(nextWord(s, after: index + 1).lowercased()) }
        return abbreviations.contains(word.lowercased())
    }

    /// Words after "a.m." or "p.m." that belong to the time: time zones and weekdays.
    static let continuesClock: Set<String> = [
        "eastern", "pacific", "central", "mountain", "et", "est", "edt", "gmt", "utc", "bst", "cet", "pt", "pst", "pdt",
        "ct", "cst", "cdt", "local", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static func nextWord(_ s: [Unicode.Scalar], after index: Int) -> String {
        var a = index
        while a < s.count, !ScalarClass.letter(s[a]), ScalarClass.space(s[a]) || isCloser(s[a]) || s[a] == "." { a += 1 }
        var b = a
        while b < s.count, ScalarClass.letter(s[b]) { b += 1 }
        return String(String.UnicodeScalarView(s[a..<b]))
    }
}
