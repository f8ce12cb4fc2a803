import Foundation
import GRDB
import Testing
@testable import ClaimKit

/// The claim store on a real SQLite file: transactions, duplicates, damaged files, concurrent writers, reviews.
struct StoreTests {
    static let text = " date 2021-07-26 Troops.\n\nAbout 2,500 US troops remain in Iraq, officials said on Monday."
    static let other = " date 2021-07-27 More troops.\n\nRoughly 3,500 American troops were stationed in Iraq on Monday."

    @Test func addingTheSameArticleTwiceChangesNothing() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        let path = TestSupport.write(StoreTests.text, to: "a.txt", in: folder)
        let copy = TestSupport.write(StoreTests.text + "\n", to: "copy.txt", in: folder)
        let first = tracker.add([path])
        let second = tracker.add([copy])
        guard case .success(.added(let id, let count)) = first[0].outcome else { Issue.record("not added"); return }
        #expect(count > 0)
        #expect(second[0].outcome == .success(.duplicate(articleID: id, storedFrom: path)))
        #expect(try tracker.store.articles().count == 1)
        #expect(try tracker.store.claims().count == count)
    }

    @Test func storedClaimsKeepEveryField() throws {
        let (tracker, _) = try TestSupport.freshTracker()
        let article = try ArticleReader.parse(Array(StoreTests.text.utf8), source: "t.txt", format: .text)
        _ = try tracker.addArticle(article)
        let count = try #require(try tracker.store.claims(kind: .count).first)
        #expect(count.claim.mention.text == "About 2,500 US troops")
        #expect(count.claim.mention.value == .number(2500))
        #expect(count.claim.mention.interval == Interval(low: 2250, high: 2750))
        #expect(count.claim.mention.qualifier == .about)
        #expect(count.claim.owner == "US")
        #expect(count.claim.subject == "US troops in Iraq")
        #expect(count.claim.speaker == "officials" || count.claim.speaker == nil)
        let scalars = Array(article.body.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[count.claim.mention.start..<count.claim.mention.end])) == count.claim.mention.text)
        #expect(count.claim.asOf?.timex == "2021-07-26")
    }

    @Test func partsOfDayAndWeeksSurviveTheStoreAndListAsTheScenarioFormatWritesClaims() throws {
        let (tracker, _) = try TestSupport.freshTracker()
        let text = " date 2024-06-20 Council.\n\nThe council voted 7-2 on Tuesday night to close the bridge for two weeks. It was shut for a week."
        _ = try tracker.addArticle(try ArticleReader.parse(Array(text.utf8), source: "c.txt", format: .text))
        let claims = try tracker.store.claims()
        let night = try #require(claims.first { $0.claim.mention.kind == .date })
        let weeks = try #require(claims.first { $0.claim.mention.kind == .duration })
        let week = try #require(claims.last { $0.claim.mention.kind == .duration })
        #expect(night.claim.mention.value == .date(.partOfDay(CalendarDay(iso: "2024-06-18")!, "NI")))
        #expect(weeks.claim.mention.value == .duration(Duration(2, .weeks)))
        #expect(ClaimListing.json(night).text.contains(#""value": "2024-06-18""#))
        #expect(ClaimListing.json(weeks).text.contains(#""value": "P2W""#))
        #expect(ClaimListing.json(week).text.contains(#""value": "P7D""#))
    }

    @Test func aVersionOneStoreKeepsItsClaimsAndTakesTimesAndAges() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("v1.sqlite").path
        let v1 = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(v1, upTo: "v1.createArticleSentenceClaimFinding")
        try v1.write { db in
            try db.execute(sql: """
                INSERT INTO article VALUES ('a', 'old.txt', NULL, '2021-07-26', 'date header', NULL, 'text', 'x', '2021-07-26T00:00:00Z');
                INSERT INTO sentence VALUES (1, 'a', 0, 5, 'x');
                INSERT INTO claim VALUES (1, 'a', 1, '2,500 troops', 0, 12, 'count', '2500', 'troops', NULL, 2500, 2500, NULL,
                    'troops', 'count:troops|', NULL, '2021-07-26', 18834, 18834, 0, NULL, 'count');
                """)
        }
        try v1.close()
        let tracker = try Tracker(storePath: path)
        #expect(try tracker.store.claims().map(\.claim.mention.text) == ["2,500 troops"])
        let text = " date 2021-07-26 T\n\nPolls closed at 8 p.m. on Monday. A 34-year-old man was held."
        _ = try tracker.addArticle(try ArticleReader.parse(Array(text.utf8), source: "t.txt", format: .text))
        let time = try #require(try tracker.store.claims(kind: .time).first)
        #expect(time.claim.mention.value.text == "2021-07-26T20:00")
        #expect(try tracker.store.claims(kind: .age).map(\.claim.mention.value.text) == ["34"])
    }

    @Test func aFailedAddLeavesTheStoreExactlyAsItWas() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        _ = tracker.add([TestSupport.write(StoreTests.text, to: "a.txt", in: folder)])
        let before = try (tracker.store.articles().count, tracker.store.claims().count)
        let binary = folder.appendingPathComponent("b.txt")
        try Data([0, 1, 2]).write(to: binary)
        let results = tracker.add([binary.path, folder.appendingPathComponent("missing.txt").path])
        #expect(results.allSatisfy { if case .failure = $0.outcome { true } else { false } })
        #expect(try (tracker.store.articles().count, tracker.store.claims().count) == before)
    }

    @Test func aFileThatIsNotADatabaseIsNeverOverwritten() throws {
        let folder = TestSupport.temporaryFolder()
        let path = TestSupport.write("these are my notes, not a database", to: "notes.sqlite", in: folder)
        #expect(throws: StoreError.self) { try ClaimStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "these are my notes, not a database")
        let damaged = folder.appendingPathComponent("damaged.sqlite")
        try Data("SQLite format 3\0".utf8 + Data(repeating: 0xFF, count: 4_096)).write(to: damaged)
        let bytes = try Data(contentsOf: damaged)
        #expect(throws: StoreError.self) { try ClaimStore(path: damaged.path) }
        #expect(try Data(contentsOf: damaged) == bytes)
    }

    @Test func anUnwritableLocationIsAClearError() throws {
        let folder = TestSupport.temporaryFolder()
        let blocker = TestSupport.write("a file where a folder should be", to: "blocker", in: folder)
        do {
            _ = try ClaimStore(path: blocker + "/store/claims.sqlite")
            Issue.record("opened a store under a file")
        } catch {
            #expect(error.description.contains("blocker"))
        }
    }

    @Test func twoWritersAtOnceBothSucceed() async throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("shared.sqlite").path
        _ = try ClaimStore(path: path)
        let articles = (0..<40).map { i in
            Article(
                source: "a\(i).txt", title: nil, published: CalendarDay(iso: "2021-07-26"), dateOrigin: .header, format: .text,
                body: "Article \(i): about \(1000 + i) troops remain in Iraq.")
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for half in [articles.prefix(20), articles.suffix(20)] {
                group.addTask {
                    let tracker = try Tracker(storePath: path)  // its own connection pool, as a second process would have
                    for a in half { _ = try tracker.addArticle(a) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try ClaimStore(path: path).articles().count == 40)
    }

    @Test func reviewStatusSurvivesRechecking() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        _ = tracker.add([TestSupport.write(StoreTests.text, to: "a.txt", in: folder), TestSupport.write(StoreTests.other, to: "b.txt", in: folder)])
        let findings = try tracker.checkAll()
        let finding = try #require(findings.first)
        #expect(finding.relation == .contradiction)
        try tracker.store.review(finding: finding.id!, status: .dismissed, note: "different counting rules")
        let again = try tracker.checkAll()
        #expect(again.count == findings.count)
        #expect(again.first { $0.id == finding.id }?.status == .dismissed)
        #expect(again.first { $0.id == finding.id }?.note == "different counting rules")
        #expect(throws: StoreError.self) { try tracker.store.review(finding: 9_999, status: .confirmed, note: nil) }
    }

    @Test func storePathFollowsOptionThenEnvironmentThenDefault() {
        #expect(Tracker.storePath(option: "x.sqlite", environment: ["CLAIMS_STORE": "y.sqlite"]) == "x.sqlite")
        #expect(Tracker.storePath(option: nil, environment: ["CLAIMS_STORE": "y.sqlite"]) == "y.sqlite")
        #expect(Tracker.storePath(option: nil, environment: [:]) == "claims/claims.sqlite")
    }
}

