/// Countries, their demonyms and a few regions, so that "American troops in Iraq" keys as troops / Iraq / US.
enum Places {
    /// Lower-cased names and demonyms mapped to one canonical place name.
    static let names: [String: String] = {
        var table: [String: String] = [:]
        let entries: [(String, [String])] = [
            ("US", ["us", "u.s.", "usa", "united states", "america", "american", "americans"]),
            ("UK", ["uk", "u.k.", "britain", "united kingdom", "british"]),
            ("Iraq", ["iraq", "iraqi", "iraqis"]), ("Iran", ["iran", "iranian"]), ("Syria", ["syria", "syrian"]),
            ("Afghanistan", ["afghanistan", "afghan"]), ("Turkey", ["turkey", "turkish"]), ("Israel", ["israel", "israeli"]),
            ("Gaza", ["gaza"]), ("Lebanon", ["lebanon", "lebanese"]), ("Jordan", ["jordan", "jordanian"]),
            ("Saudi Arabia", ["saudi arabia", "saudi"]), ("Yemen", ["yemen", "yemeni"]), ("Egypt", ["egypt", "egyptian"]),
            ("Libya", ["libya", "libyan"]), ("Kuwait", ["kuwait", "kuwaiti"]), ("Qatar", ["qatar", "qatari"]),
            ("Pakistan", ["pakistan", "pakistani"]), ("India", ["india", "indian"]), ("China", ["china", "chinese"]),
            ("Japan", ["japan", "japanese"]), ("Korea", ["korea", "korean"]), ("Russia", ["russia", "russian"]),
            ("Ukraine", ["ukraine", "ukrainian"]), ("Germany", ["germany", "german"]), ("France", ["france", "french"]),
            ("Italy", ["italy", "italian"]), ("Spain", ["spain", "spanish"]), ("Poland", ["poland", "polish"]),
            ("Canada", ["canada", "canadian"]), ("Mexico", ["mexico", "mexican"]), ("Brazil", ["brazil", "brazilian"]),
            ("Australia", ["australia", "australian"]), ("Nigeria", ["nigeria", "nigerian"]), ("Somalia", ["somalia", "somali"]),
            ("Mali", ["mali", "malian"]), ("Sudan", ["sudan", "sudanese"]), ("Ethiopia", ["ethiopia", "ethiopian"]),
            ("Kenya", ["kenya", "kenyan"]), ("South Africa", ["south africa"]), ("Indonesia", ["indonesia", "indonesian"]),
            ("Philippines", ["philippines", "filipino"]), ("Vietnam", ["vietnam", "vietnamese"]), ("Greece", ["greece", "greek"]),
            ("Netherlands", ["netherlands", "dutch"]), ("Sweden", ["sweden", "swedish"]), ("Norway", ["norway", "norwegian"]),
            ("Finland", ["finland", "finnish"]), ("Denmark", ["denmark", "danish"]), ("Ireland", ["ireland", "irish"]),
            ("Taiwan", ["taiwan", "taiwanese"]), ("Venezuela", ["venezuela", "venezuelan"]), ("Colombia", ["colombia", "colombian"]),
            ("Argentina", ["argentina", "argentine"]), ("Chile", ["chile", "chilean"]), ("Peru", ["peru", "peruvian"]),
            ("Europe", ["europe", "european"]), ("Africa", ["africa", "african"]), ("Kurdistan", ["kurdistan", "kurdish"]),
            ("Baghdad", ["baghdad"]), ("Kabul", ["kabul"]), ("Mosul", ["mosul"]), ("NATO", ["nato"]),
        ]
        for (canonical, forms) in entries {
            for form in forms { table[form] = canonical }
        }
        return table
    }()

    /// The places named in a sentence's tokens, with the token index where each is named.
    static func mentions(in tokens: [Token]) -> [(place: String, index: Int)] {
        var found: [(String, Int)] = []
        var i = 0
        while i < tokens.count {
            // Dotted forms ("U.S.") arrive as letters and periods.
            if i + 3 < tokens.count, tokens[i].text.count == 1, tokens[i + 1].is("."), tokens[i + 2].text.count == 1, tokens[i + 3].is(".") {
                if let p = names[tokens[i].lower + "." + tokens[i + 2].lower + "."] {
                    found.append((p, i))
                    i += 4
                    continue
                }
            }
            if i + 1 < tokens.count, tokens[i].isCapitalized, let p = names[tokens[i].lower + " " + tokens[i + 1].lower] {
                found.append((p, i))
                i += 2
                continue
            }
            let lower = tokens[i].lower.hasSuffix("'s") ? String(tokens[i].lower.dropLast(2)) : tokens[i].lower
            if tokens[i].isCapitalized || tokens[i].text == "US", let p = names[lower] {
                found.append((p, i))
            }
            i += 1
        }
        return found
    }

