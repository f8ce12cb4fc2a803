import Foundation
@testable import ClaimKit

/// Test helpers: temporary folders, the package root, and the built `claims` binary.
enum TestSupport {
    /// The package root, found from this file's path so tests do not depend on the working directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fresh, empty temporary folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimtracker-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh store in a temporary folder.
    static func freshTracker() throws -> (Tracker, URL) {
        let folder = temporaryFolder()
        let path = folder.appendingPathComponent("claims.sqlite").path
        return (try Tracker(storePath: path), folder)
    }

    /// Writes text to a file in `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) -> String {
        let url = folder.appendingPathComponent(name)
        try! Data(text.utf8).write(to: url)
        return url.path
    }

    /// The seed articles' paths, relative to the package root, in order.
    static var seedPaths: [String] {
        let folder = packageRoot.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/" + $0 }
    }

    /// An article of `body` published on `date` (YYYY-MM-DD), as the rule tests write them.
    static func article(_ body: String, on date: String, source: String = "t.txt") -> Article {
        Article(source: source, title: nil, published: CalendarDay(iso: date), dateOrigin: .header, format: .text, body: body)
    }

    /// Reads a seed article, keeping its package-relative path as the source, as the README's command does.
    static func seedArticle(_ relative: String) throws -> Article {
        var article = try ArticleReader.read(packageRoot.appendingPathComponent(relative).path)
        article.source = relative
        return article
    }

    /// The built `claims` executable, next to the test bundle.
    static var claimsBinary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("claims").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("claims")
    }

    /// Runs `claims` with arguments; returns exit status, standard output and standard error.
    static func runClaims(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = claimsBinary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CLAIMS_STORE")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
