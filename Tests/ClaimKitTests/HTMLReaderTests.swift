import Foundation
import Testing

@testable import ClaimKit

/// One fixture page and what the reader must find in it.
struct HTMLFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let url: String?
    let title: String
    let date: String
    let origin: Article.DateOrigin
    let siteName: String?
    let canonical: String?
    /// Strings from menus, banners, scripts, comments, footers and related lists that must not reach the body.
    let boilerplate: [String]

    var testDescription: String { name }
}

let htmlFixtures: [HTMLFixture] = [
    HTMLFixture(
        name: "news_full", url: nil, title: "Transit ridership climbs 12% as weekend service returns", date: "2023-03-14",
        origin: .openGraph, siteName: "Lakeside Courier",
        canonical: "https://www.lakesidecourier.example/news/transit-ridership-climbs",
        boilerplate: [
            "Skip to content", "We use cookies", "cookie policy", "Accept all", "Manage preferences", "Politics", "Weather Desk",
            "Opinion & Letters", "Search the Courier", "Home", "Local", "Mira Okafor", "Facebook", "Twitter", "Share this article",
            "Sponsored: cheap flights", "promo-slot", "console.log", "document.write", "dataLayer", "</div>", "<div",
            "Advertisement", "Save 20% on your next mattress", "Read more", "Where to testify", "Related stories",
            "Bus drivers ratify", "Harbor bridge closure", "protected bike lanes", "Comments (2)", "trainfan88",
            "Saturday trains", "mark my words", "Join the discussion", "Morning Briefing", "daily newsletter",
            "All rights reserved", "Privacy policy", "Contact the newsroom", "Transit ridership climbs 12% as weekend service returns",
        ]),
    HTMLFixture(
        name: "jsonld_graph", url: nil, title: "Hospital waiting list falls for third month running", date: "2022-11-03",
        origin: .jsonLD, siteName: "Northern Ledger", canonical: nil,
        boilerplate: [
            "Money", "Culture", "Your privacy matters", "Privacy settings", "health correspondent", "Share on Facebook",
            "WhatsApp", "More from Health", "GP appointment numbers", "Dental practices", "registered in England",
            "Company number", "Hospital waiting list falls for third month running",
        ]),
    HTMLFixture(
        name: "density", url: nil, title: "Offshore wind farm sets output record in September", date: "2021-10-05",
        origin: .metaDate, siteName: nil, canonical: nil,
        boilerplate: [
            "Coastline Gazette", "Log in", "Register", "E-paper", "Sections", "Maritime", "Letters to the editor",
            "Public notices", "Archive", "September 2021", "Tom Bellamy", "More energy news", "Print", "Most read",
            "School roof repairs", "Bypass consultation", "Lifeboat crew", "barley harvest", "Saturday market", "Elsewhere",
            "Solar park plan", "Tidal project", "turbine technicians wanted", "Advertise with us", "Copyright",
        ]),
    HTMLFixture(
        name: "cp1252", url: nil, title: "Council sets aside £4.2m for flood defences", date: "2020-02-11",
        origin: .metaDate, siteName: "Severn Valley Post", canonical: nil,
        boilerplate: [
            "What’s on", "Property", "Gareth Lloyd", "Share", "Tweet", "Email", "Latest", "Café owner", "Bridge repairs",
            "© Severn Valley Post", "Council sets aside £4.2m for flood defences", "â€",
        ]),
    HTMLFixture(
        name: "time_element", url: nil, title: "Drought pushes reservoir to lowest level since 1995", date: "2019-08-20",
        origin: .timeElement, siteName: "The Valley Observer", canonical: nil,
        boilerplate: [
            "Today is", "Tuesday 27 August", "Front page", "Farming", "Published 20 August", "Updated", "21 August 2019",
            "Filed under", "Popular this week", "moorland blaze", "Sign up to the Observer Daily",
            "Drought pushes reservoir to lowest level since 1995",
        ]),
    HTMLFixture(
        name: "url_date", url: "https://www.harbourtimes.example/news/2018/05/09/ferry-fares-rise/?ref=home",
        title: "Ferry fares to rise 6% from June", date: "2018-05-09", origin: .urlPath, siteName: "Harbour Times", canonical: nil,
        boilerplate: [
            "Island life", "Jobs", "Transport", "Subscribe for £1 a week", "unlimited access", "Related:",
            "New summer timetable", "Leave a comment", "moderated", "Contact", "Advertise", "Harbour Times Ltd",
            "Ferry fares to rise 6% from June",
        ]),
]

