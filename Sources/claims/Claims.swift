import ArgumentParser
import ClaimKit
import Foundation

/// The `claims` command: extract, store and cross-check the figures in news articles.
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Extract checkable figures from news articles, store them, and flag contradictions.",
        discussion: "Exit codes: 0 success, 1 findings present (with --fail-on-findings), 2 bad input or usage.",
        subcommands: [Add.self, Fetch.self, Extract.self, Generate.self, List.self, Show.self, Check.self, Compare.self, Articles.self, Findings.self, Review.self, Report.self]
    )
}

/// Runs the command line with the documented exit codes: usage errors exit 2, not ArgumentParser's 64.
@main
enum Main {
    static func main() {
        do {
            var command = try Claims.parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("claims: \(failure.message)\n".utf8))
            exit(failure.code)
        } catch {
            let code = Claims.exitCode(for: error)
            let message = Claims.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A failure to report and the exit code it carries.
struct Failure: Error {
    let message: String
    var code: Int32 = 2
}

/// The `--store` option every command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The claim store (default: $CLAIMS_STORE, else claims/claims.sqlite).")
    var store: String?

    /// Opens the tracker on the chosen store, turning a store error into a clear failure.
    func tracker() throws -> Tracker {
        do {
            return try Tracker(storePath: Tracker.storePath(option: store, environment: ProcessInfo.processInfo.environment))
        } catch {
            throw Failure(message: error.description)
        }
    }
}

/// Options for reading articles.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none.")
    var date: String?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = ReadOptions.defaultMaxBytes

    /// The reader options, or a failure naming the bad value.
    func readOptions() throws -> ReadOptions {
        var options = ReadOptions(maxBytes: maxBytes)
        if let date {
            guard let day = CalendarDay(iso: date) else { throw Failure(message: ReadError.badDateOption(date).description) }
            options.date = day
        }
        return options
    }
}

/// Writes text to standard output without an extra newline.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Unwraps a store call, turning its error into a failure with exit code 2.
func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw Failure(message: error.description)
    }
}
