/// A number read from tokens: its value, the tokens it spans and how precisely it is written.
public struct ParsedNumber: Sendable, Hashable {
    /// The value, scales applied ("2.5 million" → 2,500,000).
    public let value: Double
    /// Index of the first token.
    public let first: Int
    /// Index one past the last token.
    public let end: Int
    /// Whether the number is spelled in words ("two decades", "half a million").
    public let spelled: Bool
    /// Whether it is four digits without separators that could be a year (1800 ... 2100).
    public let yearLike: Bool
}

/// Reads numbers written in digits, words and scales, shared by every recognizer of figures: "2,500", ".77",
/// "-504", "1.3e6", "2 1/2", "⅓", "3.5m", "30 lakh", "minus five", "one hundred and six", "two point two million",
/// "a couple", "half a million", "two thirds", "five and a half million".
public enum NumberParser {
    static let units: [String: Double] = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Scale words, with the Indian lakh and crore and the dozen.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "dz": 12,
        "lakh": 1e5, "lac": 1e5, "lkh": 1e5, "crore": 1e7, "cr": 1e7, "krore": 1e7, "koti": 1e7,
    ]
    /// Abbreviated scales glued to digits ("$3.5m", "40k", "2mil"); "MM" only in capitals, as "5mm" is a length.
    static let scaleAbbreviations: [String: Double] = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12,
        "trn": 1e12, "tln": 1e12,
    ]
    /// Abbreviations that name a scale even after a space ("10 bln"): none of them is also a unit.
    static let spacedScaleAbbreviations: Set<String> = ["mn", "mln", "bn", "bln", "tn", "trn", "tln"]

    /// The number starting at token `i`, if one starts there.
    public static func parse(_ tokens: [Token], at i: Int) -> ParsedNumber? {
        guard i < tokens.count else { return nil }
        // Every recognizer asks at every token: most words cannot start a number, and saying so at once halves the
        // extractor's time on news text.
        if !tokens[i].mayStartNumber { return nil }
        return negative(tokens, at: i) ?? unsigned(tokens, at: i)
    }

    /// Words a spelled number may start with: number and scale words, ordinals and fractions, signs and articles.
    static let startWords: Set<String> = {
        var words = Set(units.keys).union(tens.keys).union(scales.keys).union(NumberWords.ordinals.keys)
        words.formUnion(NumberWords.ordinals.keys.map { $0 + "s" })
        words.formUnion(["a", "an", "half", "halves", "quarter", "quarters", "couple", "minus", "negative", "point", "zero"])
        return words
    }()

    /// Whether a word may start a number: one of `startWords`, or a tens word glued to more ("twentyfifth").
    static func mayStartNumber(_ word: String) -> Bool {
        if startWords.contains(word) { return true }
        // A glued tens word is longer than "forty" and starts with one of the tens' first letters; checking that first
        // spares eight prefix tests for almost every word of a text.
        guard word.utf8.count > 5, let first = word.utf8.first, "tfsen".utf8.contains(first) else { return false }
        return tens.keys.contains { word.hasPrefix($0) }
    }

    /// "-504", "−273.15", "minus five", "negative 1,200,000". A hyphen is a sign only when glued to the digits and not
    /// to what precedes them: "10-20" is a range, "COVID-19" a name and "- 5" a dash.
    private static func negative(_ t: [Token], at i: Int) -> ParsedNumber? {
        let sign = t[i]
        let word = sign.lower == "minus" || sign.lower == "negative"
        let mark = sign.is("-") || sign.is("−")
        guard word || mark, i + 1 < t.count else { return nil }
        if mark {
            guard t[i + 1].shape == .number, !t[i + 1].spaced else { return nil }
            if i > 0, !sign.spaced, !["$", "(", "€", "£", "~"].contains(t[i - 1].text) { return nil }
            if i > 0, t[i - 1].shape == .number { return nil }
        }
        guard let n = unsigned(t, at: i + 1), n.value > 0 else { return nil }
        return ParsedNumber(value: -n.value, first: i, end: n.end, spelled: n.spelled, yearLike: false)
    }

    /// What the last part read was, which decides what may follow it.
    private enum Part {
        case digits, word, hundred, scale, and, decimals
    }

    /// A number without a sign: digits and words combined by the grammar of English numerals, then an optional
    /// fraction ("two thirds", "and a half").
    private static func unsigned(_ t: [Token], at i: Int) -> ParsedNumber? {
        var total = 0.0  // finished scale groups
        var group = 0.0  // the group being read, below the next scale
        var lastScale = Double.infinity
        var j = i
        var end = i
        var previous: Part?
        // "a hundred", "a million", "a dozen": the article stands for one before a scale.
        if ["a", "an"].contains(t[i].lower), i + 1 < t.count, scales[t[i + 1].lower] != nil {
            group = 1
            j = i + 1
            previous = .word
        }
        while j < t.count {
            if let term = term(t, at: j) {
                guard accepts(term, after: previous, group: group, in: t) else { break }
                if previous == nil || previous == .scale || (previous == .and && group == 0) {
                    group = term.value
                } else if previous == .word, group < 20, term.value >= 20 {
                    group = group * 100 + term.value  // "one twenty two", "nineteen eighty"
                } else {
                    group += term.value
                }
                previous = term.digits ? .digits : .word
                j = term.end
                end = j
            } else if t[j].lower == "hundred", previous == .digits || previous == .word, group > 0, group < 100 {
                group *= 100
                previous = .hundred
                j += 1
                end = j
            } else if previous != nil, previous != .and, let s = scale(t, at: j, afterDigits: previous == .digits) {
                if group > 0 {
                    total = s > lastScale ? (total + group) * s : total + group * s
                } else if total > 0, s > lastScale {
                    total *= s  // "three thousand millions", "three lakh crore"
                } else {
                    break
                }
                group = 0
                lastScale = s
                previous = .scale
                j += 1
                end = j
            } else if t[j].lower == "and" || t[j].is("&"), previous == .scale || previous == .hundred,
                let next = term(t, at: j + 1), accepts(next, after: .and, group: group, in: t),
                denominatorWord(t, at: next.end, numerator: next.value) == nil
            {
                // "one hundred and six", "two thousand and two hundred": "and" binds only inside a numeral, and not
                // before a fraction ("two million and three fifths" adds three fifths of a million).
                previous = .and
                j += 1
            } else if t[j].is(","), previous == .scale, lastScale >= 1e3, j + 1 < t.count, t[j + 1].shape == .word,
                term(t, at: j + 1) != nil
            {
                previous = .and  // "three million, two hundred & forty"
                j += 1
            } else if t[j].lower == "point", let (fraction, after) = decimals(t, at: j + 1),
                previous == nil ? (i == 0 || t[i - 1].shape != .word) : previous == .digits || previous == .word || previous == .hundred
            {
                // "two point two", "1 point 1", "point 77"; "point" after a word is a noun ("at this point 50 ...").
                group += fraction
                previous = .decimals
                j = after
                end = j
            } else {
                break
            }
        }
        let spelled = t[i].shape == .word
        if end == i {
            return leadingFraction(t, at: i)
        }
        var value = total + group
        var last = end
        if let (withFraction, after) = fractionTail(t, at: end, whole: value, endedWithScale: previous == .scale ? lastScale : nil) {
            value = withFraction
            last = after
        } else if total == 0, previous != .decimals, let (denominator, after) = denominatorWord(t, at: end, numerator: value) {
            value /= denominator
            last = after
            if let s = scale(t, at: last, afterDigits: false), s >= 1e3 {  // "three quarters billion"
                value *= s
                last += 1
            }
        }
        let yearLike = last == i + 1 && t[i].shape == .number && t[i].text.count == 4 && (1800...2100).contains(Int(value))
        return ParsedNumber(value: value, first: i, end: last, spelled: spelled, yearLike: yearLike)
    }

    /// A term of a numeral: a number word below a hundred ("seven", "twenty-five") or digits with what is glued to
    /// them ("1.3e6", "2 1/2", "2½", ".77").
    private struct Term {
        let value: Double
        let end: Int
        let digits: Bool
        /// Plain digits without separators, decimals or fraction, which may join a scale phrase ("4 thousand 3 hundred").
        let plain: Bool
    }

    private static func term(_ t: [Token], at j: Int) -> Term? {
        guard j < t.count else { return nil }
        if let (value, end) = smallNumberWord(t, at: j) { return Term(value: value, end: end, digits: false, plain: false) }
        return digits(t, at: j)
    }

    /// Whether a term may follow what was read: digits do not follow digits or words ("2019 500 people" is two
    /// numbers), and a word joins only to make a well-formed numeral ("fifty two", "two hundred six").
    private static func accepts(_ term: Term, after previous: Part?, group: Double, in t: [Token]) -> Bool {
        guard let previous else { return true }
        let scaleFollows = term.end < t.count && scales[t[term.end].lower] != nil
        switch previous {
        case .digits, .decimals:
            return false
        case .word:
            if term.digits { return false }
            let lastTwo = group.truncatingRemainder(dividingBy: 100)
            let tensWithoutUnit = lastTwo >= 20 && lastTwo.truncatingRemainder(dividingBy: 10) == 0
            let unitOrTeen = group >= 1 && group < 20
            return (tensWithoutUnit && term.value < 10) || (unitOrTeen && term.value >= 20 && term.value.truncatingRemainder(dividingBy: 10) == 0)
        case .hundred:
            return !term.digits && term.value < 100
        case .scale:
            return !term.digits || (term.plain && scaleFollows)
        case .and:
            return !term.digits || term.plain && (scaleFollows || (group > 0 && term.value < 100))
        }
    }

    /// A cardinal word below a hundred: "seven", "twenty", "twenty-five", "fifty - two", "twentyfive".
    private static func smallNumberWord(_ t: [Token], at j: Int) -> (Double, Int)? {
        let w = t[j].lower
        guard t[j].shape == .word else { return nil }
        if let u = units[w] { return (u, j + 1) }
        if let tensValue = tens[w] {
            // "twenty-five", "twenty—five", "fifty - two"
            if j + 2 < t.count, t[j + 1].is("-") || t[j + 1].is("—") || t[j + 1].is("–"), let u = units[t[j + 2].lower], u >= 1, u < 10 {
                return (tensValue + u, j + 3)
            }
            return (tensValue, j + 1)
        }
        for (tensWord, tensValue) in tens where w.hasPrefix(tensWord) {
            if let u = units[String(w.dropFirst(tensWord.count))], u >= 1, u < 10 { return (tensValue + u, j + 1) }
        }
        return nil
    }

    /// Digits and what is glued to them: a leading point (".77"), an exponent ("1e10", "6.23x10^-4"), a fraction
    /// ("3/4", "2 1/2", "2½"), or a lone vulgar fraction ("⅓").
    private static func digits(_ t: [Token], at j: Int) -> Term? {
        if let v = NumberWords.vulgarFractions[t[j].text] { return Term(value: v, end: j + 1, digits: true, plain: false) }
        var k = j
        var text: String
        if t[j].is("."), j + 1 < t.count, t[j + 1].shape == .number, !t[j + 1].spaced, j == 0 || t[j].spaced || t[j - 1].shape == .punctuation,
            t[j + 1].text.allSatisfy(\.isASCIIDigit)
        {
            text = "0." + t[j + 1].text
            k = j + 1
        } else {
            guard t[j].shape == .number else { return nil }
            text = t[j].text
        }
        // "COVID-19", "G-20", "F-16": a number glued by a hyphen to a word is part of a name.
        if k >= 2, !t[k].spaced, t[k - 1].is("-"), !t[k - 1].spaced, t[k - 2].shape == .word,
            t[k - 2].isCapitalized || t[k - 2].text.count <= 2
        {
            return nil
        }
        if k == j, let (grouped, last) = spaceGrouped(t, at: k) {
            text = grouped
            k = last
        }
        guard var value = digitsValue(text) else { return nil }
        var end = k + 1
        var plain = k == j && !text.utf8.contains(UInt8(ascii: ",")) && !text.utf8.contains(UInt8(ascii: "."))
        if let (exponent, after) = exponent(t, at: end) {
            value *= pow10(exponent)
            end = after
            plain = false
        } else if let (fraction, after) = slashFraction(t, at: k) {
            value = fraction
            end = after
            plain = false
        } else if plain, end < t.count {
            // "2 1/2", "2½", "2 ½": a whole number and a fraction.
            if let v = NumberWords.vulgarFractions[t[end].text] {
                value += v
                end += 1
                plain = false
            } else if t[end].shape == .number, t[end].spaced, let (fraction, after) = slashFraction(t, at: end), fraction < 1 {
                value += fraction
                end = after
                plain = false
            }
        }
        return Term(value: value, end: end, digits: true, plain: plain)
    }

    /// "40 000", "1 234 567.89": thousands grouped by single spaces (SI style, or the narrow no-break space of typeset
    /// text), returned as digits with the index of the last group. The first group has one to three digits, each other
    /// exactly three; only the last may carry decimals. After a month name the two are a day and a count ("March 3
    /// 200 protesters").
    private static func spaceGrouped(_ t: [Token], at k: Int) -> (String, Int)? {
        let first = t[k].text
        guard (1...3).contains(first.utf8.count), first.allSatisfy(\.isASCIIDigit) else { return nil }
        if DateWords.month(t, at: k - 1) != nil { return nil }
        var text = first
        var last = k
        while last + 1 < t.count, t[last + 1].shape == .number, t[last + 1].start == t[last].end + 1 {
            let group = t[last + 1].text
            let whole = group.prefix { $0 != "." }
            guard whole.utf8.count == 3, whole.allSatisfy(\.isASCIIDigit), group.filter({ $0 == "." }).count <= 1 else { break }
            text += group
            last += 1
            if whole.count < group.count { break }
        }
        return last > k ? (text, last) : nil
    }

    /// "3/4", "20/100": a fraction when the numerator is smaller and the denominator one fractions are written with,
    /// so that "24/7", "9/11" and dates such as "2/15" stay apart.
    private static func slashFraction(_ t: [Token], at k: Int) -> (Double, Int)? {
        guard k + 2 < t.count, t[k + 1].is("/"), !t[k + 1].spaced, t[k + 2].shape == .number, !t[k + 2].spaced,
            let n = Int(t[k].text), let d = Int(t[k + 2].text), n < d
        else { return nil }
        // A further slash makes it a date ("5/17/2018").
        if k + 3 < t.count, t[k + 3].is("/") { return nil }
        guard n == 1 || d % 5 == 0 || [2, 3, 4, 6, 8, 12, 16, 32, 64].contains(d) else { return nil }
        return (Double(n) / Double(d), k + 3)
    }

    /// The power of ten written after digits: "e10", "e+14", "e-3", "x10^6", "×10−5"; "x10" needs its caret or sign.
    private static func exponent(_ t: [Token], at k: Int) -> (Int, Int)? {
        guard k < t.count, !t[k].spaced else { return nil }
        var j = k
        let times = t[j].lower == "x" || t[j].is("×")
        if t[j].lower == "e" {
            j += 1
        } else if times, j + 1 < t.count, t[j + 1].text == "10", !t[j + 1].spaced {
            j += 2
        } else {
            return nil
        }
        var marked = false
        if j < t.count, t[j].is("^"), !t[j].spaced {
            marked = true
            j += 1
        }
        var sign = 1
        if j < t.count, !t[j].spaced, t[j].is("-") || t[j].is("−") || t[j].is("+") {
            sign = t[j].is("+") ? 1 : -1
            marked = true
            j += 1
        }
        guard j < t.count, t[j].shape == .number, !t[j].spaced, let e = Int(t[j].text), e <= 300, marked || !times else { return nil }
        return (sign * e, j + 1)
    }

    private static func pow10(_ e: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(e) { result *= 10 }
        return e < 0 ? 1 / result : result
    }

    /// The scale at `j`: a scale word, a plural one after a number ("three billions", "30 lakhs", "2 dozens"),
    /// or an abbreviation ("3.5m", "10 bln", "1MM").
    private static func scale(_ t: [Token], at j: Int, afterDigits: Bool) -> Double? {
        guard j < t.count, t[j].shape == .word else { return nil }
        let w = t[j].lower
        if let s = scales[w] ?? (w.hasSuffix("s") && w != "hundreds" ? scales[String(w.dropLast())] : nil) {
            // "3hundred" is not how a hundred is written, "3dozen" neither; "3million" is.
            return s >= 1e3 || t[j].spaced || !afterDigits ? s : nil
        }
        guard afterDigits else { return nil }
        if t[j].text == "MM", !t[j].spaced { return 1e6 }
        guard let s = scaleAbbreviations[w], !t[j].spaced || spacedScaleAbbreviations.contains(w) else { return nil }
        return s
    }

    /// The digits after "point": "point 77", "point seventy-one", "point nought four".
    private static func decimals(_ t: [Token], at j: Int) -> (Double, Int)? {
        guard j < t.count else { return nil }
        if t[j].shape == .number, t[j].text.allSatisfy(\.isASCIIDigit) { return (Double("0." + t[j].text) ?? 0, j + 1) }
        var digits = ""
        var k = j
        while k < t.count, let (v, after) = smallNumberWord(t, at: k) {
            digits += String(Int(v))
            k = after
        }
        guard !digits.isEmpty, let v = Double("0." + digits) else { return nil }
        return (v, k)
    }

    /// A number that starts with an article or a fraction: "a couple", "a half", "a third", "a quarter million",
    /// "half a million", "quarter million", "half a dozen".
    private static func leadingFraction(_ t: [Token], at i: Int) -> ParsedNumber? {
        let w = t[i].lower
        if (w == "a" || w == "an"), i + 1 < t.count {
            // "a couple of weeks", "a couple hours", "a couple hundred", but not the two people of "A couple, aged 78
            // and 80" or "a couple who".
            if t[i + 1].lower == "couple" {
                let next = i + 2 < t.count ? t[i + 2].lower : "of"
                guard next == "of" || next.hasSuffix("s") || scale(t, at: i + 2, afterDigits: false) != nil else { return nil }
                return ParsedNumber(value: 2, first: i, end: i + 2, spelled: true, yearLike: false)
            }
            if t[i + 1].mayStartNumber, let d = NumberWords.denominator(t[i + 1].lower), !d.plural {
                if let s = scale(t, at: i + 2, afterDigits: false), s >= 12 {
                    return ParsedNumber(value: s / d.value, first: i, end: i + 3, spelled: true, yearLike: false)
                }
                // "a quarter of a million"
                if i + 4 < t.count, t[i + 2].lower == "of", ["a", "an"].contains(t[i + 3].lower), let s = scale(t, at: i + 4, afterDigits: false), s >= 12 {
                    return ParsedNumber(value: s / d.value, first: i, end: i + 5, spelled: true, yearLike: false)
                }
                // "a third of", but "a third term", "a fifth day" rank something.
                let ranks = d.value > 4 || d.value == 3
                guard !ranks || i + 2 >= t.count || t[i + 2].shape != .word || t[i + 2].lower == "of" else { return nil }
                return ParsedNumber(value: 1 / d.value, first: i, end: i + 2, spelled: true, yearLike: false)
            }
            return nil
        }
        guard w == "half" || w == "quarter" else { return nil }
        let part = w == "half" ? 0.5 : 0.25
        var j = i + 1
        if j < t.count, t[j].lower == "a" { j += 1 }
        guard let s = scale(t, at: j, afterDigits: false), s >= 12 else { return nil }
        return ParsedNumber(value: part * s, first: i, end: j + 1, spelled: true, yearLike: false)
    }

    /// A denominator right after a numerator: "two thirds", "five eighths", "one-eighth", "a hundred trillionths".
    /// A singular one follows only one ("one fifth"); otherwise "twenty fifth" is a rank. Fiscal "two quarters" are not
    /// a half: "quarters" is a fraction only of something ("three quarters of") or as three quarters.
    private static func denominatorWord(_ t: [Token], at j: Int, numerator: Double) -> (Double, Int)? {
        var k = j
        if k < t.count, t[k].is("-") || t[k].is("—") { k += 1 }
        guard k < t.count, t[k].mayStartNumber, t[k].shape == .word, let d = NumberWords.denominator(t[k].lower) else { return nil }
        guard d.plural ? numerator > 1 : numerator == 1 else { return nil }
        if d.value == 4, d.plural, numerator != 3, !(k + 1 < t.count && t[k + 1].lower == "of") { return nil }
        return (d.value, k + 1)
    }

    /// "and a half", "and two thirds", "and three quarters" after a whole number, with the scale they may precede
    /// ("five and a half million") or follow ("3 million and a half").
    private static func fractionTail(_ t: [Token], at j: Int, whole: Double, endedWithScale: Double?) -> (Double, Int)? {
        guard j + 2 < t.count, t[j].lower == "and" else { return nil }
        var numerator = 1.0
        var k = j + 1
        if let n = units[t[k].lower], n >= 1 {
            numerator = n
        } else if !["a", "an"].contains(t[k].lower) {
            return nil
        }
        k += 1
        guard let (denominator, after) = denominatorWord(t, at: k, numerator: numerator) else { return nil }
        let fraction = numerator / denominator
        if let s = scale(t, at: after, afterDigits: false), s >= 1e3 {
            // "five and a half million" multiplies the whole; "one billion and a half million" adds to it.
            let value = whole < s ? (whole + fraction) * s : whole + fraction * s
            return (value, after + 1)
        }
        return (whole + fraction * (endedWithScale ?? 1), after)
    }

    /// The value of "2,500", "1.35", "1,500,000" and Indian "12,34,567"; nil for malformed grouping such as "1,50".
    static func digitsValue(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            let western = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            let indian = groups.count > 2 && (1...2).contains(groups[0].count) && groups.last!.count == 3
                && groups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
            guard western || indian else { return nil }
        }
        return Double(groups.joined() + (parts.count == 2 ? "." + parts[1] : ""))
    }
}

