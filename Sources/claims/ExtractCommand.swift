import ArgumentParser
import ClaimKit
import Foundation

/// `claims extract`: mentions as JSON lines, from JSON-line cases on standard input or from article files.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the figures of texts as JSON lines, without storing anything.",
        discussion: """
            With no file (or -), reads cases {"id", "text", "reference_date"} as JSON lines on standard input and \
            writes one line {"id", "mentions": [...]} per case, in order, using every core. With files, reads each \
            as an article and writes one line per file, its id the path.
            """)

    @Argument(help: "Article files (.txt, .html); none or - reads JSON-line cases from standard input.")
    var files: [String] = []

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        if files.isEmpty || files == ["-"] {
            try extractStandardInput()
        } else {
            try extractFiles()
        }
    }

    private func extractStandardInput() throws {
        var reader = LineReader(descriptor: FileHandle.standardInput.fileDescriptor, maxLineBytes: reading.maxBytes)
        let output = BufferedOutput()
        let showProgress = isatty(FileHandle.standardError.fileDescriptor) == 1
        let started = Date()
        let summary = BatchExtractor(maxLineBytes: reading.maxBytes).run(&reader, write: output.write) { progress in
            output.flush()
            guard showProgress else { return }
            let rate = Double(progress.cases) / max(Date().timeIntervalSince(started), 0.001)
            let line = "\r\(progress.cases) cases, \(progress.mentions) mentions, \(Int(rate)) cases/s"
            FileHandle.standardError.write(Data(line.utf8))
        }
        output.flush()
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        for error in summary.errors.prefix(10) {
            FileHandle.standardError.write(Data("claims: \(error.description)\n".utf8))
        }
        if !summary.errors.isEmpty {
            throw Failure(message: "\(summary.errors.count) of \(summary.cases) input lines could not be read")
        }
    }

    /// One line per file; a file that cannot be read gets an error line, and the others are still extracted.
    private func extractFiles() throws {
        let options = try reading.readOptions()
        let batch = BatchExtractor()
        var failures = 0
        func fail(_ source: String, _ error: ReadError) {
            failures += 1
            emit(BatchExtractor.errorLine(id: .string(source), message: error.description))
            FileHandle.standardError.write(Data("claims: \(error.description)\n".utf8))
        }
        for input in files {
            let sources: [String]
            do {
                sources = try ArticleReader.expand([input])
            } catch {
                fail(input, error)
                continue
            }
            for source in sources {
                do {
                    let article = try ArticleReader.read(source, options: options)
                    let mentions = batch.extract(ExtractionCase(id: .string(source), text: article.body, reference: article.published))
                    emit(BatchExtractor.line(id: .string(source), mentions: mentions))
                } catch {
                    fail(source, error)
                }
            }
        }
        if failures > 0 { throw Failure(message: "\(failures) inputs could not be read") }
    }
}

/// Collects output lines and writes them in large blocks: one write per line would dominate a big batch.
final class BufferedOutput {
    private var pending = ""

    /// Queues a line, writing when a block has filled.
    func write(_ line: String) {
        pending += line
        if pending.utf8.count >= 1 << 16 { flush() }
    }

    /// Writes whatever is queued.
    func flush() {
        guard !pending.isEmpty else { return }
        FileHandle.standardOutput.write(Data(pending.utf8))
        pending = ""
    }
}
