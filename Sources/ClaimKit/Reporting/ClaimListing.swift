/// Formats for listing claims.
public enum ListFormat: String, Sendable, CaseIterable {
    case table, jsonl, csv
}

/// Prints stored claims as a table for people, or as JSON lines or CSV for programs and the scorers.
public enum ClaimListing {
    /// The claims in the chosen format; table output groups them by article and fits 100 columns.
    public static func render(_ claims: [StoredClaim], articles: [ArticleSummary], format: ListFormat) -> String {
        switch format {
        case .jsonl: return claims.map { json($0).text + "\n" }.joined()
        case .csv: return csv(claims)
        case .table: return table(claims, articles: articles)
        }
    }

    /// One claim as the evaluation's JSON object.
    public static func json(_ c: StoredClaim) -> JSONValue {
        let fields = c.claim.mention.jsonFields.map { $0.0 == "value" ? ("value", claimValue(c.claim.mention.value)) : $0 }
        return .object(
            [("source", .string(c.source))] + fields + [
                ("subject", .string(c.claim.subject)), ("as_of", .string(c.claim.asOf?.timex)),
                ("speaker", .string(c.claim.speaker)), ("sentence", .string(c.claim.sentence)),
                ("id", .number(Double(c.id))), ("article", .string(c.articleID)),
            ])
    }

    /// A claim's value as the scenario format writes claims: a date at day precision ("on Monday afternoon" is the
    /// day the claim is about) and one week in days ("a week" is `P7D`, several are `P6W`), where mentions keep
    /// TIMEX3's `TAF` and `P1W`.
    static func claimValue(_ value: MentionValue) -> JSONValue {
        switch value {
        case .date(let t) where t.grain == .day: return .string(t.first.iso)
        case .duration(let d) where d.unit == .weeks && d.amount == 1: return .string(Duration(7, .days).iso)
        default: return value.json
        }
    }

    private static func csv(_ claims: [StoredClaim]) -> String {
        let header = "id,source,start,end,kind,value,unit,qualifier,low,high,text,subject,as_of,speaker\n"
        return header + claims.map { c in
            let m = c.claim.mention
            let fields: [String] = [
                String(c.id), c.source, String(m.start), String(m.end), m.kind.rawValue, m.value.text, m.unit ?? "",
                m.qualifier?.rawValue ?? "", m.bound(m.interval.low).plain, m.bound(m.interval.high).plain, m.text,
                c.claim.subject, c.claim.asOf?.timex ?? "", c.claim.speaker ?? "",
            ]
            return fields.map(quoteCSV).joined(separator: ",") + "\n"
        }.joined()
    }

    private static func quoteCSV(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    private static func table(_ claims: [StoredClaim], articles: [ArticleSummary]) -> String {
        var out = ""
        let byArticle = Dictionary(grouping: claims, by: \.articleID)
        for article in articles where byArticle[article.id] != nil {
            out += Table.articleHeading(article)
            out += Table.row(["KIND", "VALUE", "RANGE", "TEXT", "SUBJECT"], widths: widths) + "\n"
            for c in byArticle[article.id]! {
                let m = c.claim.mention
                var value = m.value.text
                if let implied = m.implies { value += "→" + implied.timex }
                out += Table.row([m.kind.rawValue, value, Describe.interval(m), m.text, c.claim.subject], widths: widths) + "\n"
            }
            out += "\n"
        }
        return out
    }

    private static let widths = [8, 13, 24, 28, 23]
}

extension JSONValue {
    /// The value without JSON quoting, for CSV cells.
    var plain: String {
        switch self {
        case .null: return ""
        case .string(let s): return s
        default: return text
        }
    }
}

/// Fixed-width text tables for terminals.
enum Table {
    /// A row of cells, each cut with "…" to its width.
    static func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).map { cell, width in
            let flat = cell.replacingOccurrences(of: "\n", with: " ")
            let cut = flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
            return cut + String(repeating: " ", count: max(0, width - cut.count))
        }.joined(separator: " ").trimmingTrailingSpaces()
    }

    /// The heading line of an article's block.
    static func articleHeading(_ a: ArticleSummary) -> String {
        let date = a.published?.iso ?? "date unknown"
        return "\(a.source) (\(date), \(a.claimCount) claims, id \(a.id.prefix(12)))\n" + (a.title.map { "  \($0)\n" } ?? "")
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