    /// Places inside others, so that a figure "in Baghdad" and one "in Iraq" can be about the same place.
    static let parents: [String: String] = ["Baghdad": "Iraq", "Mosul": "Iraq", "Kurdistan": "Iraq", "Kabul": "Afghanistan", "Gaza": "Israel"]

    /// The places a figure placed in `place` can be compared with: itself, the place it is in, the places in it.
    static func family(_ place: String) -> [String] {
        [place] + [parents[place]].compactMap { $0 } + parents.filter { $0.value == place }.map(\.key).sorted()
    }

    /// Whether two places can be the place of one figure: the same, or one inside the other.
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || parents[a] == b || parents[b] == a
    }

    /// Words that make a run of capitalized words an organization or a title, not a place.
    static let institutionWords: Set<String> = [
        "ministry", "council", "service", "department", "agency", "bank", "fund", "union", "court", "party", "university",
        "office", "house", "institute", "center", "centre", "foundation", "association", "school", "hospital", "committee", "commission", "board", "company", "corporation", "group", "news", "times", "post",
        "authority", "systems", "industries", "inc", "ltd", "plc", "corp", "fire", "route", "press", "wire", "journal",
        "herald", "review", "gazette", "ledger", "chronicle", "sentinel", "president", "minister", "mr", "mrs", "ms", "dr", "gen", "general", "secretary", "governor", "mayor", "senator",
    ]

    /// Trailing words that name the kind of place, dropped so that "Calder Falls City" and "Calder Falls" meet.
    static let placeKindWords: Set<String> = ["city", "county", "province", "state", "district", "region", "town", "village"]

    /// The places a sentence names as locations: known places and unknown proper names after a locative word
    /// ("in Iraq", "in neighbouring Syria", "in Kessan province"), before a possessive ("Iraq’s", "Calder Falls’"),
    /// or before ", whose". Actors ("after the US invaded") and compounds ("Iran-allied") are not locations.
    static func located(in tokens: [Token]) -> [(place: String, index: Int)] {
        var found: [(place: String, index: Int)] = mentions(in: tokens).filter { isLocated($0.index, tokens) }
        var i = 0
        while i < tokens.count {
            guard tokens[i].shape == .word, tokens[i].isCapitalized, !found.contains(where: { $0.index == i }) else {
                i += 1
                continue
            }
            var end = i
            while end + 1 < tokens.count, tokens[end + 1].shape == .word, tokens[end + 1].isCapitalized,
                !tokens[end].lower.hasSuffix("'s")
            {
                end += 1
            }
            defer { i = end + 1 }
            let words = tokens[i...end].map(bare)
            let lower = words.map { $0.lowercased() }
            if !isPlaceName(lower) || names[lower[0]] != nil { continue }
            // An unknown name with a possessive may be a person ("Biden's remarks"): the figure's own subject decides.
            let whose = end + 2 < tokens.count && tokens[end + 1].is(",") && tokens[end + 2].lower == "whose"
            guard whose || (i > 0 && isLocated(i, tokens) && !tokens[end].lower.hasSuffix("'s")) else { continue }
            found.append((trimmed(words), i))
        }
        return found.sorted { $0.index < $1.index }
    }

    /// Places named inside the names of their institutions: "The Calder Falls City Council" and "the Corvin County
    /// Fire Authority" name Calder Falls and Corvin. They tell what an article is about, not where a figure is.
    static func inInstitutions(_ tokens: [Token]) -> [String] {
        var found: [String] = []
        for (i, t) in tokens.enumerated() where t.isCapitalized && placeKindWords.contains(t.lower) && i > 0 && tokens[i - 1].isCapitalized {
            guard i + 1 < tokens.count, tokens[i + 1].isCapitalized, institutionWords.contains(tokens[i + 1].lower) else { continue }
            var start = i - 1
            while start > 0, tokens[start - 1].shape == .word, tokens[start - 1].isCapitalized, tokens[start - 1].lower != "the" { start -= 1 }
            found.append(tokens[start..<i].map(\.text).joined(separator: " "))
        }
        return found
    }

    /// Every run of capitalized words past the sentence's first word, without a possessive ending: the local names
    /// an article writes ("St Aldric’s University Hospital" gives "St Aldric" and "University Hospital"). The first
    /// word is the first word, not token: after an opening quote, "We" and "The" are no names.
    static func localNames(_ tokens: [Token]) -> [String] {
        var found: [String] = []
        var run: [String] = []
        func flush() {
            // "Union", "Rescue Service" (of "the Calder Fire and Rescue Service"): a kind of institution with at most
            // one word before it names no story; every story has a union.
            let generic = run.count <= 2 && run.last.map { institutionWords.contains($0.lowercased()) } == true
            if !run.isEmpty, !generic { found.append(trimmed(run)) }
            run = []
        }
        let firstWord = tokens.firstIndex { $0.shape == .word } ?? 0
        // After a dateline ("SALTMERE, Calder (Meridian Wire) —"), the word after the dash opens the sentence too.
        let afterDateline = tokens.prefix(12).firstIndex { ["—", "–"].contains($0.text) }.flatMap { d in
            tokens[(d + 1)...].firstIndex { $0.shape == .word }
        }
        for (i, t) in tokens.enumerated() {
            // Titles and "I" name no place: two stories that both quote a "Dr" are not about one place.
            guard i > firstWord, i != afterDateline, t.shape == .word, t.isCapitalized, Lexicon.months[t.lower] == nil, Lexicon.weekdays[t.lower] == nil,
                !Places.titles.contains(t.lower), t.end - t.start > 1
            else {
                flush()
                continue
            }
            run.append(bare(t))
            if isPossessive(i, tokens) { flush() }
        }
        flush()
        return found
    }

    /// Titles before a name, which are not names of their own.
    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "gen", "col", "lt", "sgt", "capt", "rev", "gov", "sen", "rep"]

    /// A token's text without its possessive ending ("Millbrook’s" → "Millbrook").
    static func bare(_ t: Token) -> String {
        t.lower.hasSuffix("'s") ? String(t.text.dropLast(2)) : t.text
    }

    /// Whether token `i` ends a possessive: "Millbrook’s", or "Calder Falls’" with its apostrophe apart.
    static func isPossessive(_ i: Int, _ tokens: [Token]) -> Bool {
        tokens[i].lower.hasSuffix("'s") || (i + 1 < tokens.count && ["'", "\u{2019}"].contains(tokens[i + 1].text))
    }

    /// Whether lower-cased capitalized words can name a place: not an organization or a title, not a month or a
    /// weekday, not a sentence's function word.
    static func isPlaceName(_ lower: [String]) -> Bool {
        !lower.contains { institutionWords.contains($0) || Lexicon.phraseBreakers.contains($0) }
            && Lexicon.months[lower[0]] == nil && Lexicon.weekdays[lower[0]] == nil
    }

    /// A name without the trailing words that say what kind of place it is ("Calder Falls City" → "Calder Falls").
    static func trimmed(_ words: [String]) -> String {
        var words = words
        while words.count > 1, placeKindWords.contains(words.last!.lowercased()) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The place named by a possessive run of capitalized words ending at `end` ("Calder Falls’", "Millbrook’s"),
    /// unless the run names an organization or a title.
    static func possessive(endingAt end: Int, in tokens: [Token]) -> String? {
        let t = tokens[end]
        guard t.shape == .word, t.isCapitalized, isPossessive(end, tokens) else { return nil }
        // "the Nurses’ and Midwives’ Union", "St Aldric’s University Hospital": the possessive is inside a name.
        let after = end + (t.lower.hasSuffix("'s") ? 1 : 2)
        if after < tokens.count, tokens[after].shape == .word, tokens[after].isCapitalized { return nil }
        var start = end
        while start > 0, tokens[start - 1].shape == .word, tokens[start - 1].isCapitalized { start -= 1 }
        let words = tokens[start...end].map(bare)
        let lower = words.map { $0.lowercased() }
        if let known = names[lower.joined(separator: " ")] ?? names[lower.last!] { return known }
        guard isPlaceName(lower) else { return nil }
        return trimmed(words)
    }

    /// Whether the name at `index` is a location: after a locative word (past a few lower-case words), or possessive.
    private static func isLocated(_ index: Int, _ tokens: [Token]) -> Bool {
        let locative: Set<String> = ["in", "inside", "across", "throughout", "into", "within", "near", "around", "from", "at"]
        let determiners: Set<String> = ["the", "its", "their", "his", "her", "our"]
        // "Iran-allied groups", "US-led coalition": a place glued into a compound modifies, it does not locate.
        if index + 1 < tokens.count, tokens[index + 1].is("-"), !tokens[index + 1].spaced { return false }
        var j = index - 1
        while j >= 0, j >= index - 3, tokens[j].shape == .word, !tokens[j].isCapitalized, !locative.contains(tokens[j].lower),
            !Lexicon.phraseBreakers.contains(tokens[j].lower) || determiners.contains(tokens[j].lower)
        {
            j -= 1
        }
        return (j >= 0 && locative.contains(tokens[j].lower)) || tokens[index].lower.hasSuffix("'s")
            || (index + 1 < tokens.count && tokens[index + 1].lower.hasPrefix("'"))
    }
}
