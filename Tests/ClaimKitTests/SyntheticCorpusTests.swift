import Foundation
import Testing
@testable import ClaimKit

/// The scale benchmarks' corpus plants what it says: every planted contradiction is found, and nothing else is.
struct SyntheticCorpusTests {
    @Test func everyPlantedContradictionIsFoundAndNothingElse() throws {
        let corpus = SyntheticCorpus(articles: 120, subjects: 16, planted: 6)
        #expect(corpus.items.count == 120 && corpus.planted.count == 6)
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        for item in corpus.items {
            _ = try tracker.addArticle(try ArticleReader.parse(Array(item.text.utf8), source: item.name, format: .text))
        }
        let findings = try tracker.checkAll()
        let wrong = Set(corpus.planted.map(\.wrong))
        for p in corpus.planted {
            #expect(findings.contains { f in
                let sides = [(f.a.source, f.a.claim.mention.text), (f.b.source, f.b.claim.mention.text)]
                return sides.contains { $0.0 == p.honest && $0.1.contains(p.honestFigure) }
                    && sides.contains { $0.0 == p.wrong && $0.1.contains(p.wrongFigure) }
            }, "planted \(p) not found")
        }
        // Every finding involves a planted figure: the honest reports never clash with one another.
        #expect(findings.allSatisfy { wrong.contains($0.a.source) || wrong.contains($0.b.source) })
    }

    @Test func theSameSeedGivesTheSameCorpus() {
        let a = SyntheticCorpus(articles: 30, subjects: 8, planted: 2, seed: 7)
        let b = SyntheticCorpus(articles: 30, subjects: 8, planted: 2, seed: 7)
        #expect(a.items.map(\.text) == b.items.map(\.text) && a.planted == b.planted)
    }
}