extension [Token] {
    /// Which tokens are part of a web address, a reference number or a name, whose digits are not figures: a run of
    /// glued tokens that contains "://", starts with "www." or names a domain ("wdca.gov.uk/elections2025"), the run
    /// after "No." or "Nos." ("case No. 2:23-cr-20417", "the No. 9 shirt"), and a kind of debt ("the 10-year Treasury
    /// note"). One pass over the tokens.
    func codeMask() -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        var a = 0
        while a < count {
            var b = a
            while b + 1 < count, !self[b + 1].spaced { b += 1 }
            let www = self[a].lower == "www" && a + 1 <= b && self[a + 1].is(".")
            let scheme = b - a >= 2 && (a...(b - 2)).contains { self[$0].is(":") && self[$0 + 1].is("/") && self[$0 + 2].is("/") }
            let domain = b - a >= 2 && (a + 1...(b - 1)).contains { k in
                self[k].is(".") && self[k - 1].shape == .word && [Token].domains.contains(self[k + 1].lower)
                    && (k + 1 == b || self[k + 2].is("/") || self[k + 2].is("."))
            }
            let numbered = a >= 2 && ["no", "nos"].contains(self[a - 2].lower) && self[a - 1].is(".") && self[a].spaced
            // "the 10-year Treasury note", "two-year gilts": a length that names a kind of debt.
            let debt = b == a + 2 && self[a].shape == .number && self[a + 1].is("-") && self[b].lower == "year" && b + 1 < count
                && [Token].debts.contains(self[b + 1].lower)
            if (b > a && (www || scheme || domain)) || numbered || debt || isHouseNumber(a) || isDialled(a) {
                for k in a...b { mask[k] = true }
            }
            a = b + 1
        }
        var i = 0
        while i < count {
            guard let end = phoneEnd(from: i) else {
                i += 1
                continue
            }
            for k in i..<end { mask[k] = true }
            i = end
        }
        return mask
    }

    /// Whether token `i` numbers a house in a street: "14 Raglan Street", "at 1420 Kingsway" (a number before a name in
    /// title case, not "3 PM" or "300 US troops").
    private func isHouseNumber(_ i: Int) -> Bool {
        guard self[i].shape == .number, self[i].text.allSatisfy(\.isASCIIDigit), i + 1 < count, isTitleCase(self[i + 1]),
            Lexicon.months[self[i + 1].lower] == nil, Lexicon.weekdays[self[i + 1].lower] == nil
        else { return false }
        return (i + 1..<Swift.min(i + 4, count)).contains { [Token].streets.contains(self[$0].lower) } || (i > 0 && self[i - 1].lower == "at")
    }

    private func isTitleCase(_ t: Token) -> Bool {
        let scalars = t.text.unicodeScalars
        return t.shape == .word && scalars.count >= 3 && ScalarClass.uppercase(scalars.first!) && !ScalarClass.uppercase(scalars[scalars.index(after: scalars.startIndex)])
    }

    /// Whether token `i` is a number to call: "call 311 for help", "dial 111"; not "will call 40 witnesses".
    private func isDialled(_ i: Int) -> Bool {
        guard i > 0, self[i].shape == .number, ["call", "dial", "dialling", "dialing", "calling", "ring", "text"].contains(self[i - 1].lower)
        else { return false }
        return i + 1 == count || self[i + 1].shape != .word || Lexicon.phraseBreakers.contains(self[i + 1].lower)
    }

    /// Words that end a street's name.
    static let streets: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "way", "place", "square", "terrace",
        "crescent", "court", "highway", "parkway",
    ]

    /// The end of a phone number starting at token `i`: seven digits or more in three groups or more (two after "+"
    /// or "("), marked as a phone by a leading "+" or "(" or a first group with a leading zero ("+49 6151 90 2696",
    /// "0300 200 3300", "(555) 014-2290"); not thousands in groups of three ("1 414 021 100"), a date and a time
    /// ("feb 30 2019 17:20") nor an ISO date ("2024-03-11").
    private func phoneEnd(from i: Int) -> Int? {
        // Most tokens are words: turned away before any string is compared.
        guard self[i].shape != .word else { return nil }
        let opened = self[i].is("+") || self[i].is("(")
        var k = opened ? i + 1 : i
        var (groups, digits, marked) = (0, 0, opened)
        while k < count {
            let t = self[k]
            if t.shape == .number, t.text.allSatisfy(\.isASCIIDigit) {
                if groups == 0, t.text.count == 4, k + 1 < count, self[k + 1].is("-") { return nil }
                // A leading zero, or a first group of four, which no grouping of thousands has ("1300 555 127").
                if groups == 0, t.text.hasPrefix("0") || t.text.count == 4 { marked = true }
                groups += 1
                digits += t.text.count
                k += 1
            } else if groups > 0, t.is(")") || t.is("-"), k + 1 < count, self[k + 1].shape == .number {
                k += 1
            } else {
                break
            }
        }
        return marked && digits >= 7 && (groups >= 3 || opened && groups >= 2) ? k : nil
    }

    /// Nouns of government debt a length in years names a kind of; "25-year bonds" a city sells are a term it chose.
    static let debts: Set<String> = ["treasury", "treasuries", "note", "notes", "yield", "yields", "gilt", "gilts", "bund", "bunds"]

    /// Top-level domains a bare web address ends in; not those that are English words ("in", "it", "no", "us"), as a
    /// sentence glued to the next ("rose 5%.In June") is no address.
    static let domains: Set<String> = [
        "com", "org", "net", "gov", "edu", "int", "mil", "io", "info", "biz", "uk", "ca", "au", "de", "fr", "eu", "ie",
        "nz", "jp", "cn", "ru", "br", "es", "nl", "se", "ch", "tv",
    ]
}

