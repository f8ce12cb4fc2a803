import Testing
@testable import ClaimKit

/// The number grammar on its own: what a phrase parses to and how many tokens it takes.
struct NumberParserTests {
    /// The number at the start of `text`, with the text it spans.
    func parsed(_ text: String) -> (Double, String)? {
        let scalars = ScalarText(text)
        let tokens = Tokenizer.tokens(of: scalars, in: 0..<scalars.count)
        guard let n = NumberParser.parse(tokens, at: 0) else { return nil }
        return (n.value, scalars[tokens[0].start..<tokens[n.end - 1].end])
    }

    @Test(
        "numbers in digits and words",
        arguments: [
            ("eighteen", 18.0), ("five thousand", 5000), ("thirty three", 33), ("ONE TwentY tWO", 122),
            ("seven hundred twenty-one thousand and twelve", 721_012), ("twenty-one trillion three hundred", 21_000_000_000_300),
            ("three crore twelve lakh fifty-six thousand seven hundred twenty-one", 31_256_721), ("30 lakh", 3_000_000),
            ("three thousand millions", 3e9), ("two hundred dozens", 2400), ("a couple", 2), ("a hundred and two", 102),
            ("half a million", 500_000), ("quarter million", 250_000), ("five and a half million", 5_500_000),
            ("3 million and a half", 3_500_000), ("one hundred and three and a half", 103.5), ("two thirds", 2.0 / 3),
            ("five eighths", 0.625), ("one-eighth", 0.125), ("a fifth", 0.2), ("-504", -504), ("minus 1,200,000", -1_200_000),
            ("negative five hundred and four", -504), (".77", 0.77), ("point 77", 0.77), ("1 point 1", 1.1),
            ("two point two million", 2_200_000), ("nine point nought four", 9.04), ("3M", 3_000_000), ("40k", 40_000),
            ("2mil", 2_000_000), ("10 bln", 1e10), ("1.3e6", 1_300_000), ("12.32e+14", 1.232e15), ("6.23x10^-4", 0.000623),
            ("3/4", 0.75), ("2 1/2", 2.5), ("2½", 2.5), ("12,34,567.89", 1_234_567.89), ("4 thousand 3 hundred and 21", 4321),
            ("three million, two hundred & forty", 3_000_240), ("two million and three fifths", 2_600_000),
            ("five billion and three quarters", 5_750_000_000), ("40 000", 40_000), ("1 234 567", 1_234_567),
            ("1\u{202F}234\u{202F}567.89", 1_234_567.89), ("12\u{2009}500", 12_500),
        ] as [(String, Double)])
    func parses(_ text: String, _ value: Double) throws {
        let (v, span) = try #require(parsed(text))
        #expect(abs(v - value) < 1e-9 * max(1, abs(value)))
        #expect(span == text)
    }

    @Test(
        "where a number stops",
        arguments: [
            ("2019 500 people", "2019"), ("two three-bedroom flats", "two"), ("5 million 200 people", "5 million"),
            ("twenty fifth", "twenty"), ("two quarters ago", "two"), ("9/11 attacks", "9"), ("10-20 dollars", "10"),
            ("one in 12", "one"), ("1,000 and 2,000", "1,000"), ("40  000", "40"), ("1234 567", "1234"), ("12 34", "12"),
            ("1 234.5 678", "1 234.5"),
        ] as [(String, String)])
    func stops(_ text: String, _ span: String) throws {
        let (_, got) = try #require(parsed(text))
        #expect(got == span)
    }

    @Test("not numbers", arguments: ["point of order", "- 5", "a third term", "a second", "half the time", "COVID"])
    func rejects(_ text: String) {
        #expect(parsed(text) == nil)
    }

    @Test(
        "ordinals",
        arguments: [
            ("73rd", 73.0), ("twenty-fifth", 25), ("twenty fifth", 25), ("twentyfifth", 25), ("one hundred twenty-fifth", 125),
            ("two hundredth", 200), ("nineth", 9),
        ] as [(String, Double)])
    func ordinals(_ text: String, _ value: Double) {
        let scalars = ScalarText(text)
        let tokens = Tokenizer.tokens(of: scalars, in: 0..<scalars.count)
        #expect(NumberParser.ordinal(tokens, at: 0)?.value == value)
        #expect(NumberParser.ordinal(tokens, at: 0)?.end == tokens.count)
    }

    @Test func linksAndReferenceNumbersAreNotFigures() {
        let scalars = ScalarText(
            "see https://x.com/a?q=30%25 and www.site.org/2020 or wdca.gov.uk/elections2025, case No. 2:23-cr-20417, the U.S. and 30% here")
        let tokens = Tokenizer.tokens(of: scalars, in: 0..<scalars.count)
        let mask = tokens.codeMask()
        let masked = tokens.indices.filter { tokens[$0].shape == .number && mask[$0] }.map { tokens[$0].text }
        #expect(masked == ["30", "25", "2020", "2025", "2", "23", "20417"])
        #expect(Extractor().mentions(in: "Results are at wdca.gov.uk/elections2025 and case No. 2:23-cr-20417 was filed.", reference: nil).isEmpty)
        #expect(Extractor().mentions(in: "The yield on the 10-year Treasury note rose.", reference: nil).isEmpty)
        for phone in ["+49 6151 90 2696", "0300 200 3300", "(555) 014-2290", "0345 988 1188", "1300 555 127"] {
            #expect(Extractor().mentions(in: "Media inquiries: \(phone).", reference: nil).isEmpty, "\(phone)")
        }
        // A number to call, and a house number, are no figures; a count after "call" or a place is.
        #expect(Extractor().mentions(in: "Tenants can call 311 for help at 1420 Kingsway or 14 Raglan Street.", reference: nil).isEmpty)
        #expect(Extractor().mentions(in: "The court will call 40 witnesses; at 3 PM, 300 US troops left.", reference: nil).map(\.text) == ["40 witnesses", "3 PM", "300 US troops"])
        #expect(Extractor().mentions(in: "It raised 1 414 021 100 euros on 2024-03-11.", reference: nil).count == 2)
        #expect(Extractor().mentions(in: "He served a 10-year term.", reference: nil).map(\.text) == ["10-year"])
    }
}
