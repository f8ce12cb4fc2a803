import Foundation

/// What a fetch brought back: the bytes and what the server said about them.
public struct FetchedPage: Sendable {
    /// The URL as given.
    public let requestedURL: String
    /// The URL after redirects.
    public let finalURL: String
    /// The redirects followed, in order (empty when none).
    public let redirects: [String]
    /// The media type without parameters ("text/html").
    public let mediaType: String
    /// The charset the server declared, if any.
    public let charset: String?
    /// The validators for a conditional request next time.
    public let etag: String?
    /// The `Last-Modified` header, as sent.
    public let lastModified: String?
    /// The body.
    public let bytes: [UInt8]

    /// Whether the body is HTML (as opposed to plain text).
    public var isHTML: Bool { mediaType != "text/plain" }
}

/// The outcome of a conditional fetch: a page, or the server's word that the stored version is current.
public enum FetchOutcome: Sendable {
    case fetched(FetchedPage)
    case notModified(finalURL: String)
}

/// The limits a fetch obeys, each refusing with a clear error.
public struct FetchOptions: Sendable {
    /// Largest body accepted (`--max-bytes`).
    public var maxBytes: Int = 10_000_000
    /// Seconds allowed for the whole answer (`--timeout`).
    public var timeout: Double = 20
    /// Redirects followed before giving up.
    public var maxRedirects: Int = 5
    /// Validators of the stored version, sent as `If-None-Match` / `If-Modified-Since`.
    public var etag: String?
    /// See `etag`.
    public var lastModified: String?

    /// The documented defaults.
    public init(maxBytes: Int = 10_000_000, timeout: Double = 20) {
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    /// The media types read as articles.
    public static let acceptedTypes: Set<String> = ["text/html", "application/xhtml+xml", "text/plain"]
    /// The user agent: names the tool so site owners know who is asking.
    public static let userAgent = "ClaimTracker/0.4 (fact-checking claim tracker; +https://example.org/claimtracker)"
}
