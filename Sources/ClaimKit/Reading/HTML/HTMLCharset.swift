import CLibXML2
import Foundation

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
        static func decode(_ bytes: [UInt8], label: String?, fromDocument: Bool) -> [UInt8] {
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
        static func decodeUTF8(_ bytes: [UInt8]) -> [UInt8] {
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
        static let high1252: [UInt32] = [
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

        static func matches(_ bytes: [UInt8], at start: Int, _ word: String, limit: Int) -> Bool {
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

        static func attributeValue(_ bytes: [UInt8], from start: Int, to end: Int, key: String) -> String? {
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
