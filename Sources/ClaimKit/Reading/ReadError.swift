/// Why an input could not be read as an article; each case names the input and says what to do.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, reason: String)
    case noArticles(directory: String)
    case empty(String)
    case binary(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case invalidUTF8(String, offset: Int)
    case malformedDateHeader(String, line: String)
    case badDateOption(String)
    case unsupportedExtension(String)
    case noText(String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or directory"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .noArticles(let directory):
            return "\(directory): the directory holds no .txt, .html or .htm article"
        case .empty(let path):
            return "\(path): the file is empty; an article needs a body"
        case .binary(let path):
            return "\(path): looks like binary data (it contains NUL bytes), not a text or HTML article"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes is over the \(limit)-byte limit for one article; split it or raise --max-bytes"
        case .invalidUTF8(let path, let offset):
            return "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8, e.g. with iconv"
        case .malformedDateHeader(let path, let line):
            return "\(path): the first line starts like a date header but is not ' date YYYY-MM-DD Title': \(line)"
        case .badDateOption(let value):
            return "--date \(value): not a YYYY-MM-DD date"
        case .unsupportedExtension(let path):
            return "\(path): only .txt, .html and .htm files are read"
        case .noText(let source):
            return "\(source): no article text found in the page"
        }
    }
}
