import ArgumentParser
import ClaimKit

/// `claims fetch`: fetch pages by URL, store them as sources, print their claims and where they disagree.
struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch pages by URL, store them, and print their claims and findings against the store.",
        discussion: "Only http and https; HTML, XHTML and plain text. A page fetched again is asked for conditionally; a changed page is stored as a new version and its changed figures are listed.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "One or more http(s) URLs.")
    var urls: [String]

    @Option(help: "Compare with this stored article (id prefix, path or URL) instead of the whole store.")
    var compare: String?

    @Option(help: "Refuse bodies larger than this many bytes.")
    var maxBytes: Int = 10_000_000

    @Option(help: "Seconds allowed for each page.")
    var timeout: Double = 20

    @Option(help: "Publication date (YYYY-MM-DD) for pages that carry none.")
    var date: String?

    @Option(help: "table, jsonl or md (findings and comparison).")
    var format: FindingFormat = .table

    func run() throws {
        let tracker = try storeOptions.tracker()
        let reference = try date.map { value in
            guard let day = CalendarDay(iso: value) else { throw Failure(message: ReadError.badDateOption(value).description) }
            return day
        }
        var failures: [String] = []
        for url in urls {
            let report = tracker.fetch(url, options: FetchOptions(maxBytes: maxBytes, timeout: timeout), date: reference)
            switch report.outcome {
            case .failure(let error):
                failures.append(error.description)
                continue
            case .success(let outcome):
                emit(FetchSummary.render(report, outcome: outcome))
            }
            guard let page = report.page else { continue }
            let (articles, claims) = try storeCall { () throws(StoreError) in
                (try tracker.store.articles(), try tracker.store.claims(article: page.articleID))
            }
            if format == .table, !report.notModified { emit(ClaimListing.render(claims, articles: articles, format: .table)) }
            if let compare {
                let (a, b, pairs) = try storeCall { () throws(StoreError) in try tracker.compare(page.articleID, compare) }
                emit("\n" + ComparisonReport.render(a, b, pairs, format: format))
            } else if !report.findings.isEmpty {
                emit("\n" + FindingReport.render(report.findings, format: format))
            }
        }
        guard failures.isEmpty else { throw Failure(message: failures.joined(separator: "\nclaims: ")) }
    }
}
