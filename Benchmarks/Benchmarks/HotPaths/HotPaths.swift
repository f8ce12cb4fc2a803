import Benchmark
import ClaimKit

/// One news paragraph with the figures the recognizers see most: counts, money, percentages, written and relative
/// dates, durations. Written for this benchmark, not taken from an evaluation set.
let paragraph = """
    The county said on Tuesday that about 2,500 residents remain in shelters, down from 3,100 last week, and that the \
    relief fund has grown to $4.2 million. Officials expect the river to crest on Friday, March 14, at nearly 21 feet, \
    the highest level in 18 years. Roughly 40% of the 1,200 homes in the flood zone were built before 1970. \
    "We will need at least two more weeks," Gov. Ana Ruiz told reporters in Millbrook, adding that the 60-year-old \
    levee held. The state approved an extra $750,000 in aid by the end of the year and plans a review in October.
    """

/// The same paragraph repeated into a 10 KB article, so that per-article costs are paid as in real use.
let article = Array(repeating: paragraph, count: 10).joined(separator: "\n")
let reference = CalendarDay(iso: "2025-03-11")

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))

    let text = ScalarText(paragraph)
    let sentences = SentenceSplitter.split(text)
    let contexts = sentences.map { SentenceContext(text: text, tokens: Tokenizer.tokens(of: text, in: $0), reference: reference) }

    Benchmark("sentence splitter (10 KB article)") { benchmark in
        let scalars = ScalarText(article)
        benchmark.startMeasurement()
        blackHole(SentenceSplitter.split(scalars))
    }

    Benchmark("tokenizer (one paragraph)") { benchmark in
        for sentence in sentences { blackHole(Tokenizer.tokens(of: text, in: sentence)) }
    }

    Benchmark("number parser (every token of a paragraph)") { benchmark in
        for context in contexts {
            for i in context.tokens.indices { blackHole(NumberParser.parse(context.tokens, at: i)) }
        }
    }

    // Made once, as the extractor makes its recognizers once: each builds the word set of its lead.
    let absolute = AbsoluteDateRecognizer()
    let relative = RelativeDateRecognizer()
    Benchmark("date recognizers (absolute and relative, one paragraph)") { benchmark in
        for context in contexts {
            blackHole(absolute.recognize(context))
            blackHole(relative.recognize(context))
        }
    }

    Benchmark("extractor (10 KB article)") { benchmark in
        blackHole(Extractor().mentions(in: article, reference: reference))
    }

    Benchmark("claims with subject keys (10 KB article)") { benchmark in
        let news = Article(source: "bench", title: nil, published: reference, dateOrigin: nil, format: .text, body: article)
        benchmark.startMeasurement()
        blackHole(ClaimBuilder().claims(of: news))
    }
}
