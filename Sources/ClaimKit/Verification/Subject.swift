/// Normalizes subject words so that different wordings of the same thing key alike ("soldiers", "forces" → troops).
public enum Subject {
    /// Synonyms folded to one word each.
    static let synonyms: [String: String] = [
        "soldiers": "troops", "soldier": "troops", "forces": "troops", "force": "troops", "service members": "troops",
        "servicemembers": "troops", "troop": "troops", "personnel": "troops", "military": "troops",
        "election": "elections", "vote": "elections", "polls": "elections", "ballot": "elections",
        "war": "conflict", "fighting": "conflict", "conflict": "conflict", "dead": "deaths", "killed": "deaths",
        "fatalities": "deaths", "vaccines": "doses", "shots": "doses",
    ]

    /// The normalized key of subject words: lower-cased, synonyms folded, words sorted.
    public static func normalize(_ words: String) -> String {
        let lower = words.lowercased()
        if let whole = synonyms[lower] { return whole }
        let parts = lower.split(separator: " ").map { synonyms[String($0)] ?? String($0) }
        return Array(Set(parts)).sorted().joined(separator: " ")
    }
}
