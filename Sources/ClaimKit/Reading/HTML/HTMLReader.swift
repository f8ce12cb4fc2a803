import CLibXML2
import Foundation

/// What an HTML page holds for the claim tracker: its article text and the metadata around it.
public struct HTMLPage: Sendable, Hashable {
    /// The headline: og:title, else `<title>` without a trailing site name, else the first `<h1>`.
    public var title: String?
    /// The publication date as the page writes it (no time-zone shifting).
    public var published: CalendarDay?
    /// Which source in the page gave `published`, so callers can judge how far to trust it.
    public var dateOrigin: Article.DateOrigin?
    /// The outlet: og:site_name, else the JSON-LD publisher's name.
    public var siteName: String?
    /// `<link rel=canonical>`, else og:url.
    public var canonicalURL: String?
    /// The article body: paragraphs separated by one blank line, white space folded, entities decoded.
    public var text: String
}

/// Reads news pages: libxml2 parses the bytes, then a walk over the tree picks the article body and its metadata.
public enum HTMLReader {
    /// Parses HTML bytes (charset: the HTTP or caller-declared charset, or nil to use <meta charset>/<meta http-equiv>, defaulting to UTF-8 then windows-1252 fallback when bytes are not valid UTF-8) into a page. `url` is used only for the URL-path date fallback and error messages.
    public static func read(
        _ bytes: [UInt8], charset: String? = nil, url: String? = nil, source: String
    ) throws(ReadError) -> HTMLPage {
        let utf8 = Charset.utf8(from: bytes, declared: charset)
        guard let dom = DOM.parse(utf8) else { throw .noText(source) }

        let meta = Metadata(dom: dom)
        let linked = LinkedData(scripts: dom.scripts)
        let siteName = meta.value(for: "og:site_name") ?? linked.publisherName

        var analysis = Analysis(dom: dom, classDrops: true)
        var body = analysis.selectBody()
        if body.paragraphs.isEmpty {
            // A wrapper marked like boilerplate (e.g. class="has-newsletter") can hide the whole page; retry without class rules.
            analysis = Analysis(dom: dom, classDrops: false)
            body = analysis.selectBody()
        }

        let title = pickTitle(meta: meta, siteName: siteName, analysis: analysis, body: body)
        var paragraphs = body.paragraphs
        if let jsonBody = linked.articleBody {
            paragraphs = preferLinkedBody(jsonBody, over: paragraphs)
        }
        if let title {
            // The headline sits at the top of the body when it is there at all; later paragraphs are not compared.
            let key = comparisonKey(title)
            let length = title.utf8.count
            let index = paragraphs.prefix(4).firstIndex(where: {
                $0.utf8.count <= length * 2 + 8 && $0.utf8.count * 2 + 8 >= length && comparisonKey($0) == key
            })
            if let index { paragraphs.remove(at: index) }
        }
        guard !paragraphs.isEmpty else { throw .noText(source) }

        var page = HTMLPage(
            title: title, published: nil, dateOrigin: nil, siteName: siteName,
            canonicalURL: meta.canonical ?? meta.value(for: "og:url"), text: paragraphs.joined(separator: "\n\n"))
        if let (day, origin) = pickDate(meta: meta, linked: linked, analysis: analysis, body: body, url: url, canonical: page.canonicalURL) {
            page.published = day
            page.dateOrigin = origin
        }
        return page
    }

    // MARK: - Choices over the parsed page

    /// og:title, else <title>, else the first headline that is not in dropped page furniture.
    static func pickTitle(meta: Metadata, siteName: String?, analysis: Analysis, body: BodyChoice) -> String? {
        if let og = meta.value(for: "og:title") { return stripSiteName(og, siteName: siteName) }
        if let title = meta.title { return stripSiteName(title, siteName: siteName) }
        return analysis.firstHeadline(near: body)
    }

