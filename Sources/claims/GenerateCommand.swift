import ArgumentParser
import ClaimKit
import Foundation

/// `claims generate`: writes the synthetic corpus the scale benchmarks run on.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic corpus with planted contradictions (for benchmarks and tests).",
        discussion: "Writes N article files and planted.jsonl (one planted contradiction a line) into FOLDER.")

    @Argument(help: "The folder to write into (created if missing).")
    var folder: String

    @Option(help: "How many articles.")
    var articles: Int = 1000

    @Option(help: "How many subjects (a thing counted in a town).")
    var subjects: Int = 200

    @Option(help: "How many contradictions to plant.")
    var planted: Int = 10

    @Option(help: "Random seed; the same seed gives the same corpus.")
    var seed: UInt64 = 2026

    func validate() throws {
        guard articles > 0, subjects > 0, planted >= 0, planted * 2 <= articles else {
            throw ValidationError("--articles and --subjects must be positive, and --planted at most half of --articles")
        }
    }

    func run() throws {
        let corpus = SyntheticCorpus(articles: articles, subjects: subjects, planted: planted, seed: seed)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for item in corpus.items {
                try Data(item.text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(item.name))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let lines = try corpus.planted.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("planted.jsonl"))
        } catch {
            throw Failure(message: "\(folder): cannot write the corpus (\(error.localizedDescription))")
        }
        emit("wrote \(corpus.items.count) articles and \(corpus.planted.count) planted contradictions to \(folder)\n")
    }
}
