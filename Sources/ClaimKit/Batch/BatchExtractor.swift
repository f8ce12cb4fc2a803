import Dispatch
import Foundation

/// Runs the extractor over a stream of cases, one JSON line in and one JSON line out per case, in input order.
///
/// Memory stays bounded by one chunk of cases; the cases of a chunk are extracted on all cores.
public struct BatchExtractor: Sendable {
    /// What a run did, for the closing line and the exit code.
    public struct Summary: Sendable, Equatable {
        /// Cases read, good or bad (blank lines are not cases).
        public var cases = 0
        /// Mentions written.
        public var mentions = 0
        /// Lines that could not be read as cases, in order.
        public var errors: [BatchError] = []
    }

    /// Cases extracted together; large enough to keep every core busy, small enough to keep memory flat.
    public var chunkSize: Int
    /// The longest line accepted, in bytes.
    public var maxLineBytes: Int
    private let extractor = Extractor()

    /// A batch extractor with the given chunk size and line limit.
    public init(chunkSize: Int = 512, maxLineBytes: Int = ReadOptions.defaultMaxBytes) {
        self.chunkSize = max(1, chunkSize)
        self.maxLineBytes = maxLineBytes
    }

    /// Reads every line of `reader`, writes each result line to `write`, and reports progress after every chunk.
    public func run(
        _ reader: inout LineReader, write: (String) -> Void, progress: ((Summary) -> Void)? = nil
    ) -> Summary {
        var summary = Summary()
        // Each line with its number in the input, blank lines counted, so that errors point at the right line.
        var chunk: [(number: Int, line: LineReader.Line)] = []
        var number = 0
        func flush() {
            for (offset, outcome) in process(chunk).enumerated() {
                switch outcome {
                case .success(let result):
                    summary.mentions += result.mentions.count
                    write(BatchExtractor.line(id: result.id, mentions: result.mentions))
                case .failure(let error):
                    summary.errors.append(error)
                    write(BatchExtractor.errorLine(chunk[offset].line, error: error))
                }
            }
            summary.cases += chunk.count
            chunk.removeAll(keepingCapacity: true)
            progress?(summary)
        }
        while let line = reader.next() {
            number += 1
            if case .text(let bytes) = line, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            chunk.append((number, line))
            if chunk.count == chunkSize { flush() }
        }
        if !chunk.isEmpty { flush() }
        return summary
    }

    /// The mentions of one case.
    public func extract(_ c: ExtractionCase) -> [Mention] {
        extractor.mentions(in: c.text, reference: c.reference)
    }

    /// One result line: `{"id", "mentions": [...]}`.
    public static func line(id: JSONValue, mentions: [Mention]) -> String {
        JSONValue.object([("id", id), ("mentions", .array(mentions.map { .object($0.jsonFields) }))]).text + "\n"
    }

    private func process(_ lines: [(number: Int, line: LineReader.Line)]) -> [Result<(id: JSONValue, mentions: [Mention]), BatchError>] {
        let slots = Slots<Result<(id: JSONValue, mentions: [Mention]), BatchError>>(count: lines.count)
        DispatchQueue.concurrentPerform(iterations: lines.count) { i in
            slots[i] = Result { () throws(BatchError) in
                switch lines[i].line {
                case .tooLong(let bytes):
                    throw BatchError.lineTooLong(line: lines[i].number, bytes: bytes, limit: maxLineBytes)
                case .text(let bytes):
                    let c = try ExtractionCase.parse(bytes, line: lines[i].number)
                    return (c.id, extract(c))
                }
            }
        }
        return slots.values
    }

    /// A line for a case that could not be read, keeping one output line per input line; the id is echoed when readable.
    private static func errorLine(_ line: LineReader.Line, error: BatchError) -> String {
        var id = JSONValue.null
        if case .text(let bytes) = line, let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] {
            id = ExtractionCase.readID(object["id"]) ?? .null
        }
        return errorLine(id: id, message: error.description)
    }

    /// A result line for an input that could not be read: no mentions, and why.
    public static func errorLine(id: JSONValue, message: String) -> String {
        JSONValue.object([("id", id), ("mentions", .array([])), ("error", .string(message))]).text + "\n"
    }
}

/// Fixed slots that concurrent iterations fill, each iteration its own index: raw memory, so no lock and no
/// exclusivity check stands between the cores.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(i: Int) -> Value? {
        get { storage[i] }
        set { storage[i] = newValue }
    }

    var values: [Value] { storage.map { $0! } }
}
