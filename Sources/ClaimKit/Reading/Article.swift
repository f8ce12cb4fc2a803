/// A news article as read from a file, standard input or a URL: the text every claim points into.
public struct Article: Sendable, Codable, Hashable {
    /// The format the article was read from.
    public enum Format: String, Sendable, Codable {
        case text, html
    }

    /// Where the publication date came from, so a reader can judge how far to trust relative dates.
    public enum DateOrigin: String, Sendable, Codable, CustomStringConvertible {
        case header = "date header"
        case option = "--date"
        case openGraph = "article:published_time"
        case jsonLD = "JSON-LD datePublished"
        case timeElement = "<time datetime>"
        case metaDate = "<meta name=date>"
        case urlPath = "URL path"

        public var description: String { rawValue }
    }

    /// Content hash of the normalized body: the article's identity in the store.
    public var id: String
    /// The path or URL the article was read from (`-` for standard input).
    public var source: String
    /// The headline, when the input has one.
    public var title: String?
    /// The publication date: the reference for every relative expression in the body.
    public var published: CalendarDay?
    /// Where `published` was found; nil when the date is unknown.
    public var dateOrigin: DateOrigin?
    /// The outlet or site name, when known.
    public var outlet: String?
    /// The format of the input.
    public var format: Format
    /// The article text that offsets point into: paragraphs separated by blank lines.
    public var body: String
    /// The page's canonical URL (`<link rel=canonical>`, og:url), for pages.
    public var canonicalURL: String?

    /// Builds an article; its identity is derived from the body.
    public init(
        source: String, title: String?, published: CalendarDay?, dateOrigin: DateOrigin?,
        outlet: String? = nil, format: Format, body: String
    ) {
        self.id = Article.identity(of: body)
        self.source = source
        self.title = title
        self.published = published
        self.dateOrigin = published == nil ? nil : dateOrigin
        self.outlet = outlet
        self.format = format
        self.body = body
    }

    /// The identity of a body: SHA-256 of its text with white space folded, so re-wrapped copies are the same article.
    public static func identity(of body: String) -> String {
        let folded = body.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return SHA256.hex(Array(folded.utf8))
    }
}
