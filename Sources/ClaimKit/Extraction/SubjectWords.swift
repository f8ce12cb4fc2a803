/// The word lists that turn the words around a figure into a comparable subject: synonyms folded to one word,
/// modifiers that pick out a different instance of a thing, and the verbs that name an event.
enum SubjectWords {
    /// Synonyms folded to one word each, so that different wordings of the same thing key alike.
    static let synonyms: [String: String] = [
        "soldiers": "troops", "soldier": "troops", "forces": "troops", "force": "troops", "contingent": "troops", "service members": "troops",
        "servicemembers": "troops", "troop": "troops", "personnel": "troops", "military": "troops",
        "election": "elections", "vote": "elections", "polls": "elections", "ballot": "elections",
        "war": "conflict", "fighting": "conflict", "conflict": "conflict", "dead": "deaths", "killed": "deaths",
        "fatalities": "deaths", "death": "deaths", "died": "deaths", "vaccines": "doses", "shots": "doses",
        "role": "mission", "earthquake": "quake", "temblor": "quake", "tremor": "quake",
        "jolt": "quake", "shock": "quake", "injured": "injuries", "wounded": "injuries", "hurt": "injuries",
        "injury": "injuries", "homeless": "homeless", "displaced": "homeless", "budgets": "budget",
        "shortfall": "deficit", "shortfalls": "deficit", "deficits": "deficit", "hole": "deficit",
        "votes (for-against)": "tally", "hospitalizations": "hospitalized", "hospitalisations": "hospitalized",
        "hospitalised": "hospitalized", "unaccounted": "missing", "alive": "rescued",
    ]

    /// A word in the singular, for comparing nouns written either way ("valves", "alerts"); short words and "-ss"
    /// endings stay ("gas", "loss").
    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The key of an event word: its event when it names one ("invasion", "invaded" → invade), else the word normalized.
    static func eventKey(_ word: String) -> String {
        eventVerbs[word] ?? normalize(word)
    }

    /// The normalized form of one word or a phrase that is a synonym as a whole.
    static func normalize(_ word: String) -> String {
        let lower = word.lowercased()
        return synonyms[lower] ?? lower
    }

    /// Modifiers that name a different instance of the same thing: "the current budget" is not "the budget" just
    /// adopted, nor "the proposed budget", and "the new offer" is not the first one. Two subjects compare only when
    /// they carry the same ones.
    static let distinguishing: Set<String> = [
        "current", "previous", "prior", "former", "next", "coming", "upcoming", "proposed", "draft", "planned",
        "revised", "original", "initial", "preliminary", "final", "old", "interim", "projected", "expected", "difference", "staff", "new", "improved", "updated",
        "added", "part", "capacity", "average", "limit",
    ]

    /// Verbs that give the level of what their clause is about ("the reservoir stood at 31 percent", "the overrun
    /// amounts to 23 percent"), changes to a level among them ("the pre-tax loss widened to £143 million", "revenue
    /// fell 6% to £2.31 billion").
    static let levelVerbs: Set<String> = [
        "was", "is", "were", "are", "stood", "stands", "fell", "dropped", "sank", "rose", "reached", "remained", "hit",
        "amounts", "amounted", "totals", "totaled", "totalled", "represents", "represented", "widened", "narrowed",
        "climbed", "grew", "increased", "decreased", "declined", "slipped", "slumped", "jumped", "surged", "soared",
        "plunged", "tumbled", "eased", "edged", "shrank", "swelled", "dipped", "came",
    ]

    /// Words after a share that measure it against a plan, and the gap they name.
    static let planGaps: [String: String] = ["over": "overrun", "above": "overrun", "under": "underrun", "below": "underrun"]
    /// The plans a share may be over or under.
    static let plans: Set<String> = ["budget", "budgeted", "estimate", "estimates", "forecast", "forecasts", "plan", "target", "projections"]

    /// Words that make a figure of their clause an offer or a demand.
    static let proposing: Set<String> = [
        "offer", "offered", "offers", "proposal", "proposed", "proposes", "demand", "demanded", "demands", "seeking",
        "sought", "seeks", "wants",
    ]

