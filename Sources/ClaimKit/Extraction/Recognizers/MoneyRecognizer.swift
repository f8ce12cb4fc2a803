/// Money: a currency sign before a number ("$155 million", "€10m", "£2,000") or a currency word after it
/// ("25 million dollars", "420 million Finnish markka"), with "a year"/"a month" rates kept in the unit.
public struct MoneyRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "money"

    static let signs: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"]
    static let words: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "markka": "FIM", "markkaa": "FIM", "franc": "CHF",
        "francs": "CHF", "ruble": "RUB", "rubles": "RUB", "roubles": "RUB", "dinar": "IQD", "dinars": "IQD",
        "pesos": "MXN", "peso": "MXN", "won": "KRW", "shekels": "ILS", "rand": "ZAR", "naira": "NGN",
    ]
    /// Adjectives that change which dollar or pound is meant.
    static let qualifiedCurrencies: [String: String] = [
        "canadian": "CAD", "australian": "AUD", "singapore": "SGD", "finnish": "FIM",
        "sterling": "GBP", "us": "USD", "american": "USD",
    ]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("The State Department announced $155 million in aid.", "$155 million", .money, "155000000"),
        .expect("The fund holds €10m.", "€10m", .money, "10000000"),
        .expect("It cost 25 million dollars.", "25 million dollars", .money, "25000000"),
        .expect("I paid £2,000 for it.", "£2,000", .money, "2000"),
        .expect("The war cost well over $2 trillion.", "well over $2 trillion", .money, "2000000000000", low: 2e12, high: nil),
        .expect("The budget is 1.2bn dollars.", "1.2bn dollars", .money, "1200000000"),
        .expect("Subscribers pay $8 a month.", "$8 a month", .money, "8"),
        .expect("The deal was worth 420 million Finnish markka.", "420 million Finnish markka", .money, "420000000"),
        .expect("Canada pledged 30 million Canadian dollars.", "30 million Canadian dollars", .money, "30000000"),
        .reject("He scored 40 points.", "40 points"),
    ]

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            // Sign first: "$155 million", "US$3", "€10m".
            if t[i].shape == .punctuation, let code = MoneyRecognizer.signs[t[i].text],
                let n = NumberParser.parse(t, at: i + 1), !t[i + 1].spaced || t[i + 1].shape == .number
            {
                var start = i
                var currency = code
                if i > 0, !t[i].spaced, ["us", "a", "c", "hk", "nz", "s"].contains(t[i - 1].lower) {
                    start = i - 1
                    currency = ["a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD"][t[i - 1].lower] ?? code
                }
                let (end, unit) = rate(t, after: n.end, currency: currency)
                found.append(s.mention(start, end, kind: .money, value: .number(n.value), unit: unit, by: name))
                i = end
                continue
            }
            // Word after: "25 million dollars", "30 million Canadian dollars".
            if let n = NumberParser.parse(t, at: i), n.end < t.count {
                var j = n.end
                var currency: String?
                if let q = MoneyRecognizer.qualifiedCurrencies[t[j].lower], j + 1 < t.count,
                    let base = MoneyRecognizer.words[t[j + 1].lower] ?? (t[j + 1].lower.hasPrefix("pound") ? "GBP" : nil)
                {
                    currency = base == "USD" || base == "GBP" || q == "FIM" ? q : base
                    j += 2
                } else if let code = MoneyRecognizer.words[t[j].lower] {
                    currency = code
                    j += 1
                } else if t[j].lower.hasPrefix("pound"), j + 1 < t.count, t[j + 1].lower == "sterling" {
                    currency = "GBP"
                    j += 2
                }
                if let currency {
                    let (end, unit) = rate(t, after: j, currency: currency)
                    found.append(s.mention(i, end, kind: .money, value: .number(n.value), unit: unit, by: name))
                    i = end
                    continue
                }
                i = n.end
                continue
            }
            i += 1
        }
        return found
    }

    /// Extends a sum by "a year", "per month", "annually", so a monthly fee is not compared with a yearly one.
    private func rate(_ t: [Token], after j: Int, currency: String) -> (Int, String) {
        let periods = ["year": "year", "month": "month", "week": "week", "day": "day"]
        if j + 1 < t.count, t[j].lower == "a" || t[j].lower == "per" || t[j].lower == "each", let p = periods[t[j + 1].lower] {
            return (j + 2, "\(currency) per \(p)")
        }
        if j < t.count, let p = ["annually": "year", "monthly": "month", "yearly": "year"][t[j].lower] {
            return (j + 1, "\(currency) per \(p)")
        }
        return (j, currency)
    }
}
