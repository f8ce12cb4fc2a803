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
    private static func pickTitle(meta: Metadata, siteName: String?, analysis: Analysis, body: BodyChoice) -> String? {
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
    private static func pickDate(
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
    private static func preferLinkedBody(_ jsonBody: String, over domParagraphs: [String]) -> [String] {
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
    private static func paragraphs(fromLinkedBody text: String) -> [String] {
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

    private static func unicodeKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

// MARK: - Charset

extension HTMLReader {
    /// Everything is converted to UTF-8 before libxml2 sees it, so the parser's own (iconv-dependent) detection never matters.
    enum Charset {
        static func utf8(from bytes: [UInt8], declared: String?) -> [UInt8] {
            var result: [UInt8]
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                result = decodeUTF8(Array(bytes[3...]))
            } else if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
                let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
                if let text = String(bytes: bytes[2...], encoding: encoding) {
                    result = Array(text.utf8)
                } else {
                    result = decodeUTF8(bytes)
                }
            } else {
                let fromDocument = declared == nil
                result = decode(bytes, label: declared ?? sniff(bytes), fromDocument: fromDocument)
            }
            if result.contains(0) { result.removeAll(where: { $0 == 0 }) }
            return result
        }

        /// WHATWG treats latin-1 and ASCII labels as windows-1252, and a <meta> claiming UTF-16 as UTF-8.
        private static func decode(_ bytes: [UInt8], label: String?, fromDocument: Bool) -> [UInt8] {
            guard var name = label?.lowercased() else { return decodeUTF8(bytes) }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'"))
            switch name {
            case "", "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
                return decodeUTF8(bytes)
            case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
                "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100":
                return decodeWindows1252(bytes)
            case "utf-16", "utf-16le", "utf-16be", "utf16":
                if fromDocument { return decodeUTF8(bytes) }
                if let encoding = String.Encoding(ianaName: name), let text = String(bytes: bytes, encoding: encoding) {
                    return Array(text.utf8)
                }
                return decodeUTF8(bytes)
            default:
                if let encoding = String.Encoding(ianaName: name), let text = String(bytes: bytes, encoding: encoding) {
                    return Array(text.utf8)
                }
                return decodeUTF8(bytes)
            }
        }

        /// Invalid UTF-8 is usually windows-1252; a page with only a stray bad byte among much real UTF-8 is repaired instead.
        private static func decodeUTF8(_ bytes: [UInt8]) -> [UInt8] {
            let (multibyte, invalid) = scanUTF8(bytes)
            if invalid == 0 { return bytes }
            // windows-1252 text almost never forms valid multi-byte sequences by accident, so a few of them settle it.
            if multibyte >= invalid * 2 { return Array(String(decoding: bytes, as: UTF8.self).utf8) }
            return decodeWindows1252(bytes)
        }

        /// Counts valid multi-byte sequences and invalid bytes.
        static func scanUTF8(_ bytes: [UInt8]) -> (multibyte: Int, invalid: Int) {
            var multibyte = 0
            var invalid = 0
            var i = 0
            let n = bytes.count
            bytes.withUnsafeBufferPointer { b in
                while i < n {
                    let lead = b[i]
                    if lead < 0x80 {
                        i += 1
                        continue
                    }
                    var length = 0
                    var low: UInt8 = 0x80
                    var high: UInt8 = 0xBF
                    switch lead {
                    case 0xC2...0xDF: length = 2
                    case 0xE0: length = 3; low = 0xA0
                    case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                    case 0xED: length = 3; high = 0x9F
                    case 0xF0: length = 4; low = 0x90
                    case 0xF1...0xF3: length = 4
                    case 0xF4: length = 4; high = 0x8F
                    default: length = 0
                    }
                    var ok = length > 0 && i + length <= n
                    if ok {
                        if b[i + 1] < low || b[i + 1] > high { ok = false }
                        var k = 2
                        while ok && k < length {
                            if b[i + k] < 0x80 || b[i + k] > 0xBF { ok = false }
                            k += 1
                        }
                    }
                    if ok {
                        multibyte += 1
                        i += length
                    } else {
                        invalid += 1
                        i += 1
                    }
                }
            }
            return (multibyte, invalid)
        }

        /// 0x80-0x9F per the WHATWG table; every byte maps, so decoding never fails.
        private static let high1252: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
        ]

        static func decodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for b in bytes {
                if b < 0x80 {
                    out.append(b)
                    continue
                }
                let scalar = (b >= 0x80 && b <= 0x9F) ? high1252[Int(b - 0x80)] : UInt32(b)
                if scalar < 0x800 {
                    out.append(UInt8(0xC0 | (scalar >> 6)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                } else {
                    out.append(UInt8(0xE0 | (scalar >> 12)))
                    out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                }
            }
            return out
        }

        /// Finds `charset=` in <meta> tags or the XML declaration within the first 4 KB, as browsers pre-scan.
        static func sniff(_ bytes: [UInt8]) -> String? {
            let limit = min(bytes.count, 4096)
            var i = 0
            while i + 5 < limit {
                if bytes[i] == UInt8(ascii: "<") {
                    if matches(bytes, at: i + 1, "meta", limit: limit) || matches(bytes, at: i + 1, "?xml", limit: limit) {
                        let isXML = bytes[i + 1] == UInt8(ascii: "?")
                        var end = i + 5
                        while end < limit && bytes[end] != UInt8(ascii: ">") { end += 1 }
                        if let value = attributeValue(bytes, from: i + 5, to: end, key: isXML ? "encoding" : "charset") {
                            return value
                        }
                        i = end
                        continue
                    }
                }
                i += 1
            }
            return nil
        }

        private static func matches(_ bytes: [UInt8], at start: Int, _ word: String, limit: Int) -> Bool {
            var k = start
            for c in word.utf8 {
                guard k < limit else { return false }
                let b = bytes[k]
                let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                if lower != c { return false }
                k += 1
            }
            return true
        }

        private static func attributeValue(_ bytes: [UInt8], from start: Int, to end: Int, key: String) -> String? {
            var i = start
            let keyLength = key.utf8.count
            while i + keyLength < end {
                if matches(bytes, at: i, key, limit: end) {
                    var k = i + keyLength
                    while k < end && (bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0A || bytes[k] == 0x0D) { k += 1 }
                    if k < end && bytes[k] == UInt8(ascii: "=") {
                        k += 1
                        while k < end && (bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x27 || bytes[k] == 0x09) { k += 1 }
                        let valueStart = k
                        while k < end {
                            let b = bytes[k]
                            let isToken = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
                            if !isToken { break }
                            k += 1
                        }
                        if k > valueStart { return String(decoding: bytes[valueStart..<k], as: UTF8.self) }
                    }
                    i = k
                    continue
                }
                i += 1
            }
            return nil
        }
    }
}

// MARK: - The parsed tree, copied out of libxml2

extension HTMLReader {
    /// The element names the reader treats specially; everything else is inline `other`.
    fileprivate enum Tag: UInt8, CaseIterable {
        case text, other
        case html, head, body, title, meta, link, script, style, noscript, template
        case nav, header, footer, aside, form, menu, dialog
        case button, svg, math, iframe, frame, object, embed, canvas, video, audio, select, textarea, figcaption
        case figure, article, main, section, div, p, h1, h2, h3, h4, h5, h6, hgroup
        case ul, ol, li, dl, dt, dd, blockquote, pre
        case table, thead, tbody, tfoot, tr, td, th, caption
        case br, hr, a, time, address, fieldset, legend, details, summary, center, option

        static let byName: [String: Tag] = {
            var table: [String: Tag] = [:]
            for tag in Tag.allCases where tag != .text && tag != .other { table[String(describing: tag)] = tag }
            return table
        }()

        /// Never text: their contents are not copied out of libxml2 at all.
        var skipsChildren: Bool {
            switch self {
            case .script, .style, .noscript, .template, .button, .svg, .math, .iframe, .frame, .object, .embed, .canvas,
                .video, .audio, .select, .textarea, .figcaption:
                return true
            default: return false
            }
        }

        /// Page furniture by element name.
        var isRegion: Bool {
            switch self {
            case .nav, .header, .footer, .aside, .form, .menu, .dialog: return true
            default: return false
            }
        }

        /// Elements that end the current paragraph when they open or close.
        var isBlock: Bool {
            switch self {
            case .html, .body, .title, .nav, .header, .footer, .aside, .form, .menu, .dialog, .figure, .article, .main, .section,
                .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table, .thead,
                .tbody, .tfoot, .tr, .caption, .hr, .address, .fieldset, .legend, .details, .summary, .center, .option:
                return true
            default: return false
            }
        }

        /// Elements whose subtree can be "the article" under density scoring.
        var isContainer: Bool {
            switch self {
            case .body, .article, .main, .section, .div, .td, .form, .center: return true
            default: return false
            }
        }
    }

    /// One node of the copied tree, in document (pre-)order so that a subtree is the index range [self, end).
    fileprivate struct Node {
        var tag: Tag
        var parent: Int32
        var end: Int32
        var textStart: Int32 = 0
        var textCount: Int32 = 0
        var attr: Int32 = -1
    }

    /// The attributes the reader looks at; the rest are never copied.
    fileprivate struct Attrs {
        var cls: String?
        var id: String?
        var role: String?
        var itemprop: String?
        var property: String?
        var name: String?
        var content: String?
        var rel: String?
        var href: String?
        var type: String?
        var datetime: String?
        var style: String?
        var pubdate = false
        var hidden = false
    }

    /// A flat copy of the libxml2 tree: Swift-side passes are index loops, so depth never costs stack.
    fileprivate struct DOM {
        var nodes: [Node] = []
        var attrs: [Attrs] = []
        var arena: [UInt8] = []
        var scripts: [String] = []

        /// libxml2 wants one initialisation before parsing from several threads; a static let runs it exactly once.
        private static let ready: Void = xmlInitParser()

        private static let options: Int32 = {
            let html = HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_RECOVER.rawValue
            // Without HUGE, libxml2 drops content nested deeper than 256 elements.
            return Int32(bitPattern: html | XML_PARSE_HUGE.rawValue)
        }()

        static func parse(_ utf8: [UInt8]) -> DOM? {
            guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
            _ = ready
            // libxml2 keeps the error handler per thread, so every reading thread silences its own.
            ct_xmlSilenceErrors()
            let document = utf8.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
            guard let document else { return nil }
            defer { xmlFreeDoc(document) }
            var dom = DOM()
            dom.nodes.reserveCapacity(utf8.count / 24)
            dom.arena.reserveCapacity(utf8.count / 2)
            dom.copy(from: document)
            return dom
        }

        private mutating func copy(from document: xmlDocPtr) {
            var open: [Int32] = []
            var cursor: xmlNodePtr? = document.pointee.children
            while let node = cursor {
                var descend = false
                let type = node.pointee.type
                if type == XML_ELEMENT_NODE {
                    let tag = node.pointee.name.map { Tag.byName[String(cString: $0)] ?? .other } ?? .other
                    let index = Int32(nodes.count)
                    var entry = Node(tag: tag, parent: open.last ?? -1, end: index + 1)
                    if let found = DOM.readAttrs(node) {
                        entry.attr = Int32(attrs.count)
                        attrs.append(found)
                    }
                    nodes.append(entry)
                    if tag == .script {
                        if let type = entry.attr >= 0 ? attrs[Int(entry.attr)].type : nil, type.lowercased().contains("ld+json") {
                            scripts.append(DOM.childText(node))
                        }
                    } else if !tag.skipsChildren && node.pointee.children != nil {
                        open.append(index)
                        descend = true
                    }
                } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let parent = open.last,
                    let content = node.pointee.content
                {
                    let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                    if length > 0 {
                        let start = Int32(arena.count)
                        arena.append(contentsOf: UnsafeBufferPointer(start: UnsafePointer(content), count: length))
                        nodes.append(Node(tag: .text, parent: parent, end: Int32(nodes.count + 1), textStart: start, textCount: Int32(length)))
                    }
                }
                if descend {
                    cursor = node.pointee.children
                    continue
                }
                var current = node
                cursor = nil
                while true {
                    if let next = current.pointee.next {
                        cursor = next
                        break
                    }
                    guard let closed = open.popLast(), let parent = current.pointee.parent else { break }
                    nodes[Int(closed)].end = Int32(nodes.count)
                    current = parent
                }
            }
            while let closed = open.popLast() { nodes[Int(closed)].end = Int32(nodes.count) }
        }

        private static func readAttrs(_ node: xmlNodePtr) -> Attrs? {
            var attrs = Attrs()
            var any = false
            var cursor = node.pointee.properties
            while let attribute = cursor {
                cursor = attribute.pointee.next
                guard let rawName = attribute.pointee.name else { continue }
                let name = String(cString: rawName)
                switch name {
                case "class": attrs.cls = value(of: attribute)
                case "id": attrs.id = value(of: attribute)
                case "role": attrs.role = value(of: attribute)
                case "itemprop": attrs.itemprop = value(of: attribute)
                case "property": attrs.property = value(of: attribute)
                case "name": attrs.name = value(of: attribute)
                case "content": attrs.content = value(of: attribute)
                case "rel": attrs.rel = value(of: attribute)
                case "href": attrs.href = value(of: attribute)
                case "type": attrs.type = value(of: attribute)
                case "datetime": attrs.datetime = value(of: attribute)
                case "style": attrs.style = value(of: attribute)
                case "pubdate": attrs.pubdate = true
                case "hidden": attrs.hidden = true
                default: continue
                }
                any = true
            }
            return any ? attrs : nil
        }

        private static func value(of attribute: xmlAttrPtr) -> String {
            var child = attribute.pointee.children
            if let only = child, only.pointee.next == nil {
                return only.pointee.content.map { String(cString: $0) } ?? ""
            }
            var text = ""
            while let node = child {
                if let content = node.pointee.content { text += String(cString: content) }
                child = node.pointee.next
            }
            return text
        }

        private static func childText(_ node: xmlNodePtr) -> String {
            var text = ""
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content { text += String(cString: content) }
                child = current.pointee.next
            }
            return text
        }

        func attributes(_ index: Int) -> Attrs? {
            let slot = nodes[index].attr
            return slot >= 0 ? attrs[Int(slot)] : nil
        }

        /// The folded text of a subtree, for titles and headings.
        func text(of index: Int) -> String {
            var bytes: [UInt8] = []
            for i in index..<Int(nodes[index].end) where nodes[i].tag == .text {
                let node = nodes[i]
                bytes.append(contentsOf: arena[Int(node.textStart)..<Int(node.textStart + node.textCount)])
                bytes.append(0x20)
            }
            return Fold.fold(bytes).text
        }
    }
}

// MARK: - Head metadata

extension HTMLReader {
    /// <meta>, <title> and <link rel=canonical>, first occurrence wins.
    fileprivate struct Metadata {
        var values: [String: String] = [:]
        var dateValues: [String] = []
        var title: String?
        var canonical: String?

        static let dateNames: Set<String> = [
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.issued",
            "dcterms.date", "article_date_original", "sailthru.date", "parsely-pub-date", "citation_publication_date",
            "datepublished",
        ]

        init(dom: DOM) {
            for (i, node) in dom.nodes.enumerated() {
                switch node.tag {
                case .meta:
                    guard let a = dom.attributes(i), let content = a.content else { continue }
                    let value = Fold.fold(Array(content.utf8)).text
                    guard !value.isEmpty else { continue }
                    for key in [a.property, a.name] {
                        guard let key = key?.lowercased() else { continue }
                        if values[key] == nil { values[key] = value }
                        if Metadata.dateNames.contains(key) { dateValues.append(value) }
                    }
                    if a.property == nil, a.name == nil, a.itemprop?.lowercased() == "datepublished" { dateValues.append(value) }
                case .title where title == nil:
                    let text = dom.text(of: i)
                    if !text.isEmpty { title = text }
                case .link where canonical == nil:
                    if let a = dom.attributes(i), let rel = a.rel?.lowercased(),
                        rel.split(separator: " ").contains("canonical"),
                        let href = a.href?.trimmingCharacters(in: .whitespacesAndNewlines), !href.isEmpty
                    {
                        canonical = href
                    }
                default: continue
                }
            }
        }

        func value(for key: String) -> String? { values[key] }
    }

    /// schema.org JSON-LD: the article object's datePublished, publisher name and articleBody.
    fileprivate struct LinkedData {
        var datesPublished: [String] = []
        var publisherName: String?
        var articleBody: String?

        init(scripts: [String]) {
            var objects: [[String: Any]] = []
            for script in scripts {
                guard let root = LinkedData.parse(script) else { continue }
                LinkedData.collect(root, into: &objects)
            }
            guard !objects.isEmpty else { return }
            var byID: [String: [String: Any]] = [:]
            for object in objects {
                if let id = object["@id"] as? String, object.count > 1, byID[id] == nil { byID[id] = object }
            }
            let articles = objects.filter { LinkedData.typeNames($0).contains(where: LinkedData.isArticleType) }
            let pages = objects.filter { LinkedData.typeNames($0).contains(where: { $0.hasSuffix("page") }) }
            for object in articles + pages {
                if let date = LinkedData.firstString(object["datePublished"]) { datesPublished.append(date) }
                if publisherName == nil { publisherName = LinkedData.publisherName(object["publisher"], byID: byID) }
            }
            for object in articles {
                if let body = object["articleBody"] as? String, !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    articleBody = body
                    break
                }
            }
        }

        static func isArticleType(_ name: String) -> Bool {
            name.hasSuffix("article") || name.hasSuffix("posting") || name == "report"
        }

        static func typeNames(_ object: [String: Any]) -> [String] {
            if let name = object["@type"] as? String { return [name.lowercased()] }
            if let names = object["@type"] as? [Any] { return names.compactMap { ($0 as? String)?.lowercased() } }
            return []
        }

        static func firstString(_ value: Any?) -> String? {
            if let text = value as? String { return text }
            if let list = value as? [Any] { return list.lazy.compactMap { $0 as? String }.first }
            return nil
        }

        static func publisherName(_ value: Any?, byID: [String: [String: Any]]) -> String? {
            var candidate = value
            if let list = candidate as? [Any] { candidate = list.first }
            guard var object = candidate as? [String: Any] else { return nil }
            if object["name"] == nil, let id = object["@id"] as? String, let full = byID[id] { object = full }
            guard let name = firstString(object["name"]) else { return nil }
            let folded = Fold.fold(Array(name.utf8)).text
            return folded.isEmpty ? nil : folded
        }

        /// Pages wrap JSON-LD in comments or put raw newlines in strings; a lenient second attempt recovers those.
        static func parse(_ script: String) -> Any? {
            var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("<!--") { text.removeFirst(4) }
            if text.hasSuffix("-->") { text.removeLast(3) }
            if let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
                return value
            }
            let cleaned = String(decoding: text.utf8.map { $0 < 0x20 ? 0x20 : $0 }, as: UTF8.self)
            return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
        }

        /// Every object in the value, through arrays, @graph and nested properties, in document order.
        static func collect(_ root: Any, into objects: inout [[String: Any]]) {
            var stack: [Any] = [root]
            var visited = 0
            while let value = stack.popLast(), visited < 10_000 {
                visited += 1
                if let object = value as? [String: Any] {
                    objects.append(object)
                    for key in object.keys.sorted().reversed() {
                        if let child = object[key], child is [String: Any] || child is [Any] { stack.append(child) }
                    }
                } else if let list = value as? [Any] {
                    stack.append(contentsOf: list.reversed())
                }
            }
        }
    }
}

