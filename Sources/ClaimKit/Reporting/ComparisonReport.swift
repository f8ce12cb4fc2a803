/// Prints two articles side by side: what they both speak of, where they agree and where they contradict.
public enum ComparisonReport {
    /// The comparison as plain text (`table`), JSON lines (`jsonl`) or Markdown (`md`).
    public static func render(_ a: ArticleSummary, _ b: ArticleSummary, _ pairs: [ComparedPair], format: FindingFormat) -> String {
        switch format {
        case .jsonl:
            return pairs.map { p in
                JSONValue.object([
                    ("verdict", .string(p.finding == nil ? "agree" : "contradict")), ("a", FindingReport.json(side: p.a)),
                    ("b", FindingReport.json(side: p.b)), ("why", .string(p.finding?.explanation ?? p.sameness)),
                ]).text + "\n"
            }.joined()
        case .table, .md:
            let md = format == .md
            let contradictions = pairs.filter { $0.finding != nil }
            let agreements = pairs.filter { $0.finding == nil }
            var out = (md ? "## " : "") + "A: \(a.source) (\(a.published?.iso ?? "undated"))\n" + (md ? "\n## " : "")
                + "B: \(b.source) (\(b.published?.iso ?? "undated"))\n\n"
            out += "\(pairs.count) shared subjects at the same time: \(agreements.count) agree, \(contradictions.count) contradict.\n"
            for (title, group) in [("Contradictions", contradictions), ("Agreements", agreements)] where !group.isEmpty {
                out += md ? "\n### \(title)\n\n" : "\n\(title):\n"
                for p in group {
                    let line = "“\(p.a.claim.mention.text)” (\(Describe.interval(p.a.claim.mention))) vs “\(p.b.claim.mention.text)” (\(Describe.interval(p.b.claim.mention)))"
                    out += md ? "- **\(line)**: \(p.finding?.explanation ?? p.sameness)\n" : "  \(line)\n    \(p.finding?.explanation ?? p.sameness)\n"
                }
            }
            return out
        }
    }
}
