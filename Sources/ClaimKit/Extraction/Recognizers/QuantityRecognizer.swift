/// Measured quantities with units: "40 yards", "a 6.4 magnitude quake", "magnitude 6.4", "10 km", "930,000 mi",
/// "35 degrees Celsius", "2 tonnes". Units are normalized to short symbols so that km and miles can be converted.
public struct QuantityRecognizer: Recognizer {
    /// The name recorded on what this rule finds.
    public let name = "quantity"

    /// Unit words and the symbol each normalizes to.
    static let units: [String: String] = [
        "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
        "mi": "mi", "mile": "mi", "miles": "mi", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
        "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm",
        "ft": "ft", "foot": "ft", "feet": "ft", "yard": "yd", "yards": "yd", "yd": "yd", "inch": "in", "inches": "in",
        "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "g": "g", "gram": "g", "grams": "g",
        "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "lb": "lb", "lbs": "lb",
        "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
        "barrel": "bbl", "barrels": "bbl", "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha",
        "mph": "mph", "knots": "kn", "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "kwh": "kWh",
        "magnitude": "magnitude",
    ]

    /// The rule; it holds no state.
    public init() {}

    /// What this recognizer must find, with its value, and near misses it must leave alone.
    public let examples: [RecognizerExample] = [
        .expect("He ran 40 yards.", "40 yards", .quantity, "40"),
        .expect("A 6.4 magnitude quake struck.", "6.4 magnitude", .quantity, "6.4"),
        .expect("The quake, magnitude 6.4, struck.", "magnitude 6.4", .quantity, "6.4"),
        .expect("It lies 1,500,000 kilometres away.", "1,500,000 kilometres", .quantity, "1500000"),
        .expect("The epicentre was 10 km deep.", "10 km", .quantity, "10"),
        .expect("It reached 35 degrees Celsius.", "35 degrees Celsius", .quantity, "35"),
        .expect("It weighs 2 tonnes.", "2 tonnes", .quantity, "2"),
        .reject("See Section 3 of the act.", "3"),
    ]

    /// The mentions of this family in one sentence.
    public func recognize(_ s: SentenceContext) -> [Mention] {
        var found: [Mention] = []
        let t = s.tokens
        var i = 0
        while i < t.count {
            // "magnitude 6.4"
            if t[i].lower == "magnitude", i + 1 < t.count, let n = NumberParser.parse(t, at: i + 1), !n.yearLike {
                found.append(s.mention(i, n.end, kind: .quantity, value: .number(n.value), unit: "magnitude", by: name))
                i = n.end
                continue
            }
            guard let n = NumberParser.parse(t, at: i), !n.spelled || n.value > 1, n.end < t.count else {
                i += 1
                continue
            }
            var j = n.end
            if t[j].is("-"), j + 1 < t.count, !t[j + 1].spaced { j += 1 }  // "6.4-magnitude", "10-km"
            let word = t[j].lower
            if word == "degrees" || word == "degree" || t[j].is("°") {
                var end = j + 1
                var unit = "deg"
                if end < t.count, ["celsius", "c"].contains(t[end].lower) { unit = "degC"; end += 1 }
                else if end < t.count, ["fahrenheit", "f"].contains(t[end].lower) { unit = "degF"; end += 1 }
                found.append(s.mention(i, end, kind: .quantity, value: .number(n.value), unit: unit, by: name))
                i = end
                continue
            }
            if var unit = QuantityRecognizer.units[word] ?? QuantityRecognizer.units[t[j].text] {
                var end = j + 1
                // "square kilometres" never reaches here; "km/h" does.
                if end + 1 < t.count, t[end].is("/"), t[end + 1].lower == "h" { unit += "/h"; end += 2 }
                // "3.5m" after a number is million in news, except when a length is plainly meant ("100m sprint" is rare).
                if unit == "m", !t[j].spaced { i = end; continue }
                found.append(s.mention(i, end, kind: .quantity, value: .number(n.value), unit: unit, by: name))
                i = end
                continue
            }
            i = n.end
        }
        return found
    }
}
