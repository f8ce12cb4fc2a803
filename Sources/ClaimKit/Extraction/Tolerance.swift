/// The one place where qualifiers become intervals, so the extractor and the verifier agree on what "about" allows.
///
/// | wording | interval |
/// |---|---|
/// | none | the value itself (a date: its whole period) |
/// | about, around, roughly, some, approximately | value ± 10% |
/// | nearly, almost | 90% of value ... value |
/// | just under | value − half a step of the stated precision ... value |
/// | more than, over, above, at least | value ... open |
/// | just over | value ... value + half a step of the stated precision |
/// | up to, as many as, by (a date), less than | open ... value |
/// | a share in words ("one in five", "a third"), alone | value ± 10%, as such a share is a rounding |
/// | just over / just under a share in words | value ... value + 10% / value − 10% ... value |
/// | about a clock time ("about 6:40 p.m.") | 15 minutes either side |
/// | just (or shortly) after / before a clock time | 30 minutes after / before it |
public enum Tolerance {
    /// How far, in days, "about" reaches either side of a clock time, and "shortly after" or "just before" one way.
    public static let aboutClock = 15.0 / 1440
    /// See `aboutClock`.
    public static let nearClock = 30.0 / 1440

    /// The relative tolerance of "about".
    public static let about = 0.10
    /// How far below its value "nearly" reaches, relatively.
    public static let nearly = 0.10

    /// The interval a value allows under a qualifier.
    public static func interval(of value: MentionValue, qualifier: Qualifier?) -> Interval {
        switch value {
        case .number(let n):
            return interval(of: n, qualifier: qualifier)
        case .duration(let d):
            return interval(of: d.amount, qualifier: qualifier)
        case .tally(let a, let b):
            return Interval(low: Double(a - b), high: Double(a - b))
        case .clock(let c):
            let moment = c.interval
            guard let low = moment.low, let high = moment.high else { return moment }
            switch qualifier {
            case .about: return Interval(low: low - aboutClock, high: high + aboutClock)
            // "shortly after 2 a.m." is 2:00 to 2:30, not the whole hour and half an hour more.
            case .justOver: return Interval(low: low, high: low + nearClock)
            case .justUnder, .nearly: return Interval(low: low - nearClock, high: low)
            case .moreThan, .atLeast: return Interval(low: low, high: nil)
            case .upTo, .lessThan: return Interval(low: nil, high: high)
            default: return moment
            }
        case .timex:
            return Interval(low: nil, high: nil)
        case .date(let t):
            let first = Double(t.first.ordinal)
            let last = Double(t.last.ordinal)
            switch qualifier {
            case .upTo, .lessThan: return Interval(low: nil, high: last)
            case .moreThan, .atLeast, .justOver: return Interval(low: first, high: nil)
            default: return Interval(low: first, high: last)
            }
        }
    }

    /// The interval a number allows under a qualifier.
    public static func interval(of n: Double, qualifier: Qualifier?) -> Interval {
        let raw = rawInterval(of: n, qualifier: qualifier)
        // 3,500 × 1.1 is 3850.0000000000005 in binary; bounds are stated figures, so keep them decimal-clean.
        return Interval(low: raw.low.map(clean), high: raw.high.map(clean))
    }

    private static func clean(_ x: Double) -> Double { (x * 1e9).rounded() / 1e9 }

    private static func rawInterval(of n: Double, qualifier: Qualifier?) -> Interval {
        switch qualifier {
        case nil, .exactly: return Interval(low: n, high: n)
        case .about: return Interval(low: n * (1 - about), high: n * (1 + about))
        case .nearly: return Interval(low: n * (1 - nearly), high: n)
        case .justUnder: return Interval(low: n - step(of: n) / 2, high: n)
        case .justOver: return Interval(low: n, high: n + step(of: n) / 2)
        case .moreThan, .atLeast: return Interval(low: n, high: nil)
        case .upTo, .lessThan: return Interval(low: nil, high: n)
        }
    }

    /// The interval of a share said in words ("one in five", "a third"): a rounding, so "one in five" stands for 18
    /// to 22 percent and never contradicts "21%", and "just over a third" reaches 36.7.
    public static func share(_ v: Double, qualifier: Qualifier?) -> Interval {
        let band = interval(of: v, qualifier: .about)
        switch qualifier {
        case nil, .exactly: return band
        case .justOver: return Interval(low: v, high: band.high)
        case .justUnder: return Interval(low: band.low, high: v)
        default: return interval(of: v, qualifier: qualifier)
        }
    }

    /// The precision a round number is stated at: 2,500 → 100, 3,000 → 1,000, 1 → 1, 1.5 → 0.1.
    public static func step(of n: Double) -> Double {
        let magnitude = abs(n)
        guard magnitude > 0 else { return 1 }
        if magnitude != magnitude.rounded() {
            var step = 1.0
            while step > 1e-6, (magnitude / step) != (magnitude / step).rounded() { step /= 10 }
            return step
        }
        var step = 1.0
        while (magnitude / (step * 10)) == (magnitude / (step * 10)).rounded() { step *= 10 }
        return step
    }
}
