/// A claim as stored: its id and the article it belongs to.
public struct StoredClaim: Sendable, Hashable {
    /// The store's id for the claim.
    public let id: Int64
    /// The article's id.
    public let articleID: String
    /// The path or URL the article was added from.
    public let source: String
    /// The claim itself.
    public let claim: Claim
    /// The places its article names: where a claim whose sentence names no place may be.
    public let articlePlaces: Set<String>
}

/// A stored article's summary, for listings and look-ups.
public struct ArticleSummary: Sendable, Hashable {
    /// The article's id (content hash).
    public let id: String
    /// The path or URL it was added from.
    public let source: String
    /// Its headline.
    public let title: String?
    /// Its publication date.
    public let published: CalendarDay?
    /// Its outlet.
    public let outlet: String?
    /// How many claims it holds.
    public let claimCount: Int
    /// When it was added (ISO 8601, UTC).
    public let addedAt: String
}

/// What adding an article did.
public enum AddOutcome: Sendable, Hashable {
    /// Stored with this many claims.
    case added(articleID: String, claims: Int)
    /// The same body was already stored (from this source).
    case duplicate(articleID: String, storedFrom: String)
}

/// A version of a page fetched by URL, as stored.
public struct PageVersion: Sendable, Hashable {
    /// The URL as given.
    public let url: String
    /// 1 for the first body seen, then one more for each changed body.
    public let version: Int
    /// The article holding this version's text.
    public let articleID: String
    /// The URL after redirects.
    public let finalURL: String
    /// The page's canonical URL, when it names one.
    public let canonicalURL: String?
    /// The media type it was served as.
    public let mediaType: String
    /// Validators for a conditional request.
    public let etag: String?
    /// See `etag`.
    public let lastModified: String?
    /// When this body was last seen (ISO 8601, UTC).
    public let fetchedAt: String
}