    /// Removes " | Site" (or "Site | ") when it names the site, so the title is the headline alone.
    static func stripSiteName(_ title: String, siteName: String?) -> String {
        guard let site = siteName?.trimmingCharacters(in: .whitespaces), !site.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " : "] {
            let suffix = separator + site
            if title.count > suffix.count,
                let range = title.range(of: suffix, options: [.caseInsensitive, .anchored, .backwards])
            {
                return String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
            let prefix = site + separator
            if title.count > prefix.count, let range = title.range(of: prefix, options: [.caseInsensitive, .anchored]) {
                return String(title[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// The date sources in the documented order of trust; the first one that parses wins.
    static func pickDate(
        meta: Metadata, linked: LinkedData, analysis: Analysis, body: BodyChoice, url: String?, canonical: String?
    ) -> (CalendarDay, Article.DateOrigin)? {
        if let value = meta.value(for: "article:published_time"), let day = Dates.day(from: value) {
            return (day, .openGraph)
        }
        for value in linked.datesPublished {
            if let day = Dates.day(from: value) { return (day, .jsonLD) }
        }
        if let day = analysis.timeElementDate(scope: body.scope, root: body.root) { return (day, .timeElement) }
        for value in meta.dateValues {
            if let day = Dates.day(from: value) { return (day, .metaDate) }
        }
        for candidate in [url, canonical] {
            if let candidate, let day = Dates.dayInPath(candidate) { return (day, .urlPath) }
        }
        return nil
    }

    /// JSON-LD articleBody names what the body is; the DOM copy is kept when it says the same thing with paragraph breaks.
    static func preferLinkedBody(_ jsonBody: String, over domParagraphs: [String]) -> [String] {
        let linkedParagraphs = paragraphs(fromLinkedBody: jsonBody)
        guard !linkedParagraphs.isEmpty else { return domParagraphs }
        guard !domParagraphs.isEmpty else { return linkedParagraphs }
        let linkedWords = linkedParagraphs.flatMap { $0.split(separator: " ") }
        let domWords = domParagraphs.flatMap { $0.split(separator: " ") }
        let domSet = Set(domWords.map { comparisonKey(String($0)) })
        let covered = linkedWords.filter { domSet.contains(comparisonKey(String($0))) }.count
        let coverage = Double(covered) / Double(max(linkedWords.count, 1))
        if coverage >= 0.9 && Double(domWords.count) <= 1.3 * Double(linkedWords.count) + 10 {
            return domParagraphs
        }
        return linkedParagraphs
    }

    /// JSON-LD bodies come as plain text with newlines or as escaped HTML; both go through the HTML parser for entities.
    static func paragraphs(fromLinkedBody text: String) -> [String] {
        let bytes = Array(text.utf8)
        var hasTags = false
        for i in 0..<max(bytes.count - 1, 0) where bytes[i] == UInt8(ascii: "<") {
            let next = bytes[i + 1] | 0x20
            if (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || bytes[i + 1] == UInt8(ascii: "/") {
                hasTags = true
                break
            }
        }
        var html: [UInt8]
        if hasTags {
            html = bytes
        } else {
            html = Array("<p>".utf8)
            html.reserveCapacity(bytes.count + 64)
            for b in bytes {
                if b == 0x0A || b == 0x0D { html.append(contentsOf: "</p><p>".utf8) } else { html.append(b) }
            }
        }
        guard let dom = DOM.parse(html) else { return [] }
        let analysis = Analysis(dom: dom, classDrops: false)
        return analysis.keptParagraphs(in: analysis.bodyIndex)
    }

    /// Letters and digits only, lowercased: headline and paragraph compare equal despite quotes, case and punctuation.
    static func comparisonKey(_ text: String) -> String {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if b >= 0x80 { return unicodeKey(text) }
            if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) { ascii.append(b) } else if b >= 0x41 && b <= 0x5A { ascii.append(b | 0x20) }
        }
        return String(decoding: ascii, as: UTF8.self)
    }

    static func unicodeKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