    /// Verbs of a relative clause that say what its noun has or can hold ("which has 238 pupils", "which is licensed
    /// to carry 300 passengers").
    static let having: Set<String> = [
        "has", "had", "have", "employs", "serves", "houses", "enrols", "enrolls", "holds", "licensed", "carry", "seat", "hold",
        "designed",
    ]

    /// Words before a count that make it what something can hold rather than what it holds.
    static let capacityWords: Set<String> = ["capacity", "licensed", "designed", "seats", "seating", "accommodate", "carry", "hold"]

    /// Modifiers that say nothing about which thing is meant ("the total budget" is the budget).
    static let neutral: Set<String> = [
        "total", "overall", "official", "confirmed", "reported", "estimated", "entire", "whole", "full", "roughly",
        "some", "about", "around", "nearly", "almost", "more", "than", "additional", "extra", "further", "other",
    ]

    /// Counted nouns that say nothing until a state is named: "45,000 people" left homeless, "800 people" injured.
    static let genericHeads: Set<String> = ["people", "persons", "individuals", "residents", "others", "inhabitants", "men", "women"]

    /// The states that make a generic head a subject, within a few words after it ("people have been left homeless").
    static let states: Set<String> = [
        "injured", "wounded", "hurt", "killed", "dead", "died", "missing", "displaced", "homeless", "evacuated",
        "arrested", "detained", "infected", "hospitalized", "hospitalised", "rescued", "treated", "affected", "stranded",
        "trapped", "unaccounted", "alive",
    ]

    /// What a count's things are doing or have undergone, kept as a modifier: "112 homes destroyed" are homes, "40
    /// operations were postponed" operations, "employs about 1,400 nurses" the staff, "2,400 nurses joined the walkout"
    /// strikers.
    static let predicates: [String: String] = [
        "destroyed": "destroyed", "damaged": "damaged", "flooded": "flooded", "burned": "burned", "collapsed": "collapsed",
        "cancelled": "cancelled", "canceled": "cancelled", "postponed": "cancelled", "employs": "staff", "employ": "staff",
        "employed": "staff", "employing": "staff", "workforce": "staff", "walkout": "striking", "strike": "striking",
        "striking": "striking", "strikers": "striking",
    ]

    /// Predicates whose counts only rise, like tolls: things destroyed, operations cancelled.
    static let cumulativePredicates: Set<String> = ["destroyed", "damaged", "flooded", "burned", "collapsed", "cancelled"]

    /// Whether a count is a toll, which only rises: its head is a state of people (deaths, injuries, homeless, ...)
    /// or it counts things that have undergone something (homes destroyed, operations cancelled).
    static func isToll(head: String, modifiers: [String]) -> Bool {
        tolls.contains(head) || modifiers.contains { cumulativePredicates.contains($0) }
    }

    /// Whether a count moves by the day (a toll, a passing state, or the number on strike): undated, it holds on its
    /// publication day.
    static func isDaily(head: String, modifiers: [String]) -> Bool {
        isToll(head: head, modifiers: modifiers) || passingStates.contains(head) || modifiers.contains("striking")
    }

    /// States people leave as well as enter: the missing are found, the trapped brought out, the homeless housed. They
    /// move by the day but fall as often as they rise, so a lower count later is no correction.
    static let passingStates: Set<String> = Set(
        ["missing", "displaced", "homeless", "stranded", "trapped", "unaccounted", "alive", "hospitalized", "hospitalised", "detained"]
            .map(normalize))

    /// Heads of counts that only rise (tolls): an undated figure of one is taken to hold on its publication day only,
    /// where a level such as a troop count is taken to hold for a few days.
    static let tolls: Set<String> = Set(states.map(normalize)).subtracting(passingStates).union(["deaths", "cases", "injuries"])

    /// Heads of counts of people by what befell them, rising or passing: "one death" and "one missing" are claims.
    static let stateHeads: Set<String> = tolls.union(passingStates)

