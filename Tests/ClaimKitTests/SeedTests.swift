import Foundation
import Testing
@testable import ClaimKit

/// The seed article's claims, and the reviewed listing of `seeds/` kept in `claims/seeds.md`.
struct SeedTests {
    static let seed = "seeds/000_a199db54cc65b35e.txt"

    func seedClaims() throws -> [Claim] {
        ClaimBuilder().claims(of: try TestSupport.seedArticle(SeedTests.seed))
    }

    func claim(_ text: String, in claims: [Claim]) -> Claim? {
        claims.first { $0.mention.text.contains(text) }
    }

    @Test func seedArticleIsDatedByItsHeader() throws {
        let article = try TestSupport.seedArticle(SeedTests.seed)
        #expect(article.published?.iso == "2021-07-26")
        #expect(article.title?.hasPrefix("Biden Announces") == true)
    }

    @Test func seedClaimsHaveTheRightValues() throws {
        let claims = try seedClaims()
        let troops = try #require(claim("2,500", in: claims))
        #expect(troops.mention.kind == .count && troops.mention.value == .number(2500) && troops.mention.unit == "troops")
        #expect(troops.subject.contains("troops") && troops.subject.contains("Iraq"))
        let deadline = try #require(claim("by the end of the year", in: claims))
        #expect(deadline.mention.value.text == "2021-12-31" && deadline.mention.qualifier == .upTo)
        #expect(deadline.mention.interval.high == Double(CalendarDay(iso: "2021-12-31")!.ordinal))
        let elections = try #require(claim("October", in: claims))
        #expect(elections.mention.value.text == "2021-10" && elections.subject.contains("elections"))
        let war = try #require(claim("20-year", in: claims))
        #expect(war.mention.value.text == "P20Y" && war.subject.contains("conflict"))
        let invasion = try #require(claim("18 years after the US invaded", in: claims))
        #expect(invasion.mention.value.text == "P18Y" && invasion.mention.implies?.timex == "2003")
        let office = try #require(claim("just over a year", in: claims))
        #expect(office.mention.value.text == "P1Y" && office.mention.interval == Interval(low: 1, high: 1.5))
        let since = try #require(claim("last year", in: claims))
        #expect(since.mention.value.text == "2020")
        let monday = try #require(claim("Monday", in: claims))
        #expect(monday.mention.value.text == "2021-07-26")
    }

    @Test func seedsCrossReferenceFindsTheDeliberateErrorsAndNothingElse() throws {
        let (tracker, _) = try TestSupport.freshTracker()
        for path in TestSupport.seedPaths { _ = try tracker.addArticle(try TestSupport.seedArticle(path)) }
        let findings = try tracker.checkAll()
        #expect(!findings.isEmpty)
        // seeds/README.md: article 003 misreports the troop level (3,500) and the election date (10 November).
        for f in findings {
            let texts = [f.a.claim.mention.text, f.b.claim.mention.text].joined(separator: " / ")
            #expect(texts.contains("3,500") || texts.contains("10 November"), "unexpected finding: \(texts)")
            #expect(f.a.source.hasPrefix("seeds/003") || f.b.source.hasPrefix("seeds/003"))
        }
        #expect(findings.contains { $0.a.claim.mention.text.contains("3,500") || $0.b.claim.mention.text.contains("3,500") })
        #expect(findings.contains { $0.a.claim.mention.text.contains("10 November") || $0.b.claim.mention.text.contains("10 November") })
    }

    @Test func seedsReportIsCurrent() throws {
        let (tracker, _) = try TestSupport.freshTracker()
        for path in TestSupport.seedPaths { _ = try tracker.addArticle(try TestSupport.seedArticle(path)) }
        let findings = try tracker.checkAll()
        let report = MarkdownReport.render(articles: try tracker.store.articles(), claims: try tracker.store.claims(), findings: findings)
        let file = TestSupport.packageRoot.appendingPathComponent("claims/seeds.md")
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(stored == report, "claims/seeds.md is out of date: run scripts/seeds-report and review the diff")
    }
}
