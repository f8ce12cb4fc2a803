/// Units of measure as written after a number, normalized to short symbols so that amounts in the same unit compare,
/// with their sizes, which add up "7 feet 10 inches" and compare "450 metres" with "1,000 feet".
enum Units {
    /// Unit words and abbreviations, matched in lower case.
    static let words: [String: String] = [
        "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
        "mi": "mi", "mile": "mi", "miles": "mi", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
        "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "mm": "mm",
        "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "nm": "nm",
        "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm", "micrometre": "µm",
        "micrometres": "µm", "micron": "µm", "microns": "µm", "ft": "ft", "foot": "ft", "feet": "ft", "yard": "yd",
        "yards": "yd", "yd": "yd", "yds": "yd", "in": "in", "inch": "in", "inches": "in",
        "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
        "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "gs": "g",
        "mg": "mg", "milligram": "mg", "milligrams": "mg", "milligramme": "mg", "milligrammes": "mg", "µg": "µg",
        "μg": "µg", "mcg": "µg", "microgram": "µg", "micrograms": "µg", "microgramme": "µg", "microgrammes": "µg",
        "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb",
        "oz": "oz", "ounce": "oz", "ounces": "oz", "stone": "st",
        "litre": "l", "litres": "l", "liter": "l", "liters": "l", "ml": "ml", "mls": "ml", "millilitre": "ml",
        "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "cl": "cl", "centilitre": "cl", "centilitres": "cl",
        "hectolitre": "hl", "hectolitres": "hl", "hectoliter": "hl", "hectoliters": "hl", "hl": "hl", "gallon": "gal",
        "gallons": "gal", "gal": "gal", "gals": "gal", "pint": "pt", "pints": "pt", "quart": "qt", "quarts": "qt",
        "cup": "cup", "cups": "cup", "tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp", "tsp": "tsp",
        "teaspoon": "tsp", "teaspoons": "tsp", "barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
        "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha",
        "mph": "mph", "kph": "km/h", "knots": "kn", "knot": "kn",
        "megawatt": "MW", "megawatts": "MW", "mw": "MW", "gigawatt": "GW", "gigawatts": "GW", "gw": "GW",
        "kilowatt": "kW", "kilowatts": "kW", "kw": "kW", "watt": "W", "watts": "W", "kwh": "kWh", "mwh": "MWh",
        "gwh": "GWh", "twh": "TWh", "joule": "J", "joules": "J", "volt": "V", "volts": "V", "hz": "Hz", "khz": "kHz",
        "mhz": "MHz", "ghz": "GHz", "kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "kilobytes": "kB",
        "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "exabytes": "EB", "bytes": "B", "bits": "bit",
        "tev": "TeV", "gev": "GeV", "mev": "MeV", "ev": "eV", "decibels": "dB", "db": "dB", "magnitude": "magnitude",
    ]
    /// Symbols whose case matters, matched as written: "m" is a metre but "3.5m" and "M" are millions, "g" a gram
    /// but "5G" a network, "L" a litre.
    static let symbols: [String: String] = ["m": "m", "g": "g", "l": "l", "L": "l", "t": "t"]
    /// Two-word units ("metric tons", "square kilometres" are composed instead).
    static let phrases: [String: [String: String]] = [
        "metric": ["ton": "t", "tons": "t", "tonne": "t", "tonnes": "t"], "nautical": ["mile": "nmi", "miles": "nmi"],
        "light": ["year": "ly", "years": "ly"], "fluid": ["ounce": "fl oz", "ounces": "fl oz"],
        "british": ["thermal": "BTU"], "cubic": ["feet": "ft3", "metres": "m3", "meters": "m3", "kilometres": "km3", "kilometers": "km3"],
    ]
    /// Words before a length that make it an area ("square kilometres", "sq mi").
    static let areaPrefixes: Set<String> = ["square", "sq"]
    /// Units that "a", "an" or "one" may stand before as a measure ("a kilogram", "a gallon"); "a ton of", "a foot",
    /// "a yard", "a cup" and "a degree" are mostly not measures.
    static let measuredByArticle: Set<String> = ["km", "m", "cm", "mm", "mi", "kg", "g", "mg", "lb", "oz", "l", "ml", "gal", "in", "hl"]

    /// Each unit's dimension and its size in that dimension's base unit (metre, kilogram, litre, km/h, watt, square
    /// metre), so that figures in different units of one dimension compare: "about 450 metres" against "about 1,000
    /// feet". A gallon is the US one.
    static let base: [String: (dimension: String, factor: Double)] = [
        "km": ("length", 1000), "m": ("length", 1), "cm": ("length", 0.01), "mm": ("length", 0.001),
        "mi": ("length", 1609.344), "yd": ("length", 0.9144), "ft": ("length", 0.3048), "in": ("length", 0.0254),
        "nmi": ("length", 1852),
        "t": ("mass", 1000), "kg": ("mass", 1), "g": ("mass", 0.001), "mg": ("mass", 1e-6), "lb": ("mass", 0.45359237),
        "oz": ("mass", 0.028349523125), "st": ("mass", 6.35029318),
        "l": ("volume", 1), "ml": ("volume", 0.001), "cl": ("volume", 0.01), "hl": ("volume", 100),
        "gal": ("volume", 3.785411784), "pt": ("volume", 0.473176473), "qt": ("volume", 0.946352946),
        "m3": ("volume", 1000), "ft3": ("volume", 28.316846592),
        "km/h": ("speed", 1), "mph": ("speed", 1.609344), "kn": ("speed", 1.852),
        "W": ("power", 1), "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9),
        "kWh": ("energy", 1), "MWh": ("energy", 1e3), "GWh": ("energy", 1e6), "TWh": ("energy", 1e9),
        "ha": ("area", 10_000), "acre": ("area", 4046.8564224),
        "degC": ("temperature", 1), "degF": ("temperature", 1),
    ]

    /// The system whose parts add up when written one after another ("7 feet 10 inches", "2 km and 1 metre"): a
    /// length or a mass, metric or imperial, as "1 metre and 1 foot" is not how anyone writes a length.
    static func partSystem(_ unit: String) -> String? {
        let metric: Set<String> = ["km", "m", "cm", "mm", "t", "kg", "g", "mg"]
        let imperial: Set<String> = ["mi", "yd", "ft", "in", "st", "lb", "oz"]
        guard let dimension = base[unit]?.dimension, metric.contains(unit) || imperial.contains(unit) else { return nil }
        return dimension + (metric.contains(unit) ? " metric" : " imperial")
    }

    /// How many of `small` make one `large` (12 inches to the foot), kept decimal-clean for whole ratios.
    static func ratio(_ large: String, to small: String) -> Double? {
        guard let a = base[large]?.factor, let b = base[small]?.factor else { return nil }
        return (a / b * 1e9).rounded() / 1e9
    }

    /// A value in a unit, in its dimension's base unit (degrees Celsius for temperatures).
    static func inBase(_ value: Double, unit: String) -> Double? {
        if unit == "degF" { return (value - 32) * 5 / 9 }
        return base[unit].map { value * $0.factor }
    }

    /// Temperature scales after a number or after "degrees" / "°", with common misspellings.
    static let temperatureScales: [String: String] = [
        "celsius": "degC", "celcius": "degC", "centigrade": "degC", "centigrate": "degC", "c": "degC",
        "fahrenheit": "degF", "farenheit": "degF", "f": "degF", "kelvin": "K",
    ]
}
