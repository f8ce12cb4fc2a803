/// Words for values and intervals, as findings and listings print them.
public enum Describe {
    /// An interval in the mention's own terms: "2,250 to 2,750 troops", "on or before 2021-12-31", "18 to 20 years", "7-2".
    public static func interval(_ m: Mention) -> String {
        // A tally's interval is its margin, which is how tallies compare; people read the tally.
        if case .tally(let yes, let no) = m.value { return "\(yes)-\(no)" }
        let unit = m.unit.map { " " + $0 } ?? ""
        func bound(_ v: Double) -> String {
            m.kind == .date || m.kind == .time ? m.bound(v).plain : grouped(v)
        }
        switch (m.interval.low, m.interval.high) {
        case let (l?, h?) where l == h: return bound(l) + unit
        case let (l?, h?): return bound(l) + " to " + bound(h) + unit
        case let (l?, nil): return (m.kind == .date || m.kind == .time ? "on or after " : "at least ") + bound(l) + unit
        case let (nil, h?): return (m.kind == .date || m.kind == .time ? "on or before " : "at most ") + bound(h) + unit
        case (nil, nil): return "any value"
        }
    }

    /// A number with thousands separators: 2500 → "2,500".
    public static func grouped(_ v: Double) -> String {
        let text = JSONValue.format((v * 1e6).rounded() / 1e6)  // people read six decimals at most
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        let negative = integer.hasPrefix("-")
        if negative { integer.removeFirst() }
        var out = ""
        for (i, c) in integer.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (negative ? "-" : "") + String(out.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }
}
