import CLibXML2
import Foundation

// MARK: - The parsed tree, copied out of libxml2

extension HTMLReader {
    /// The element names the reader treats specially; everything else is inline `other`.
    enum Tag: UInt8, CaseIterable {
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
    struct Node {
        var tag: Tag
        var parent: Int32
        var end: Int32
        var textStart: Int32 = 0
        var textCount: Int32 = 0
        var attr: Int32 = -1
    }

    /// The attributes the reader looks at; the rest are never copied.
    struct Attrs {
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
    struct DOM {
        var nodes: [Node] = []
        var attrs: [Attrs] = []
        var arena: [UInt8] = []
        var scripts: [String] = []

        /// libxml2 wants one initialisation before parsing from several threads; a static let runs it exactly once.
        static let ready: Void = xmlInitParser()

        static let options: Int32 = {
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

        mutating func copy(from document: xmlDocPtr) {
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

        static func readAttrs(_ node: xmlNodePtr) -> Attrs? {
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

        static func value(of attribute: xmlAttrPtr) -> String {
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

        static func childText(_ node: xmlNodePtr) -> String {
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