/// Pages written by someone who had not seen the reader's rules (Fixtures/html/blind_README.md): metadata exact, text
/// within 5% of the hand-written body by words.
let blindFixtures: [HTMLFixture] = [
    HTMLFixture(
        name: "blind_wordpress", url: nil, title: "Pinebrook County approves $14.6 million broadband expansion", date: "2024-04-09",
        origin: .openGraph, siteName: "Pinebrook Herald",
        canonical: "https://pinebrookherald.example/2024/04/county-approves-broadband-expansion/", boilerplate: []),
    HTMLFixture(
        name: "blind_divsoup", url: nil, title: "Harlan Mills to close Dunmore plant; 340 jobs lost", date: "2016-11-17",
        origin: .metaDate, siteName: "The Tri-County Sentinel",
        canonical: "http://www.tricountysentinel.example/news/local/harlan-mills-to-close-dunmore-plant-jobs-lost/article_5e3c91a2.html",
        boilerplate: []),
    HTMLFixture(
        name: "blind_liveupdates", url: nil, title: "Tropical Storm Marisol knocks out power to 48,000 as floodwaters rise",
        date: "2023-09-12", origin: .timeElement, siteName: "Bayshore Tribune",
        canonical: "https://www.bayshoretribune.example/weather/tropical-storm-marisol-power-outages-flooding-port-alder", boilerplate: []),
    HTMLFixture(
        name: "blind_paywall", url: nil, title: "Keystone Financial to buy Ridgemont Savings in $412 million deal", date: "2024-02-26",
        origin: .jsonLD, siteName: "Ashford Business Journal",
        canonical: "https://www.ashfordbusinessjournal.example/news/banking/keystone-financial-ridgemont-savings-acquisition.html",
        boilerplate: []),
    HTMLFixture(
        name: "blind_amp", url: nil, title: "TSU freezes in-state tuition for third straight year", date: "2022-06-16", origin: .jsonLD,
        siteName: "Tidewater Daily", canonical: "https://www.tidewaterdaily.example/news/education/tsu-freezes-in-state-tuition-third-straight-year/",
        boilerplate: []),
]

/// The bytes of a fixture under Fixtures/html.
func htmlFixtureBytes(_ file: String) throws -> [UInt8] {
    let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("html/\(file)")
    return Array(try Data(contentsOf: url))
}

/// The hand-written body of a fixture, in paragraphs.
func expectedParagraphs(_ name: String) throws -> [String] {
    let text = String(decoding: try htmlFixtureBytes("\(name).expected.txt"), as: UTF8.self)
    return text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
}

/// Bag-of-words precision and recall of `extracted` against `expected`.
func wordPrecisionRecall(extracted: String, expected: String) -> (precision: Double, recall: Double) {
    let got = extracted.split(whereSeparator: \.isWhitespace)
    let want = expected.split(whereSeparator: \.isWhitespace)
    var remaining: [Substring: Int] = [:]
    for word in want { remaining[word, default: 0] += 1 }
    var hits = 0
    for word in got {
        if let count = remaining[word], count > 0 {
            remaining[word] = count - 1
            hits += 1
        }
    }
    return (Double(hits) / Double(max(got.count, 1)), Double(hits) / Double(max(want.count, 1)))
}

