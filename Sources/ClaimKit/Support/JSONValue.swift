import Foundation

/// A JSON value with deterministic printing: keys in the order given, integers without ".0".
public enum JSONValue: Sendable {
    case null
    case number(Double)
    case string(String)
    case object([(String, JSONValue)])
    case array([JSONValue])

    /// An optional string, or null.
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    /// An optional number, or null.
    public static func number(_ n: Double?) -> JSONValue { n.map { .number($0) } ?? .null }

    /// Compact JSON text on one line.
    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .number(let n): out += JSONValue.format(n)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += ", " }
                JSONValue.quote(key, into: &out)
                out += ": "
                value.write(into: &out)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(into: &out)
            }
            out += "]"
        }
    }

    /// A number as people and JSON read it: 2500 not 2500.0, 33.3 not 33.29999, 2/3 as 0.6666666666666666 (the
    /// shortest decimal that reads back as the same double).
    public static func format(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape; appending them whole saves a scalar-by-scalar copy of every line written.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
