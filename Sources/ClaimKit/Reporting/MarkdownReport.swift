/// A Markdown report of a store: every article's claims as a table, then the findings; reads well pasted into a
/// newsroom chat or document, and is what `claims/seeds.md` holds for `seeds/`.
public enum MarkdownReport {
    /// The report for the given articles, their claims and the findings.
    public static func render(articles: [ArticleSummary], claims: [StoredClaim], findings: [Finding]) -> String {
        var out = "# Claims report\n\n"
        out += "\(articles.count) article\(articles.count == 1 ? "" : "s"), \(claims.count) claims, "
        out += "\(findings.count) finding\(findings.count == 1 ? "" : "s").\n\n"
        let byArticle = Dictionary(grouping: claims, by: \.articleID)
        for a in articles {
            out += "## \(a.source)\n\n"
            out += "\(a.title.map { "*\(cell($0))*, " } ?? "")published \(a.published?.iso ?? "on an unknown date"), article `\(a.id.prefix(12))`\n\n"
            let rows = byArticle[a.id] ?? []
            guard !rows.isEmpty else {
                out += "No claims.\n\n"
                continue
            }
            out += "| text | kind | value | range | subject | as of | speaker |\n|---|---|---|---|---|---|---|\n"
            for c in rows {
                let m = c.claim.mention
                let value = m.value.text + (m.implies.map { " (implies \($0.timex))" } ?? "")
                out += "| \(cell(m.text)) | \(m.kind.rawValue) | \(value) | \(cell(Describe.interval(m))) | \(cell(c.claim.subject)) | "
                out += "\(c.claim.asOf?.timex ?? "") | \(cell(c.claim.speaker ?? "")) |\n"
            }
            out += "\n"
        }
        out += FindingReport.render(findings, format: .md).replacingOccurrences(of: "\n## ", with: "\n# ")
        return out
    }

    private static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
