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
            if tokens[i].isCapitalized || tokens[i].text == "US", let p = names[tokens[i].lower] {
                found.append((p, i))
            }
            i += 1
        }
        return found
    }
}
