import Foundation

/// One case of a batch: an id, a text, and the date its relative expressions are read against.
public struct ExtractionCase: Sendable {
    /// The caller's id, echoed on the result line (a string or a number).
    public var id: JSONValue
    /// The text to extract from.
    public var text: String
    /// The date relative expressions are resolved against; nil leaves them unresolved.
    public var reference: CalendarDay?

    /// A case from its parts.
    public init(id: JSONValue, text: String, reference: CalendarDay?) {
        self.id = id
        self.text = text
        self.reference = reference
    }

    /// Parses one input line `{"id", "text", "reference_date"}`; `line` numbers the errors.
    public static func parse(_ bytes: [UInt8], line: Int) throws(BatchError) -> ExtractionCase {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else { throw .notJSON(line: line) }
        guard let fields = object as? [String: Any] else { throw .notAnObject(line: line) }
        let id: JSONValue
        if fields["id"] == nil || fields["id"] is NSNull {
            id = .number(Double(line))
        } else {
            guard let given = readID(fields["id"]) else { throw .badField(line: line, field: "id", expected: "a string or a number") }
            id = given
        }
        guard let text = fields["text"] as? String else {
            throw .badField(line: line, field: "text", expected: "a string")
        }
        var reference: CalendarDay?
        switch fields["reference_date"] {
        case nil, is NSNull: reference = nil
        case let s as String:
            guard let day = CalendarDay(iso: String(s.prefix(10))) else {
                throw .badField(line: line, field: "reference_date", expected: "a YYYY-MM-DD date")
            }
            reference = day
        default: throw .badField(line: line, field: "reference_date", expected: "a YYYY-MM-DD date or null")
        }
        return ExtractionCase(id: id, text: text, reference: reference)
    }

    /// The id a parsed JSON value gives, when it is a string or a number.
    static func readID(_ value: Any?) -> JSONValue? {
        switch value {
        case let s as String: return .string(s)
        case let n as NSNumber where isNumber(n): return .number(n.doubleValue)
        default: return nil
        }
    }
}

/// Whether a parsed JSON value is a number; JSON booleans arrive as NSNumber too, told apart by their class.
func isNumber(_ n: NSNumber) -> Bool {
    !String(describing: type(of: n)).contains("Boolean") && n.doubleValue.isFinite
}

/// Why a line of a batch could not be read as a case; each names the line so the input can be fixed.
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case notJSON(line: Int)
    case notAnObject(line: Int)
    case badField(line: Int, field: String, expected: String)
    case lineTooLong(line: Int, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .notJSON(let line):
            return "input line \(line): not valid JSON (or not UTF-8); each line must be one JSON object"
        case .notAnObject(let line):
            return "input line \(line): a JSON object {\"id\", \"text\", \"reference_date\"} is expected"
        case .badField(let line, let field, let expected):
            return "input line \(line): field \"\(field)\" must be \(expected)"
        case .lineTooLong(let line, let bytes, let limit):
            return "input line \(line): \(bytes) bytes is over the \(limit)-byte limit for one case"
        }
    }
}
