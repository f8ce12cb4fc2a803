import Foundation

/// Options that shape how inputs become articles.
public struct ReadOptions: Sendable {
    /// The largest input accepted, in bytes: news articles are far smaller, so anything bigger is a mistake.
    public static let defaultMaxBytes = 10_000_000

    /// The publication date to assume for inputs that carry none (`--date`).
    public var date: CalendarDay?
    /// Inputs larger than this are refused.
    public var maxBytes: Int

    /// Options with the documented defaults.
    public init(date: CalendarDay? = nil, maxBytes: Int = ReadOptions.defaultMaxBytes) {
        self.date = date
        self.maxBytes = maxBytes
    }
}

/// Turns files, directories and standard input into `Article`s (plain text with or without a date header, or HTML).
public enum ArticleReader {
    /// File extensions read when walking a directory.
    public static let extensions: Set<String> = ["txt", "html", "htm"]

    /// Expands inputs (files, directories, `-` for standard input) into the list of article sources, in a stable order.
    public static func expand(_ inputs: [String]) throws(ReadError) -> [String] {
        var sources: [String] = []
        for input in inputs {
            if input == "-" || isURL(input) {
                sources.append(input)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { throw .notFound(input) }
            guard isDirectory.boolValue else {
                sources.append(input)
                continue
            }
            let found = articleFiles(under: input)
            guard !found.isEmpty else { throw .noArticles(directory: input) }
            sources += found
        }
        return sources
    }

    /// Whether an input names a URL rather than a path.
    public static func isURL(_ input: String) -> Bool {
        guard let colon = input.firstIndex(of: ":") else { return false }
        let scheme = input[..<colon]
        // "data:" and the like have no "//" but are addresses all the same, and must be refused as such.
        return scheme.count >= 2 && scheme.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." })
            && (input[colon...].hasPrefix("://") || ["data", "javascript", "mailto", "about"].contains(scheme.lowercased()))
    }

    /// Reads one file or `-` (standard input) as an article.
    public static func read(_ source: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> Article {
        let ext = (source as NSString).pathExtension.lowercased()
        if source != "-", !extensions.contains(ext), !ext.isEmpty {
            throw .unsupportedExtension(source)
        }
        let bytes = source == "-" ? try readStandardInput(limit: options.maxBytes) : try readFile(source, limit: options.maxBytes)
        let format: Article.Format = (ext == "html" || ext == "htm" || (source == "-" && looksLikeHTML(bytes))) ? .html : .text
        return try parse(bytes, source: source, format: format, options: options)
    }

    /// Parses bytes already in memory as an article of the given format.
    public static func parse(
        _ bytes: [UInt8], source: String, format: Article.Format, charset: String? = nil, url: String? = nil,
        options: ReadOptions = ReadOptions()
    ) throws(ReadError) -> Article {
        guard !bytes.isEmpty, bytes.contains(where: { !isASCIIWhitespace($0) }) else { throw .empty(source) }
        guard bytes.count <= options.maxBytes else { throw .tooLarge(source, bytes: bytes.count, limit: options.maxBytes) }
        guard !bytes.contains(0) else { throw .binary(source) }
        switch format {
        case .html:
            let page = try HTMLReader.read(bytes, charset: charset, url: url, source: source)
            let published = page.published ?? options.date
            var article = Article(
                source: source, title: page.title, published: published,
                dateOrigin: page.published != nil ? page.dateOrigin : .option, outlet: page.siteName, format: .html,
                body: page.text)
            article.canonicalURL = page.canonicalURL
            return article
        case .text:
            return try parseText(decodeUTF8(bytes, source: source), source: source, options: options)
        }
    }

    /// Parses plain text: an optional first line ` date YYYY-MM-DD Title`, then the body.
    static func parseText(_ raw: String, source: String, options: ReadOptions) throws(ReadError) -> Article {
        var text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix(while: { $0 != "\n" })
        var title: String?
        var published = options.date
        var origin: Article.DateOrigin? = options.date == nil ? nil : .option
        var body = Substring(text)
        let trimmed = firstLine.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.hasPrefix("date ") || trimmed == "date" {
            let fields = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count >= 2, let day = CalendarDay(iso: String(fields[1])) else {
                throw .malformedDateHeader(source, line: String(firstLine.prefix(80)))
            }
            published = day
            origin = .header
            title = fields.count == 3 ? String(fields[2]).trimmingCharacters(in: .whitespaces) : nil
            body = text[firstLine.endIndex...]
        }
        let bodyText = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !bodyText.isEmpty else { throw .empty(source) }
        return Article(source: source, title: title, published: published, dateOrigin: origin, format: .text, body: bodyText)
    }

    /// Decodes strict UTF-8, naming the first bad byte: silently replaced characters would shift every offset a user checks.
    static func decodeUTF8(_ bytes: [UInt8], source: String) throws(ReadError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                break loop
            case .error:
                throw .invalidUTF8(source, offset: offset)
            }
        }
        return String(scalars)
    }

    private static func articleFiles(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if extensions.contains((relative as NSString).pathExtension.lowercased()) {
                files.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    private static func readFile(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        guard !isDirectory.boolValue else { throw .noArticles(directory: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, reason: "permission denied") }
        defer { try? handle.close() }
        // Read one byte past the limit, never the whole of an oversized file.
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
                throw ReadError.tooLarge(path, bytes: size, limit: limit)
            }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            throw .unreadable(path, reason: error.localizedDescription)
        }
    }

    private static func readStandardInput(limit: Int) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try? FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
            bytes += chunk
            if bytes.count > limit { throw .tooLarge("-", bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html")
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
