import Testing
@testable import ClaimKit

/// Sentence splitting, numbers, calendar arithmetic and qualifier intervals.
struct TextUnitTests {
    @Test("sentence splitter examples", arguments: SentenceSplitter.examples.indices)
    func splits(_ index: Int) {
        let (text, expected) = SentenceSplitter.examples[index]
        let scalars = ScalarText(text)
        #expect(SentenceSplitter.split(scalars).map { scalars[$0] } == expected)
    }

    @Test("any number written with separators parses back to itself", arguments: [0, 7, 12, 999, 1_000, 2_500, 65_536, 1_234_567, 987_654_321])
    func separatorsRoundTrip(_ n: Int) {
        let grouped = Describe.grouped(Double(n))
        #expect(NumberParser.digitsValue(grouped) == Double(n))
        let m = Extractor().mentions(in: "They counted \(grouped) ballots.", reference: nil).first
        #expect(m?.value == .number(Double(n)))
    }

    @Test func malformedGroupingIsNotANumber() {
        #expect(NumberParser.digitsValue("1,50") == nil)
        #expect(NumberParser.digitsValue("12,3456") == nil)
    }

    @Test func calendarDaysRoundTripThroughOrdinals() {
        var day = CalendarDay(year: 1999, month: 12, day: 25)!
        for _ in 0..<1_500 {
            #expect(CalendarDay(ordinal: day.ordinal) == day)
            #expect(CalendarDay(iso: day.iso) == day)
            day = day.adding(days: 1)
        }
        #expect(CalendarDay(iso: "2021-07-26")!.weekday == 1)  // a Monday
        #expect(CalendarDay(iso: "2024-02-29") != nil)
        #expect(CalendarDay(iso: "2023-02-29") == nil)
    }

    /// Days spread over two centuries, leap days included, for the property tests below.
    static let sampleDays: [CalendarDay] = stride(from: CalendarDay(iso: "1900-01-01")!.ordinal, to: CalendarDay(iso: "2099-12-31")!.ordinal, by: 397)
        .map { CalendarDay(ordinal: $0) } + [CalendarDay(iso: "2024-02-29")!, CalendarDay(iso: "1999-12-31")!]