    /// Words that open a record phrase: "the first increase in a decade", "the strongest quake since 1983".
    static let recordWords: Set<String> = [
        "first", "only", "strongest", "largest", "biggest", "highest", "lowest", "worst", "deadliest", "longest",
        "heaviest", "hottest", "coldest", "wettest", "driest", "fewest", "steepest", "sharpest", "fastest", "slowest",
    ]

    /// Verbs that fix a figure once and for all: the budget a council adopted, the deal a minister signed. Reports
    /// of such a figure some days apart are reports of one event.
    static let fixingVerbs: Set<String> = [
        "approved", "adopted", "passed", "cleared", "ratified", "enacted", "signed", "approves", "adopts", "passes",
    ]

    /// Verbs of a vote that fix the sum it grants ("voted 7-4 to give the project $64 million", "the vote to approve
    /// $46 million"), but not the other figures of their clause ("voted to eliminate 14 of its 61 routes").
    static let sumFixingVerbs: Set<String> = fixingVerbs.union(["approve", "adopt", "voted"])

    /// Words after a length that say which way it is measured, and the noun of that dimension.
    static let lengthDimensions: [String: String] = [
        "underground": "depth", "below": "depth", "beneath": "depth", "deep": "depth", "down": "depth", "high": "height",
        "tall": "height", "above": "height", "long": "length", "wide": "width", "across": "width",
    ]

    /// Nouns of the shocks a magnitude can belong to ("the quake", "the main jolt", "an aftershock").
    static let shocks: Set<String> = ["quake", "aftershock", "aftershocks", "foreshock", "eruption", "explosion", "blast"]

    /// Nouns of amounts of money: "a 1.2bn budget" is a sum, in the currency the article uses elsewhere.
    static let moneyNouns: Set<String> = [
        "budget", "deficit", "surplus", "revenue", "revenues", "spending", "funding", "fund", "debt", "loan", "grant",
        "package", "aid", "salary", "profit", "profits", "sales", "income", "investment", "bailout", "fine", "settlement",
    ]

    /// Nouns of events, which name their event on their own ("the invasion of March 2003"); a verb form ("built in
    /// 1962") needs what it acts on.
    static let nominalEvents: Set<String> = [
        "invasion", "containment", "evacuation", "adoption", "approval", "launch", "start", "opening", "closure",
        "resignation", "signing", "increase", "rise", "hike", "shutdown", "crest", "peak", "reopening", "certification",
    ]

    /// Marks a tally's motion among its modifiers ("motion:strike"); two tallies whose motions are both named and
    /// differ are two votes, one that names none may be either.
    static let motionPrefix = "motion:"
    /// Marks the labelled thing a figure is about ("label:line 2" for "Line 2, a branch with 15 stops"); two labels
    /// tell figures apart, one report that names none may be about either.
    static let labelPrefix = "label:"
    /// Marks a date something was planned for ("due to open in December 2023"), which may have been moved since; it
    /// tells nothing apart, as a report of the schedule and one of the event may be about the same date.
    static let plannedMark = "schedule:planned"
    /// Modifiers that tell two subjects apart only when both name one.
    static let mutualPrefixes = [motionPrefix, labelPrefix, plannedMark]

    /// Words that name what a vote decides, folded to one motion: a strike, an offer put to the other side, or the
    /// deal that ends the dispute.
    static let motions: [String: String] = [
        "strike": "strike", "walkout": "strike", "stoppage": "strike", "lockout": "strike",
        "agreement": "deal", "contract": "deal", "deal": "deal", "pact": "deal", "settlement": "deal", "offer": "offer",
    ]

    /// The events dates can key on (the values of `eventVerbs`).
    static let events: Set<String> = Set(eventVerbs.values)

    /// Whether a date keyed by this head dates one event: a listed event, or the first of something found ("first case").
    static func isEvent(_ head: String) -> Bool { events.contains(head) || head.hasPrefix("first ") }

