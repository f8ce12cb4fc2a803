import Foundation
import Testing
@testable import ClaimKit

/// Reading articles, and refusing bad input with a message that names the file.
struct ArticleReaderTests {
    let folder = TestSupport.temporaryFolder()

    @Test func readsTheDateHeaderTitleAndBody() throws {
        let path = TestSupport.write(" date 2021-07-26 A Title.\n\nFirst paragraph.\n\nSecond.", to: "a.txt", in: folder)
        let article = try ArticleReader.read(path)
        #expect(article.published == CalendarDay(iso: "2021-07-26"))
        #expect(article.dateOrigin == .header)
        #expect(article.title == "A Title.")
        #expect(article.body == "First paragraph.\n\nSecond.")
        #expect(article.format == .text)
    }

    @Test func headerWithoutLeadingSpaceAndCRLFLineEndings() throws {
        let path = TestSupport.write("date 2021-07-26 Title\r\n\r\nBody text.\r\n", to: "b.txt", in: folder)
        let article = try ArticleReader.read(path)
        #expect(article.published?.iso == "2021-07-26")
        #expect(article.body == "Body text.")
    }

    @Test func textWithoutHeaderHasNoDateUnlessGiven() throws {
        let path = TestSupport.write("Just a body with 2,500 troops.", to: "c.txt", in: folder)
        #expect(try ArticleReader.read(path).published == nil)
        let dated = try ArticleReader.read(path, options: ReadOptions(date: CalendarDay(iso: "2021-07-26")))
        #expect(dated.published?.iso == "2021-07-26")
        #expect(dated.dateOrigin == .option)
    }

    @Test func sameBodyReWrappedHasTheSameIdentity() {
        let a = Article(source: "a", title: nil, published: nil, dateOrigin: nil, format: .text, body: "One two\nthree.")
        let b = Article(source: "b", title: nil, published: nil, dateOrigin: nil, format: .text, body: "One  two three.")
        #expect(a.id == b.id)
    }

    @Test func malformedDateHeaderIsRefusedByName() {
        let path = TestSupport.write(" date 2021-13-45 Title\n\nBody.", to: "bad.txt", in: folder)
        #expect(throws: ReadError.malformedDateHeader(path, line: " date 2021-13-45 Title")) { try ArticleReader.read(path) }
    }

    @Test func missingFileEmptyFileAndEmptyDirectory() throws {
        let missing = folder.appendingPathComponent("nope.txt").path
        #expect(throws: ReadError.notFound(missing)) { try ArticleReader.read(missing) }
        let empty = TestSupport.write("  \n\n", to: "empty.txt", in: folder)
        #expect(throws: ReadError.empty(empty)) { try ArticleReader.read(empty) }
        let dir = folder.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TestSupport.write("x", to: "notes.md", in: dir)
        #expect(throws: ReadError.noArticles(directory: dir.path)) { try ArticleReader.expand([dir.path]) }
    }

    @Test func binaryAndInvalidUTF8AreRefusedWithTheOffset() throws {
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: binary)
        #expect(throws: ReadError.binary(binary.path)) { try ArticleReader.read(binary.path) }
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data("caf".utf8 + [0xE9] + Data(" au lait".utf8)).write(to: latin1)
        #expect(throws: ReadError.invalidUTF8(latin1.path, offset: 3)) { try ArticleReader.read(latin1.path) }
        #expect(ReadError.invalidUTF8(latin1.path, offset: 3).description.contains("latin1.txt"))
    }

    @Test func aFiftyMegabyteFileIsRefusedAboveTheCap() throws {
        let big = folder.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        let chunk = Data(String(repeating: "2,500 troops remain. ", count: 50_000).utf8)
        while try handle.offset() < 50_000_000 { handle.write(chunk) }
        try handle.close()
        #expect(throws: ReadError.self) { try ArticleReader.read(big.path) }
        do {
            _ = try ArticleReader.read(big.path)
        } catch {
            guard case .tooLarge(let path, let bytes, let limit) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == big.path && bytes >= 50_000_000 && limit == ReadOptions.defaultMaxBytes)
        }
    }

    @Test func directoriesAreWalkedForArticleFilesInOrder() throws {
        let dir = folder.appendingPathComponent("set")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        TestSupport.write("b", to: "b.txt", in: dir)
        TestSupport.write("a", to: "a.html", in: dir)
        TestSupport.write("c", to: "sub/c.htm", in: dir)
        TestSupport.write("skip", to: "skip.pdf", in: dir)
        let found = try ArticleReader.expand([dir.path]).map { ($0 as NSString).lastPathComponent }
        #expect(found == ["a.html", "b.txt", "c.htm"])
    }

    @Test func urlsAreRecognizedAsURLs() {
        #expect(ArticleReader.isURL("https://example.com/a"))
        #expect(!ArticleReader.isURL("seeds/a.txt"))
        #expect(!ArticleReader.isURL("C:notes.txt"))
    }
}