    @Test("a date printed in a supported format resolves to itself", arguments: sampleDays)
    func datesResolveToThemselves(_ day: CalendarDay) {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let name = months[day.month - 1]
        let suffix = [1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"][day.day] ?? "th"
        let written = [
            "\(name) \(day.day), \(day.year)", "\(day.day) \(name) \(day.year)", day.iso, "\(day.month)/\(day.day)/\(day.year)",
            "\(day.day)\(suffix) \(name.prefix(3)) \(day.year)", "\(name.lowercased()) \(day.day)\(suffix), \(day.year)",
        ]
        for text in written {
            let m = Extractor().mentions(in: "It happened on \(text) in Paris.", reference: CalendarDay(iso: "2021-07-26")).first
            #expect(m?.value.text == day.iso && m?.text == text, "\(text)")
        }
    }

    @Test func everyTimexThisToolWritesParsesBackToItself() {
        var points: [TimePoint] = [
            .year(2021), .decade(1990), .season(2021, "WI"), .span(from: .month(2026, 7), to: .month(2026, 9)),
            .partOfDay(CalendarDay(iso: "2024-03-11")!, "AF"),
        ]
        for year in [1999, 2020, 2021] {
            points += (1...12).map { .month(year, $0) } + (1...4).map { .quarter(year, $0) } + (1...2).map { .half(year, $0) }
        }
        for p in points {
            #expect(TimePoint(timex: p.timex) == p, "\(p.timex)")
        }
    }

    @Test func everyDurationThisToolWritesParsesBackToItself() {
        let written = [Duration(18, .years), Duration(2, .weeks), Duration(72, .hours), Duration(0.5, .days)]
            + [Duration(parts: [Duration(11, .minutes), Duration(40, .seconds)])!, Duration(parts: [Duration(2, .years), Duration(3, .months)])!]
        for d in written {
            #expect(Duration(iso: d.iso) == d, "\(d.iso)")
        }
        #expect(Duration(parts: [Duration(40, .seconds), Duration(11, .minutes)]) == nil, "parts run from the largest unit down")
        #expect(Duration(iso: "PT11M40S")?.amount == 700)
        #expect(Duration(iso: "P2Y3") == nil && Duration(iso: "PT") == nil && Duration(iso: "P1H") == nil)
    }

    @Test func writtenTimesMustMostlyCoincide() {
        let year = TimePoint.year(2020).days
        #expect(!Comparability.coincide(TimePoint.month(2020, 1).days, year), "the start of a year is not the year")
        #expect(Comparability.coincide(TimePoint.month(2020, 1).days, TimePoint.month(2020, 1).days))
        #expect(Comparability.coincide(TimePoint.half(2020, 2).days, TimePoint.quarter(2020, 3).days), "a quarter is half of its half-year")
        #expect(!Comparability.coincide(TimePoint.day(CalendarDay(iso: "2024-03-11")!).days, TimePoint.day(CalendarDay(iso: "2024-03-13")!).days))
    }

    @Test func qualifierIntervalsFollowTheDocumentedTolerances() {
        #expect(Tolerance.interval(of: 2500, qualifier: .about) == Interval(low: 2250, high: 2750))
        #expect(Tolerance.interval(of: 20, qualifier: .nearly) == Interval(low: 18, high: 20))
        #expect(Tolerance.interval(of: 1, qualifier: .justOver) == Interval(low: 1, high: 1.5))
        #expect(Tolerance.interval(of: 400, qualifier: .moreThan) == Interval(low: 400, high: nil))
        #expect(Tolerance.interval(of: 400, qualifier: .upTo) == Interval(low: nil, high: 400))
        #expect(Tolerance.step(of: 2500) == 100)
        #expect(Tolerance.step(of: 3000) == 1000)
        #expect(Tolerance.step(of: 1.5) == 0.1)
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func noInputMakesTheExtractorCrash() {
        var generator = SplitMix(2021)
        for _ in 0..<200 {
            let scalars = (0..<Int.random(in: 0..<400, using: &generator)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0..<0x3000, using: &generator))
            }
            _ = Extractor().mentions(in: String(String.UnicodeScalarView(scalars)), reference: CalendarDay(iso: "2021-07-26"))
        }
        let repeated = String(repeating: "about 2,500 troops by the end of the year, ", count: 2_000)
        #expect(Extractor().mentions(in: repeated, reference: CalendarDay(iso: "2021-07-26")).count >= 4_000)
        _ = Extractor().mentions(in: String(repeating: "9", count: 100_000), reference: nil)
        _ = Extractor().mentions(in: String(repeating: "- . , $ % ", count: 10_000), reference: nil)
    }

    /// Random sentences made of the words the recognizers react to reach the corners random characters never do.
    @Test func randomSentencesOfTriggerWordsNeitherCrashNorLeaveTheText() {
        let vocabulary = [
            "the", "a", "an", "of", "to", "from", "between", "and", "on", "at", "in", "by", "last", "next", "this", "half",
            "quarter", "past", "every", "other", "day", "week", "weekend", "month", "year", "years", "decade", "ago", "later",
            "from", "now", "tonight", "night", "morning", "Monday", "Friday", "May", "march", "July", "Christmas", "Day",
            "first", "third", "21st", "Q3", "H1", "1990s", "'", "s", "2,500", "3.5", "1,50", "12", "31", "2021", "74", "0",
            "million", "bn", "k", "$", "€", "£", "%", "percent", "per", "cent", "troops", "people", "km", "miles", "p.m.",
            "a.m.", "noon", "midnight", ":", "/", "-", ".", ",", "“", "”", "o'clock", "about", "nearly", "more", "than",
            "at", "least", "up", "just", "over", "under", "some", "minus", "point", "dozen", "thousand", "hundred", "and",
        ]
        var generator = SplitMix(7)
        for _ in 0..<3_000 {
            let words = (0..<Int.random(in: 1..<30, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            let text = words.joined(separator: Bool.random(using: &generator) ? " " : "")
            let count = text.unicodeScalars.count
            for m in Extractor().mentions(in: text, reference: CalendarDay(iso: "2021-07-26")) {
                #expect(m.start >= 0 && m.start < m.end && m.end <= count, "\(text)")
            }
        }
    }
}