    /// The event the verb at token `i` names, one word ("approved") or two ("gave way", "came down", "caved in").
    static func event(at i: Int, in tokens: [Token]) -> String? {
        // Two words first: talks that "broke down" collapsed, where a fire that "broke" out started.
        if i + 1 < tokens.count, let event = phrasalEvents[tokens[i].lower]?[tokens[i + 1].lower] { return event }
        if isMarketReading(at: i, in: tokens) { return nil }
        return eventVerbs[tokens[i].lower]
    }

    /// Whether a verb at `i` reads a market rather than tells of an event: shares that "closed at €42.95" or "opened
    /// 3 percent lower" do so every trading day, where a school that closed did so once.
    static func isMarketReading(at i: Int, in tokens: [Token]) -> Bool {
        guard ["closed", "closes", "opened", "opens", "ended", "ends"].contains(tokens[i].lower), i + 1 < tokens.count else { return false }
        let (next, after) = (tokens[i + 1], i + 2 < tokens.count ? tokens[i + 2] : nil)
        if ["up", "down", "higher", "lower", "flat", "unchanged"].contains(next.lower) { return true }
        // "closed 2.1 percent lower", but not "the strike ended 10 days after it began".
        if next.shape == .number, let after, after.is("%") || ["percent", "per", "points", "cents", "pence"].contains(after.lower) { return true }
        return next.lower == "at" && after.map { Currencies.signs[$0.text] != nil } == true
    }

    /// Events said in two words, by the first and the second.
    static let phrasalEvents: [String: [String: String]] = [
        "gave": ["way": "collapse"], "gives": ["way": "collapse"], "came": ["down": "collapse"], "comes": ["down": "collapse"],
        "caved": ["in": "collapse"], "fell": ["down": "collapse"], "took": ["effect": "start"], "broke": ["down": "collapse"],
        "breaks": ["down": "collapse"],
    ]

    /// Verbs of events, folded to one word per event: a date's event is its verb and the thing it acts on
    /// ("approved a budget", "the budget cleared the council", "voted to adopt the budget" → adopt budget).
    static let eventVerbs: [String: String] = [
        "approved": "adopt", "approve": "adopt", "approves": "adopt", "adopted": "adopt", "adopt": "adopt",
        "adopts": "adopt", "passed": "adopt", "passes": "adopt", "cleared": "adopt", "clears": "adopt",
        "voted": "adopt", "votes": "adopt", "ratified": "adopt", "enacted": "adopt", "signed": "sign", "signs": "sign",
        "struck": "strike", "strikes": "strike", "hit": "strike", "hits": "strike", "devastated": "strike",
        "launched": "start", "began": "start", "begins": "start", "started": "start", "starts": "start",
        "opened": "open", "opens": "open", "closed": "close", "closes": "close", "ended": "end", "ends": "end",
        "resigned": "resign", "resigns": "resign",
        "invaded": "invade", "invades": "invade", "invasion": "invade", "elected": "elect", "broke": "start",
        "ignited": "start", "erupted": "start", "contained": "contain", "containment": "contain",
        "evacuated": "evacuate", "evacuation": "evacuate", "raised": "increase", "raise": "increase",
        "increase": "increase", "increased": "increase", "rise": "increase", "hike": "increase", "shut": "close",
        "shutdown": "close", "crested": "peak", "peaked": "peak", "crest": "peak", "peak": "peak",
        "built": "origin", "constructed": "origin", "founded": "origin", "established": "origin", "born": "origin",
        "completed": "origin",
        "adoption": "adopt", "approval": "adopt", "launch": "start", "start": "start", "opening": "open",
        "closure": "close", "resignation": "resign", "signing": "sign", "halted": "halt", "halts": "halt",
        "suspended": "halt", "reopened": "reopen", "reopens": "reopen", "reopening": "reopen", "resumed": "resume",
        "certified": "certify", "certifies": "certify", "certification": "certify", "collapsed": "collapse",
        "collapses": "collapse", "collapse": "collapse",
    ]
}