extension Character {
    /// Whether the character is one of 0-9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension NumberParser {
    /// The ordinal starting at token `i`: "73rd", "fifth", "twentyfifth", "twenty-fifth", "one hundred twenty-fifth",
    /// "two hundredth". `spelled` is false for digits.
    public static func ordinal(_ t: [Token], at i: Int) -> ParsedNumber? {
        guard i < t.count else { return nil }
        if t[i].shape == .number, i + 1 < t.count, !t[i + 1].spaced, ["st", "nd", "rd", "th"].contains(t[i + 1].lower),
            let n = Int(t[i].text)
        {
            return ParsedNumber(value: Double(n), first: i, end: i + 2, spelled: false, yearLike: false)
        }
        // Every ordinal word may start a number; the flag saves the look-ups for all the other words.
        guard t[i].shape == .word, t[i].mayStartNumber else { return nil }
        if let rank = NumberWords.ordinal(t[i].lower) {
            return ParsedNumber(value: rank, first: i, end: i + 1, spelled: true, yearLike: false)
        }
        // A cardinal, then the ordinal that completes it; "one fifth" is a fraction, not a rank.
        guard let whole = parse(t, at: i), whole.spelled, whole.value >= 1, whole.value == whole.value.rounded() else { return nil }
        var k = whole.end
        if k + 1 < t.count, t[k].is("-") || t[k].is("—"), !t[k + 1].spaced { k += 1 }
        guard k < t.count, t[k].shape == .word, t[k].mayStartNumber, let rank = NumberWords.ordinal(t[k].lower) else { return nil }
        let lastTwo = whole.value.truncatingRemainder(dividingBy: 100)
        let value: Double
        if rank >= 100 {
            value = whole.value * rank  // "two hundredth", "three trillionth"
        } else if rank < 10, lastTwo >= 20, lastTwo.truncatingRemainder(dividingBy: 10) == 0 {
            value = whole.value + rank  // "twenty-fifth", "one hundred twenty-fifth"
        } else if lastTwo == 0, whole.value >= 100 {
            value = whole.value + rank  // "two hundred first"
        } else {
            return nil
        }
        return ParsedNumber(value: value, first: i, end: k + 1, spelled: true, yearLike: false)
    }
}
