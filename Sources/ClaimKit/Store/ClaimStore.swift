import Foundation
import GRDB

/// The claim store: articles, their sentences and claims, and findings, in one SQLite file (WAL mode).
/// All SQL lives in this folder, so another backend can replace it without touching the rest.
///
/// ```swift
/// let store = try ClaimStore(path: "claims/claims.sqlite")
/// let outcome = try store.add(article, claims: ClaimBuilder().claims(of: article))
/// ```
public final class ClaimStore: Sendable {
    /// The default store path, relative to the working directory.
    public static let defaultPath = "claims/claims.sqlite"

    /// The store file's path.
    public let path: String
    private let pool: DatabasePool

    /// Opens the store at `path`, creating it (and its folder) on first use and migrating it to the current schema.
    public init(path: String) throws(StoreError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path, reason: "cannot create folder \(folder)")
            }
        }
        if FileManager.default.fileExists(atPath: path), !ClaimStore.hasSQLiteHeader(path) {
            throw .notADatabase(path)
        }
        var config = Configuration()
        // Two `claims` processes writing at once wait for each other instead of failing with "database is locked".
        config.busyMode = .timeout(30)
        do {
            pool = try ClaimStore.openAndMigrate(path: path, configuration: config)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw .notADatabase(path)
        } catch let error as DatabaseError {
            throw .cannotOpen(path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path, reason: "\(error)")
        }
    }

    /// Opens the pool and migrates it. Two processes creating the same new store race to migrate it; the loser sees
    /// "already exists" or "duplicate column" (a table or column the winner has just added), a busy lock, or its
    /// record of a migration the winner has just recorded (its transaction then rolls back whole), and on retry finds
    /// the migrations applied.
    private static func openAndMigrate(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                let migrator = Schema.migrator
                if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path) }
                try migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError
                where attempt < 50
                && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
                    || ["already exists", "duplicate column", "grdb_migrations"].contains { (error.message ?? "").contains($0) })
            {
                attempt += 1
                usleep(20_000)
            }
        }
    }

    /// An empty file is a new store; anything else must start with SQLite's magic header, or it is not ours to touch.
    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head.isEmpty || head == Data("SQLite format 3\0".utf8)
    }

    /// Stores an article with its sentences and claims in one transaction; a body already stored is left as it is.
    public func add(_ article: Article, claims: [Claim], places: [String] = []) throws(StoreError) -> AddOutcome {
        try write { db in try ClaimStore.insert(article, claims: claims, places: places, in: db) }
    }

    /// Inserts an article with its sentences and claims inside the caller's transaction.
    private static func insert(_ article: Article, claims: [Claim], places: [String], in db: Database) throws -> AddOutcome {
        if let existing = try String.fetchOne(db, sql: "SELECT source FROM article WHERE id = ?", arguments: [article.id]) {
            return .duplicate(articleID: article.id, storedFrom: existing)
        }
        try db.execute(
            sql: """
                INSERT INTO article (id, source, title, published, date_origin, outlet, format, body, added_at, places)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                article.id, article.source, article.title, article.published?.iso, article.dateOrigin?.rawValue,
                article.outlet, article.format.rawValue, article.body, ClaimStore.now(), places.joined(separator: "\n"),
            ])
        var sentenceIDs: [Int: Int64] = [:]
        for claim in claims {
            let start = claim.sentenceRange.lowerBound
            if sentenceIDs[start] == nil {
                try db.execute(
                    sql: #"INSERT INTO sentence (article_id, start, "end", text) VALUES (?, ?, ?, ?)"#,
                    arguments: [article.id, start, claim.sentenceRange.upperBound, claim.sentence])
                sentenceIDs[start] = db.lastInsertedRowID
            }
            let m = claim.mention
            try db.execute(
                sql: """
                    INSERT INTO claim (article_id, sentence_id, text, start, "end", kind, value, unit, qualifier, low, high,
                        implies, subject, subject_key, owner, as_of, as_of_first, as_of_last, as_of_stated, speaker, recognizer,
                        modifiers, place, event)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    article.id, sentenceIDs[start], m.text, m.start, m.end, m.kind.rawValue, m.value.text, m.unit,
                    m.qualifier?.rawValue, m.interval.low, m.interval.high, m.implies?.timex, claim.subject, claim.subjectKey,
                    claim.owner, claim.asOf?.timex, claim.asOf?.first.ordinal, claim.asOf?.last.ordinal, claim.asOfStated,
                    claim.speaker, m.recognizer, claim.modifiers.joined(separator: " "), claim.place, claim.event,
                ])
        }
        return .added(articleID: article.id, claims: claims.count)
    }

    /// The newest stored version of a page fetched from `url`, if any.
    public func latestPage(url: String) throws(StoreError) -> PageVersion? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM page WHERE url = ? ORDER BY version DESC LIMIT 1", arguments: [url]).map(ClaimStore.page)
        }
    }

    /// Stores a fetched page's article, claims and version row in one transaction. A body already stored (the server
    /// sent the same text again) records no new version: the latest one's validators and time are refreshed.
    public func add(
        _ article: Article, claims: [Claim], places: [String], page: FetchedPage, canonicalURL: String?
    ) throws(StoreError) -> (AddOutcome, PageVersion) {
        try write { db in
            let latest = try Row.fetchOne(db, sql: "SELECT * FROM page WHERE url = ? ORDER BY version DESC LIMIT 1", arguments: [page.requestedURL])
                .map(ClaimStore.page)
            if let latest, latest.articleID == article.id {
                try db.execute(
                    sql: "UPDATE page SET etag = ?, last_modified = ?, fetched_at = ?, final_url = ? WHERE url = ? AND version = ?",
                    arguments: [page.etag, page.lastModified, ClaimStore.now(), page.finalURL, latest.url, latest.version])
                return (.duplicate(articleID: article.id, storedFrom: page.requestedURL), latest)
            }
            let outcome = try ClaimStore.insert(article, claims: claims, places: places, in: db)
            let version = (latest?.version ?? 0) + 1
            try db.execute(
                sql: """
                    INSERT INTO page (url, version, article_id, final_url, canonical_url, media_type, etag, last_modified, fetched_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    page.requestedURL, version, article.id, page.finalURL, canonicalURL, page.mediaType, page.etag, page.lastModified,
                    ClaimStore.now(),
                ])
            let stored = try Row.fetchOne(db, sql: "SELECT * FROM page WHERE url = ? AND version = ?", arguments: [page.requestedURL, version])
            return (outcome, ClaimStore.page(stored!))
        }
    }

    /// One stored version of a page.
    public func page(url: String, version: Int) throws(StoreError) -> PageVersion? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM page WHERE url = ? AND version = ?", arguments: [url, version]).map(ClaimStore.page)
        }
    }

    /// Records that a conditional fetch found the latest version unchanged.
    public func touch(_ page: PageVersion) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE page SET fetched_at = ? WHERE url = ? AND version = ?", arguments: [ClaimStore.now(), page.url, page.version])
        }
    }

    /// Every stored article, oldest first.
    public func articles() throws(StoreError) -> [ArticleSummary] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.source, a.title, a.published, a.outlet, a.added_at,
                           (SELECT COUNT(*) FROM claim c WHERE c.article_id = a.id) AS claims
                    FROM article a ORDER BY a.added_at, a.source
                    """
            ).map(ClaimStore.summary)
        }
    }

    /// The article a user names by id prefix, source path or URL.
    public func article(matching reference: String) throws(StoreError) -> ArticleSummary {
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.source, a.title, a.published, a.outlet, a.added_at,
                           (SELECT COUNT(*) FROM claim c WHERE c.article_id = a.id) AS claims
                    FROM article a WHERE a.source = ? OR a.id LIKE ? || '%' OR a.source LIKE '%/' || ?
                    """, arguments: [reference, reference.lowercased(), reference]
            ).map(ClaimStore.summary)
        }
        if rows.count == 1 { return rows[0] }
        if let exact = rows.first(where: { $0.source == reference }) { return exact }
        throw rows.isEmpty ? .unknownArticle(reference) : .ambiguousArticle(reference, matches: rows.count)
    }

    /// The body of a stored article.
    public func body(ofArticle id: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT body FROM article WHERE id = ?", arguments: [id]) }
    }

    /// Claims, optionally of one article and one kind, in article then text order; `ordered: false` leaves them in
    /// storage order, which a full check (that groups and sorts them itself) reads without sorting the whole store.
    public func claims(article: String? = nil, kind: MentionKind? = nil, ordered: Bool = true) throws(StoreError) -> [StoredClaim] {
        try read { db in
            var sql = ClaimStore.claimSelect + " WHERE 1"
            var arguments: StatementArguments = []
            if let article {
                sql += " AND c.article_id = ?"
                arguments += [article]
            }
            if let kind {
                sql += " AND c.kind = ?"
                arguments += [kind.rawValue]
            }
            if ordered { sql += " ORDER BY a.added_at, a.source, c.start" }
            return try ClaimStore.storedClaims(db, sql: sql, arguments: arguments)
        }
    }

    /// The claims a new article's claims are compared with, found through the (subject_key, place, as_of_first) index:
    /// the same subject key; for a key whose new claims all name a place, only claims in a compatible place or in
    /// none; and counted figures (not dates or lengths) only when the time they hold for meets `days`. So the
    /// candidates grow with the reports of the same thing at about the same time, not with the store.
    public func candidates(for new: [StoredClaim], holdingWithin days: ClosedRange<Int>?) throws(StoreError) -> [StoredClaim] {
        // For each key, the places its new claims name; a key with a claim naming none looks in every place.
        var places: [String: Set<String>] = [:]
        var anywhere: Set<String> = []
        for c in new where !c.claim.subjectKey.isEmpty {
            if let place = c.claim.place {
                places[c.claim.subjectKey, default: []].formUnion(Places.family(place))
            } else {
                anywhere.insert(c.claim.subjectKey)
            }
        }
        let keys = Set(places.keys).union(anywhere)
        guard !keys.isEmpty else { return [] }
        // One indexed look-up per key and place (an OR across keys, or "place IS NULL OR place IN", makes SQLite scan
        // the table); a year back covers periods as long as "last year".
        var queries: [(String, StatementArguments)] = []
        for key in keys.sorted() {
            var time = ""
            var timeArguments: StatementArguments = []
            if let days, let kind = key.split(separator: ":").first, !Comparability.timelessKinds.contains(where: { $0.rawValue == kind }) {
                time = " AND c.as_of_first BETWEEN ? AND ? AND c.as_of_last >= ?"
                timeArguments = [days.lowerBound - 366, days.upperBound, days.lowerBound]
            }
            let base = ClaimStore.claimSelect + " WHERE c.subject_key = ? AND c.subject_key <> ''"
            if !anywhere.contains(key), let named = places[key] {
                let marks = Array(repeating: "?", count: named.count).joined(separator: ", ")
                queries.append((base + " AND c.place IN (\(marks))" + time, [key] + StatementArguments(named.sorted()) + timeArguments))
                queries.append((base + " AND c.place IS NULL" + time, [key] + timeArguments))
            } else {
                queries.append((base + time, [key] + timeArguments))
            }
        }
        let planned = queries
        return try read { db in
            try planned.flatMap { sql, arguments in try ClaimStore.storedClaims(db, sql: sql, arguments: arguments) }
                .sorted { $0.id < $1.id }
        }
    }

    /// Stores findings not stored before; a pair already stored keeps its review status. Returns the new ones.
    public func record(_ findings: [Finding]) throws(StoreError) -> [Finding] {
        try write { db in
            var fresh: [Finding] = []
            let foundAt = ClaimStore.now()
            for var f in findings {
                try db.execute(
                    sql: """
                        INSERT INTO finding (claim_a, claim_b, relation, severity, explanation, found_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (claim_a, claim_b, relation) DO NOTHING
                        """, arguments: [f.a.id, f.b.id, f.relation.rawValue, f.severity.rawValue, f.explanation, foundAt])
                if db.changesCount > 0 {
                    f.id = db.lastInsertedRowID
                    fresh.append(f)
                }
            }
            return fresh
        }
    }

    /// Stored findings, optionally with one review status, oldest first.
    public func findings(status: ReviewStatus? = nil) throws(StoreError) -> [Finding] {
        try read { db in
            var sql = "SELECT id, claim_a, claim_b, relation, severity, explanation, status, note FROM finding"
            var arguments: StatementArguments = []
            if let status {
                sql += " WHERE status = ?"
                arguments += [status.rawValue]
            }
            let rows = try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments)
            let ids = Set(rows.flatMap { [$0["claim_a"] as Int64, $0["claim_b"] as Int64] })
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            let claims = ids.isEmpty ? [:] : Dictionary(
                uniqueKeysWithValues: try ClaimStore.storedClaims(
                    db, sql: ClaimStore.claimSelect + " WHERE c.id IN (\(marks))", arguments: StatementArguments(Array(ids))
                ).map { ($0.id, $0) })
            return rows.compactMap { row -> Finding? in
                guard let a = claims[row["claim_a"]], let b = claims[row["claim_b"]],
                    let relation = Relation(rawValue: row["relation"]), let severity = Severity(rawValue: row["severity"])
                else { return nil }
                var f = Finding(a, b, relation: relation, severity: severity, explanation: row["explanation"])
                f.id = row["id"]
                f.status = ReviewStatus(rawValue: row["status"]) ?? .open
                f.note = row["note"]
                return f
            }
        }
    }

    /// Records a reviewer's verdict on a finding.
    public func review(finding id: Int64, status: ReviewStatus, note: String?) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE finding SET status = ?, note = ?, reviewed_at = ? WHERE id = ?",
                arguments: [status.rawValue, note, ClaimStore.now(), id])
            if db.changesCount == 0 { throw StoreError.unknownFinding(id) }
        }
    }

    // MARK: - Rows

    /// The columns a claim is read from, in the order `storedClaim` reads them by index: reading by name looks each
    /// name up case-insensitively, which dominated the time to check a new article against a large store.
    private static let claimSelect = """
        SELECT c.kind, c.value, c.text, c.start, c."end", c.unit, c.qualifier, c.low, c.high, c.recognizer, c.implies,
               c.subject, c.subject_key, c.modifiers, c.place, c.event, c.owner, c.as_of, c.as_of_stated, c.speaker,
               s.start, s."end", s.text, c.id, c.article_id, a.source, a.places
        FROM claim c JOIN article a ON a.id = c.article_id JOIN sentence s ON s.id = c.sentence_id
        """

    private static func page(_ row: Row) -> PageVersion {
        PageVersion(
            url: row["url"], version: row["version"], articleID: row["article_id"], finalURL: row["final_url"],
            canonicalURL: row["canonical_url"], mediaType: row["media_type"], etag: row["etag"], lastModified: row["last_modified"],
            fetchedAt: row["fetched_at"])
    }

    private static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], source: row["source"], title: row["title"], published: (row["published"] as String?).flatMap(CalendarDay.init(iso:)),
            outlet: row["outlet"], claimCount: row["claims"], addedAt: row["added_at"])
    }

    /// The claims a query of `claimSelect` returns, read through a cursor. Rows come article by article, so an
    /// article's places are split once rather than once per claim.
    private static func storedClaims(_ db: Database, sql: String, arguments: StatementArguments) throws -> [StoredClaim] {
        var claims: [StoredClaim] = []
        var places: (article: String, names: Set<String>) = ("", [])
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let article: String = row[24]
            if article != places.article { places = (article, Set((row[26] as String).split(separator: "\n").map(String.init))) }
            if let claim = storedClaim(row, articlePlaces: places.names) { claims.append(claim) }
        }
        return claims
    }

    private static func storedClaim(_ row: Row, articlePlaces: Set<String>) -> StoredClaim? {
        guard let kind = MentionKind(rawValue: row[0]), let value = MentionValue(kind: kind, text: row[1]) else { return nil }
        let mention = Mention(
            text: row[2], start: row[3], end: row[4], kind: kind, value: value, unit: row[5],
            qualifier: (row[6] as String?).flatMap(Qualifier.init(rawValue:)), interval: Interval(low: row[7], high: row[8]),
            recognizer: row[9], implies: (row[10] as String?).flatMap(TimePoint.init(timex:)))
        let claim = Claim(
            mention: mention, subject: row[11], subjectKey: row[12], modifiers: (row[13] as String).split(separator: " ").map(String.init),
            place: row[14], event: row[15], owner: row[16], asOf: (row[17] as String?).flatMap(TimePoint.init(timex:)),
            asOfStated: row[18], speaker: row[19], sentenceRange: (row[20] as Int)..<(row[21] as Int), sentence: row[22])
        return StoredClaim(id: row[23], articleID: row[24], source: row[25], claim: claim, articlePlaces: articlePlaces)
    }

    // MARK: - Access

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed(path, reason: "\(error)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed(path, reason: "\(error)")
        }
    }

    private static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
