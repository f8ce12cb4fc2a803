import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches one page over HTTP(S) with URLSession (libcurl underneath) under the limits of `FetchOptions`: scheme,
/// redirects, time, size and content type are all checked while the answer arrives, so a PDF or an endless body
/// is refused without being downloaded whole.
public enum Fetcher {
    /// Fetches `url`; a conditional request when `options` carries the stored version's validators.
    public static func fetch(_ url: String, options: FetchOptions = FetchOptions()) throws(FetchError) -> FetchOutcome {
        let parsed = try check(url)
        var request = URLRequest(url: parsed, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.timeout)
        request.setValue(FetchOptions.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1", forHTTPHeaderField: "Accept")
        if let etag = options.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = options.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.urlCache = nil
        let delegate = FetchDelegate(url: url, options: options)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: request)
        task.resume()
        // libcurl honours the timeout; the wait's own deadline is a backstop for a server that trickles bytes.
        if delegate.finished.wait(timeout: .now() + options.timeout + 2) == .timedOut {
            task.cancel()
            throw .timedOut(url, seconds: options.timeout)
        }
        return try delegate.outcome()
    }

    /// The URL parsed, or why it cannot be fetched: only http and https, with a host.
    static func check(_ url: String) throws(FetchError) -> URL {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else { throw .invalidURL(url) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(url, scheme: scheme) }
        guard let host = parsed.host, !host.isEmpty else { throw .invalidURL(url) }
        return parsed
    }
}

/// Watches one transfer: follows or refuses redirects, checks status, type and size as they arrive, keeps the body.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let url: String
    let options: FetchOptions
    let finished = DispatchSemaphore(value: 0)
    // Written from URLSession's delegate queue, read after `finished` is signalled; the lock orders the two.
    private let lock = NSLock()
    private var redirects: [String] = []
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: FetchError?
    private var unchanged = false

    init(url: String, options: FetchOptions) {
        self.url = url
        self.options = options
    }

    func outcome() throws(FetchError) -> FetchOutcome {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        let finalURL = response?.url?.absoluteString ?? redirects.last ?? url
        if unchanged { return .notModified(finalURL: finalURL) }
        guard let response else { throw .network(url, reason: "no answer from the server") }
        guard body.contains(where: { $0 > 0x20 }) else { throw .empty(url) }
        return .fetched(
            FetchedPage(
                requestedURL: url, finalURL: finalURL, redirects: redirects, mediaType: (response.mimeType ?? "text/html").lowercased(),
                charset: response.textEncodingName, etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"), bytes: body))
    }

    private func fail(_ error: FetchError) {
        if failure == nil { failure = error }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        lock.lock()
        defer { lock.unlock() }
        let target = request.url?.absoluteString ?? ""
        let scheme = request.url?.scheme?.lowercased() ?? ""
        if scheme != "http" && scheme != "https" {
            fail(.unsupportedScheme(target, scheme: scheme))
        } else if target == url || redirects.contains(target) {
            fail(.redirectLoop(url, back: target))
        } else if redirects.count >= options.maxRedirects {
            fail(.tooManyRedirects(url, limit: options.maxRedirects))
        }
        if failure != nil {
            completionHandler(nil)
            return
        }
        redirects.append(target)
        completionHandler(request)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, let http = response as? HTTPURLResponse else {
            completionHandler(.cancel)
            return
        }
        self.response = http
        let type = (http.mimeType ?? "").lowercased()
        switch http.statusCode {
        case 304:
            unchanged = true
        case 300..<400:
            fail(.tooManyRedirects(url, limit: options.maxRedirects))
        case 400...:
            fail(.httpStatus(url, code: http.statusCode))
        default:
            if !type.isEmpty, !FetchOptions.acceptedTypes.contains(type) {
                fail(.unsupportedContentType(url, type: type))
            } else if http.expectedContentLength > Int64(options.maxBytes) {
                fail(.tooLarge(url, limit: options.maxBytes))
            }
        }
        completionHandler(failure == nil && !unchanged ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return }
        body.append(contentsOf: data)
        if body.count > options.maxBytes {
            fail(.tooLarge(url, limit: options.maxBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        if failure == nil, !unchanged, let error = error as? URLError, error.code != .cancelled {
            switch error.code {
            case .timedOut: fail(.timedOut(url, seconds: options.timeout))
            case .httpTooManyRedirects: fail(.tooManyRedirects(url, limit: options.maxRedirects))
            case .cannotFindHost, .dnsLookupFailed: fail(.network(url, reason: "no such host; check the address"))
            case .cannotConnectToHost: fail(.network(url, reason: "the server refused the connection"))
            default: fail(.network(url, reason: error.localizedDescription))
            }
        } else if failure == nil, !unchanged, let error, (error as? URLError)?.code != .cancelled {
            fail(.network(url, reason: "\(error)"))
        }
        lock.unlock()
        finished.signal()
    }
}
