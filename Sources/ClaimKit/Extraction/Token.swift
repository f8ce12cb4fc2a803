/// A word, number or punctuation mark of a sentence, with its code-point offsets into the article body.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Shape: Sendable, Hashable {
        case word, number, punctuation
    }

    /// The token's text as written.
    public let text: String
    /// Lower-cased text with typographic apostrophes folded, for matching.
    public let lower: String
    /// The token's shape.
    public let shape: Shape
    /// Start offset (code points) in the body.
    public let start: Int
    /// End offset (code points, exclusive) in the body.
    public let end: Int
    /// Whether white space separates this token from the previous one ("3.5m" vs "3.5 m").
    public let spaced: Bool
    /// Whether a number may start here: digits, or a word a spelled number can start with. Worked out once, as every
    /// recognizer asks at every token.
    public let mayStartNumber: Bool
    /// Whether the word is in some recognizer's `Lead`; worked out once, so that the other words are turned away
    /// without a look-up per recognizer.
    public let isLeadWord: Bool

    /// Whether the token starts with a capital letter (a name, or the first word of a sentence).
    public var isCapitalized: Bool { text.unicodeScalars.first.map { ScalarClass.uppercase($0) } ?? false }

    /// Whether the token is the given punctuation mark.
    public func `is`(_ mark: String) -> Bool { shape == .punctuation && text == mark }
}

/// Scalar classes, without Foundation's CharacterSet so that tokenizing stays allocation-free per scalar.
enum ScalarClass {
    // ASCII first: Unicode property look-ups were the tokenizer's largest cost on news text.
    static func letter(_ s: Unicode.Scalar) -> Bool {
        s.value < 128 ? (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 : s.properties.isAlphabetic
    }
    static func digit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func uppercase(_ s: Unicode.Scalar) -> Bool { s.value < 128 ? s.value >= 65 && s.value <= 90 : s.properties.isUppercase }
    static func space(_ s: Unicode.Scalar) -> Bool { s.value < 128 ? s.value == 32 || (9...13).contains(s.value) : s.properties.isWhitespace }
    static func apostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
}

/// Splits a span of text into tokens: words (with inner apostrophes), numbers (with inner separators) and single marks.
public enum Tokenizer {
    /// Marks no figure starts at: list and clause punctuation and closing quotes, which are about one token in eight
    /// of news text and would otherwise be tried by every recognizer that starts at numbers (signs and currency
    /// symbols are marks that do start figures).
    static let inertMarks: Set<Unicode.Scalar> = [",", ";", ":", "!", "?", "\"", "\u{201C}", "\u{201D}", ")", "]"]

    /// The tokens of `range` in `text`.
    public static func tokens(of text: ScalarText, in range: Range<Int>) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        var i = range.lowerBound
        var spaced = true
        while i < range.upperBound {
            let c = s[i]
            if ScalarClass.space(c) {
                spaced = true
                i += 1
                continue
            }
            var j = i + 1
            let shape: Token.Shape
            if ScalarClass.digit(c) {
                // Keep "2,500" and "1.35" whole, but not a sentence-final period or a list comma.
                while j < range.upperBound {
                    if ScalarClass.digit(s[j]) {
                        j += 1
                    } else if (s[j] == "," || s[j] == "."), j + 1 < range.upperBound, ScalarClass.digit(s[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                shape = .number
            } else if ScalarClass.letter(c) {
                while j < range.upperBound {
                    if ScalarClass.letter(s[j]) {
                        j += 1
                    } else if ScalarClass.apostrophe(s[j]), j + 1 < range.upperBound, ScalarClass.letter(s[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                shape = .word
            } else {
                shape = .punctuation
            }
            let written = text[i..<j]
            var lower = shape == .word ? text.lowercased(i..<j) : written
            if shape == .word, lower.unicodeScalars.contains("\u{2019}") { lower = String(lower.map { $0 == "\u{2019}" ? "'" : $0 }) }
            let startsNumber = shape == .number || (shape == .punctuation ? !Tokenizer.inertMarks.contains(c) : NumberParser.mayStartNumber(lower))
            let leads = shape == .word && Lead.allWords.contains(lower)
            tokens.append(
                Token(
                    text: written, lower: lower, shape: shape, start: i, end: j, spaced: spaced, mayStartNumber: startsNumber,
                    isLeadWord: leads))
            spaced = false
            i = j
        }
        return tokens
    }
}
