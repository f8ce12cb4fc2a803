/// Text as an array of Unicode scalars, so that offsets are code points as the store and the scorers count them.
public struct ScalarText: Sendable, Hashable {
    /// The scalars of the text, indexed by code-point offset.
    public let scalars: [Unicode.Scalar]

    /// Wraps a string; offsets into it are then Unicode code points.
    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    /// The number of code points.
    public var count: Int { scalars.count }

    /// The text of a code-point range.
    public subscript(range: Range<Int>) -> String {
        // Every token is cut out with this, and most are ASCII: writing their bytes straight into the string is
        // several times cheaper than appending scalars to a view.
        if scalars[range].allSatisfy({ $0.isASCII }) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (k, scalar) in scalars[range].enumerated() { buffer[k] = UInt8(truncatingIfNeeded: scalar.value) }
                return range.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The lower-cased text of a code-point range; ASCII letters are folded by hand, as `lowercased()` goes through
    /// Unicode tables for every token.
    public func lowercased(_ range: Range<Int>) -> String {
        guard scalars[range].allSatisfy({ $0.isASCII }) else { return self[range].lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, scalar) in scalars[range].enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[k] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            }
            return range.count
        }
    }
}
