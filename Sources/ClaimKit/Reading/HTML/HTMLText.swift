import CLibXML2
import Foundation

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
    struct Block {
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
    struct BodyChoice {
        var paragraphs: [String]
        var scope: Int
        var root: Int
    }

    /// Which parts of the tree are furniture, the paragraphs of the rest, and a density score for every container.
    struct Analysis {
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
        mutating func emit(from start: Int, to end: Int) {
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

        func partition(_ before: (Block) -> Bool) -> Int {
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
