/// Why the claim store could not do what was asked; each case names the store file and says what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(String, reason: String)
    case notADatabase(String)
    case newerSchema(String)
    case unknownArticle(String)
    case ambiguousArticle(String, matches: Int)
    case unknownFinding(Int64)
    case failed(String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the claim store (\(reason)); check the folder exists and is writable, or pass --store"
        case .notADatabase(let path):
            return "\(path): not a claim store (the file is not an SQLite database, or it is damaged); it was left untouched: pass another --store"
        case .newerSchema(let path):
            return "\(path): the store was written by a newer version of claims; upgrade the tool"
        case .unknownArticle(let reference):
            return "\(reference): no stored article has this id prefix, path or URL; see `claims articles`"
        case .ambiguousArticle(let reference, let matches):
            return "\(reference): \(matches) stored articles match; give more of the id"
        case .unknownFinding(let id):
            return "finding \(id): no such finding; see `claims findings`"
        case .failed(let path, let reason):
            return "\(path): the claim store failed (\(reason)); nothing was changed"
        }
    }
}
