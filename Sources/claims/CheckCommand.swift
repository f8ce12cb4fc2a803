import ArgumentParser
import ClaimKit

/// `claims check`: add articles if given, cross-reference every stored claim, print the findings.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add the given articles (if any), cross-reference every stored claim, and print the findings.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var reading: ReadingOptions

    @Argument(help: "Articles to add first (files, directories, or -).")
    var inputs: [String] = []

    @Option(help: "table, jsonl or md.")
    var format: FindingFormat = .table

    @Flag(help: "Exit with 1 when there are open findings.")
    var failOnFindings = false

    func run() throws {
        let tracker = try storeOptions.tracker()
        var inputFailure: Error?
        if !inputs.isEmpty {
            // JSON lines and Markdown go to programs and documents: only the findings belong on standard output.
            let results = tracker.add(inputs, options: try reading.readOptions())
            do { try AddReport.print(results, listAdded: format == .table, findings: false) } catch { inputFailure = error }
        }
        let findings = try storeCall { () throws(StoreError) in try tracker.checkAll() }
        if format == .table {
            emit(findings.isEmpty ? "No findings.\n" : "\n\(findings.count) finding\(findings.count == 1 ? "" : "s"):\n\n")
        }
        emit(FindingReport.render(findings, format: format))
        if let inputFailure { throw inputFailure }
        if failOnFindings, findings.contains(where: { $0.status == .open }) { throw ExitCode(1) }
    }
}

/// `claims findings`: the stored findings.
struct Findings: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List stored findings.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "open, confirmed or dismissed.")
    var status: ReviewStatus?

    @Option(help: "table, jsonl or md.")
    var format: FindingFormat = .table

    func run() throws {
        let store = try storeOptions.tracker().store
        let findings = try storeCall { () throws(StoreError) in try store.findings(status: status) }
        emit(findings.isEmpty && format == .table ? "No findings.\n" : FindingReport.render(findings, format: format))
    }
}

/// `claims review`: confirm or dismiss a finding.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Confirm or dismiss a finding; the verdict survives re-checking.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The finding's number.")
    var finding: Int64

    @Flag(help: "Confirm or dismiss.")
    var verdict: Verdict

    @Option(help: "The reviewer's note.")
    var note: String?

    enum Verdict: String, EnumerableFlag {
        case confirm, dismiss
    }

    func run() throws {
        let store = try storeOptions.tracker().store
        try storeCall { () throws(StoreError) in
            try store.review(finding: finding, status: verdict == .confirm ? .confirmed : .dismissed, note: note)
        }
        emit("finding \(finding): \(verdict == .confirm ? "confirmed" : "dismissed")\n")
    }
}
