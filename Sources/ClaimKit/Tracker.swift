/// The whole path in one place, as the command line and tests use it: read → extract → store → verify.
///
/// ```swift
/// let tracker = try Tracker(storePath: "claims/claims.sqlite")
/// let report = tracker.add(["seeds/"])
/// ```
public struct Tracker: Sendable {
    /// The store every call reads and writes.
    public let store: ClaimStore
    let builder = ClaimBuilder()
    let verifier = Verifier()

    /// What happened to one input of an `add`.
    public struct InputResult: Sendable {
        /// The path, URL or `-` as given.
        public let source: String
        /// What the store did, or why the input was refused.
        public let outcome: Result<AddOutcome, TrackerError>
        /// Findings the new claims raised against the store.
        public let findings: [Finding]
    }

    /// Opens (or creates) the store at `storePath`.
    public init(storePath: String) throws(StoreError) {
        store = try ClaimStore(path: storePath)
    }

    /// The store path chosen the documented way: `--store`, else `$CLAIMS_STORE`, else `claims/claims.sqlite`.
    public static func storePath(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["CLAIMS_STORE"], !env.isEmpty { return env }
        return ClaimStore.defaultPath
    }

    /// Adds every article the inputs name (files, directories, `-`), each in its own transaction, and checks
    /// its claims against the store. A bad input is reported and skipped; the others are still added.
    public func add(_ inputs: [String], options: ReadOptions = ReadOptions()) -> [InputResult] {
        var results: [InputResult] = []
        for input in inputs {
            let sources: [String]
            do {
                sources = try ArticleReader.expand([input])
            } catch {
                results.append(InputResult(source: input, outcome: .failure(.read(error)), findings: []))
                continue
            }
            for source in sources {
                results.append(addOne(source, options: options))
            }
        }
        return results
    }

    private func addOne(_ source: String, options: ReadOptions) -> InputResult {
        if ArticleReader.isURL(source) {
            let report = fetch(source, options: FetchOptions(maxBytes: options.maxBytes), date: options.date)
            return InputResult(source: source, outcome: report.outcome, findings: report.findings)
        }
        do {
            let article = try ArticleReader.read(source, options: options)
            return try addArticle(article)
        } catch {
            return InputResult(source: source, outcome: .failure(TrackerError(error, store: store.path)), findings: [])
        }
    }

    /// Stores an article already read (from a file, a page or a test) and checks its claims against the store.
    public func addArticle(_ article: Article) throws(StoreError) -> InputResult {
        let built = builder.build(article)
        let outcome = try store.add(article, claims: built.claims, places: built.places)
        return InputResult(source: article.source, outcome: .success(outcome), findings: try check(outcome))
    }

    /// The new findings of an article just added: its claims against the claims sharing their subject keys, found
    /// through the store's index.
    func check(_ outcome: AddOutcome) throws(StoreError) -> [Finding] {
        guard case .added(let id, _) = outcome else { return [] }
        let new = try store.claims(article: id)
        let times = new.compactMap(\.claim.asOf)
        let days = times.isEmpty
            ? nil : (times.map(\.first.ordinal).min()! - Comparability.reachDays)...(times.map(\.last.ordinal).max()! + Comparability.reachDays)
        let candidates = try store.candidates(for: new, holdingWithin: days)
        return try store.record(verifier.findings(for: new, against: candidates))
    }

    /// Two stored articles side by side (each named by id prefix, source path or URL): every pair of their claims
    /// about the same thing at the same time, agreeing or contradicting.
    public func compare(_ first: String, _ second: String) throws(StoreError) -> (ArticleSummary, ArticleSummary, [ComparedPair]) {
        let a = try store.article(matching: first)
        let b = try store.article(matching: second)
        return (a, b, verifier.pairs(try store.claims(article: a.id), try store.claims(article: b.id)))
    }

    /// Re-checks every stored claim against every other; returns all findings (new ones stored, reviewed ones kept).
    public func checkAll() throws(StoreError) -> [Finding] {
        _ = try store.record(verifier.findings(among: store.claims(ordered: false)))
        return try store.findings()
    }
}

/// Why one input of an `add` failed.
public enum TrackerError: Error, Sendable, CustomStringConvertible {
    case read(ReadError)
    case store(StoreError)
    case fetch(FetchError)

    /// The error a step of adding an input threw, as one of these; anything else is reported as a store failure.
    init(_ error: any Error, store path: String) {
        switch error {
        case let e as ReadError: self = .read(e)
        case let e as StoreError: self = .store(e)
        case let e as FetchError: self = .fetch(e)
        default: self = .store(.failed(path, reason: "\(error)"))
        }
    }

    public var description: String {
        switch self {
        case .read(let e): return e.description
        case .store(let e): return e.description
        case .fetch(let e): return e.description
        }
    }
}
