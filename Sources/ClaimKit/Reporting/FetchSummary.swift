/// Prints what a fetch did in a few lines: where the URL led, which version was stored, what the page is and where
/// its date came from, and the figures it changed since its previous version.
public enum FetchSummary {
    /// The summary of a successful fetch.
    public static func render(_ r: FetchReport, outcome: AddOutcome) -> String {
        guard let page = r.page else { return "" }
        let seconds = Describe.grouped((r.seconds * 1000).rounded() / 1000)
        if r.notModified {
            return "unchanged \(r.url): the server says version \(page.version) (article \(page.articleID.prefix(12))) is current (\(seconds) s)\n"
        }
        var out: String
        switch outcome {
        case .added(let id, let count):
            out = "fetched \(r.url) in \(seconds) s: version \(page.version), \(count) claims (article \(id.prefix(12)))\n"
        case .duplicate(let id, _):
            out = "fetched \(r.url) in \(seconds) s: same text as version \(page.version) (article \(id.prefix(12))), nothing new stored\n"
        }
        if page.finalURL != r.url { out += "  redirected to \(page.finalURL)\n" }
        if let a = r.article {
            let date = a.published.map { "\($0.iso) (from \(a.dateOrigin?.description ?? "unknown"))" } ?? "no date found: relative dates are not resolved"
            out += "  \(a.title ?? "(no title)") | \(a.outlet ?? "(no outlet)") | \(date)\n"
            if let canonical = a.canonicalURL, canonical != page.finalURL { out += "  canonical \(canonical)\n" }
        }
        for change in r.changes {
            out += "  changed since version \(page.version - 1): “\(change.before.claim.mention.text)” → “\(change.after.claim.mention.text)” in: \(change.after.claim.sentence)\n"
        }
        return out
    }
}
