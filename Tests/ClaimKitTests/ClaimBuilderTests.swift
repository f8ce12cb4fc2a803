import Testing
@testable import ClaimKit

/// Subject, place, owner and time as ClaimBuilder assigns them, one rule per row.
struct ClaimBuilderTests {
    /// One rule's example: the figure of `text` (published on `published`) and what the claim must carry; a field left
    /// nil is not checked, and "-" expects none (no time, no place).
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let figure: String
        var subject: String? = nil
        var key: String? = nil
        var modifier: String? = nil
        var asOf: String? = nil
        var place: String? = nil
        var published = "2021-07-27"
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        // The place after the figure, past adjectives.
        Row(text: "About 900 American troops remain in neighbouring Syria.", figure: "900", subject: "US troops in Syria", asOf: "2021-07-27"),
        // A place glued into a compound modifier is not where the figure is.
        Row(text: "In Iraq, he has led the government under pressure from Iran-allied groups for 14 months.", figure: "14 months", subject: "Iraq", asOf: "2021-07-27"),
        // A date belongs to the figure nearest it: last year is the 3,000's time, not the 2,500's.
        Row(text: "About 2,500 troops are deployed in Iraq, down from 3,000 troops last year.", figure: "2,500", subject: "troops in Iraq", asOf: "2021-07-27"),
        Row(text: "About 2,500 troops are deployed in Iraq, down from 3,000 troops last year.", figure: "3,000", subject: "troops in Iraq", asOf: "2020"),
        // A recurrence ("daily") is not a figure: it cannot take the date from the death toll.
        Row(text: "At its daily briefing on Monday, the ministry put the death toll at 340.", figure: "340", subject: "deaths", asOf: "2021-07-26"),
        // "Currently" dates a figure at publication, as if no date were written.
        Row(text: "Roughly 3,500 US troops are currently in Iraq.", figure: "3,500", subject: "US troops in Iraq", asOf: "2021-07-27"),
        // A date inside a relative clause dates that clause's event only.
        Row(text: "Rescuers searched for survivors of the quake that hit the province a day earlier, as the death toll climbed to 210.", figure: "210", subject: "deaths", asOf: "2021-07-27"),
        // A participle clause tells what happened at the time of the clause it hangs on, through a chain of them; the
        // start of a period ("since Monday") is no such time.
        Row(text: "More than 1,800 teachers walked off the job on Monday, closing all 31 of the district's schools.", figure: "31", asOf: "2021-07-26"),
        Row(text: "An explosion tore through the refinery on Monday, killing two workers, injuring 17 others.", figure: "17", asOf: "2021-07-26"),
        Row(text: "The river has risen since Monday, leaving 40 families without homes.", figure: "40", asOf: "2021-07-27"),
        // A date belongs to the nearest figure of its own clause.
        Row(text: "In 2007 the country had 170,000 troops, and two years ago the number was still above 5,000.", figure: "5,000", subject: "troops", asOf: "2019-07-27"),
        // "X, whose ..." places the figures of the clause in X; a place opening the sentence places the main clause.
        Row(text: "Millbrook, whose budget of about $410 million is a fraction of Calder Falls’, raised its rate by 3 percent.", figure: "$410 million", subject: "in Millbrook", asOf: "2021-07-27"),
        Row(text: "Millbrook, whose budget of about $410 million is a fraction of Calder Falls’, raised its rate by 3 percent.", figure: "3 percent", subject: "in Millbrook", asOf: "2021-07-27"),
        // A possessive name just before a sum is its place.
        Row(text: "Calder Falls’ 1.2bn budget cleared the council.", figure: "1.2bn", subject: "budget in Calder Falls", asOf: "2021-07-27"),
        // A deadline right after a figure is the time the figure is for: a projection is not today's count.
        Row(text: "Projections show enrolment falling to about 10,300 pupils by 2030.", figure: "10,300", subject: "pupils", asOf: "2030"),
        // A date's subject is the noun right before it.
        Row(text: "Parliamentary elections are set for 10 November in Iraq.", figure: "10 November", subject: "elections in Iraq", asOf: "2021-07-27"),
    ]

    /// Keys, modifiers, times and places of the rules added with the blind scenarios, in articles of 2026-02-17.
    static let keyRows: [Row] = [
        // Figures joined by "and" share the date written for one of them.
        Row(text: "The update a week ago listed 58 cases and 19 hospitalizations.", figure: "19", key: "count:hospitalized", asOf: "2026-02-10", published: "2026-02-17"),
        // An earlier value is about the figure it is set beside; undated, it holds at no time a check could pair.
        Row(text: "The reservoir fell to 24 percent on Wednesday, down from 29 percent on Aug. 12.", figure: "29 percent", key: "percent:reservoir", asOf: "2026-08-12", published: "2026-02-17"),
        Row(text: "About 2,500 troops remain, down from 3,000.", figure: "3,000", key: "count:troops", asOf: "-", published: "2026-02-17"),
        // A possessive date before a reading dates the figure read; before an event it does not.
        Row(text: "The Halden reservoir stood at 31 percent of capacity at Wednesday's reading.", figure: "31 percent", key: "percent:reservoir", asOf: "2026-02-11", published: "2026-02-17"),
        Row(text: "Monday's quake destroyed 112 homes.", figure: "112 homes", key: "count:homes", asOf: "2026-02-17", published: "2026-02-17"),
        // A level is the level of its clause's subject, past a clause set off by commas.
        Row(text: "The Halden reservoir, the main source of water for Esterval, was 34 percent full.", figure: "34 percent", key: "percent:reservoir", published: "2026-02-17"),
        Row(text: "The Halden reservoir that supplies most of the region fell to 24 percent.", figure: "24 percent", key: "percent:reservoir", published: "2026-02-17"),
        // A share of a named group is a share of the group, not of its name.
        Row(text: "Only 87.6 percent of Alder County kindergartners were vaccinated.", figure: "87.6 percent", key: "percent:kindergartners", published: "2026-02-17"),
        // "A year ago" is the same day a year before.
        Row(text: "The reservoir was 61% full a year ago.", figure: "61%", key: "percent:reservoir", asOf: "2025-02-17", published: "2026-02-17"),
        // A part is not the whole; a restricting clause picks out some of the counted things.
        Row(text: "Adults account for 14 of the cases.", figure: "14", key: "count:cases", modifier: "part", published: "2026-02-17"),
        Row(text: "About 340 students who were exposed were sent home.", figure: "340", key: "count:students", modifier: "exposed", published: "2026-02-17"),
        // The first of something is found once: its date is one event's, whichever verb found it.
        // A length measured down or up is a depth or a height, whatever the unit; "above flood stage" is a difference.
        Row(text: "The roof fell about 450 metres underground.", figure: "about 450 metres", key: "quantity:depth"),
        Row(text: "The men were trapped about 1,000 feet below the surface.", figure: "about 1,000 feet", key: "quantity:depth"),
        Row(text: "The river crested at 3 feet above flood stage.", figure: "3 feet", key: "quantity:flood"),
        // A flow over a period of months holds for all of it.
        Row(text: "Nordwall reported net profit of €1.32bn for the July-to-September period.", figure: "€1.32bn", asOf: "2026-07/2026-09", published: "2026-10-28"),
        // A collapse, said in one word or two.
        Row(text: "The bridge's central span gave way at 6:42 p.m. on Monday, October 5.", figure: "6:42 p.m. on Monday, October 5", key: "time:collapse", modifier: "span", published: "2026-10-13"),
        Row(text: "The central span of the Corvel Bridge, the busiest road crossing in Tessaro, collapsed at 5:42 p.m. on Monday.", figure: "5:42 p.m. on Monday", key: "time:collapse", modifier: "span", published: "2026-10-06"),
        Row(text: "The tunnel roof gave way shortly after 2 a.m. on Tuesday.", figure: "shortly after 2 a.m. on Tuesday", key: "time:collapse", modifier: "roof", published: "2026-10-08"),
        Row(text: "The strike began after talks broke down on Wednesday, Sept. 2.", figure: "Wednesday, Sept. 2", key: "date:collapse", modifier: "talks", published: "2026-09-22"),
        // The day a plan was announced dates the saying, no event of the plan; a passive "was confirmed" is the event.
        Row(text: "The chain announced on Tuesday that it would shut more than 250 stores across the country.", figure: "Tuesday", key: "", published: "2025-06-20"),
        Row(text: "Documents show that the bridge's last full inspection took place in March 2023.", figure: "March 2023", key: "date:inspection", published: "2026-10-19"),
        Row(text: "The central span, 180 metres long, fell into the river.", figure: "180 metres", key: "quantity:span", published: "2026-10-06"),
        // "By" a day that is over gives the count on that day; ahead, it is a target.
        Row(text: "By Sunday, rescuers had found 612 dead birds.", figure: "612 dead birds", asOf: "2026-04-12", published: "2026-04-13"),
        Row(text: "The district expects to fall to 10,300 pupils by 2030.", figure: "10,300 pupils", asOf: "2030", published: "2026-04-13"),
        Row(text: "The first case was confirmed on Jan. 19, in a child.", figure: "Jan. 19", key: "date:first case", published: "2026-02-17"),
        Row(text: "Since Jan. 12, when the first case was confirmed, cases have spread.", figure: "Jan. 12", key: "date:first case", published: "2026-02-17"),
        Row(text: "A new case was confirmed on Jan. 19.", figure: "Jan. 19", key: "", published: "2026-02-17"),
        // Halting and reopening are events; what they act on is a modifier.
        Row(text: "The operator halted all traffic at 10 p.m. on Friday.", figure: "10 p.m.", key: "time:halt", published: "2026-02-17"),
        Row(text: "The airport reopened to traffic at 2 a.m. on Monday.", figure: "2 a.m.", key: "time:reopen", published: "2026-02-17"),
        Row(text: "The board certified the results of the canvass on Tuesday.", figure: "Tuesday", key: "date:certify", published: "2026-02-17"),
        // A date keyed on what a count of its sentence counts is the count's time, not an event's date.
        Row(text: "All 690 flights scheduled on Saturday were cancelled.", figure: "Saturday", key: "", published: "2026-02-17"),
        Row(text: "All 690 flights scheduled on Saturday were cancelled.", figure: "690", key: "count:flights", asOf: "2026-02-14", published: "2026-02-17"),
        // A source's own count is told apart from everyone's.
        Row(text: "Corvane Airlines said it had cancelled 780 flights.", figure: "780", key: "count:flights", modifier: "by-corvane airlines", published: "2026-02-17"),
        // The start of a period is not the time of a count up to now, unless a clause gives that day's count.
        Row(text: "More than 1,400 flights were cancelled since Friday night.", figure: "1,400", key: "count:flights", asOf: "2026-02-17", published: "2026-02-17"),
        Row(text: "The count has climbed since Feb. 3, when the county reported 47 cases.", figure: "47", key: "count:cases", asOf: "2026-02-03", published: "2026-02-17"),
        // A total over a period holds at its end.
        Row(text: "About 1,900 flights were cancelled between Friday night and Tuesday morning.", figure: "1,900", key: "count:flights", asOf: "2026-02-17", published: "2026-02-17"),
        // "€23 million in lost revenue" is an amount of revenue.
        Row(text: "The storm had cost the airline €23 million in lost revenue.", figure: "€23 million", key: "money:revenue", published: "2026-02-17"),
        // A sum a change verb reaches is the level of the clause's subject, past the change itself.
        Row(text: "The pre-tax loss widened to £143 million from £38 million.", figure: "£143 million", key: "money:loss", published: "2025-06-17"),
        Row(text: "Revenue fell 6% to £2.31 billion.", figure: "£2.31 billion", key: "money:revenue", published: "2025-06-17"),
        Row(text: "Unemployment climbed to 5.2 percent in May.", figure: "5.2 percent", key: "percent:unemployment", published: "2025-06-17"),
        // A rule or an alert taking effect starts; what starts is the noun its phrase is about.
        Row(text: "Red alerts for extreme heat took effect on Monday in 12 cities.", figure: "Monday", key: "date:start", modifier: "alerts", published: "2026-02-17"),
        Row(text: "The alert first came into force last Sunday.", figure: "last Sunday", key: "date:start", modifier: "alert", published: "2026-02-17"),
        // A date's noun is one thing in the singular or the plural.
        Row(text: "Corvane first learned of leaking valves in October 2023.", figure: "October 2023", key: "date:valve", published: "2026-02-17"),
        // A place in a participle clause after the figure places what that clause is about.
        Row(text: "Officials reported 41 confirmed cases, making the outbreak centered in Brackenridge the county's first.", figure: "41", key: "count:cases", place: "-", published: "2026-02-17"),
        Row(text: "Officials reported 41 confirmed cases in Brackenridge.", figure: "41", key: "count:cases", place: "Brackenridge", published: "2026-02-17"),
    ]

    @Test("subject, key, modifiers, time and place", arguments: rows + keyRows)
    func claimContext(_ row: Row) throws {
        let claims = ClaimBuilder().claims(of: TestSupport.article(row.text, on: row.published))
        let claim = try #require(claims.first { $0.mention.text.contains(row.figure) }, "\(claims.map(\.mention.text))")
        if let subject = row.subject { #expect(claim.subject.contains(subject), "subject \(claim.subject)") }
        if let key = row.key { #expect(claim.subjectKey == key) }
        if let modifier = row.modifier { #expect(claim.modifiers.contains(modifier), "\(claim.modifiers)") }
        if let asOf = row.asOf { #expect((claim.asOf?.timex ?? "-") == asOf) }
        if let place = row.place { #expect((claim.place ?? "-") == place) }
    }

    @Test func keysNameStatesEventsAndChanges() throws {
        let body = """
            About 45,000 people were left homeless and 1,500 people were injured. A town of 28,000 people was hit. \
            The council on Tuesday approved a $1.2 billion budget. The firm will cut 1,450 jobs, 250 more than it planned. \
            The fire, which broke out on Sunday, has moved west since it ignited on June 9. Crews expect to have the fire \
            contained by June 20. It has burned more than 1,000 homes. The original plan, announced in May, which would have cut 1,200 jobs, was dropped.
            """
        let article = TestSupport.article(body, on: "2024-06-12")
        let claims = ClaimBuilder().claims(of: article)
        func key(_ figure: String) throws -> Claim { try #require(claims.first { $0.mention.text.contains(figure) }) }
        #expect(try key("45,000").subjectKey == "count:homeless")
        #expect(try key("1,500").subjectKey == "count:injuries")
        #expect(try key("28,000").subjectKey == "", "people in no named state are never compared")
        #expect(try key("Tuesday").subjectKey == "date:adopt")
        #expect(try key("$1.2 billion").event == "adopt")
        #expect(try key("Tuesday").modifiers == ["budget"])
        #expect(try key("250").modifiers.contains("difference"))
        #expect(try !key("1,450").modifiers.contains("difference"))
        #expect(try !key("more than 1,000").modifiers.contains("difference"))
        for date in ["Sunday", "June 9"] {
            #expect(try key(date).subjectKey == "date:start" && key(date).modifiers == ["fire"], "\(date)")
        }
        #expect(try key("June 20").subjectKey == "date:contain")
        #expect(try key("1,200").modifiers.contains("original"))
    }

    @Test func aDateSetOffAfterTheLastOfSomethingDatesThePreviousOne() throws {
        let body = "The last big fire at the port, in 2019, destroyed a grain shed. In 2021, the port opened a new terminal."
        let article = TestSupport.article(body, on: "2026-03-18")
        let claims = ClaimBuilder().claims(of: article)
        let fire = try #require(claims.first { $0.mention.text == "2019" })
        #expect(fire.subjectKey == "date:fire")
        #expect(fire.modifiers == ["big", "previous"])
        #expect(try #require(claims.first { $0.mention.text == "2021" }).modifiers.contains("previous") == false)
    }

    @Test func aFigurePutAtANumberRestatesTheOneCountedBeforeIt() throws {
        let body = "The fire service said 23 people had been treated in hospital; the port authority put the number at 17."
        let article = TestSupport.article(body, on: "2026-03-12")
        let claims = ClaimBuilder().claims(of: article)
        let (a, b) = (try #require(claims.first { $0.mention.text == "23 people" }), try #require(claims.first { $0.mention.text == "17" }))
        #expect(a.subjectKey == "count:treated" && b.subjectKey == a.subjectKey)
        #expect(a.speaker == "fire service" && b.speaker == "port authority")
    }

    /// Words used in passing are not claims: a "first" that is nobody's, "a dollar" in a saying.
    @Test func incidentalFiguresAreNotClaims() {
        let body = """
            The first residents were allowed back on Tuesday. It was his first face-to-face meeting with Kadhimi. \
            “Every dollar we spend on an empty classroom is a dollar we do not spend on a teacher.” The fund paid $5.
            """
        let texts = ClaimBuilder().claims(of: TestSupport.article(body, on: "2026-02-04")).map(\.mention.text)
        #expect(!texts.contains { $0.contains("first residents") || $0.contains("dollar") })
        #expect(texts.contains { $0.contains("first face-to-face") } && texts.contains("$5"), "\(texts)")
    }

    @Test func aDayNextToTheSayingVerbIsNotTheSpeaker() throws {
        let body = "Alder County health officials on Tuesday reported 41 confirmed cases."
        let claims = ClaimBuilder().claims(of: TestSupport.article(body, on: "2026-02-04"))
        #expect(try #require(claims.first { $0.mention.text.contains("41") }).speaker == nil)
    }

    /// A pronoun after the saying verb starts what was said; it names no speaker.
    @Test func aPronounAfterTheSayingVerbIsNotTheSpeaker() throws {
        let body = "Nordwall Bank, a lender, on Tuesday reported a profit and said it would cut 4,200 jobs."
        let claims = ClaimBuilder().claims(of: TestSupport.article(body, on: "2026-10-27"))
        #expect(try #require(claims.first { $0.mention.text.contains("4,200") }).speaker == nil)
    }

    @Test func theNumberInTheNextSentenceCountsWhatTheSentenceBeforeCounted() throws {
        let body = "More than 150 firefighters fought the blaze on Monday. By Tuesday morning the number had been scaled back to 60."
        let article = TestSupport.article(body, on: "2026-03-10")
        let claim = try #require(ClaimBuilder().claims(of: article).first { $0.mention.text.contains("60") })
        #expect(claim.mention.kind == .count && claim.subjectKey == "count:firefighters")
    }

    @Test func aDateSetOffAfterALastTimeClauseDatesThePreviousEvent() throws {
        let body = "The last time nurses at the hospital went on strike, in 2009, the dispute was settled after two days."
        let article = TestSupport.article(body, on: "2025-11-04")
        let claim = try #require(ClaimBuilder().claims(of: article).first { $0.mention.text == "2009" })
        #expect(claim.subjectKey == "date:strike")
        #expect(claim.modifiers == ["previous"])
    }

    /// A sum something is "worth" is about that thing, with the words that pick it out: a new offer is not the first.
    @Test func aSumIsAboutWhatItIsTheWorthOf() throws {
        let body = """
            The new offer of 6% would be worth €180 a month to a nurse. At issue is a 4 percent pay offer, worth €1,440 a \
            year. Aldwyn's original offer had been worth €100 a month.
            """
        let article = TestSupport.article(body, on: "2025-11-07")
        let claims = ClaimBuilder().claims(of: article)
        func claim(_ figure: String) throws -> Claim { try #require(claims.first { $0.mention.text.contains(figure) }) }
        #expect(try claim("€180").subjectKey == "money:offer")
        #expect(try claim("€180").modifiers == ["new"])
        #expect(try claim("€1,440").subjectKey == "money:offer")
        #expect(try claim("€1,440").modifiers == ["pay"])
        #expect(try claim("€100").modifiers == ["original"])
    }

    @Test func differentPeopleTakingOfficeAreDifferentEvents() {
        let body = "Biden took office in January. Kadhimi, who took office in May 2020, met him."
        let article = TestSupport.article(body, on: "2021-07-27")
        let keys = ClaimBuilder().claims(of: article).filter { $0.mention.kind == .date }.map(\.subjectKey)
        #expect(keys.count == 2 && keys[0] != keys[1])
    }
}
