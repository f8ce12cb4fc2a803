/// Why a URL could not be fetched as an article; each case names the URL and says what to do. Nothing is stored.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String, scheme: String)
    case httpStatus(String, code: Int)
    case tooManyRedirects(String, limit: Int)
    case redirectLoop(String, back: String)
    case timedOut(String, seconds: Double)
    case tooLarge(String, limit: Int)
    case unsupportedContentType(String, type: String)
    case empty(String)
    case network(String, reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let url):
            return "\(url): not a URL; give an address such as https://example.com/story"
        case .unsupportedScheme(let url, let scheme):
            return "\(url): '\(scheme):' addresses are not fetched; only http and https are"
        case .httpStatus(let url, let code):
            return "\(url): the server answered HTTP \(code) (\(FetchError.statusText(code))); nothing was stored"
        case .tooManyRedirects(let url, let limit):
            return "\(url): more than \(limit) redirects; open it in a browser to see where it leads"
        case .redirectLoop(let url, let back):
            return "\(url): the redirects loop back to \(back); the site is misconfigured"
        case .timedOut(let url, let seconds):
            return "\(url): no complete answer within \(JSONValue.format(seconds)) s; try again or raise --timeout"
        case .tooLarge(let url, let limit):
            return "\(url): the page is over the \(limit)-byte limit; raise --max-bytes if it really is one article"
        case .unsupportedContentType(let url, let type):
            return "\(url): the server sent \(type), not a web page or text (\(FetchError.kindName(type))); only HTML and plain text are read"
        case .empty(let url):
            return "\(url): the server sent an empty page"
        case .network(let url, let reason):
            return "\(url): \(reason)"
        }
    }

    /// A reader's name for a content type: "a PDF", "an image".
    static func kindName(_ type: String) -> String {
        if type.contains("pdf") { return "a PDF" }
        if type.hasPrefix("image/") { return "an image" }
        if type.hasPrefix("video/") || type.hasPrefix("audio/") { return "media" }
        if type.contains("json") { return "JSON data" }
        if type.contains("zip") || type.contains("octet-stream") { return "a binary file" }
        return "an unsupported type"
    }

    static func statusText(_ code: Int) -> String {
        switch code {
        case 401, 403: return "access refused"
        case 404, 410: return "no such page"
        case 429: return "too many requests; wait and retry"
        case 500...599: return "server error"
        default: return "not a page"
        }
    }
}
