import CLibXML2
import Foundation

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

        static let months: [String: Int] = [
            "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
            "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
            "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        ]

        /// "July 26, 2021", "26 Jul 2021", "Mon, 26 Jul 2021 14:03:00 GMT".
        static func textual(_ value: String) -> CalendarDay? {
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
