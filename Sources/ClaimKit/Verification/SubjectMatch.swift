/// Decides whether two claims with the same head are about the same thing, part by part, and names the parts
/// that matched: "troops in Iraq (US)" and "American forces in Iraq" meet; "troops in Syria" does not.
public enum SubjectMatch {
    /// The subject both claims are about, in words, or nil when a part tells them apart:
    /// - owners ("American", "Iraqi") differ;
    /// - their distinguishing modifiers differ ("the current budget" against the budget just adopted), or the motions
    ///   two tallies decided (a strike against the deal that ended it), or the labels of what they are about ("Line 1",
    ///   "Line 2");
    /// - both carry other modifiers and share none ("police officer positions" against "firefighter positions");
    /// - their places differ: two places named must be the same or one inside the other; a place named for one only
    ///   must be among the places the other's article names; with none named, the two articles must share a place
    ///   when both name some.
    public static func reason(_ x: StoredClaim, _ y: StoredClaim) -> String? {
        let a = x.claim
        let b = y.claim
        if let oa = a.owner, let ob = b.owner, oa != ob { return nil }
        guard let (picked, shared) = modifiersMatch(a.modifiers, b.modifiers) else { return nil }
        guard let place = place(x, y) else { return nil }
        var words = "“" + (picked + shared + [a.subjectHead]).joined(separator: " ") + "”"
        if let owner = a.owner ?? b.owner { words += " (\(owner))" }
        return words + place
    }

    /// The modifiers two subjects share, the distinguishing ones first, or nil when they tell the subjects apart:
    /// "of-school" (the pupils of the school that has them; modifiers are stored as words) picks out a holder, and
    /// "by-corvane airlines" (what a source says it did itself) a doer, as "current" picks out an instance; "alerts"
    /// and "alert" are one word. Most claims carry none, and are passed without building a set.
    private static func modifiersMatch(_ a: [String], _ b: [String]) -> (picked: [String], shared: [String])? {
        if a.isEmpty && b.isEmpty { return ([], []) }
        // A tally's motion, or the label of what a figure is about, tells two subjects apart only when both name one:
        // most reports of a vote name no motion, and "the line's 26 stops" no line number.
        for prefix in SubjectWords.mutualPrefixes {
            let named = { (m: String) in m.hasPrefix(prefix) }
            if let ma = a.first(where: named), let mb = b.first(where: named), ma != mb { return nil }
        }
        let isMutual = { (m: String) in SubjectWords.mutualPrefixes.contains { m.hasPrefix($0) } }
        let (a, b) = (a.filter { !isMutual($0) }, b.filter { !isMutual($0) })
        let picks = { (m: String) in SubjectWords.distinguishing.contains(m) || m.hasPrefix("of-") || m.hasPrefix("by-") }
        let da = Set(a.filter(picks))
        guard da == Set(b.filter(picks)) else { return nil }
        let ca = Set(a.filter { !da.contains($0) }.map(SubjectWords.singular))
        let cb = Set(b.filter { !da.contains($0) }.map(SubjectWords.singular))
        let shared = ca.intersection(cb)
        guard ca.isEmpty || cb.isEmpty || !shared.isEmpty else { return nil }
        return (da.sorted(), shared.sorted())
    }

    /// The place part of the reason ("" when neither names one), or nil when the places differ.
    private static func place(_ x: StoredClaim, _ y: StoredClaim) -> String? {
        switch (x.claim.place, y.claim.place) {
        case let (pa?, pb?):
            guard Places.compatible(pa, pb) else { return nil }
            return pa == pb ? " in \(pa)" : " in \(pa) and \(pb)"
        case let (named?, nil):
            return isNamed(named, in: y.articlePlaces) ? " in \(named) (the other article names it too)" : nil
        case let (nil, named?):
            return isNamed(named, in: x.articlePlaces) ? " in \(named) (the other article names it too)" : nil
        case (nil, nil):
            // Neither names a place: then their articles must not be about different places altogether, or a nurses'
            // strike in Corvath meets a quake that struck elsewhere, and one town's fire another's.
            let (pa, pb) = (x.articlePlaces, y.articlePlaces)
            return pa.isEmpty || pb.isEmpty || pa.contains(where: { isNamed($0, in: pb) }) ? "" : nil
        }
    }

    private static func isNamed(_ place: String, in places: Set<String>) -> Bool {
        places.contains { Places.compatible($0, place) }
    }
}
