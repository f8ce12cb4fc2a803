import Foundation
import Testing
@testable import ClaimKit

/// A recognizer's `Lead` only saves time: with and without it the extractor finds the same mentions.
struct LeadTests {
    private static let reference = CalendarDay(iso: "2021-07-26")

    private static func bothWays(_ text: String, reference: CalendarDay? = LeadTests.reference) -> (led: [Mention], everywhere: [Mention]) {
        var everywhere = Extractor()
        everywhere.ignoresLeads = true
        return (Extractor().mentions(in: text, reference: reference), everywhere.mentions(in: text, reference: reference))
    }

    @Test func everyExampleIsFoundTheSameWithoutLeads() throws {
        for recognizer in Extractor.recognizers {
            for example in recognizer.examples {
                let (led, everywhere) = LeadTests.bothWays(example.text, reference: CalendarDay(iso: example.reference))
                #expect(led == everywhere, "\(recognizer.name) line \(example.line): \(example.text)")
            }
        }
    }

    @Test func seedAndScenarioArticlesAreReadTheSameWithoutLeads() throws {
        let folders = [
            Bundle.module.url(forResource: "Scenarios", withExtension: nil)!,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized,
        ]
        var read = 0
        for folder in folders {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            for file in files where file.pathExtension == "txt" {
                let text = try String(contentsOf: file, encoding: .utf8)
                let (led, everywhere) = LeadTests.bothWays(text)
                #expect(led == everywhere, "\(file.lastPathComponent)")
                #expect(!led.isEmpty)
                read += 1
            }
        }
        #expect(read >= 10)
    }

    /// Every example sentence bent at random: a word swapped for one the recognizers know or a number of another shape,
    /// a word dropped; and each of those words alone and beside a number. A word left out of some lead shows up as a
    /// mention found only without leads.
    @Test func bentExamplesAreReadTheSameWithoutLeads() {
        var words = Set(Lexicon.months.keys).union(Lexicon.weekdays.keys).union(Lexicon.durationUnits.keys)
        words.formUnion(Lexicon.seasons.keys)
        words.formUnion(Lexicon.partsOfDay.keys)
        words.formUnion(NumberParser.startWords)
        words.formUnion(NumberParser.scaleAbbreviations.keys)
        words.formUnion(Units.words.keys)
        words.formUnion(Currencies.names.keys)
        words.formUnion(Currencies.codes.keys)
        words.formUnion(RecurrenceRecognizer.adverbs.keys)
        words.formUnion(VagueDurationRecognizer.units.keys)
        words.formUnion(VagueDurationRecognizer.vague)
        words.formUnion(HolidayRecognizer.holidays.flatMap(\.0))
        words.formUnion([
            "the", "of", "to", "and", "between", "from", "ago", "later", "earlier", "old", "age", "aged", "per", "cent",
            "percent", "points", "at", "in", "on", "by", "since", "until", "about", "nearly", "more", "than", "every",
            "once", "twice", "times", "noon", "midday", "midnight", "now", "today", "tonight", "yesterday", "end", "start",
            "early", "mid", "late", "past", "next", "last", "this", "magnitude", "Q3", "H1", "o'clock", "pm",
        ])
        let marks = ["$", "€", "£", "%", "-", ",", ".", ":", "'", "(", ")", "/", "°"]
        let numbers = ["1", "7", "12", "26", "2021", "1990", "3.5", "2,500", "15:30", "8.30", "21st", "3rd", "1990s", "40k"]
        let vocabulary = words.sorted() + words.sorted().map { $0.prefix(1).uppercased() + $0.dropFirst() } + marks + numbers
        // Each word alone and beside a number, then the examples bent.
        for word in vocabulary {
            for text in [word, "\(word) 12", "12 \(word)", "the \(word) of 2021", "a \(word) ago"] {
                let (led, everywhere) = LeadTests.bothWays(text)
                #expect(led == everywhere, "\(text)")
            }
        }
        var generator = SplitMix(7)
        var bent = 0
        for example in Extractor.recognizers.flatMap(\.examples) {
            for _ in 0..<5 {
                var tokens = example.text.split(separator: " ").map(String.init)
                tokens[Int.random(in: 0..<tokens.count, using: &generator)] = vocabulary.randomElement(using: &generator)!
                if tokens.count > 2 { tokens.remove(at: Int.random(in: 0..<tokens.count, using: &generator)) }
                let text = tokens.joined(separator: " ")
                let (led, everywhere) = LeadTests.bothWays(text, reference: CalendarDay(iso: example.reference))
                #expect(led == everywhere, "\(text)")
                bent += 1
            }
        }
        #expect(bent >= 1500)
    }
}
