/// Number words beyond the cardinals: ordinals, fraction denominators and vulgar-fraction characters, shared by the
/// number parser and the ordinal recognizer.
enum NumberWords {
    /// Ordinal words and the rank each names; "nineth" is a common misspelling.
    static let ordinals: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
        "ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
    ]

    /// Vulgar-fraction characters ("½ tbsp", "2½").
    static let vulgarFractions: [String: Double] = [
        "½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4, "⅕": 1.0 / 5, "⅖": 2.0 / 5, "⅗": 3.0 / 5,
        "⅘": 4.0 / 5, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 1.0 / 8, "⅜": 3.0 / 8, "⅝": 5.0 / 8, "⅞": 7.0 / 8,
    ]

    /// The rank an ordinal word names, also when a tens word is glued to it ("twentyfifth", "seventythird").
    static func ordinal(_ word: String) -> Double? {
        if let rank = ordinals[word] { return rank }
        for (tens, value) in NumberParser.tens where word.hasPrefix(tens) {
            if let rank = ordinals[String(word.dropFirst(tens.count))], rank < 10 { return value + rank }
        }
        return nil
    }

    /// The denominator a fraction word names and whether it is plural: "half" (2), "thirds" (3), "quarter" (4),
    /// "hundredths" (100). "first" and "second" are never denominators: "a second" is a unit of time.
    static func denominator(_ word: String) -> (value: Double, plural: Bool)? {
        switch word {
        case "half": return (2, false)
        case "halves": return (2, true)
        case "quarter": return (4, false)
        case "quarters": return (4, true)
        default:
            let plural = word.hasSuffix("s")
            guard let rank = ordinal(plural ? String(word.dropLast()) : word), rank >= 3 else { return nil }
            return (rank, plural)
        }
    }
}
