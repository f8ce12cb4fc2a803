/// Word lists shared by recognizers and claim building: months, weekdays, time units, function words.
enum Lexicon {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The month a capitalized token names; "may" and "march" count only capitalized, as months are written.
    static func month(_ token: Token) -> Int? {
        guard token.shape == .word, token.isCapitalized else { return nil }
        return months[token.lower]
    }

    /// Whether a month token is an abbreviation that may carry a period ("Jan.", "Sept.").
    static func isAbbreviatedMonth(_ token: Token) -> Bool {
        months[token.lower] != nil && !["march", "april", "may", "june", "july"].contains(token.lower) && token.lower.count <= 4
    }

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    ]

    /// Parts of the day and their TIMEX3 codes.
    static let partsOfDay: [String: String] = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    /// Whether "a year", "an hour" at token `j` (the article) may be the period of a rate ("$8 a month"): not when a
    /// word after it counts from another time ("3.4 tonnes a year earlier", "$5 a month ago").
    static func mayBeRatePeriod(_ t: [Token], at j: Int) -> Bool {
        j + 2 >= t.count || !["earlier", "later", "ago", "before", "after"].contains(t[j + 2].lower)
    }

    /// Duration units, singular and plural, with the multiplier into the unit kept ("decade" is ten years, "fortnight"
    /// two weeks). Weeks stay weeks (`P3W`), as TIMEX3 and the extractors we are scored beside write them; durations
    /// are compared in days whatever their unit.
    static let durationUnits: [String: (Duration.Unit, Double)] = [
        "year": (.years, 1), "years": (.years, 1), "yr": (.years, 1), "yrs": (.years, 1),
        "decade": (.years, 10), "decades": (.years, 10), "century": (.years, 100), "centuries": (.years, 100),
        "month": (.months, 1), "months": (.months, 1), "week": (.weeks, 1), "weeks": (.weeks, 1),
        "day": (.days, 1), "days": (.days, 1), "hour": (.hours, 1), "hours": (.hours, 1),
        "minute": (.minutes, 1), "minutes": (.minutes, 1), "second": (.seconds, 1), "seconds": (.seconds, 1),
        "hr": (.hours, 1), "hrs": (.hours, 1), "min": (.minutes, 1), "mins": (.minutes, 1), "sec": (.seconds, 1),
        "secs": (.seconds, 1), "wk": (.weeks, 1), "wks": (.weeks, 1), "fortnight": (.weeks, 2), "fortnights": (.weeks, 2),
    ]

    /// Unit letters that mean a duration only when glued to digits ("3h", "15s"), never as words.
    static let gluedDurationUnits: [String: (Duration.Unit, Double)] = ["h": (.hours, 1), "d": (.days, 1), "y": (.years, 1)]

    /// Words that end a noun phrase: prepositions, conjunctions, auxiliaries and common verbs.
    static let phraseBreakers: Set<String> = [
        "of", "in", "on", "at", "for", "from", "to", "with", "by", "across", "since", "into", "than", "over", "under",
        "after", "before", "during", "about", "around", "through", "per", "as", "between", "among", "against",
        "within", "without", "near", "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose",
        "when", "where", "while", "if", "because", "is", "are", "was", "were", "be", "been", "being", "have", "has",
        "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "the",
        "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "your", "my", "it", "they", "he",
        "she", "we", "you", "i", "them", "him", "not", "no", "more", "less", "fewer", "ago", "later", "earlier", "each", "every",
        "still", "already", "also", "only", "just", "now", "then", "there", "here", "said", "says", "say", "died",
        "killed", "remain", "remained", "remains", "left", "stationed", "deployed", "took", "came", "went",
        "out", "up", "down", "off", "back", "away", "again", "too", "very", "all", "both", "some", "any", "most",
        "last", "next", "first",
    ]

    /// Determiners and adjectives that do not change what is counted ("the new cases" counts cases).
    static let countModifiersToDrop: Set<String> = ["new", "more", "other", "additional", "further", "extra", "last", "remaining", "total"]

    /// Irregular verbs news tells events and totals with: past tense and past participle ("found" both, "rose",
    /// "risen"), so that "had found 612 dead birds" reads as a total and "pleaded guilty in November" as the past.
    static let irregularVerbs: [(past: String, participle: String)] = [
        ("gave", "given"), ("took", "taken"), ("made", "made"), ("said", "said"), ("told", "told"), ("came", "come"),
        ("went", "gone"), ("saw", "seen"), ("won", "won"), ("lost", "lost"), ("began", "begun"), ("fell", "fallen"),
        ("rose", "risen"), ("grew", "grown"), ("left", "left"), ("met", "met"), ("held", "held"), ("paid", "paid"),
        ("sold", "sold"), ("spent", "spent"), ("struck", "struck"), ("broke", "broken"), ("ran", "run"),
        ("brought", "brought"), ("bought", "bought"), ("caught", "caught"), ("fought", "fought"), ("found", "found"),
        ("got", "got"), ("kept", "kept"), ("led", "led"), ("sent", "sent"), ("stood", "stood"), ("thought", "thought"),
        ("wrote", "written"), ("became", "become"), ("chose", "chosen"), ("put", "put"), ("hit", "hit"), ("cut", "cut"),
        ("built", "built"), ("shut", "shut"),
    ]
    /// The past tenses of `irregularVerbs`, and of the auxiliaries.
    static let pastTenses = Set(irregularVerbs.map(\.past)).union(["was", "were", "had", "did"])
    /// The past participles of `irregularVerbs`.
    static let pastParticiples = Set(irregularVerbs.map(\.participle))
}
