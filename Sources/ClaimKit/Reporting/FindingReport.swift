/// Formats for reporting findings.
public enum FindingFormat: String, Sendable, CaseIterable {
    case table, jsonl, md
}

/// Prints findings with both sentences, both sources, both values and the reason, for people or programs.
public enum FindingReport {
    /// The findings in the chosen format.
    public static func render(_ findings: [Finding], format: FindingFormat) -> String {
        switch format {
        case .jsonl: return findings.map { json($0).text + "\n" }.joined()
        case .table: return findings.map(text).joined(separator: "\n")
        case .md: return markdown(findings)
        }
    }

    /// One finding as the evaluation's JSON object.
    public static func json(_ f: Finding) -> JSONValue {
        .object([
            ("id", .number(f.id.map(Double.init))), ("relation", .string(f.relation.rawValue)),
            ("severity", .string(f.severity.rawValue)), ("status", .string(f.status.rawValue)),
            ("a", json(side: f.a)), ("b", json(side: f.b)), ("explanation", .string(f.explanation)), ("note", .string(f.note)),
        ])
    }

    /// One side of a finding or comparison as a JSON object: source, text, value, interval, time, speaker, sentence.
    public static func json(side c: StoredClaim) -> JSONValue {
        let m = c.claim.mention
        return .object([
            ("source", .string(c.source)), ("text", .string(m.text)), ("kind", .string(m.kind.rawValue)),
            ("value", m.value.json), ("low", m.bound(m.interval.low)), ("high", m.bound(m.interval.high)),
            ("as_of", .string(c.claim.asOf?.timex)), ("speaker", .string(c.claim.speaker)), ("sentence", .string(c.claim.sentence)),
            ("claim", .number(Double(c.id))),
        ])
    }

    private static func text(_ f: Finding) -> String {
        var out = "#\(f.id.map(String.init) ?? "-") \(f.relation.rawValue), \(f.severity.rawValue) severity [\(f.status.rawValue)]\n"
        for (label, c) in [("A", f.a), ("B", f.b)] {
            out += "  \(label) \(c.source): “\(c.claim.mention.text)” = \(Describe.interval(c.claim.mention))"
            out += c.claim.speaker.map { ", per \($0)" } ?? ""
            out += "\n     \(c.claim.sentence)\n"
        }
        out += "  Why: \(f.explanation)\n"
        if let note = f.note { out += "  Note: \(note)\n" }
        return out
    }

    private static func markdown(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "No findings.\n" }
        var out = "## \(findings.count) finding\(findings.count == 1 ? "" : "s")\n\n"
        for f in findings {
            out += "### #\(f.id.map(String.init) ?? "-") \(f.relation.rawValue) (\(f.severity.rawValue), \(f.status.rawValue))\n\n"
            for c in [f.a, f.b] {
                out += "- **\(c.claim.mention.text)** (\(Describe.interval(c.claim.mention))) in `\(c.source)`"
                out += c.claim.speaker.map { ", per \($0)" } ?? ""
                out += "\n  > \(c.claim.sentence)\n"
            }
            out += "\n**Why:** \(f.explanation)\n\n"
        }
        return out
    }
}
