import Foundation

/// What fetching one URL did: the version stored (or why nothing was), what was read, and what it raised.
public struct FetchReport: Sendable {
    /// The URL as given.
    public let url: String
    /// What the store did, or why the URL was refused (then nothing was stored).
    public let outcome: Result<AddOutcome, TrackerError>
    /// The stored version of the page: new, or the latest when the page had not changed.
    public let page: PageVersion?
    /// The article as read from the page (title, date and where it came from, outlet); nil when refused or unchanged.
    public let article: Article?
    /// Whether the server answered a conditional request with "not modified".
    public let notModified: Bool
    /// New findings of the page's claims against the store.
    public let findings: [Finding]
    /// Figures the page changed since its previous version: the same sentence with another figure.
    public let changes: [FigureChange]
    /// Seconds from request to stored.
    public let seconds: Double
}

/// One figure a page changed between two versions, in a sentence otherwise the same.
public struct FigureChange: Sendable {
    /// The figure in the older version.
    public let before: StoredClaim
    /// The figure in the newer version.
    public let after: StoredClaim
}

extension Tracker {
    /// Fetches a page, reads it as an article (its date is the reference for its relative dates), stores it as a
    /// new version of its URL when its text changed, and checks its claims against the store. A conditional request
    /// is sent when a version is stored. Any refusal leaves the store as it was.
    public func fetch(_ url: String, options: FetchOptions = FetchOptions(), date: CalendarDay? = nil) -> FetchReport {
        let started = Date()
        func refused(_ error: TrackerError) -> FetchReport {
            FetchReport(
                url: url, outcome: .failure(error), page: nil, article: nil, notModified: false, findings: [], changes: [],
                seconds: Date().timeIntervalSince(started))
        }
        do {
            let latest = try store.latestPage(url: url)
            var conditional = options
            conditional.etag = latest?.etag
            conditional.lastModified = latest?.lastModified
            let fetched: FetchedPage
            switch try Fetcher.fetch(url, options: conditional) {
            case .notModified:
                guard let latest else { return refused(.fetch(.network(url, reason: "the server said 'not modified' to a first request"))) }
                try store.touch(latest)
                return FetchReport(
                    url: url, outcome: .success(.duplicate(articleID: latest.articleID, storedFrom: url)), page: latest, article: nil,
                    notModified: true, findings: [], changes: [], seconds: Date().timeIntervalSince(started))
            case .fetched(let page):
                fetched = page
            }
            let article = try ArticleReader.parse(
                fetched.bytes, source: url, format: fetched.isHTML ? .html : .text, charset: fetched.charset, url: fetched.finalURL,
                options: ReadOptions(date: date, maxBytes: options.maxBytes))
            let built = builder.build(article)
            let (outcome, version) = try store.add(
                article, claims: built.claims, places: built.places, page: fetched, canonicalURL: article.canonicalURL)
            let findings = try check(outcome)
            var changes: [FigureChange] = []
            if case .added = outcome, version.version > 1, let previous = try store.page(url: url, version: version.version - 1) {
                changes = FigureChange.between(try store.claims(article: previous.articleID), try store.claims(article: version.articleID))
            }
            return FetchReport(
                url: url, outcome: .success(outcome), page: version, article: article, notModified: false, findings: findings,
                changes: changes, seconds: Date().timeIntervalSince(started))
        } catch {
            return refused(TrackerError(error, store: store.path))
        }
    }
}

extension FigureChange {
    /// The figures changed between two versions: claims whose sentences read the same once the figure itself is
    /// blanked, with different values ("2,500 troops remain" → "3,000 troops remain").
    static func between(_ old: [StoredClaim], _ new: [StoredClaim]) -> [FigureChange] {
        func skeleton(_ c: StoredClaim) -> String {
            let s = c.claim.sentence
            let offset = c.claim.mention.start - c.claim.sentenceRange.lowerBound
            let scalars = Array(s.unicodeScalars)
            guard offset >= 0, offset + c.claim.mention.text.unicodeScalars.count <= scalars.count else { return s }
            let end = offset + c.claim.mention.text.unicodeScalars.count
            return String(String.UnicodeScalarView(scalars[..<offset])) + "#" + String(String.UnicodeScalarView(scalars[end...]))
        }
        let before = Dictionary(old.map { (skeleton($0), $0) }, uniquingKeysWith: { first, _ in first })
        return new.compactMap { c in
            guard let was = before[skeleton(c)], was.claim.mention.value != c.claim.mention.value else { return nil }
            return FigureChange(before: was, after: c)
        }
    }
}