// MARK: - Text, blocks and scoring

extension HTMLReader {
    /// White-space folding on UTF-8 bytes: every Unicode space becomes one ASCII space, invisible format characters go.
    enum Fold {
        static func fold(_ bytes: [UInt8]) -> (text: String, words: Int) {
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var words = 0
            var pendingSpace = false
            var inWord = false
            let n = bytes.count
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                while i < n {
                    let byte = b[i]
                    var space = 0
                    var invisible = 0
                    if byte < 0x80 {
                        if byte <= 0x20 || byte == 0x7F { space = 1 }
                    } else if byte == 0xC2, i + 1 < n {
                        let c = b[i + 1]
                        if c == 0xA0 || c == 0x85 { space = 2 } else if c == 0xAD { invisible = 2 }
                    } else if byte == 0xE2, i + 2 < n {
                        let c = b[i + 1]
                        let d = b[i + 2]
                        if c == 0x80 {
                            if d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF { space = 3 } else if d == 0x8B { invisible = 3 }
                        } else if c == 0x81 {
                            if d == 0x9F { space = 3 } else if d == 0xA0 { invisible = 3 }
                        }
                    } else if byte == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                        space = 3
                    } else if byte == 0xE1, i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 {
                        space = 3
                    } else if byte == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
                        invisible = 3
                    }
                    if space > 0 {
                        if !out.isEmpty { pendingSpace = true }
                        inWord = false
                        i += space
                        continue
                    }
                    if invisible > 0 {
                        i += invisible
                        continue
                    }
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    if !inWord {
                        words += 1
                        inWord = true
                    }
                    out.append(byte)
                    i += 1
                }
            }
            return (String(decoding: out, as: UTF8.self), words)
        }
    }

    /// One paragraph candidate with the counts the filters and the density score need.
    fileprivate struct Block {
        var text: String
        var words: Int
        var chars: Int
        var linkChars: Int
        var timeChars: Int
        var node: Int32
        var container: Int32
        var kind: Tag
        var soft: Bool

        var linkDensity: Double { Double(linkChars) / Double(max(chars, 1)) }

        /// jusText-style: long low-link blocks are content, link-heavy blocks are boilerplate, short ones are neutral.
        var quality: Double {
            let density = linkDensity
            if density > 0.5 { return -Double(words) }
            if words >= 10 && density <= 0.33 { return Double(words) * (1 - density) }
            return 0
        }
    }

    /// The container picked as the article and the scope (article/main/body) it was searched in.
    fileprivate struct BodyChoice {
        var paragraphs: [String]
        var scope: Int
        var root: Int
    }

    /// Which parts of the tree are furniture, the paragraphs of the rest, and a density score for every container.
    fileprivate struct Analysis {
        static let dropped: UInt8 = 1
        static let soft: UInt8 = 2
        static let inArticle: UInt8 = 4
        static let holdsBody: UInt8 = 8
        static let inParagraph: UInt8 = 16
        static let richCell: UInt8 = 32

        let dom: DOM
        var flags: [UInt8]
        var blocks: [Block] = []
        var score: [Double]
        var bodyIndex: Int

        init(dom: DOM, classDrops: Bool) {
            self.dom = dom
            let nodes = dom.nodes
            let count = nodes.count
            flags = [UInt8](repeating: 0, count: count)
            score = [Double](repeating: 0, count: count)
            bodyIndex = nodes.firstIndex(where: { $0.tag == .body }) ?? nodes.firstIndex(where: { $0.tag == .html }) ?? -1

            // Visible text per subtree, so that a "boilerplate" wrapper holding most of the page is not thrown away.
            var weight = [Int32](repeating: 0, count: count)
            // A table cell holding blocks or <br> is page layout (old sites put whole columns in cells), not a data cell.
            var hasBlocks = [Bool](repeating: false, count: count)
            dom.arena.withUnsafeBufferPointer { arena in
                for i in stride(from: count - 1, through: 0, by: -1) {
                    let node = nodes[i]
                    if node.tag == .text {
                        var visible: Int32 = 0
                        for k in Int(node.textStart)..<Int(node.textStart + node.textCount) where arena[k] > 0x20 { visible += 1 }
                        weight[i] += visible
                    } else if (node.tag == .td || node.tag == .th) && hasBlocks[i] {
                        flags[i] |= Analysis.richCell
                    }
                    guard node.parent >= 0 else { continue }
                    let parent = Int(node.parent)
                    weight[parent] += weight[i]
                    if node.tag.isBlock || node.tag == .br || hasBlocks[i] { hasBlocks[parent] = true }
                }
            }
            var total: Int32 = 0
            if bodyIndex >= 0 {
                total = weight[bodyIndex]
            } else {
                for i in 0..<count where nodes[i].parent < 0 { total += weight[i] }
            }

            // Whatever wraps the article must survive class rules ("has-ads", "with-newsletter" wrappers): the marked
            // articleBody, and the largest unmarked <article> and <main>, protect their ancestors.
            var anchors: [Int] = []
            var largest: [Tag: Int] = [:]
            for i in 0..<count {
                let tag = nodes[i].tag
                if let a = dom.attributes(i), let prop = a.itemprop, prop.lowercased().split(separator: " ").contains("articlebody") {
                    anchors.append(i)
                }
                if tag == .article || tag == .main, dom.attributes(i).map({ Boilerplate.mark($0) == .none }) ?? true,
                    weight[i] > largest[tag].map({ weight[$0] }) ?? 0
                {
                    largest[tag] = i
                }
            }
            anchors.append(contentsOf: largest.values)
            for anchor in anchors {
                var k = anchor
                while k >= 0 && flags[k] & Analysis.holdsBody == 0 {
                    flags[k] |= Analysis.holdsBody
                    k = Int(nodes[k].parent)
                }
            }

            for i in 0..<count {
                let node = nodes[i]
                let carried = Analysis.dropped | Analysis.soft | Analysis.inArticle | Analysis.inParagraph
                let inherited: UInt8 = node.parent >= 0 ? flags[Int(node.parent)] & carried : 0
                var f = flags[i] | inherited
                if node.tag != .text && f & Analysis.dropped == 0 {
                    switch Analysis.decide(i, node: node, dom: dom, flags: f, weight: weight[i], total: total, classDrops: classDrops) {
                    case .keep: break
                    case .drop: f |= Analysis.dropped
                    case .soft: f |= Analysis.soft
                    }
                    switch node.tag {
                    case .article, .main: f |= Analysis.inArticle
                    case .p, .h1, .h2, .h3, .h4, .h5, .h6: f |= Analysis.inParagraph
                    default: break
                    }
                }
                flags[i] = f
            }

            if bodyIndex >= 0 {
                emit(from: bodyIndex, to: Int(nodes[bodyIndex].end))
            } else {
                emit(from: 0, to: count)
            }
            for block in blocks where block.container >= 0 { score[Int(block.container)] += block.quality }
            for i in stride(from: count - 1, through: 0, by: -1) where nodes[i].parent >= 0 {
                score[Int(nodes[i].parent)] += score[i]
            }
        }

        enum Decision { case keep, drop, soft }

        static func decide(_ i: Int, node: Node, dom: DOM, flags: UInt8, weight: Int32, total: Int32, classDrops: Bool) -> Decision {
            let tag = node.tag
            if tag.skipsChildren { return .drop }
            if tag == .html || tag == .body { return .keep }
            let holdsBody = flags & holdsBody != 0
            let protectedWeak = holdsBody || (total > 0 && Int64(weight) * 2 >= Int64(total))
            // Comment threads can outweigh the article, so size never protects a strongly marked element.
            let protectedStrong = holdsBody
            var marked = false
            if let a = dom.attributes(i) {
                if a.hidden || Boilerplate.hiddenByStyle(a.style) {
                    if !protectedWeak { return .drop }
                }
                // Inside a sentence a class such as "related-link" marks a link, not furniture: dropping it would cut words out.
                if classDrops && tag != .a && flags & inParagraph == 0 {
                    let mark = Boilerplate.mark(a)
                    if mark == .strong && !protectedStrong { return .drop }
                    if mark != .none && !protectedWeak { return .drop }
                    marked = mark != .none
                }
            }
            if tag.isRegion {
                // An article's own <header> holds the standfirst next to byline and date; keep it on probation.
                if tag == .header && flags & inArticle != 0 && !marked { return .soft }
                // ASP.NET-style pages wrap everything in one <form>; other furniture tags never hold the article.
                if tag != .form || !protectedWeak { return .drop }
            }
            return .keep
        }

        /// Walks the kept part of the tree once, cutting it into paragraphs at block boundaries and double <br>.
        private mutating func emit(from start: Int, to end: Int) {
            let nodes = dom.nodes
            var buffer: [UInt8] = []
            var chars = 0
            var linkChars = 0
            var timeChars = 0
            var firstNode: Int32 = -1
            var kind: Tag = .body
            var container: Int32 = -1
            var soft = false
            var linkDepth = 0
            var timeDepth = 0
            var pendingBreak = false
            var open: [Int32] = []
            var blockStack: [Int32] = []
            var containerStack: [Int32] = []
            var output: [Block] = []

            func flush() {
                if chars > 0 {
                    let (text, words) = Fold.fold(buffer)
                    if words > 0 {
                        output.append(
                            Block(
                                text: text, words: words, chars: chars, linkChars: linkChars, timeChars: timeChars, node: firstNode,
                                container: container, kind: kind, soft: soft))
                    }
                }
                buffer.removeAll(keepingCapacity: true)
                chars = 0
                linkChars = 0
                timeChars = 0
                pendingBreak = false
            }

            func enter(_ i: Int32) {
                let tag = nodes[Int(i)].tag
                if tag.isBlock || flags[Int(i)] & Analysis.richCell != 0 {
                    flush()
                    blockStack.append(i)
                    if tag.isContainer { containerStack.append(i) }
                } else if tag.isContainer {
                    containerStack.append(i)
                }
                switch tag {
                case .br:
                    if pendingBreak {
                        flush()
                    } else {
                        buffer.append(0x20)
                        pendingBreak = true
                    }
                case .td, .th: buffer.append(0x20)
                case .a: if dom.attributes(Int(i))?.href != nil { linkDepth += 1 }
                case .time: timeDepth += 1
                default: break
                }
            }

            func exit(_ i: Int32) {
                let tag = nodes[Int(i)].tag
                switch tag {
                case .a: if dom.attributes(Int(i))?.href != nil { linkDepth -= 1 }
                case .time: timeDepth -= 1
                case .td, .th: buffer.append(0x20)
                default: break
                }
                if tag.isBlock || flags[Int(i)] & Analysis.richCell != 0 { flush() }
                if blockStack.last == i { blockStack.removeLast() }
                if containerStack.last == i { containerStack.removeLast() }
            }

            dom.arena.withUnsafeBufferPointer { arena in
                var i = start
                while i < end {
                    while let top = open.last, Int(nodes[Int(top)].end) <= i {
                        open.removeLast()
                        exit(top)
                    }
                    let node = nodes[i]
                    if flags[i] & Analysis.dropped != 0 {
                        i = Int(node.end)
                        continue
                    }
                    if node.tag == .text {
                        let range = Int(node.textStart)..<Int(node.textStart + node.textCount)
                        var visible = 0
                        for k in range where arena[k] > 0x20 { visible += 1 }
                        if visible > 0 {
                            if chars == 0 {
                                firstNode = Int32(i)
                                kind = blockStack.last.map { nodes[Int($0)].tag } ?? .body
                                container = containerStack.last ?? -1
                                soft = flags[i] & Analysis.soft != 0
                            }
                            pendingBreak = false
                            chars += visible
                            if linkDepth > 0 { linkChars += visible }
                            if timeDepth > 0 { timeChars += visible }
                        }
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: arena[range]))
                        i += 1
                        continue
                    }
                    enter(Int32(i))
                    if Int(node.end) > i + 1 { open.append(Int32(i)) } else { exit(Int32(i)) }
                    i += 1
                }
                while let top = open.popLast() { exit(top) }
                flush()
            }
            blocks = output
        }

        /// The article body: itemprop=articleBody, else the best <article>, else <main>, else the best-scoring container.
        func selectBody() -> BodyChoice {
            let nodes = dom.nodes
            let scopeAll = max(bodyIndex, 0)
            guard !nodes.isEmpty else { return BodyChoice(paragraphs: [], scope: 0, root: 0) }

            var itemprop: (index: Int, words: Int)?
            for i in 0..<nodes.count where flags[i] & Analysis.dropped == 0 {
                guard let prop = dom.attributes(i)?.itemprop, prop.lowercased().split(separator: " ").contains("articlebody") else { continue }
                let words = blocks(in: i).reduce(0) { $0 + $1.words }
                if words > (itemprop?.words ?? 0) { itemprop = (i, words) }
            }
            if let itemprop {
                let paragraphs = keptParagraphs(in: itemprop.index)
                if !paragraphs.isEmpty { return BodyChoice(paragraphs: paragraphs, scope: itemprop.index, root: itemprop.index) }
            }

            let overall = bestContainer(in: scopeAll)
            let bar = max(score[overall], 0) * 0.5
            var scope = scopeAll
            for tag in [Tag.article, .main] {
                var best: Int?
                for i in 0..<nodes.count where nodes[i].tag == tag && flags[i] & Analysis.dropped == 0 {
                    if best == nil || score[i] > score[best!] { best = i }
                }
                if let best, score[best] >= bar, !blocks(in: best).isEmpty {
                    scope = best
                    break
                }
            }
            let root = bestContainer(in: scope)
            var paragraphs = keptParagraphs(in: score[root] > 0 ? root : scope)
            if paragraphs.isEmpty && root != scope { paragraphs = keptParagraphs(in: scope) }
            if paragraphs.isEmpty && scope != scopeAll { paragraphs = keptParagraphs(in: scopeAll) }
            return BodyChoice(paragraphs: paragraphs, scope: scope, root: root)
        }

        /// Highest G-B score in the subtree; ties go to the deeper node, which holds the same content with less around it.
        func bestContainer(in scope: Int) -> Int {
            let nodes = dom.nodes
            var best = scope
            var i = scope + 1
            let end = Int(nodes[scope].end)
            while i < end {
                if flags[i] & Analysis.dropped != 0 {
                    i = Int(nodes[i].end)
                    continue
                }
                if nodes[i].tag.isContainer && score[i] >= score[best] && score[i] > 0 { best = i }
                i += 1
            }
            return best
        }

        func blocks(in index: Int) -> ArraySlice<Block> {
            guard index >= 0, index < dom.nodes.count else { return blocks[...] }
            let start = Int32(index)
            let end = dom.nodes[index].end
            let lower = partition { $0.node < start }
            let upper = partition { $0.node < end }
            return blocks[lower..<upper]
        }

        private func partition(_ before: (Block) -> Bool) -> Int {
            var low = 0
            var high = blocks.count
            while low < high {
                let mid = (low + high) / 2
                if before(blocks[mid]) { low = mid + 1 } else { high = mid }
            }
            return low
        }

        func keptParagraphs(in index: Int) -> [String] {
            blocks(in: index).filter(Boilerplate.keep).map(\.text)
        }

        /// The <h1> closest to the body (a logo is often the page's first <h1>), else the first outside page furniture.
        func firstHeadline(near body: BodyChoice) -> String? {
            let nodes = dom.nodes
            var ranges: [Range<Int>] = []
            var around = [body.root, body.scope]
            if body.root >= 0 && body.root < nodes.count { around.insert(Int(nodes[body.root].parent), at: 1) }
            for index in around where index >= 0 && index < nodes.count { ranges.append(index..<Int(nodes[index].end)) }
            ranges.append(0..<nodes.count)
            for range in ranges {
                for i in range where nodes[i].tag == .h1 && flags[i] & Analysis.dropped == 0 {
                    let text = dom.text(of: i)
                    if !text.isEmpty { return text }
                }
            }
            return nil
        }

        /// <time datetime>: one marked as the publication date, else the first in the article, else the first kept one.
        func timeElementDate(scope: Int, root: Int) -> CalendarDay? {
            let nodes = dom.nodes
            var candidates: [(index: Int, value: String, marked: Bool)] = []
            for i in 0..<nodes.count where nodes[i].tag == .time && flags[i] & Analysis.dropped == 0 {
                guard let a = dom.attributes(i), let value = a.datetime, !value.isEmpty else { continue }
                let marked = a.pubdate || (a.itemprop?.lowercased().contains("datepublished") ?? false)
                candidates.append((i, value, marked))
            }
            for candidate in candidates where candidate.marked {
                if let day = Dates.day(from: candidate.value) { return day }
            }
            var scopes: [Int] = []
            if scope != bodyIndex { scopes.append(scope) }
            if root >= 0 && root < nodes.count {
                scopes.append(root)
                let parent = Int(nodes[root].parent)
                if parent >= 0 { scopes.append(parent) }
            }
            for scopeIndex in scopes where scopeIndex >= 0 {
                let range = scopeIndex..<Int(nodes[scopeIndex].end)
                for candidate in candidates where range.contains(candidate.index) {
                    if let day = Dates.day(from: candidate.value) { return day }
                }
            }
            for candidate in candidates {
                if let day = Dates.day(from: candidate.value) { return day }
            }
            return nil
        }
    }
}

