import Foundation
import Testing
@testable import ClaimKit

/// The `claims` binary: outputs, error messages and exit codes, as a user sees them.
@Suite(.serialized)
struct CommandLineTests {
    let folder = TestSupport.temporaryFolder()
    var store: String { folder.appendingPathComponent("cli.sqlite").path }

    @Test func checkOnSeedsPrintsClaimsCountsAndFindings() throws {
        let (status, out, _) = try TestSupport.runClaims(["check", "seeds/", "--store", store])
        #expect(status == 0)
        #expect(out.contains("added seeds/000_a199db54cc65b35e.txt"))
        #expect(out.contains("contradiction"))
        let (again, out2, _) = try TestSupport.runClaims(["add", "seeds/000_a199db54cc65b35e.txt", "--store", store])
        #expect(again == 0 && out2.contains("unchanged"))
        let (failing, _, _) = try TestSupport.runClaims(["check", "--store", store, "--fail-on-findings"])
        #expect(failing == 1)
    }

    @Test func listFormatsFitAndParse() throws {
        _ = try TestSupport.runClaims(["add", "seeds/000_a199db54cc65b35e.txt", "--store", store])
        let (status, table, _) = try TestSupport.runClaims(["list", "seeds/000_a199db54cc65b35e.txt", "--store", store])
        #expect(status == 0)
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(table.contains("2,500 troops"))
        let (_, jsonl, _) = try TestSupport.runClaims(["list", "--format", "jsonl", "--kind", "count", "--store", store])
        let rows = try jsonl.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(!rows.isEmpty && rows.allSatisfy { $0["kind"] as? String == "count" })
        #expect(rows.contains { $0["value"] as? Double == 2500 && ($0["source"] as? String)?.hasPrefix("seeds/") == true })
        let (_, csv, _) = try TestSupport.runClaims(["list", "--format", "csv", "--store", store])
        #expect(csv.hasPrefix("id,source,start,end,kind,value"))
    }

    @Test func badInputExitsTwoAndNamesTheFile() throws {
        let (status, _, err) = try TestSupport.runClaims(["add", "no/such/file.txt", "--store", store])
        #expect(status == 2)
        #expect(err.contains("no/such/file.txt") && err.contains("no such file"))
        let (usage, _, usageErr) = try TestSupport.runClaims(["list", "--format", "yaml", "--store", store])
        #expect(usage == 2 && usageErr.contains("yaml"))
        let (date, _, dateErr) = try TestSupport.runClaims(["add", "-", "--date", "26/07/2021", "--store", store], stdin: Data("x".utf8))
        #expect(date == 2 && dateErr.contains("--date 26/07/2021"))
        let (url, _, urlErr) = try TestSupport.runClaims(["add", "https://example.com/story", "--store", store])
        #expect(url == 2 && urlErr.contains("https://example.com/story"))
    }

    @Test func standardInputAndTheEnvironmentStore() throws {
        let text = " date 2021-07-26 Stdin.\n\nAbout 2,500 troops remain in Iraq."
        let (status, out, _) = try TestSupport.runClaims(["add", "-"], environment: ["CLAIMS_STORE": store], stdin: Data(text.utf8))
        #expect(status == 0 && out.contains("added -"))
        #expect(FileManager.default.fileExists(atPath: store))
        let (_, articles, _) = try TestSupport.runClaims(["articles", "--store", store])
        #expect(articles.contains("2021-07-26"))
    }

    @Test func twoProcessesWritingOneStoreBothSucceed() throws {
        let a = Process()
        let b = Process()
        for (process, i) in [(a, 0), (b, 1)] {
            let dir = folder.appendingPathComponent("batch\(i)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for n in 0..<15 {
                TestSupport.write(" date 2021-07-26 T\(i)-\(n).\n\nBatch \(i) article \(n): \(100 * i + n + 1000) troops remain in Iraq.", to: "\(n).txt", in: dir)
            }
            process.executableURL = TestSupport.claimsBinary
            process.arguments = ["add", dir.path, "--store", store]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
        }
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        #expect(try ClaimStore(path: store).articles().count == 30)
    }

    @Test func aCorruptStoreIsReportedNotOverwritten() throws {
        let path = TestSupport.write("not sqlite", to: "corrupt.sqlite", in: folder)
        let (status, _, err) = try TestSupport.runClaims(["list", "--store", path])
        #expect(status == 2 && err.contains("corrupt.sqlite") && err.contains("not a claim store"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not sqlite")
    }

    @Test func extractStreamsJSONLinesAndReadsFiles() throws {
        let cases = #"{"id": "a", "text": "Nearly 20 years on.", "reference_date": "2021-07-26"}"# + "\n" + "oops\n"
        let (status, out, err) = try TestSupport.runClaims(["extract"], stdin: Data(cases.utf8))
        #expect(status == 2 && err.contains("input line 2"))
        let lines = out.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains(#""value": "P20Y""#) && lines[0].contains(#""qualifier": "nearly""#))
        let (fileStatus, fileOut, _) = try TestSupport.runClaims(["extract", "seeds/000_a199db54cc65b35e.txt"])
        #expect(fileStatus == 0 && fileOut.hasPrefix(#"{"id": "seeds/000_a199db54cc65b35e.txt""#) && fileOut.contains("2,500"))
        // A missing file is named on its own line; the readable files before and after it are still extracted.
        let seed = "seeds/000_a199db54cc65b35e.txt"
        let (mixedStatus, mixedOut, mixedErr) = try TestSupport.runClaims(["extract", seed, "no/such.txt", seed])
        let mixed = mixedOut.split(separator: "\n")
        #expect(mixedStatus == 2 && mixedErr.contains("no/such.txt") && mixed.count == 3)
        #expect(mixed.count == 3 && mixed[1].contains(#""error": "#) && mixed[2].contains("2,500"))
    }
}
