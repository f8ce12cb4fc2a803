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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