extension Result: @retroactive Equatable where Success: Equatable, Failure == TrackerError {
    public static func == (a: Result, b: Result) -> Bool {
        switch (a, b) {
        case (.success(let x), .success(let y)): return x == y
        case (.failure(let x), .failure(let y)): return x.description == y.description
        default: return false
        }
    }
}

/// An HTML page goes the same path as text: its date from the page, its claims from the main text only.
struct HTMLArticleTests {
    @Test func anHTMLFileIsAddedWithItsPageDateAndMainTextClaims() throws {
        let (tracker, _) = try TestSupport.freshTracker()
        let page = TestSupport.packageRoot.appendingPathComponent("Tests/ClaimKitTests/Fixtures/html/news_full.html").path
        let results = tracker.add([page])
        guard case .success(.added(let id, let count)) = results[0].outcome else {
            Issue.record("not added: \(results[0].outcome)")
            return
        }
        #expect(count > 0)
        let summary = try tracker.store.article(matching: String(id.prefix(8)))
        #expect(summary.published?.iso == "2023-03-14")
        #expect(summary.outlet == "Lakeside Courier" || summary.title?.contains("Transit") == true)
        let body = try #require(try tracker.store.body(ofArticle: id))
        let expected = try String(contentsOfFile: page.replacingOccurrences(of: ".html", with: ".expected.txt"), encoding: .utf8)
        #expect(body.trimmingCharacters(in: .whitespacesAndNewlines) == expected.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try tracker.store.claims(article: id).contains { $0.claim.mention.kind == .percent })
    }
}