// MARK: - Boilerplate rules

extension HTMLReader {
    fileprivate enum Boilerplate {
        enum Mark { case none, weak, strong }

        /// Class/id words: "strong" ones (comments, ads, cookies...) are dropped even when large; "weak" ones
        /// (nav, share...) are kept when the element holds half the page, since such words also appear as modifiers on wrappers.
        static func mark(_ a: Attrs) -> Mark {
            var result = Mark.none
            if let role = a.role?.lowercased() {
                for token in role.split(separator: " ") {
                    switch token {
                    case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search":
                        result = .weak
                    default: break
                    }
                }
            }
            for value in [a.cls, a.id] {
                guard let value, !value.isEmpty else { continue }
                for part in parts(value) {
                    let mark = classify(part)
                    if mark == .strong { return .strong }
                    if mark == .weak { result = .weak }
                }
            }
            return result
        }

        static func classify(_ part: String) -> Mark {
            switch part {
            case "ad", "ads", "adslot", "adunit", "adsense", "adbox", "adwrap", "adwrapper", "adcontainer", "dfp", "disqus", "gdpr":
                return .strong
            default: break
            }
            if part.hasPrefix("comment") && !part.hasPrefix("commentary") { return .strong }
            for prefix in ["cookie", "consent", "newsletter", "advert", "breadcrumb", "related"] where part.hasPrefix(prefix) {
                return .strong
            }
            if part.hasPrefix("share") && !part.hasPrefix("sharehold") { return .weak }
            if part.hasPrefix("subscribe") && !part.hasPrefix("subscriber") { return .weak }
            for prefix in ["nav", "menu", "footer", "banner", "social", "sharing", "promo"] where part.hasPrefix(prefix) {
                return .weak
            }
            return .none
        }

        /// Class and id words, split at punctuation and camelCase humps, lowercased.
        static func parts(_ value: String) -> [String] {
            var result: [String] = []
            var current: [UInt8] = []
            var previousLower = false
            for b in value.utf8 {
                let isUpper = b >= 0x41 && b <= 0x5A
                let isLower = b >= 0x61 && b <= 0x7A
                let isDigit = b >= 0x30 && b <= 0x39
                if !(isUpper || isLower || isDigit) {
                    if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
                    current.removeAll(keepingCapacity: true)
                    previousLower = false
                    continue
                }
                if isUpper && previousLower {
                    result.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(isUpper ? b | 0x20 : b)
                previousLower = isLower || isDigit
            }
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
            return result
        }

        static func hiddenByStyle(_ style: String?) -> Bool {
            guard let style, style.count < 2000 else { return false }
            let compact = style.lowercased().filter { $0 != " " }
            return compact.contains("display:none") || compact.contains("visibility:hidden")
        }

        /// Whole short paragraphs that are page furniture even inside the article.
        static let phrases: Set<String> = [
            "advertisement", "advertisements", "advert", "ad", "sponsored", "sponsored content", "share", "share this",
            "share this article", "share this story", "share this page", "share on facebook", "share on twitter",
            "share via email", "tweet", "email", "print", "copy link", "link copied", "read more", "continue reading",
            "read full article", "show more", "load more", "skip to content", "skip to main content", "skip advertisement",
            "story continues below", "story continues below advertisement", "article continues below advertisement",
            "article continues below", "continue reading the main story", "related", "related stories", "related articles",
            "related content", "related topics", "more stories", "more on this story", "recommended", "most read",
            "most popular", "comments", "comment", "leave a comment", "view comments", "show comments", "join the conversation",
            "sign up", "subscribe", "subscribe now", "log in", "sign in", "newsletter", "follow us", "back to top",
            "listen to this article", "save", "save article", "gift this article", "close", "menu", "accept", "accept all",
            "cookie settings", "tags", "topics", "image", "photo", "video",
        ]

        static let prefixes: [String] = [
            "share this", "sign up for", "sign up to", "subscribe to", "follow us", "read more", "related:", "see also",
            "advertisement", "story continues", "article continues", "click here to", "get our", "join our", "listen to this",
        ]

        static func keep(_ block: Block) -> Bool {
            // In an article's <header> only a standfirst-length paragraph is body text; bylines and dates are not.
            if block.soft && block.words < 12 { return false }
            let density = block.linkDensity
            if density >= 0.8 || (density > 0.5 && block.words < 10) { return false }
            if block.timeChars * 10 >= block.chars * 6 && block.words <= 10 { return false }
            guard block.words <= 12 else { return true }
            let phrase = normalize(block.text)
            if phrase.isEmpty { return false }
            if phrases.contains(phrase) { return false }
            let lower = block.text.lowercased()
            for prefix in prefixes where lower.hasPrefix(prefix) { return false }
            if isByline(block) { return false }
            return true
        }

        /// "By Jane Doe" or "Updated 26 July 2021": short lines a reader skims past, not claims.
        static func isByline(_ block: Block) -> Bool {
            let text = block.text
            if block.words <= 8, text.hasPrefix("By "), !text.hasSuffix("."),
                let second = text.unicodeScalars.dropFirst(3).first, second.properties.isUppercase
            {
                return true
            }
            if block.words <= 10, text.contains(where: \.isNumber) {
                let lower = text.lowercased()
                for prefix in ["published", "updated", "last updated", "posted", "first published"] where lower.hasPrefix(prefix) {
                    return true
                }
            }
            return false
        }

        static func normalize(_ text: String) -> String {
            var out = ""
            var space = false
            for scalar in text.lowercased().unicodeScalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == ":" {
                    if space && !out.isEmpty { out.append(" ") }
                    space = false
                    out.unicodeScalars.append(scalar)
                } else {
                    space = true
                }
            }
            return out
        }
    }
}

