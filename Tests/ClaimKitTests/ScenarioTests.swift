import Foundation
import Testing
@testable import ClaimKit

/// Our own multi-article scenarios (`Scenarios/`, in the shared scenario format), run into a fresh store and checked:
/// no finding may pair claims the gold marks as not contradictory, and the contradictions found so far stay found.
struct ScenarioTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Gold contradiction pairs (claim ids) the checker finds today: a floor that may rise, never fall.
        let mustFind: [[String]]
        /// Gold non-contradictions the checker still flags, each a known issue: the test fails once one is fixed, so
        /// that the list only shrinks.
        var knownFalseAlarms: [[String]] = []
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "wildfire-evacuations", mustFind: [["wc8", "np12"], ["wc9", "np13"], ["vs10", "hd7"], ["vs1", "np4"], ["wc14", "np4"]]),
        Case(name: "factory-layoffs", mustFind: [["kg3", "iw10"], ["kg14", "sw13"], ["kg6", "nl11"]]),
        Case(name: "flood-relief", mustFind: [["nb4", "vs5"], ["dv2", "vs1"], ["nb10", "vs1"], ["cc10", "vs1"], ["nb1", "vs9"], ["dv10", "cc11"]]),
        Case(name: "hospital-strike", mustFind: [["pr8", "hw1"], ["pr8", "sn3"], ["sn16", "ep8"], ["sn16", "hw13"], ["hw2", "hw3"]]),
        Case(name: "port-fire", mustFind: [["mg2", "cw3"], ["mg1", "vr2"], ["cw9", "cw10"], ["mg13", "hf17"]]),
        // Two votes at one meeting: "Before the final vote, board members voted 6-1 to remove Larchmont" meets the
        // other article's "narrow 4-3 vote", which names no motion.
        Case(name: "school-closures", mustFind: [["vp1", "tc5"], ["bc3", "vh8"]], knownFalseAlarms: [["vp4", "tc5"]]),
        Case(name: "measles-outbreak", mustFind: [["hb13", "ac11"], ["hb2", "ac6"], ["hb8", "ac7"]]),
        Case(name: "reservoir-drought", mustFind: [["mp4", "lw5"]]),
        Case(name: "mayoral-election", mustFind: [["at2", "lw9"], ["mh1", "hp7"]]),
        Case(name: "airport-storm", mustFind: [["eb1", "nt11"]]),
        Case(name: "product-recall", mustFind: [["gl1", "tc8"]]),
        Case(name: "heatwave", mustFind: [["ch5", "nl4"], ["sg21", "ch16"], ["mw11", "sg13"]]),
        Case(name: "transit-fares", mustFind: [["l1", "m2"]]),
        Case(name: "mine-rescue", mustFind: [["kc8", "np14"], ["kc6", "vs5"]]),
        Case(name: "oil-spill", mustFind: [["mw2", "hl4"], ["mw9", "nt5"]]),
        Case(name: "stadium-overrun", mustFind: [["ec1", "kr7"], ["ec3", "kr9"]]),
        Case(name: "bank-results", mustFind: [["rb3", "el3"]]),
        Case(name: "bridge-collapse", mustFind: [["tc1", "rp5"]]),
        Case(name: "data-breach", mustFind: []),
        Case(name: "drug-trial", mustFind: [["wt3", "cp6"]]),
        Case(name: "ferry-sinking", mustFind: [["sd6", "hw10"]]),
        Case(name: "teacher-strike", mustFind: [["hl21", "vt20"]]),
        // Two undated stock figures three days apart, the later one dated by its sentence ("52 ships were at anchor on
        // Wednesday, ..., and 1.5 million tonnes were stranded"), which the time scope does not yet read.
        Case(name: "grain-port-strike", mustFind: [["cp5", "mw9"]], knownFalseAlarms: [["mw5", "sc17"]]),
        // An overrun against the revised budget meets the one against the original budget, whose plan the subject
        // does not keep.
        Case(name: "tram-line-opening", mustFind: [["cp7", "mp9"]], knownFalseAlarms: [["cp15", "mp12"]]),
        Case(name: "ski-avalanche", mustFind: [["tn7", "vc12"]]),
        // A national job cut meets the one region's, whose place ("86 jobs in the region") only the clause before names.
        Case(name: "pharmacy-closures", mustFind: [], knownFalseAlarms: [["w5", "g6"]]),
        Case(name: "refinery-explosion", mustFind: [["cc10", "mw16"]]),
        Case(name: "housing-plan", mustFind: [["g4", "n1"]]),
        Case(name: "train-derailment", mustFind: []),
        Case(name: "takeover-bid", mustFind: []),
    ]

    struct Gold: Decodable {
        struct GoldClaim: Decodable {
            let id: String
            let article: String
            let text: String
        }
        struct Pair: Decodable {
            let a: String
            let b: String
            let relation: String
        }
        let claims: [GoldClaim]
        let pairs: [Pair]
    }

    @Test("no false alarms, known contradictions found", arguments: cases)
    func scenario(_ c: Case) throws {
        let folder = Bundle.module.url(forResource: "Scenarios", withExtension: nil)!.appendingPathComponent(c.name)
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent("gold.json")))
        let (tracker, store) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: store) }
        let added = tracker.add([folder.appendingPathComponent("articles").path])
        #expect(added.count == 4 && added.allSatisfy { (try? $0.outcome.get()) != nil })
        let findings = try tracker.checkAll().filter { $0.relation == .contradiction }

        let byID = Dictionary(uniqueKeysWithValues: gold.claims.map { ($0.id, $0) })
        func side(_ s: StoredClaim, is g: Gold.GoldClaim) -> Bool {
            let fold = { (t: String) in t.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
            let (x, y) = (fold(s.claim.mention.text), fold(g.text))
            return (s.source as NSString).lastPathComponent == g.article && (x.contains(y) || y.contains(x))
        }
        func flags(_ p: Gold.Pair) -> Bool {
            let (a, b) = (byID[p.a]!, byID[p.b]!)
            return findings.contains { (side($0.a, is: a) && side($0.b, is: b)) || (side($0.a, is: b) && side($0.b, is: a)) }
        }
        for pair in gold.pairs where pair.relation != "contradiction" {
            if c.knownFalseAlarms.contains([pair.a, pair.b]) {
                withKnownIssue { #expect(!flags(pair), "known false alarm on \(pair.a)/\(pair.b)") }
            } else {
                #expect(!flags(pair), "false alarm on \(pair.a)/\(pair.b) (\(pair.relation))")
            }
        }
        for ids in c.mustFind {
            let pair = try #require(gold.pairs.first { [$0.a, $0.b] == ids && $0.relation == "contradiction" })
            #expect(flags(pair), "missed \(ids)")
        }
    }

    /// A newsroom's store holds many stories at once: with every scenario and the seed in one store, no finding may
    /// pair two stories (a nurses' strike with a quake that "struck", one town's fire with another's).
    @Test func storiesInOneStoreNeverMeet() throws {
        let scenarios = Bundle.module.url(forResource: "Scenarios", withExtension: nil)!
        let (tracker, store) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: store) }
        let folders = ScenarioTests.cases.map { scenarios.appendingPathComponent($0.name).appendingPathComponent("articles").path }
        _ = tracker.add(folders + [TestSupport.packageRoot.appendingPathComponent("seeds").path])
        let story = { (s: StoredClaim) in (s.source as NSString).deletingLastPathComponent }
        let findings = try tracker.checkAll()
        #expect(findings.count >= ScenarioTests.cases.map(\.mustFind.count).reduce(0, +))
        for f in findings {
            let stories = Set([story(f.a), story(f.b)].map { ($0 as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init) ?? "" })
            // Both stories quote a school board member named Aisha Rahman, so their articles' names overlap and an
            // unplaced "narrow 4-3 vote" meets another board's "5-2"; names of people are evidence of one story, so
            // the rule stays, and this pair is known.
            withKnownIssue("two stories quoting one name") {
                #expect(story(f.a) == story(f.b), "\(f.a.source) “\(f.a.claim.mention.text)” vs \(f.b.source) “\(f.b.claim.mention.text)”")
            } when: {
                stories == ["school-closures", "teacher-strike"]
            }
        }
    }

    @Test func compareSetsTwoArticlesSideBySide() throws {
        let folder = Bundle.module.url(forResource: "Scenarios", withExtension: nil)!.appendingPathComponent("wildfire-evacuations/articles")
        let (tracker, store) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: store) }
        _ = tracker.add([folder.path])
        let press = folder.appendingPathComponent("2025-08-07-northline-press.txt").path
        let chronicle = folder.appendingPathComponent("2025-08-07-western-slope-chronicle.txt").path
        let (a, b, pairs) = try tracker.compare(press, chronicle)
        #expect(a.source == press && b.source == chronicle)
        let clashes = pairs.filter { $0.finding != nil }.map { Set([$0.a.claim.mention.text, $0.b.claim.mention.text]) }
        #expect(clashes.contains { $0.contains("112 homes") })
        #expect(pairs.allSatisfy { $0.a.articleID == a.id && $0.b.articleID == b.id })
        let md = ComparisonReport.render(a, b, pairs, format: .md)
        #expect(md.contains("### Contradictions") && md.contains("112 homes"))
    }
}
