import Foundation
import Testing
@testable import ClaimKit

/// `claims extract`'s engine: bounded line reading, order kept across parallel chunks, bad lines named.
struct BatchTests {
    /// Runs the batch extractor over `input` fed through a real pipe, as standard input would be.
    private func run(_ input: String, chunkSize: Int = 3, maxLineBytes: Int = 1 << 20) -> ([String], BatchExtractor.Summary) {
        let pipe = Pipe()
        let writer = Thread { pipe.fileHandleForWriting.write(Data(input.utf8)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        var reader = LineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes)
        var lines: [String] = []
        let summary = BatchExtractor(chunkSize: chunkSize, maxLineBytes: maxLineBytes).run(&reader) { lines.append($0) }
        return (lines, summary)
    }

    private func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func resultsKeepInputOrderAcrossChunks() throws {
        let input = (1...20).map { #"{"id": "c\#($0)", "text": "They counted \#($0 * 100) birds.", "reference_date": "2021-07-26"}"# }
        let (lines, summary) = run(input.joined(separator: "\n") + "\n")
        #expect(summary.cases == 20 && summary.errors.isEmpty && summary.mentions == 20)
        for (i, line) in lines.enumerated() {
            let row = try object(line)
            #expect(row["id"] as? String == "c\(i + 1)")
            let mention = try #require((row["mentions"] as? [[String: Any]])?.first)
            #expect(mention["value"] as? Double == Double((i + 1) * 100))
            #expect(mention["kind"] as? String == "count")
        }
    }

    @Test func offsetsAreCodePointsAndRelativeDatesUseTheReference() throws {
        let (lines, _) = run(#"{"id": 7, "text": "Café «owners» met last year.", "reference_date": "2021-07-26"}"#)
        let mention = try #require((try object(lines[0])["mentions"] as? [[String: Any]])?.first)
        #expect(mention["text"] as? String == "last year" && mention["start"] as? Int == 18 && mention["end"] as? Int == 27)
        #expect(mention["value"] as? String == "2020")
    }

    @Test func badLinesAreNamedAndKeepTheirPlace() throws {
        let input = [
            #"{"id": "ok", "text": "Roughly 3,500 troops."}"#, "not json", #"{"id": "n", "text": 5}"#,
            #"{"id": "d", "text": "x", "reference_date": "26/07/2021"}"#, #"{"id": true, "text": "x"}"#, String(repeating: "x", count: 300),
            "[1, 2]", #"{"id": "last", "text": "$5m"}"#,
        ].joined(separator: "\n")
        let (lines, summary) = run(input, maxLineBytes: 200)
        #expect(lines.count == 8)
        #expect(summary.errors == [
            .notJSON(line: 2), .badField(line: 3, field: "text", expected: "a string"),
            .badField(line: 4, field: "reference_date", expected: "a YYYY-MM-DD date"), .badField(line: 5, field: "id", expected: "a string or a number"),
            .lineTooLong(line: 6, bytes: 300, limit: 200), .notAnObject(line: 7),
        ])
        #expect(try object(lines[2])["id"] as? String == "n")
        #expect((try object(lines[2])["error"] as? String)?.contains("\"text\"") == true)
        #expect(try object(lines[7])["id"] as? String == "last")
    }

    @Test func errorsNameTheInputLineCountingBlankLines() {
        let (lines, summary) = run("\n" + #"{"text": "5 troops"}"# + "\n\nnot json\n")
        #expect(summary.errors == [.notJSON(line: 4)])
        #expect(lines.count == 2 && lines[0].hasPrefix(#"{"id": 2,"#))
    }

    @Test func lineReaderSplitsAcrossBufferBoundaries() {
        let long = String(repeating: "a", count: 70_000)
        let pipe = Pipe()
        let writer = Thread { pipe.fileHandleForWriting.write(Data("\(long)\nshort\n\nend".utf8)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        var reader = LineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: 100_000)
        var lines: [LineReader.Line] = []
        while let line = reader.next() { lines.append(line) }
        #expect(lines == [.text(Array(long.utf8)), .text(Array("short".utf8)), .text([]), .text(Array("end".utf8))])
    }
}
