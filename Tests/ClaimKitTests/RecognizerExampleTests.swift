import Testing
@testable import ClaimKit

/// Every row of every recognizer's examples table, run through the public extractor.
struct RecognizerExampleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let recognizer: String
        let example: RecognizerExample
        var testDescription: String { "\(recognizer):\(example.line) \(example.text)" }
    }

    static let rows: [Row] = Extractor.recognizers.flatMap { r in r.examples.map { Row(recognizer: r.name, example: $0) } }

    @Test("examples table", arguments: rows)
    func example(_ row: Row) throws {
        let e = row.example
        let reference = try #require(CalendarDay(iso: e.reference))
        let mentions = Extractor().mentions(in: e.text, reference: reference)
        let chars = Array(e.text.unicodeScalars)
        let spanStart = try #require(e.text.range(of: e.span)).lowerBound
        let start = e.text.unicodeScalars.distance(from: e.text.unicodeScalars.startIndex, to: spanStart)
        let end = start + e.span.unicodeScalars.count
        #expect(end <= chars.count)
        guard let kind = e.kind else {
            let overlapping = mentions.filter { $0.recognizer == row.recognizer && $0.start < end && start < $0.end }
            #expect(overlapping.isEmpty, "\(row.recognizer) line \(e.line): expected nothing over “\(e.span)”, got \(overlapping.map(\.text))")
            return
        }
        let found = mentions.first { $0.text == e.span }
        #expect(found != nil, "line \(e.line): expected “\(e.span)”, got \(mentions.map { "\($0.text) [\($0.kind)]" })")
        guard let m = found else { return }
        #expect(m.kind == kind, "line \(e.line): kind")
        #expect(m.value.text == e.value, "line \(e.line): value \(m.value.text)")
        if let interval = e.interval {
            #expect(m.interval == interval, "line \(e.line): interval \(m.interval)")
        }
    }

    @Test func offsetsAreCodePointsEvenAfterMultiByteText() {
        let text = "Ünïcödé “quotes” — then 2,500 troops."
        let m = Extractor().mentions(in: text, reference: CalendarDay(iso: "2021-07-26")).first { $0.kind == .count }
        let scalars = Array(text.unicodeScalars)
        #expect(m.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "2,500 troops")
    }
}