// MARK: - Dates

extension HTMLReader {
    /// Calendar dates as written in the page: ISO prefixes, compact digits, or English month names.
    enum Dates {
        static func day(from value: String) -> CalendarDay? {
            let bytes = Array(value.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }))
            func digits(_ range: Range<Int>) -> Int? {
                guard range.upperBound <= bytes.count else { return nil }
                var number = 0
                for k in range {
                    guard bytes[k] >= 0x30 && bytes[k] <= 0x39 else { return nil }
                    number = number * 10 + Int(bytes[k] - 0x30)
                }
                return number
            }
            func digitAt(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
            if bytes.count >= 10, let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
                [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")].contains(bytes[4]), bytes[7] == bytes[4], !digitAt(10)
            {
                return CalendarDay(year: year, month: month, day: day)
            }
            if let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8), !digitAt(8) {
                return CalendarDay(year: year, month: month, day: day)
            }
            return textual(value)
        }

        private static let months: [String: Int] = [
            "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
            "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
            "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        ]

        /// "July 26, 2021", "26 Jul 2021", "Mon, 26 Jul 2021 14:03:00 GMT".
        private static func textual(_ value: String) -> CalendarDay? {
            guard value.utf8.count < 200 else { return nil }
            let tokens = value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            guard let monthIndex = tokens.firstIndex(where: { months[$0] != nil }), let month = months[tokens[monthIndex]] else {
                return nil
            }
            guard let yearIndex = tokens.firstIndex(where: { $0.count == 4 && Int($0) != nil }), let year = Int(tokens[yearIndex]) else {
                return nil
            }
            func isDay(_ token: String) -> Bool { token.count <= 2 && (Int(token).map { (1...31).contains($0) } ?? false) }
            let before = tokens[..<yearIndex].first(where: isDay)
            let after = tokens[(monthIndex + 1)...].first(where: isDay)
            guard let dayToken = before ?? after, let day = Int(dayToken) else { return nil }
            return CalendarDay(year: year, month: month, day: day)
        }

        /// `/YYYY/MM/DD/` in a URL's path.
        static func dayInPath(_ url: String) -> CalendarDay? {
            var path = Substring(url)
            if let scheme = path.range(of: "://") {
                path = path[scheme.upperBound...]
                guard let slash = path.firstIndex(of: "/") else { return nil }
                path = path[slash...]
            }
            if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
            let segments = path.split(separator: "/", omittingEmptySubsequences: false)
            guard segments.count >= 4 else { return nil }
            for i in 1..<(segments.count - 2) {
                let (y, m, d) = (segments[i], segments[i + 1], segments[i + 2])
                guard y.count == 4, (1...2).contains(m.count), (1...2).contains(d.count),
                    let year = Int(y), let month = Int(m), let day = Int(d), (1900...2199).contains(year),
                    y.allSatisfy(\.isASCII), m.allSatisfy(\.isASCII), d.allSatisfy(\.isASCII)
                else { continue }
                if let result = CalendarDay(year: year, month: month, day: day) { return result }
            }
            return nil
        }
    }
}