@Suite("HTMLReader")
struct HTMLReaderTests {
    @Test("fixture metadata and body", arguments: htmlFixtures)
    func readsFixture(_ fixture: HTMLFixture) throws {
        let page = try HTMLReader.read(try htmlFixtureBytes("\(fixture.name).html"), url: fixture.url, source: fixture.name)
        #expect(page.title == fixture.title)
        #expect(page.published?.iso == fixture.date)
        #expect(page.dateOrigin == fixture.origin)
        #expect(page.siteName == fixture.siteName)
        if let canonical = fixture.canonical { #expect(page.canonicalURL == canonical) }

        // Every paragraph written for the body is there, whole, and in the order written.
        let paragraphs = page.text.components(separatedBy: "\n\n")
        var cursor = paragraphs.startIndex
        for expected in try expectedParagraphs(fixture.name) {
            let found = paragraphs[cursor...].firstIndex(of: expected)
            #expect(found != nil, "missing or out of order: \(expected)")
            if let found { cursor = found + 1 }
        }
        for junk in fixture.boilerplate {
            #expect(!page.text.contains(junk), "boilerplate leaked: \(junk)")
        }
        #expect(!page.text.contains("\n\n\n"))
        #expect(!page.text.contains("  "))
        #expect(page.text == page.text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("the boilerplate lists do not overlap the bodies they guard", arguments: htmlFixtures)
    func boilerplateListsAreHonest(_ fixture: HTMLFixture) throws {
        let body = try expectedParagraphs(fixture.name).joined(separator: "\n\n")
        for junk in fixture.boilerplate { #expect(!body.contains(junk), "\(junk) is in the expected body") }
    }

    @Test("word precision and recall against the hand-written body", arguments: htmlFixtures)
    func precisionAndRecall(_ fixture: HTMLFixture) throws {
        let page = try HTMLReader.read(try htmlFixtureBytes("\(fixture.name).html"), url: fixture.url, source: fixture.name)
        let expected = try expectedParagraphs(fixture.name).joined(separator: "\n\n")
        let (precision, recall) = wordPrecisionRecall(extracted: page.text, expected: expected)
        print("HTMLReader \(fixture.name): precision \(String(format: "%.3f", precision)) recall \(String(format: "%.3f", recall))")
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }

    @Test("pages written blind: metadata, and text within 5% by words", arguments: blindFixtures)
    func blindPage(_ fixture: HTMLFixture) throws {
        let page = try HTMLReader.read(try htmlFixtureBytes("\(fixture.name).html"), source: fixture.name)
        #expect(page.title == fixture.title && page.siteName == fixture.siteName && page.canonicalURL == fixture.canonical)
        #expect(page.published?.iso == fixture.date && page.dateOrigin == fixture.origin)
        let expected = try expectedParagraphs(fixture.name).joined(separator: "\n\n")
        let (precision, recall) = wordPrecisionRecall(extracted: page.text, expected: expected)
        #expect(precision >= 0.95 && recall >= 0.95, "precision \(precision), recall \(recall)")
    }

    @Test("a page with no text throws noText", arguments: [
        "", "   \n\t", "<html><head><title>Only a title</title></head><body></body></html>",
        "<script>var x = '<p>not text</p>';</script><style>p { color: red }</style>",
        "<nav><a href='/'>Home</a></nav><footer>© 2024</footer>",
    ])
    func noText(_ html: String) {
        #expect(throws: ReadError.noText("page")) { try HTMLReader.read(Array(html.utf8), source: "page") }
    }

    @Test func emptyBytesThrowNoText() {
        #expect(throws: ReadError.noText("empty.html")) { try HTMLReader.read([], source: "empty.html") }
    }

    @Test func randomBytesDoNotCrash() {
        // Reproducible noise without Foundation's random sources.
        var generator = SplitMix(0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 { generator.next() }
        let alphabet = Array("<>/=\"' &;#!-abcdivpscript".utf8)
        for round in 0..<60 {
            let count = Int(next() % 20_000)
            var bytes = [UInt8](repeating: 0, count: count)
            for i in 0..<count {
                // Half the rounds are raw bytes, half are tag soup made of markup characters.
                bytes[i] = round % 2 == 0 ? UInt8(truncatingIfNeeded: next()) : alphabet[Int(next() % UInt64(alphabet.count))]
            }
            for charset in [nil, "utf-8", "windows-1252", "shift_jis", "no-such-charset"] as [String?] {
                _ = try? HTMLReader.read(bytes, charset: charset, source: "random-\(round)")
            }
        }
    }

    @Test func truncatedMarkupDoesNotCrash() throws {
        let full = try htmlFixtureBytes("news_full.html")
        for cut in stride(from: 0, to: full.count, by: 97) {
            _ = try? HTMLReader.read(Array(full[..<cut]), source: "cut-\(cut)")
        }
    }

    @Test("10,000 nested divs keep their text", arguments: [true, false])
    func deeplyNested(closed: Bool) throws {
        let depth = 10_000
        let sentence = "The deepest paragraph still counts 42 residents and 7 councillors in the final tally."
        var html = String(repeating: "<div>", count: depth) + "<p>\(sentence)</p>"
        if closed { html += String(repeating: "</div>", count: depth) }
        let page = try HTMLReader.read(Array(html.utf8), source: "deep")
        #expect(page.text == sentence)
    }

    @Test func windows1252WithoutDeclarationFallsBack() throws {
        var bytes = try htmlFixtureBytes("cp1252.html")
        let meta = Array("<meta charset=\"windows-1252\">".utf8)
        if let start = (0...(bytes.count - meta.count)).first(where: { Array(bytes[$0..<$0 + meta.count]) == meta }) {
            bytes.removeSubrange(start..<start + meta.count)
        }
        let page = try HTMLReader.read(bytes, source: "undeclared")
        #expect(page.text.contains("“We cannot ask residents to keep bailing out their kitchens,” said cabinet member Siân Evans."))
        #expect(page.title == "Council sets aside £4.2m for flood defences")
    }

    @Test func callerCharsetWinsOverMeta() throws {
        // The HTTP header is the authority: a page labelled windows-1252 inside but served as UTF-8 is read as UTF-8.
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Prices rose 3.1% in the café sector, “officials” said, costing £12m.</p></body></html>"
        let page = try HTMLReader.read(Array(html.utf8), charset: "UTF-8", source: "mislabelled")
        #expect(page.text == "Prices rose 3.1% in the café sector, “officials” said, costing £12m.")
        let latin = try HTMLReader.read(Array("<p>Caf\u{E9} prices</p>".unicodeScalars.map { UInt8($0.value) }), charset: "ISO-8859-1", source: "latin1")
        #expect(latin.text == "Café prices")
    }

    @Test("charsets declared inside the page", arguments: [
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        "<META CHARSET='Windows-1252'>",
        "",
    ])
    func declaredInPage(_ declaration: String) throws {
        // "Caf\u{E9} r\u{E9}sum\u{E9}s cost \u{A3}5" written as single bytes, as a latin-1 page stores it.
        let head = Array("<html><head>\(declaration)</head><body><p>".utf8)
        let body: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" r".utf8) + [0xE9] + Array("sum".utf8) + [0xE9] + Array("s cost ".utf8) + [0xA3] + Array("5".utf8)
        let page = try HTMLReader.read(head + body + Array("</p></body></html>".utf8), source: "latin")
        #expect(page.text == "Café résumés cost £5")
    }

    @Test func xmlDeclarationCharset() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>".utf8)
            + [0xA3] + Array("3m".utf8) + Array("</p></body></html>".utf8)
        #expect(try HTMLReader.read(bytes, source: "xhtml").text == "£3m")
    }

    @Test func layoutTablePage() throws {
        let html = """
            <table><tr><td class="left"><a href="/a">Home</a><br><a href="/b">News</a><br><a href="/c">Sport</a><br><a href="/d">Weather</a></td>
            <td class="story"><b>Mill to close</b><br><br>The Riverside paper mill will close in March with the loss of 240 jobs, its owner said.<br><br>
            The mill has operated since 1887 and produced 95,000 tonnes of paper last year.</td></tr></table>
            """
        let page = try HTMLReader.read(Array(html.utf8), source: "table")
        #expect(page.text == "Mill to close\n\nThe Riverside paper mill will close in March with the loss of 240 jobs, its owner said.\n\nThe mill has operated since 1887 and produced 95,000 tonnes of paper last year.")
        #expect(page.title == "Mill to close" || page.title == nil)
    }

    @Test func utf8WithAStrayByteIsRepairedNotReinterpreted() throws {
        var bytes = Array("<p>Naïve estimates put the cost at €3.5bn, “far more” than planned; </p>".utf8)
        bytes.insert(0xFF, at: bytes.count - 5)
        let page = try HTMLReader.read(bytes, source: "stray")
        #expect(page.text.hasPrefix("Naïve estimates put the cost at €3.5bn, “far more” than planned;"))
    }

    @Test func paragraphsAndWhitespace() throws {
        let html = """
            <body><div class="story"><p>First   paragraph
            wraps&nbsp;here with <b>bold</b><i>italic</i> joined.</p>
            <p>Second line one<br>continues<br><br>Third after two breaks.</p>
            <ul><li>Item one has 3 figures</li><li>Item two has 4</li></ul>
            <h2>Subhead</h2>Loose text in the div.</div></body>
            """
        let page = try HTMLReader.read(Array(html.utf8), source: "ws")
        #expect(
            page.text == """
                First paragraph wraps here with bolditalic joined.

                Second line one continues

                Third after two breaks.

                Item one has 3 figures

                Item two has 4

                Subhead

                Loose text in the div.
                """)
    }

    @Test("wrappers and links marked like furniture keep the article", arguments: [
        "<form id=\"aspnetForm\" action=\"/story.aspx\"><div class=\"story\"><p>BODY</p></div></form>",
        "<div class=\"page has-share-tools nav-open\"><p>BODY</p></div><div class=\"share\"><a href=\"/s\">Share</a></div>",
        "<div id=\"newsletter-wrapper\"><div><p>BODY</p></div></div>",
        "<main><p>According to <a class=\"related-link\" href=\"/census\">the 2020 census</a>, 4,100 people live in the parish, up 3 percent.</p></main>",
    ])
    func markedWrappers(_ template: String) throws {
        let body = "According to the 2020 census, 4,100 people live in the parish, up 3 percent."
        let page = try HTMLReader.read(Array(template.replacingOccurrences(of: "BODY", with: body).utf8), source: "wrapper")
        #expect(page.text == body)
    }

    @Test("a long comment thread does not replace a short article", arguments: [true, false])
    func longComments(semantic: Bool) throws {
        let body = "The parish council will spend £18,000 on new street lights, the clerk said on Friday."
        let comment = "<div class=\"comment-text\"><p>I have lived on this street for thirty years and the lights have never worked properly, so good news.</p></div>"
        let article = semantic ? "<article><p>\(body)</p></article>" : "<div class=\"story\"><p>\(body)</p></div>"
        let html = "<div class=\"wrap\">\(article)<div id=\"comments\">\(String(repeating: comment, count: 40))</div></div>"
        let page = try HTMLReader.read(Array(html.utf8), source: "comments")
        #expect(page.text == body)
    }

    @Test func itempropArticleBodyAndLinkedBodyArePreferred() throws {
        let linked = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-01",
            "articleBody":"Unemployment fell to 4.1% in April.\\nEmployers added 12,000 jobs &amp; wages rose 2%."}</script></head>
            <body><div class="x"><p>Completely different sidebar text that is long enough to be a paragraph of some kind here.</p></div></body></html>
            """
        let page = try HTMLReader.read(Array(linked.utf8), source: "linked")
        #expect(page.text == "Unemployment fell to 4.1% in April.\n\nEmployers added 12,000 jobs & wages rose 2%.")
        #expect(page.published?.iso == "2020-05-01")
        #expect(page.dateOrigin == .jsonLD)
    }

    @Test("dates as pages write them", arguments: [
        ("2021-07-26T14:03:00-04:00", "2021-07-26"), ("2021-07-26", "2021-07-26"), ("2021/07/26", "2021-07-26"),
        ("20210726", "2021-07-26"), ("July 26, 2021", "2021-07-26"), ("26 Jul 2021", "2021-07-26"),
        ("Mon, 26 Jul 2021 23:59:00 GMT", "2021-07-26"), ("  2021-07-26T23:30:00Z", "2021-07-26"),
    ])
    func dates(_ value: String, _ iso: String) {
        #expect(HTMLReader.Dates.day(from: value)?.iso == iso)
    }

    @Test("values that are not dates", arguments: ["", "2021-13-01", "2021-02-30", "yesterday", "12345", "2021-07-2"])
    func notDates(_ value: String) {
        #expect(HTMLReader.Dates.day(from: value) == nil)
    }

    @Test("URL path dates", arguments: [
        ("https://example.com/2021/07/26/story", "2021-07-26"), ("https://example.com/news/2018/05/09/", "2018-05-09"),
        ("/2019/12/31/x.html?page=2", "2019-12-31"), ("https://example.com/2021/07/story", nil),
        ("https://example.com/1234/99/99/x", nil), ("https://example.com/a/b?d=/2020/01/01/", nil),
    ] as [(String, String?)])
    func urlDates(_ url: String, _ iso: String?) {
        #expect(HTMLReader.Dates.dayInPath(url)?.iso == iso)
    }

    @Test("site names come off titles", arguments: [
        ("Budget passes | Daily Planet", "Daily Planet", "Budget passes"),
        ("Budget passes - daily planet", "Daily Planet", "Budget passes"),
        ("Daily Planet | Budget passes", "Daily Planet", "Budget passes"),
        ("Budget passes - Metro edition", "Daily Planet", "Budget passes - Metro edition"),
        ("Budget passes | Daily Planet", nil, "Budget passes | Daily Planet"),
    ] as [(String, String?, String)])
    func siteSuffix(_ title: String, _ site: String?, _ expected: String) {
        #expect(HTMLReader.stripSiteName(title, siteName: site) == expected)
    }

    /// Speed is measured in benchmarks, not here; this checks a large page keeps the article and drops the comments.
    @Test func fiftyKilobytePageWithLongCommentThread() throws {
        var html = String(decoding: try htmlFixtureBytes("news_full.html"), as: UTF8.self)
        let paragraph = "<p>Officials said the line carried 58,200 riders on a typical weekday in February, with the busiest stations at Union Square and Harbor Point, and that crowding on the 8:05 a.m. train had returned to 2019 levels.</p>\n"
        let comment = "<div class=\"comment\"><p class=\"author\">reader</p><p>Another comment about the fares and the weekend timetable, with a <a href=\"/x\">link</a>.</p></div>\n"
        html = html.replacingOccurrences(of: "<h2>Budget gap remains</h2>", with: String(repeating: paragraph, count: 100) + "<h2>Budget gap remains</h2>")
        html = html.replacingOccurrences(of: "<form class=\"comment-form\">", with: String(repeating: comment, count: 150) + "<form class=\"comment-form\">")
        let bytes = Array(html.utf8)
        #expect(bytes.count >= 50_000)
        let page = try HTMLReader.read(bytes, source: "large")
        #expect(page.text.contains("Riders’ groups oppose the increase."))
        #expect(page.text.contains("58,200 riders"))
        #expect(!page.text.contains("Another comment"))
    }
}
