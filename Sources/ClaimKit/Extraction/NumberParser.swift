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

/// Reads numbers written in digits, words and scales, shared by every recognizer of figures.
public enum NumberParser {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]
    /// Abbreviated scales written after digits ("$3.5m", "1.2bn", "40k").
    static let scaleAbbreviations: [String: Double] = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    ]

    /// The number starting at token `i`, if one starts there.
    public static func parse(_ tokens: [Token], at i: Int) -> ParsedNumber? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.shape == .number { return parseDigits(tokens, at: i) }
        guard t.shape == .word else { return nil }
        // "a million", "a dozen", "half a million"
        if t.lower == "half", i + 2 < tokens.count, tokens[i + 1].lower == "a", let s = scales[tokens[i + 2].lower], s >= 1e3 {
            return ParsedNumber(value: 0.5 * s, first: i, end: i + 3, spelled: true, yearLike: false)
        }
        if t.lower == "a" || t.lower == "an", i + 1 < tokens.count {
            if let s = scales[tokens[i + 1].lower] {
                return ParsedNumber(value: s, first: i, end: i + 2, spelled: true, yearLike: false)
            }
            if tokens[i + 1].lower == "dozen" {
                return ParsedNumber(value: 12, first: i, end: i + 2, spelled: true, yearLike: false)
            }
        }
        return parseWords(tokens, at: i)
    }

    private static func parseDigits(_ tokens: [Token], at i: Int) -> ParsedNumber? {
        let t = tokens[i]
        // "COVID-19", "G-20", "F-16": a number glued by a hyphen to a word is part of a name.
        if i >= 2, !t.spaced, tokens[i - 1].is("-"), !tokens[i - 1].spaced, tokens[i - 2].shape == .word,
            tokens[i - 2].isCapitalized || tokens[i - 2].text.count <= 2
        {
            return nil
        }
        guard let value = digitsValue(t.text) else { return nil }
        var end = i + 1
        var total = value
        if end < tokens.count {
            let next = tokens[end]
            if next.shape == .word, let s = scales[next.lower], s > 100 || next.spaced {
                total *= s
                end += 1
            } else if next.shape == .word, !next.spaced, let s = scaleAbbreviations[next.lower] {
                total *= s
                end += 1
            }
        }
        let yearLike = end == i + 1 && !t.text.contains(",") && !t.text.contains(".") && t.text.count == 4
            && (1800...2100).contains(Int(value))
        return ParsedNumber(value: total, first: i, end: end, spelled: false, yearLike: yearLike)
    }

    /// The value of "2,500", "1.35", "1,500,000"; nil for malformed grouping such as "1,50".
    static func digitsValue(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return Double(groups.joined() + (parts.count == 2 ? "." + parts[1] : ""))
    }

    private static func parseWords(_ tokens: [Token], at i: Int) -> ParsedNumber? {
        var total = 0.0
        var current = 0.0
        var j = i
        var consumed = false
        var lastEnd = i
        while j < tokens.count {
            let w = tokens[j].lower
            if let u = units[w] {
                current += u
            } else if let t = tens[w] {
                current += t
                // "twenty-five"
                if j + 2 < tokens.count, tokens[j + 1].is("-"), let u = units[tokens[j + 2].lower], u < 10 {
                    current += u
                    j += 2
                }
            } else if w == "hundred", consumed {
                current = max(current, 1) * 100
            } else if let s = scales[w], consumed, s >= 1e3 {
                total += max(current, 1) * s
                current = 0
            } else if w == "and", consumed, j + 1 < tokens.count, units[tokens[j + 1].lower] != nil || tens[tokens[j + 1].lower] != nil {
                j += 1
                continue
            } else {
                break
            }
            consumed = true
            j += 1
            lastEnd = j
        }
        guard consumed else { return nil }
        return ParsedNumber(value: total + current, first: i, end: lastEnd, spelled: true, yearLike: false)
    }
}
