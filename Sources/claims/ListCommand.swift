import ArgumentParser
import ClaimKit

extension ListFormat: ExpressibleByArgument {}
extension FindingFormat: ExpressibleByArgument {}
extension MentionKind: ExpressibleByArgument {}
extension ReviewStatus: ExpressibleByArgument {}

/// `claims list`: the stored claims, per article.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List stored claims, for one article or all.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "An article: id prefix, source path or URL (default: all).")
    var article: String?

    @Option(help: "Only claims of this kind (\(MentionKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var kind: MentionKind?

    @Option(help: "table, jsonl or csv.")
    var format: ListFormat = .table

    func run() throws {
        let store = try storeOptions.tracker().store
        let articles = try storeCall { () throws(StoreError) in try store.articles() }
        let id = try article.map { reference in try storeCall { () throws(StoreError) in try store.article(matching: reference).id } }
        let claims = try storeCall { () throws(StoreError) in try store.claims(article: id, kind: kind) }
        emit(ClaimListing.render(claims, articles: articles, format: format))
    }
}

/// `claims articles`: the stored articles.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List stored articles.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.tracker().store
        let articles = try storeCall { () throws(StoreError) in try store.articles() }
        emit(ArticleListing.render(articles))
    }
}

/// `claims report`: the store as a Markdown report (claims per article, then findings).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the store's claims and findings as a Markdown report.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.tracker().store
        let (articles, claims, findings) = try storeCall { () throws(StoreError) in
            (try store.articles(), try store.claims(), try store.findings())
        }
        emit(MarkdownReport.render(articles: articles, claims: claims, findings: findings))
    }
}

/// `claims compare`: two stored articles side by side.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Two stored articles side by side: shared subjects, agreements, contradictions.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The first article: id prefix, source path or URL.")
    var first: String

    @Argument(help: "The second article.")
    var second: String

    @Option(help: "table, jsonl or md.")
    var format: FindingFormat = .table

    func run() throws {
        let tracker = try storeOptions.tracker()
        let (a, b, pairs) = try storeCall { () throws(StoreError) in try tracker.compare(first, second) }
        emit(ComparisonReport.render(a, b, pairs, format: format))
    }
}

/// `claims show`: the text the store holds for an article, as read from its file or page.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a stored article's text as it was read (the main text of a page, without its furniture).")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "An article: id prefix, source path or URL.")
    var article: String

    func run() throws {
        let store = try storeOptions.tracker().store
        let (summary, body) = try storeCall { () throws(StoreError) in
            let summary = try store.article(matching: article)
            return (summary, try store.body(ofArticle: summary.id) ?? "")
        }
        emit(ArticleListing.render(summary, body: body))
    }
}
