/// Prints the stored articles as a table.
public enum ArticleListing {
    /// One line per article: id, date, claims, source and title, within 100 columns.
    public static func render(_ articles: [ArticleSummary]) -> String {
        guard !articles.isEmpty else { return "No articles stored.\n" }
        var out = Table.row(["ID", "DATE", "CLAIMS", "SOURCE", "TITLE"], widths: widths) + "\n"
        for a in articles {
            out += Table.row([String(a.id.prefix(12)), a.published?.iso ?? "unknown", String(a.claimCount), a.source, a.title ?? ""], widths: widths) + "\n"
        }
        return out
    }

    /// One article's header lines, then its text as stored: what every claim's offsets point into.
    public static func render(_ a: ArticleSummary, body: String) -> String {
        var out = "\(a.source) (\(a.published?.iso ?? "undated"), \(a.claimCount) claims, id \(a.id.prefix(12)))\n"
        if let title = a.title { out += "  \(title)\n" }
        if let outlet = a.outlet { out += "  \(outlet)\n" }
        return out + "\n" + body + (body.hasSuffix("\n") ? "" : "\n")
    }

    private static let widths = [12, 10, 6, 40, 26]
}
