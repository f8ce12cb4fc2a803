/// Money: a currency sign or code before a number ("$155 million", "€10m", "US$3", "EUR 20", "Rs 20") or a currency
/// name, code or sign after it ("25 million dollars", "420 million Finnish markka", "3 GBP", "7€"), slang and coins
/// ("10 grand", "ten dimes", "a penny"), and cents after a whole amount ("20 dollars 43 cents", "$20 and 43c");
/// "a year"/"a month" rates are kept in the unit.
public struct MoneyRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "money"

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
        .expect("Subscribers pay $8 a month.", "$8", .money, "8"),
        .expect("The deal was worth 420 million Finnish markka.", "420 million Finnish markka", .money, "420000000"),
        .expect("Canada pledged 30 million Canadian dollars.", "30 million Canadian dollars", .money, "30000000"),
        .reject("He scored 40 points.", "40 points"),
        .expect("Sales reached $ 1.17 billion.", "$ 1.17 billion", .money, "1170000000"),
        .expect("Exports rose to HK $ 10.05 billion.", "HK $ 10.05 billion", .money, "10050000000"),
        .expect("The fee is EUR 20 per head.", "EUR 20", .money, "20"),
        .expect("It sold for 3 GBP.", "3 GBP", .money, "3"),
        .expect("Revenue grew to 120 MEUR.", "120 MEUR", .money, "120000000"),
        .expect("They lost 75 USD million.", "75 USD million", .money, "75000000"),
        .expect("A ticket is Rs 500.", "Rs 500", .money, "500"),
        .expect("It costs 42MYR.", "42MYR", .money, "42"),
        .expect("Lunch was 15€.", "15€", .money, "15"),
        .expect("The loan is 35 lakh rupees.", "35 lakh rupees", .money, "3500000"),
        .expect("It paid 20 ringgit.", "20 ringgit", .money, "20"),
        .expect("It cost 250 million Dutch guilders.", "250 million Dutch guilders", .money, "250000000"),
        .expect("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", .money, "3.5"),
        .expect("It only cost thirteen dollars forty-five cents.", "thirteen dollars forty-five cents", .money, "13.45"),
        .expect("He paid $20 and 43c.", "$20 and 43c", .money, "20.43"),
        .expect("It costs 15 dollars and 50.", "15 dollars and 50", .money, "15.5"),
        .expect("He paid 10 grand for it.", "10 grand", .money, "10000"),
        .expect("Oil rose 50 cents a barrel.", "50 cents", .money, "0.5"),
        .expect("Petrol costs €1.80 a litre, up 6 cents.", "6 cents", .money, "0.06"),
        .expect("Shares closed at 470 pence.", "470 pence", .money, "470"),
        .expect("She found ten dimes.", "ten dimes", .money, "1"),
        .expect("Oh look, a penny!", "a penny", .money, "1"),
        .expect("It withdrew its one-yen bid.", "one-yen", .money, "1"),
        .expect("The refund was $-99.99.", "$-99.99", .money, "-99.99"),
        .reject("A grand jury was convened.", "grand"),
        .reject("Nickel prices rose.", "Nickel"),
        .reject("He paid $20 and 43 others came.", "43"),
        .reject("It rose 20 pounds in weight.", "20 pounds"),
        .expect("The deal is worth 20 million pounds.", "20 million pounds", .money, "20000000"),
    ]

    /// Where a match may start. The amount, a sign (a mark), or a code written first ("EUR 20", "Rs. 500", "MEUR 3").
    public let lead: Lead = .numbers(or: Set(Currencies.codes.keys.flatMap { [$0.lowercased(), "m" + $0.lowercased()] }))

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            guard s.starts(lead, at: i) else {
                i += 1
                continue
            }
            guard let (amount, after, currency) = currencyFirst(s, at: i) ?? numberFirst(s, at: i) else {
                i += 1
                continue
            }
            let (value, afterCents) = cents(s, after: after, whole: amount.value, unit: currency)
            // The period of a rate is in the unit, so that a monthly fee never meets a yearly one; the words that say
            // it ("a year") are a set of their own, as TIMEX3 writes them.
            let unit = rate(t, after: afterCents, currency: currency)
            found.append(s.mention(amount.first, afterCents, kind: .money, value: .number(value), unit: unit, by: name))
            i = afterCents
        }
        return found
    }

    /// The start, amount and currency of a sum written currency first: "$155 million", "US$3", "HK $ 10.05 billion",
    /// "EUR 20", "USD3.14", "Rs. 500", "MAUD 60". Returns the amount (its `first` is where the sum starts) and the
    /// index after it.
    private func currencyFirst(_ s: SentenceContext, at i: Int) -> (ParsedNumber, Int, String)? {
        let t = s.tokens
        var currency: String
        var j = i + 1
        var start = i
        var scale = 1.0
        if t[i].shape == .punctuation, let code = Currencies.signs[t[i].text] {
            currency = code
            if code == "USD", i > 0, let prefix = Currencies.dollarPrefixes[t[i - 1].lower], t[i - 1].shape == .word,
                !t[i].spaced || ["us", "hk", "nz", "c"].contains(t[i - 1].lower)
            {
                start = i - 1
                currency = prefix
            }
        } else if t[i].shape == .word, let code = Currencies.code(t[i], lowerCaseAllowed: false) ?? millionCode(t[i]).map({ scale = 1e6; return $0 }) {
            currency = code
            if j < t.count, t[j].is("."), !t[j].spaced { j += 1 }  // "Rs. 500"
        } else {
            return nil
        }
        guard let n = s.number(at: j), !t[j].spaced || t[j].shape == .number || t[j].is("-") else { return nil }
        let amount = ParsedNumber(value: n.value * scale, first: start, end: n.end, spelled: n.spelled, yearLike: false)
        return (amount, n.end, currency)
    }

    /// "MEUR", "MUSD": an ISO code with an M for million.
    private func millionCode(_ token: Token) -> String? {
        guard token.text.count == 4, token.text.hasPrefix("M") else { return nil }
        return Currencies.codes[String(token.text.dropFirst())]
    }

    /// A sum written number first: "25 million dollars", "30 million Canadian dollars", "3 GBP", "75 USD million",
    /// "42MYR", "15€", "one-yen", "50 cents", "ten dimes", "10 grand", "a dollar", "a penny".
    private func numberFirst(_ s: SentenceContext, at i: Int) -> (ParsedNumber, Int, String)? {
        let t = s.tokens
        let article = ["a", "an"].contains(t[i].lower) && i + 1 < t.count
        guard let n = s.number(at: i) ?? (article ? ParsedNumber(value: 1, first: i, end: i + 1, spelled: true, yearLike: false) : nil),
            n.end < t.count
        else { return nil }
        var j = n.end
        if t[j].is("-"), !t[j].spaced, j + 1 < t.count, !t[j + 1].spaced, Currencies.names[t[j + 1].lower] != nil { j += 1 }  // "one-yen"
        let word = t[j].lower
        if let q = Currencies.qualifiers[word] {
            var k = j + 1
            if let completion = Currencies.qualifierCompletions[word] {
                guard k < t.count, t[k].lower == completion else { return nil }
                k += 1
            }
            guard k < t.count, let base = Currencies.names[t[k].lower] ?? (t[k].lower.hasPrefix("pound") ? "GBP" : nil) else { return nil }
            // "Canadian dollars", "Dutch guilders": the adjective names the currency unless it is the base's own.
            let generic = ["USD", "GBP", "CHF", "MXN", "INR", "IQD", "SEK", "NOK", "TRY", "NLG"].contains(base)
            return (n, k + 1, generic || q == "FIM" ? q : base)
        }
        if let code = Currencies.names[word] {
            return (n, j + 1, code)
        }
        if word.hasPrefix("pound"), j + 1 < t.count, t[j + 1].lower == "sterling" {
            return (n, j + 2, "GBP")
        }
        // "20 million pounds" is money; weights are rarely counted in millions, "million pounds of beef" aside.
        if word == "pounds", n.end > n.first + 1, NumberParser.scales[t[n.end - 1].lower].map({ $0 >= 1e6 }) == true,
            !(j + 1 < t.count && t[j + 1].lower == "of")
        {
            return (n, j + 1, "GBP")
        }
        if let code = Currencies.code(t[j], lowerCaseAllowed: true) {
            // "75 USD million"
            if j + 1 < t.count, let s = NumberParser.scales[t[j + 1].lower], s >= 1e3 {
                return (scaled(n, by: s), j + 2, code)
            }
            return (n, j + 1, code)
        }
        if let code = millionCode(t[j]) {
            return (scaled(n, by: 1e6), j + 1, code)
        }
        if t[j].shape == .punctuation, let code = Currencies.signs[t[j].text], !(j + 1 < t.count && t[j + 1].shape == .number) {
            return (n, j + 1, code)  // "15€", "3.14US$" is read from its "US"
        }
        if let unit = Currencies.subunitNames[word], word != "p" || !t[j].spaced {
            return (n, j + 1, unit)
        }
        if let coin = Currencies.coins[word], !article || !word.hasSuffix("s") {
            return (scaled(n, by: coin), j + 1, "USD")
        }
        // "10 grand", "a grand", but not "a grand jury".
        if word == "grand", j + 1 >= t.count || t[j + 1].shape != .word || Lexicon.phraseBreakers.contains(t[j + 1].lower) {
            return (scaled(n, by: 1e3), j + 1, "grand")
        }
        return nil
    }

    private func scaled(_ n: ParsedNumber, by factor: Double) -> ParsedNumber {
        ParsedNumber(value: n.value * factor, first: n.first, end: n.end, spelled: n.spelled, yearLike: false)
    }

    /// Cents after a whole amount: "20 dollars 43 cents", "$20 and 43c", "15 dollars and 50", "3 GBP 1 pence". A bare
    /// number counts as cents only at the end of the phrase, so "$20 and 43 others" keeps its 43 apart.
    private func cents(_ s: SentenceContext, after j: Int, whole: Double, unit: String) -> (Double, Int) {
        let t = s.tokens
        guard whole == whole.rounded(), Currencies.subunitNames[unit] == nil, unit != "grand", j < t.count else { return (whole, j) }
        var k = j
        if t[k].lower == "and" { k += 1 }
        guard k < t.count, let n = s.number(at: k), n.value >= 1, n.value < 100, n.value == n.value.rounded() else { return (whole, j) }
        if n.end < t.count, Currencies.subunits.contains(t[n.end].lower), t[n.end].lower != "c" || !t[n.end].spaced {
            return (whole + n.value / 100, n.end + 1)
        }
        guard n.end >= t.count || t[n.end].shape != .word || ["and", "or"].contains(t[n.end].lower) else { return (whole, j) }
        return (whole + n.value / 100, n.end)
    }

    /// The unit of a sum followed by "a year", "an hour", "per month", "annually": the currency per that period.
    private func rate(_ t: [Token], after j: Int, currency: String) -> String {
        let periods = ["year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour"]
        if j + 1 < t.count, ["a", "an", "per", "each"].contains(t[j].lower), let p = periods[t[j + 1].lower],
            ["per", "each"].contains(t[j].lower) || Lexicon.mayBeRatePeriod(t, at: j)
        {
            return "\(currency) per \(p)"
        }
        if j < t.count, let p = ["annually": "year", "monthly": "month", "yearly": "year", "weekly": "week", "daily": "day", "hourly": "hour"][t[j].lower] {
            return "\(currency) per \(p)"
        }
        return currency
    }
}
