#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-separated lines from a file descriptor in bounded memory: a line longer than the limit is skipped
/// and reported as such, never buffered whole.
public struct LineReader {
    /// One line read, or the note that a line was too long to keep.
    public enum Line: Sendable, Equatable {
        case text([UInt8])
        case tooLong(bytes: Int)
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false

    /// A reader of `descriptor` refusing lines over `maxLineBytes`.
    public init(descriptor: Int32, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
    }

    /// The next line without its newline, or nil at the end of input.
    public mutating func next() -> Line? {
        var line: [UInt8] = []
        var dropped = 0
        while true {
            if position == buffer.count {
                guard refill() else {
                    if dropped > 0 { return .tooLong(bytes: dropped + line.count) }
                    return line.isEmpty ? nil : .text(line)
                }
            }
            let end = buffer[position...].firstIndex(of: 0x0A) ?? buffer.count
            let piece = buffer[position..<end]
            if dropped > 0 || line.count + piece.count > maxLineBytes {
                dropped += line.count + piece.count
                line.removeAll()
            } else {
                line += piece
            }
            position = end
            if end < buffer.count {
                position += 1
                return dropped > 0 ? .tooLong(bytes: dropped) : .text(line)
            }
        }
    }

    private mutating func refill() -> Bool {
        guard !finished else { return false }
        buffer = [UInt8](repeating: 0, count: 1 << 16)
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            finished = true
            buffer = []
            position = 0
            return false
        }
        buffer.removeSubrange(count...)
        position = 0
        return true
    }
}
