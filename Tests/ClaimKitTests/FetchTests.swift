import Foundation
import Testing
@testable import ClaimKit

/// Fetching over real HTTP: a server on 127.0.0.1 serves the fixture pages, redirects, errors, slow and oversized
/// answers; every refusal must name the URL and leave the store empty.
@Suite(.serialized)
struct FetchTests {
    /// A page whose text changes when `revision` does, with validators, for the caching tests.
    final class Versioned: @unchecked Sendable {
        private let lock = NSLock()
        private var revision = 1
        private(set) var conditionalRequests = 0

        func bump() { lock.withLock { revision += 1 } }

        func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
            lock.withLock {
                let etag = "\"rev\(revision)\""
                if request.headers["if-none-match"] != nil { conditionalRequests += 1 }
                if request.headers["if-none-match"] == etag { return LoopbackServer.Response(status: 304, headers: [("ETag", etag)]) }
                let troops = revision == 1 ? "2,500" : "3,000"
                let html = """
                    <html><head><title>Troops stay</title><meta property="article:published_time" content="2021-07-26T10:00:00Z"></head>
                    <body><article><p>The United States will keep \(troops) troops in Iraq, officials said on Monday.</p>
                    <p>The decision follows months of talks between the two governments about the future of the mission.</p></article></body></html>
                    """
                return LoopbackServer.Response(
                    headers: [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag), ("Last-Modified", "Mon, 26 Jul 2021 10:00:00 GMT")],
                    body: Array(html.utf8))
            }
        }
    }

    static let versioned = Versioned()
    static let userAgents = UserAgents()
    final class UserAgents: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [String] = []
        func add(_ agent: String?) { lock.withLock { seen.append(agent ?? "") } }
        var all: [String] { lock.withLock { seen } }
    }

    static let server: LoopbackServer = try! LoopbackServer { request in
        FetchTests.userAgents.add(request.headers["user-agent"])
        let html = [("Content-Type", "text/html; charset=utf-8")]
        switch request.path {
        case "/news": return .init(headers: html, body: try! htmlFixtureBytes("news_full.html"))
        case "/jsonld": return .init(headers: html, body: try! htmlFixtureBytes("jsonld_graph.html"))
        case "/cp1252":
            // The server declares the charset; the page's own <meta> is removed, so only the header can say it.
            var bytes = try! htmlFixtureBytes("cp1252.html")
            let meta = Array("<meta charset=\"windows-1252\">".utf8)
            if let at = (0...(bytes.count - meta.count)).first(where: { Array(bytes[$0..<$0 + meta.count]) == meta }) {
                bytes.removeSubrange(at..<at + meta.count)
            }
            return .init(headers: [("Content-Type", "text/html; charset=windows-1252")], body: bytes)
        case "/plain":
            return .init(headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(" date 2021-07-26 Plain\n\nAbout 2,500 US troops are in Iraq.\n".utf8))
        case "/r1": return .redirect("/r2")
        case "/r2": return .redirect("/r3", status: 301)
        case "/r3": return .redirect("/news")
        case "/loop-a": return .redirect("/loop-b")
        case "/loop-b": return .redirect("/loop-a")
        case let path where path.hasPrefix("/hop/"): return .redirect("/hop/\(Int(path.dropFirst(5))! + 1)")
        case "/to-ftp": return .redirect("ftp://127.0.0.1/file.txt")
        case "/missing": return .init(status: 404, headers: html, body: Array("<p>Not found</p>".utf8))
        case "/broken": return .init(status: 500, headers: html, body: Array("<p>Oops</p>".utf8))
        case "/slow": return .init(headers: html, body: try! htmlFixtureBytes("news_full.html"), delay: 3)
        case "/huge": return .init(headers: html, body: Array(repeating: UInt8(ascii: "a"), count: 300_000))
        case "/huge-stream": return .init(headers: html, body: Array(repeating: UInt8(ascii: "a"), count: 300_000), contentLength: false)
        case "/report.pdf": return .init(headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.7 ...".utf8))
        case "/photo": return .init(headers: [("Content-Type", "image/jpeg")], body: [0xFF, 0xD8, 0xFF])
        case "/empty": return .init(headers: html, body: [])
        case "/versioned": return FetchTests.versioned.answer(request)
        default: return .init(status: 404, headers: html, body: [])
        }
    }

    struct PageCase: Sendable, CustomTestStringConvertible {
        let path: String
        let fixture: String
        var testDescription: String { path }
    }

    @Test("pages read over HTTP give the fixture's text, date and outlet", arguments: [
        PageCase(path: "/news", fixture: "news_full"), PageCase(path: "/jsonld", fixture: "jsonld_graph"),
        PageCase(path: "/cp1252", fixture: "cp1252"), PageCase(path: "/r1", fixture: "news_full"),
    ])
    func page(_ c: PageCase) throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = tracker.fetch(FetchTests.server.url(c.path))
        let outcome = try report.outcome.get()
        guard case .added = outcome else { Issue.record("not added: \(outcome)"); return }
        let fixture = try #require(htmlFixtures.first { $0.name == c.fixture })
        let article = try #require(report.article)
        #expect(article.published?.iso == fixture.date && article.dateOrigin == fixture.origin)
        #expect(article.title == fixture.title && article.outlet == fixture.siteName)
        let expected = try expectedParagraphs(c.fixture).joined(separator: "\n\n")
        let (precision, recall) = wordPrecisionRecall(extracted: article.body, expected: expected)
        #expect(precision >= 0.95 && recall >= 0.95, "precision \(precision), recall \(recall)")
        for junk in fixture.boilerplate where !fixture.title.contains(junk) { #expect(!article.body.contains(junk), "\(junk)") }
        let page = try #require(report.page)
        #expect(page.url == FetchTests.server.url(c.path) && page.version == 1)
        #expect(page.finalURL == FetchTests.server.url(c.path == "/r1" ? "/news" : c.path))
        #expect(try tracker.store.articles().first?.source == FetchTests.server.url(c.path))
        #expect(FetchTests.userAgents.all.allSatisfy { $0.hasPrefix("ClaimTracker/") })
    }

    @Test func plainTextPagesUseTheirDateHeader() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = tracker.fetch(FetchTests.server.url("/plain"))
        #expect(report.article?.published?.iso == "2021-07-26" && report.article?.format == .text)
        #expect(try tracker.store.claims().contains { $0.claim.mention.text.contains("2,500") })
    }

    struct RefusalCase: Sendable, CustomTestStringConvertible {
        let url: String
        let expected: @Sendable (String) -> FetchError
        var testDescription: String { url }
    }

    static let refusals: [RefusalCase] = [
        RefusalCase(url: server.url("/missing")) { .httpStatus($0, code: 404) },
        RefusalCase(url: server.url("/broken")) { .httpStatus($0, code: 500) },
        RefusalCase(url: server.url("/slow")) { .timedOut($0, seconds: 1) },
        RefusalCase(url: server.url("/huge")) { .tooLarge($0, limit: 100_000) },
        RefusalCase(url: server.url("/huge-stream")) { .tooLarge($0, limit: 100_000) },
        RefusalCase(url: server.url("/report.pdf")) { .unsupportedContentType($0, type: "application/pdf") },
        RefusalCase(url: server.url("/photo")) { .unsupportedContentType($0, type: "image/jpeg") },
        RefusalCase(url: server.url("/empty")) { .empty($0) },
        RefusalCase(url: server.url("/loop-a")) { .redirectLoop($0, back: server.url("/loop-a")) },
        RefusalCase(url: server.url("/hop/1")) { .tooManyRedirects($0, limit: 5) },
        RefusalCase(url: server.url("/to-ftp")) { _ in .unsupportedScheme("ftp://127.0.0.1/file.txt", scheme: "ftp") },
        RefusalCase(url: "file:///etc/passwd") { .unsupportedScheme($0, scheme: "file") },
        RefusalCase(url: "data:text/html,<p>2,500 troops</p>") { .unsupportedScheme($0, scheme: "data") },
        RefusalCase(url: "http://127.0.0.1:1/closed") { .network($0, reason: "the server refused the connection") },
    ]

    @Test("refusals name the URL and store nothing", arguments: refusals)
    func refusal(_ c: RefusalCase) throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = tracker.fetch(c.url, options: FetchOptions(maxBytes: 100_000, timeout: 1))
        guard case .failure(.fetch(let error)) = report.outcome else {
            Issue.record("expected a refusal, got \(report.outcome)")
            return
        }
        #expect(error == c.expected(c.url))
        #expect(error.description.contains(c.url) || error.description.contains("ftp://"))
        #expect(try tracker.store.articles().isEmpty && tracker.store.latestPage(url: c.url) == nil)
    }

    @Test func aChangedPageIsANewVersionAndAnUnchangedOneIsAskedConditionally() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = FetchTests.server.url("/versioned")
        let first = tracker.fetch(url)
        #expect(first.page?.version == 1 && first.page?.etag == "\"rev1\"")
        let conditionalBefore = FetchTests.versioned.conditionalRequests
        let again = tracker.fetch(url)
        #expect(again.notModified && again.page?.version == 1)
        #expect(FetchTests.versioned.conditionalRequests == conditionalBefore + 1)
        FetchTests.versioned.bump()
        let changed = tracker.fetch(url)
        #expect(changed.page?.version == 2 && !changed.notModified)
        let change = try #require(changed.changes.first)
        #expect(change.before.claim.mention.text.contains("2,500") && change.after.claim.mention.text.contains("3,000"))
        #expect(FetchSummary.render(changed, outcome: try changed.outcome.get()).contains("“2,500 troops” → “3,000 troops”"))
        // Both versions stay, as two articles of one source; the new one's figure contradicts the old one's.
        #expect(try tracker.store.articles().count == 2)
    }

    @Test func addingAURLFetchesIt() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = tracker.add([FetchTests.server.url("/news"), FetchTests.server.url("/missing")])
        #expect(results.count == 2)
        #expect((try? results[0].outcome.get()) != nil)
        guard case .failure(.fetch(.httpStatus(_, 404))) = results[1].outcome else {
            Issue.record("404 not reported: \(results[1].outcome)")
            return
        }
    }

    @Test func fetchCommandPrintsClaimsAndComparesWithTheSeed() throws {
        let folder = TestSupport.temporaryFolder()
        let store = folder.appendingPathComponent("fetch.sqlite").path
        _ = try TestSupport.runClaims(["add", "seeds/000_a199db54cc65b35e.txt", "--store", store])
        let url = FetchTests.server.url("/plain")
        let (status, out, _) = try TestSupport.runClaims(["fetch", url, "--compare", "seeds/000_a199db54cc65b35e.txt", "--store", store])
        #expect(status == 0)
        #expect(out.contains("fetched \(url)") && out.contains("version 1") && out.contains("2021-07-26 (from date header)"))
        #expect(out.contains("shared subjects"))
        let (refused, _, err) = try TestSupport.runClaims(["fetch", FetchTests.server.url("/report.pdf"), "--store", store])
        #expect(refused == 2 && err.contains("a PDF") && err.contains("/report.pdf"))
    }
}
