/// A deterministic corpus of short news articles about many subjects with known, planted contradictions: the
/// workload of the scale benchmarks, and a check that every planted contradiction is found at every size.
///
/// Each subject is a count of one kind of thing in one invented town ("about 2,400 nurses in Kerrowan"), with one
/// true value. Articles report five subjects each, with their true values (hedged or not, so intervals vary); a
/// planted article reports one subject at twice its value on the same day as an honest report of it.
public struct SyntheticCorpus: Sendable {
    /// One generated article: its file name and its text in the seed format.
    public struct Item: Sendable {
        public let name: String
        public let text: String
    }

    /// A planted contradiction: the two files and the figure written in each.
    public struct Planted: Sendable, Codable, Hashable {
        public let honest: String
        public let honestFigure: String
        public let wrong: String
        public let wrongFigure: String
    }

    /// The articles, in order.
    public let items: [Item]
    /// The contradictions planted among them.
    public let planted: [Planted]

    static let nouns = ["nurses", "teachers", "buses", "hospital beds", "firefighters", "classrooms", "police officers", "ambulances"]
    static let syllables = ["ker", "ro", "wan", "dal", "mi", "sto", "ven", "bri", "ath", "lo", "mer", "ton", "gar", "ly", "sen", "quor"]
    static let hedges = ["about ", "some ", "", "roughly "]

    /// Generates `articles` articles about `subjects` subjects, `planted` of them with a planted contradiction.
    public init(articles: Int, subjects: Int, planted: Int, seed: UInt64 = 2026) {
        var rng = SplitMix(seed)
        let towns = (0..<max(1, subjects / SyntheticCorpus.nouns.count + 1)).map { i in SyntheticCorpus.town(i) }
        let subjectList = (0..<subjects).map { i in
            (noun: SyntheticCorpus.nouns[i % SyntheticCorpus.nouns.count], town: towns[i / SyntheticCorpus.nouns.count],
             value: 100 * (10 + Int(rng.next() % 900)))
        }
        let start = CalendarDay(iso: "2025-01-01")!
        var items: [Item] = []
        var plantedPairs: [Planted] = []
        var previous: (day: CalendarDay, first: Int)?
        // Articles to plant in are spread evenly; each copies the day and first subject of the honest one before it.
        let every = planted > 0 ? max(2, articles / planted) : Int.max
        for n in 0..<articles {
            var day = start.adding(days: Int(rng.next() % 365))
            var picks = (0..<5).map { _ in Int(rng.next() % UInt64(subjects)) }
            var plantedHere: Planted?
            if n % every == every - 1, plantedPairs.count < planted, let honest = previous {
                day = honest.day
                picks[0] = honest.first
                let value = subjectList[honest.first].value
                plantedHere = Planted(
                    honest: SyntheticCorpus.name(n - 1), honestFigure: SyntheticCorpus.grouped(value),
                    wrong: SyntheticCorpus.name(n), wrongFigure: SyntheticCorpus.grouped(2 * value))
            }
            var sentences: [String] = []
            for (k, index) in picks.enumerated() {
                let s = subjectList[index]
                let value = plantedHere != nil && k == 0 ? 2 * s.value : s.value
                let hedge = SyntheticCorpus.hedges[Int(rng.next() % UInt64(SyntheticCorpus.hedges.count))]
                sentences.append("There are \(hedge)\(SyntheticCorpus.grouped(value)) \(s.noun) in \(s.town), officials said.")
            }
            let body = sentences.joined(separator: " ") + "\n\nThe figures were released as part of a regular update."
            items.append(Item(name: SyntheticCorpus.name(n), text: " date \(day.iso) Regional services update.\n\n\(body)\n"))
            if let plantedHere {
                plantedPairs.append(plantedHere)
                previous = nil
            } else {
                previous = (day, picks[0])
            }
        }
        self.items = items
        self.planted = plantedPairs
    }

    static func name(_ n: Int) -> String { "article-\(String(n + 100_000_000).dropFirst()).txt" }

    static func town(_ i: Int) -> String {
        var n = i
        var word = ""
        repeat {
            word += syllables[n % syllables.count]
            n /= syllables.count
        } while n > 0
        word += syllables[(i * 7 + 3) % syllables.count]
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    static func grouped(_ v: Int) -> String { Describe.grouped(Double(v)) }
}

/// A small, fast, seedable random generator (SplitMix64), so a corpus (or a test's random input) is the same on every
/// machine and a failure can be replayed.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
