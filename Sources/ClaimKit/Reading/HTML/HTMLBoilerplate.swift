import CLibXML2
import Foundation

// MARK: - Boilerplate rules

extension HTMLReader {
    enum Boilerplate {
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
            "more from", "could not load", "reader comments", "read all", "log in to comment", "order reprints",
        ]

        /// Lines of page furniture too long for the phrase lists: a byline with its dates, an author's note with an
        /// e-mail address, a toolbar of items between bars, a photo caption with its credit, a reader's comment.
        static func isFurnitureLine(_ block: Block) -> Bool {
            let text = block.text
            let lower = text.lowercased()
            guard block.words <= 45 else { return false }
            // "By Helen Castellano – Senior Reporter ... Feb 26, 2024, 11:47am EST Updated ..."
            if block.words <= 30, text.hasPrefix("By "), text.contains(where: \.isNumber) { return true }
            if block.words <= 30, ["published:", "posted on", "last modified:", "updated "].filter({ lower.contains($0) }).count >= 2 { return true }
            // "June 16, 2022 at 6:15 p.m. · Updated June 17, 2022"
            if block.words <= 15, lower.contains("updated"), block.timeChars * 2 >= block.chars { return true }
            // "Comments are the opinions of their authors ...", "Please read our commenting guidelines."
            if lower.contains("comments are") || lower.contains("commenting guidelines") || lower.contains("log in to comment") { return true }
            // "Alicia Benford covers colleges ... Reach her at abenford@example.com."
            if text.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, options: .regularExpression) != nil { return true }
            // "Print | E-mail | More Local News | Share on Facebook"
            let items = text.split(separator: "|")
            if items.count >= 3, items.allSatisfy({ $0.split(separator: " ").count <= 5 }) { return true }
            // "..., shown in 2012, opened in 1954. (Sentinel file photo/JIM BRESLIN)"
            if text.hasSuffix(")"), let open = text.lastIndex(of: "("), text[open...].lowercased().contains("photo") { return true }
            // "steelcity_dan wrote on Nov 17, 2016 5:02 PM: ..."
            if lower.range(of: #"^\S+ wrote on .{0,30}\d{1,2}:\d{2}\s?[ap]\.?m"#, options: .regularExpression) != nil { return true }
            // "About Jordan Pryce", "Industries:"
            if block.words <= 4, text.hasPrefix("About "), text.dropFirst(6).first?.isUppercase == true { return true }
            if block.words <= 3, text.hasSuffix(":") { return true }
            return false
        }

        static func keep(_ block: Block) -> Bool {
            // In an article's <header> only a standfirst-length paragraph is body text; bylines and dates are not.
            if block.soft && block.words < 12 { return false }
            let density = block.linkDensity
            if density >= 0.8 || (density > 0.5 && block.words < 10) { return false }
            if block.timeChars * 10 >= block.chars * 6 && block.words <= 10 { return false }
            if isFurnitureLine(block) { return false }
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
