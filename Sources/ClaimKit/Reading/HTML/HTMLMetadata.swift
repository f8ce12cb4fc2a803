import CLibXML2
import Foundation

// MARK: - Head metadata

extension HTMLReader {
    /// <meta>, <title> and <link rel=canonical>, first occurrence wins.
    struct Metadata {
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
    struct LinkedData {
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
