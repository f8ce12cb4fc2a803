import ArgumentParser
import ClaimKit

/// `claims add`: store articles and report their claims and new findings.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add articles (files, directories, or - for stdin) to the store.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var reading: ReadingOptions

    @Argument(help: "Files (.txt, .html, .htm), directories, or - for standard input.")
    var inputs: [String]

    func run() throws {
        let tracker = try storeOptions.tracker()
        let results = tracker.add(inputs, options: try reading.readOptions())
        try AddReport.print(results)
    }
}

/// How `add` and `check` report what each input did.
enum AddReport {
    /// Prints one line per input (when `listAdded`) and any new findings; fails with exit 2 if any input was refused.
    static func print(_ results: [Tracker.InputResult], listAdded: Bool = true, findings: Bool = true) throws {
        var failures: [String] = []
        for result in results {
            switch result.outcome {
            case .success(.added(let id, let count)):
                if listAdded { emit("added \(result.source): \(count) claims (article \(id.prefix(12)))\n") }
            case .success(.duplicate(let id, let from)):
                if listAdded { emit("unchanged \(result.source): already stored as article \(id.prefix(12)) (from \(from))\n") }
            case .failure(let error):
                failures.append(error.description)
            }
            if findings, !result.findings.isEmpty {
                emit(FindingReport.render(result.findings, format: .table))
            }
        }
        guard failures.isEmpty else { throw Failure(message: failures.joined(separator: "\nclaims: ")) }
    }
}
