/// How currencies are written: signs, ISO codes, names, the adjectives that pick a dollar or a pound, subunits and
/// coins. Units are ISO codes so that amounts in the same currency compare.
enum Currencies {
    /// Signs written before (or, in Europe, after) the amount.
    static let signs: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS",
        "₦": "NGN", "₱": "PHP", "฿": "THB",
    ]

    /// Letters before "$" that say which dollar: "US$3", "C$10", "HK $ 10.05 billion".
    static let dollarPrefixes: [String: String] = ["us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD"]

    /// Codes as written before or after an amount: ISO codes in capitals, and "Rs" (rupees) and "RM" (ringgit).
    static let codes: [String: String] = {
        let iso = [
            "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF", "HKD", "NZD", "SGD", "SEK", "NOK", "DKK",
            "RUB", "UAH", "MYR", "ZAR", "BRL", "MXN", "KRW", "TRY", "PLN", "IDR", "THB", "AED", "SAR", "EGP", "NGN",
            "KES", "PKR", "BDT", "ILS", "ARS", "CLP", "COP", "VND", "CZK", "HUF", "QAR", "KWD", "TWD", "IRR", "IQD",
            "MNT", "BTC",
        ]
        var table = Dictionary(uniqueKeysWithValues: iso.map { ($0, $0) })
        table["RMB"] = "CNY"
        table["Rs"] = "INR"
        table["RM"] = "MYR"
        return table
    }()

    /// The currency a code names, as written ("EUR", "Rs"), or in lower case after an amount ("50 rmb", "100 usd").
    static func code(_ token: Token, lowerCaseAllowed: Bool) -> String? {
        if let code = codes[token.text] { return code }
        // "try" is a word; the other codes are not.
        guard lowerCaseAllowed, token.text == token.lower, token.lower != "try" else { return nil }
        return codes[token.text.uppercased()]
    }

    /// Currency names after an amount, singular and plural.
    static let names: [String: String] = [
        "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "markka": "FIM", "markkaa": "FIM",
        "franc": "CHF", "francs": "CHF", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
        "dinar": "IQD", "dinars": "IQD", "peso": "MXN", "pesos": "MXN", "won": "KRW", "shekel": "ILS", "shekels": "ILS",
        "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "ringgits": "MYR", "lira": "TRY", "liras": "TRY", "lire": "TRY",
        "guilder": "NLG", "guilders": "NLG", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
        "zloty": "PLN", "zlotys": "PLN", "baht": "THB", "rupiah": "IDR", "dirham": "AED", "dirhams": "AED",
        "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR", "taka": "BDT", "hryvnia": "UAH",
        "hryvnias": "UAH", "bitcoin": "BTC", "bitcoins": "BTC", "yuans": "CNY",
    ]

    /// Adjectives that say which dollar, pound, franc or peso is meant ("30 million Canadian dollars").
    static let qualifiers: [String: String] = [
        "canadian": "CAD", "australian": "AUD", "singapore": "SGD", "finnish": "FIM", "sterling": "GBP",
        "british": "GBP", "us": "USD", "american": "USD", "swiss": "CHF", "dutch": "NLG", "turkish": "TRY",
        "mexican": "MXN", "indian": "INR", "pakistani": "PKR", "japanese": "JPY", "chinese": "CNY", "russian": "RUB",
        "taiwan": "TWD", "taiwanese": "TWD", "jamaican": "JMD", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP",
        "argentine": "ARS", "chilean": "CLP", "colombian": "COP", "philippine": "PHP", "danish": "DKK",
        "norwegian": "NOK", "swedish": "SEK", "iraqi": "IQD", "iranian": "IRR", "saudi": "SAR", "hong": "HKD",
        "new": "NZD", "zimbabwean": "ZWL", "belgian": "BEF", "french": "FRF", "german": "DEM",
    ]
    /// The word that completes a two-word qualifier ("Hong Kong dollars", "New Zealand dollars").
    static let qualifierCompletions: [String: String] = ["hong": "kong", "new": "zealand"]

    /// Subunits, a hundredth of the main unit, that may follow a whole amount ("20 dollars 43 cents", "$20 and 43c").
    static let subunits: Set<String> = [
        "cent", "cents", "c", "pence", "p", "penny", "sen", "sens", "kopiyka", "kopiykas", "kopeck", "kopecks",
        "kopek", "kopeks", "centavo", "centavos", "centime", "centimes", "paise", "fils", "pennies",
    ]
    /// Subunits written on their own, recognized as written: "50 cents", "470 pence", "a penny"; cents are read in
    /// their main unit once the text's currency is known (`inMainUnit`).
    static let subunitNames: [String: String] = [
        "cent": "cent", "cents": "cent", "pence": "pence", "penny": "pence", "pennies": "pence", "p": "pence",
    ]
    /// A sum written in cents ("50 cents", "6 cents a litre") in its main unit, as a reader takes it: hundredths of
    /// `currency`, the one the text writes its other sums in (dollars when it writes none that has cents). Pence stay
    /// pence, as London quotes share prices in them ("closed at 87.4p"); any other sum is returned as it is.
    static func inMainUnit(_ m: Mention, currency: String?) -> Mention {
        guard m.kind == .money, let unit = m.unit, case .number(let value) = m.value else { return m }
        let parts = unit.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts[0] == "cent" else { return m }
        let main = currency ?? "USD"
        var sum = m
        sum.value = .number(value / 100)
        sum.unit = ([main] + parts.dropFirst()).joined(separator: " ")
        sum.interval = Interval(low: m.interval.low.map { $0 / 100 }, high: m.interval.high.map { $0 / 100 })
        return sum
    }

    /// The currency whose cents a text's bare "cents" are: the one its other sums are most often in, among those
    /// counted in cents (not pounds, whose hundredths are pence).
    static func centsCurrency(of mentions: [Mention]) -> String? {
        let currencies = mentions.filter { $0.kind == .money }.compactMap { $0.unit?.split(separator: " ").first.map(String.init) }
            .filter { $0.count == 3 && $0 != "GBP" && $0.allSatisfy(\.isUppercase) }
        return ClaimBuilder.mostNamed(currencies)
    }

    /// Coins named for their value in dollars ("ten dimes", "a nickel").
    static let coins: [String: Double] = ["dime": 0.1, "dimes": 0.1, "nickel": 0.05, "nickels": 0.05]
}
