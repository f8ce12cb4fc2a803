import Foundation
import Testing
@testable import ClaimKit

/// The comparison rules as examples: two one-sentence articles, each with its date, and what the verifier makes of
/// them. The rows are the documentation of what counts as the same thing at the same time.
struct VerifierTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let a: String
        let dateA: String
        let b: String
        let dateB: String
        /// The relation found, or nil when nothing may be flagged.
        let expected: Relation?
        var testDescription: String { "\(a) | \(b)" }
    }

    static let rows: [Row] = [
        // Same subject, same time, intervals apart.
        Row(a: "About 2,500 US troops are in Iraq.", dateA: "2021-07-26", b: "Roughly 3,500 American troops are currently in Iraq.", dateB: "2021-07-27", expected: .contradiction),
        // Another place.
        Row(a: "About 2,500 US troops are in Iraq.", dateA: "2021-07-26", b: "About 900 US troops are in Syria.", dateB: "2021-07-26", expected: nil),
        // Two stories about different places: the fire at a port is not the wildfire in another county.
        Row(a: "Crews in Marrisport worked through the night. The fire started on 8 March.", dateA: "2026-03-30", b: "Evacuations continued in Sorrel. The fire started on Saturday.", dateB: "2025-08-07", expected: nil),
        Row(a: "Crews in Marrisport worked through the night. The fire started on 8 March.", dateA: "2026-03-30", b: "Traders in Marrisport counted the cost. The fire started on Monday.", dateB: "2026-03-10", expected: .contradiction),
        // A share is of a thing, and by what was done to it: a share destroyed never meets a share still working.
        Row(a: "The fire destroyed about 30 percent of the port's cold-storage space.", dateA: "2026-03-18", b: "The blaze destroyed nearly half of the port's cold-storage space.", dateB: "2026-03-18", expected: .contradiction),
        Row(a: "The fire destroyed 30 percent of the terminal's capacity.", dateA: "2026-03-18", b: "The terminal is working at 70 percent of capacity.", dateB: "2026-03-18", expected: nil),
        // A figure in a relative clause of having is its holder's: one school's pupils are not the district's.
        Row(a: "The district counts 11,840 pupils this year.", dateA: "2026-03-04", b: "Parents said the school, which has 238 pupils, must stay open.", dateB: "2026-03-05", expected: nil),
        // A rate is not a count: what a port handles a week is not what a fire destroyed.
        Row(a: "Before the fire, the terminal handled roughly 23,000 containers a week.", dateA: "2026-03-18", b: "The fire destroyed 340 containers.", dateB: "2026-03-30", expected: nil),
        // The first of something is found once; "a new case" is one of many.
        Row(a: "Since Jan. 12, when the first case was confirmed, cases have spread.", dateA: "2026-02-04", b: "The first case was confirmed on Jan. 19.", dateB: "2026-02-25", expected: .contradiction),
        Row(a: "A new case was confirmed on Jan. 12.", dateA: "2026-02-04", b: "A new case was confirmed on Jan. 19.", dateB: "2026-02-25", expected: nil),
        // A numbered name is its noun, also before a relative clause; a date something was due on may have moved.
        Row(a: "The 8.8-mile Line 1, which opened on Sunday 5 October, links the depot with the docks.", dateA: "2025-10-13", b: "Line 1 opened on Saturday 4 October to large crowds.", dateB: "2025-10-06", expected: .contradiction),
        Row(a: "The line was originally due to open in December 2023.", dateA: "2025-10-04", b: "Line 1 opened on Sunday 5 October to large crowds.", dateB: "2025-10-13", expected: nil),
        // A market closes every trading day: its close is a reading, not an event whose date reports must agree on.
        Row(a: "Brennhof shares closed at €42.95 on Tuesday.", dateA: "2024-09-18", b: "Brennhof shares closed at €41.10 on Monday.", dateB: "2024-09-20", expected: nil),
        Row(a: "Brennhof shares closed 2.1 percent lower on Tuesday.", dateA: "2024-09-18", b: "Brennhof shares closed 1.5 percent higher on Monday.", dateB: "2024-09-20", expected: nil),
        // A share said in words is a rounding: one in five is not contradicted by 21 percent, nor just over a third by 34.
        Row(a: "One in five adults in Ohio has had the virus.", dateA: "2024-03-12", b: "21% of adults in Ohio have had the virus.", dateB: "2024-03-12", expected: nil),
        Row(a: "One in five adults in Ohio has had the virus.", dateA: "2024-03-12", b: "About 30% of adults in Ohio have had the virus.", dateB: "2024-03-12", expected: .contradiction),
        // Levels "a year ago" in articles a month apart are levels a month apart.
        Row(a: "The Halden reservoir was 34 percent full, down from 61% a year ago.", dateA: "2026-08-03", b: "A year ago the Halden reservoir was 58 percent full.", dateB: "2026-09-04", expected: nil),
        // An alert that took effect on one day did not come into force on another ("alerts" and "alert" are one word).
        Row(a: "Red alerts for extreme heat took effect on Monday in 12 cities.", dateA: "2026-07-08", b: "The alert first came into force last Sunday.", dateB: "2026-07-10", expected: .contradiction),
        Row(a: "Red alerts for extreme heat took effect on Monday in 12 cities.", dateA: "2026-07-08", b: "The fire ban first came into force last Sunday.", dateB: "2026-07-10", expected: nil),
        // A month is 28 to 31 days: "three-month" and "90-day" are one length.
        Row(a: "The comptroller will conduct a 90-day review of the authority.", dateA: "2026-03-20", b: "That three-month review is a condition of the aid.", dateB: "2026-03-27", expected: nil),
        // Two votes are told apart by who cast them.
        Row(a: "The transit board voted 7-2 on Thursday to raise fares.", dateA: "2026-03-06", b: "The transit board voted 6-3 last week to raise fares.", dateB: "2026-03-12", expected: .contradiction),
        Row(a: "The transit board voted 7-2 on Thursday to raise fares.", dateA: "2026-03-06", b: "The House followed a few hours later with an 88-60 vote on the transit aid.", dateB: "2026-03-06", expected: nil),
        // Measures in different units of one dimension compare once converted, give or take their rounding.
        Row(a: "The trapped miners are about 450 metres underground.", dateA: "2026-10-08", b: "The trapped miners are about 1,000 feet underground.", dateB: "2026-10-08", expected: .contradiction),
        Row(a: "In Santerre the water temperature was 44.1C on Tuesday.", dateA: "2026-07-08", b: "In Santerre the water temperature was 111.4F on Tuesday.", dateB: "2026-07-08", expected: nil),
        Row(a: "In Santerre the water temperature was 44.1C on Tuesday.", dateA: "2026-07-08", b: "In Santerre the water temperature was 111.9F on Tuesday.", dateB: "2026-07-08", expected: .contradiction),
        Row(a: "The storm left 45 centimetres of snow in Kestrava.", dateA: "2026-12-13", b: "The storm left nearly 18 inches of snow in Kestrava.", dateB: "2026-12-13", expected: nil),
        Row(a: "The storm left 45 centimetres of snow in Kestrava.", dateA: "2026-12-13", b: "The storm left 30 inches of snow in Kestrava.", dateB: "2026-12-13", expected: .contradiction),
        // A running total told in the perfect holds on the day it was written: two days later it has grown. Depths
        // in any unit are one measure.
        Row(a: "Crews had recovered about 400 barrels of oil from the sea.", dateA: "2026-04-08", b: "Crews had recovered 1,900 barrels of oil from the sea.", dateB: "2026-04-10", expected: nil),
        Row(a: "Crews had recovered about 400 barrels of oil from the sea.", dateA: "2026-04-10", b: "Crews had recovered 1,900 barrels of oil from the sea.", dateB: "2026-04-10", expected: .contradiction),
        Row(a: "The men were trapped about 450 metres underground.", dateA: "2026-10-06", b: "The men had been trapped about 1,000 feet below the surface.", dateB: "2026-10-08", expected: .contradiction),
        // A date keyed by a place something was done, or by another figure's unit, dates no event of its own.
        Row(a: "Vessels were laying booms around the tanker on Wednesday.", dateA: "2026-04-08", b: "Teams hope to begin pumping cargo into another tanker next week.", dateB: "2026-04-10", expected: nil),
        Row(a: "The slick covered 120 square kilometres on Thursday.", dateA: "2026-04-10", b: "The slick covered about 210 square kilometres on Sunday.", dateB: "2026-04-13", expected: nil),
        // A sum a council voted is fixed by the vote: reports of it days apart are reports of one event.
        Row(a: "The council voted on Tuesday night to give the stadium project $64 million in extra funding.", dateA: "2026-03-18", b: "It follows the council's vote on March 17 to approve $46 million in extra funding.", dateB: "2026-03-24", expected: .contradiction),
        Row(a: "The board voted on Thursday to eliminate 14 bus routes.", dateA: "2026-03-06", b: "The board voted last week to eliminate 14 of its 61 bus routes.", dateB: "2026-03-12", expected: nil),
        // A share over a budget is an overrun, however the sentence puts it.
        Row(a: "The overrun amounts to 23 percent of the original $395 million budget.", dateA: "2026-03-04", b: "The auditor's report puts costs at 32 percent over the original budget.", dateB: "2026-03-05", expected: .contradiction),
        Row(a: "The overrun amounts to 23 percent of the original budget.", dateA: "2026-03-04", b: "The builder said 32 percent of the original budget had been spent on steel.", dateB: "2026-03-05", expected: nil),
        // What is added is not the total: "two more deaths" never lowers a toll of seven.
        Row(a: "The ministry confirmed 19 deaths in Tessaro on Monday.", dateA: "2026-10-19", b: "The ministry confirmed 3 more deaths in Tessaro on Monday.", dateB: "2026-10-19", expected: nil),
        Row(a: "The ministry confirmed 19 deaths in Tessaro on Monday.", dateA: "2026-10-19", b: "The ministry confirmed another 2 deaths in Tessaro on Monday.", dateB: "2026-10-19", expected: nil),
        Row(a: "The toll rose to 12 on Thursday, as divers recovered two more vehicles.", dateA: "2026-10-08", b: "The toll rose to 12 on Thursday.", dateB: "2026-10-13", expected: nil),
        // The missing are found: fewer missing later is no correction, where fewer deaths would be.
        Row(a: "Fire Chief Ilse Marren said nine people were missing in Tessaro.", dateA: "2026-10-06", b: "Five people remain missing in Tessaro.", dateB: "2026-10-08", expected: nil),
        Row(a: "Fire Chief Ilse Marren said nine people had died in Tessaro.", dateA: "2026-10-06", b: "Five people have died in Tessaro.", dateB: "2026-10-08", expected: .decrease),
        // What a thing carries is not what its source did: the bridge's traffic, whoever reports it.
        Row(a: "The authority said it carried about 48,000 vehicles a day over the Corvel Bridge.", dateA: "2026-10-06", b: "Before the collapse, the Corvel Bridge carried some 84,000 vehicles a day.", dateB: "2026-10-06", expected: .contradiction),
        // A collapse happened once: its clock time does not change between reports.
        Row(a: "The central span of the Corvel Bridge collapsed at 5:42 p.m. on Monday.", dateA: "2026-10-06", b: "The bridge's central span gave way at 6:42 p.m. on Monday, October 5.", dateB: "2026-10-13", expected: .contradiction),
        Row(a: "The central span of the Corvel Bridge collapsed at about 6:40 p.m. on Monday.", dateA: "2026-10-06", b: "The bridge's central span gave way at 6:42 p.m. on Monday, October 5.", dateB: "2026-10-13", expected: nil),
        // A rank set off after a name is that name's.
        Row(a: "Nordwall Bank, Germany's third-largest lender, reported a profit.", dateA: "2026-10-27", b: "The contrast with Hansa Kreditbank, Germany's fourth-largest lender, is stark.", dateB: "2026-10-28", expected: nil),
        Row(a: "Nordwall Bank, Germany's third-largest lender, reported a profit.", dateA: "2026-10-27", b: "Nordwall, Germany's fourth-largest lender, cut jobs.", dateB: "2026-10-28", expected: .contradiction),
        // A change since a year is measured over the years since, not over this year alone.
        Row(a: "The ministry's bridge maintenance budget has been cut by 18 percent since 2021.", dateA: "2026-10-08", b: "The ministry's maintenance budget for bridges was cut by 8 percent this year alone.", dateB: "2026-10-13", expected: nil),
        Row(a: "The ministry's bridge maintenance budget has been cut by 18 percent since 2021.", dateA: "2026-10-08", b: "The ministry's bridge maintenance budget has been cut by 8 percent since 2021.", dateB: "2026-10-08", expected: .contradiction),
        Row(a: "More than 2,300 farms have had their irrigation allocations cut by half in Tessaro.", dateA: "2026-10-08", b: "The bridge maintenance budget in Tessaro has been cut by 18 percent.", dateB: "2026-10-08", expected: nil),
        // Cases of one illness are not cases of another.
        Row(a: "There were 84 confirmed measles cases in Alder County.", dateA: "2026-03-20", b: "There were five cases of pancreatitis in Alder County.", dateB: "2026-03-23", expected: nil),
        Row(a: "There were 84 measles cases in Alder County on Monday.", dateA: "2026-03-23", b: "There were 90 cases of measles in Alder County on Monday.", dateB: "2026-03-23", expected: .contradiction),
        // What a ship may carry is not who was on it, and one ship's licence is not its sister's; a part is not the whole.
        Row(a: "It has a licensed capacity of 250 passengers.", dateA: "2026-05-09", b: "The manifest listed 221 passengers.", dateB: "2026-05-09", expected: nil),
        Row(a: "The Kestrel Star has a licensed capacity of 250 passengers.", dateA: "2026-05-09", b: "The ministry held the sister ship, the Kestrel Dawn, which is licensed to carry 300 passengers, in port.", dateB: "2026-05-11", expected: nil),
        Row(a: "Eleven survivors were in hospital in Brisca, four of them in intensive care.", dateA: "2026-05-11", b: "Eleven survivors remain in hospital in Brisca.", dateB: "2026-05-11", expected: nil),
        Row(a: "The confirmed death toll in Brisca stood at 63.", dateA: "2026-05-14", b: "The dead in Brisca included 12 children.", dateB: "2026-05-14", expected: nil),
        // An average or a limit is not a head count; an offer is not the deal.
        Row(a: "Classes in Harlan Valley now average 26 students.", dateA: "2026-03-06", b: "The strike left about 24,000 students in Harlan Valley at home.", dateB: "2026-03-06", expected: nil),
        Row(a: "Classes in Harlan Valley now average 26 students.", dateA: "2026-03-06", b: "The union in Harlan Valley wants a cap of 24 students.", dateB: "2026-03-06", expected: nil),
        Row(a: "The strike will go on after talks failed on Thursday, despite a new district offer of raises totaling 11 percent over three years.", dateA: "2026-03-06", b: "The three-year contract gives teachers raises totaling 13 percent: 5 percent in the first year.", dateB: "2026-03-12", expected: nil),
        // Another time: a level from last year.
        Row(a: "About 2,500 US troops are in Iraq.", dateA: "2021-07-26", b: "There were 3,000 US troops in Iraq last year.", dateB: "2021-07-26", expected: nil),
        // Precision only: "nearly two decades" allows 18 to 20 years.
        Row(a: "The US left Afghanistan after a 20-year war.", dateA: "2021-07-26", b: "The war in Afghanistan lasted nearly two decades.", dateB: "2021-07-27", expected: nil),
        // A length counted from an event dates it, give or take a year.
        Row(a: "The talks came 18 years after the US invaded Iraq.", dateA: "2021-07-26", b: "The US invaded Iraq in 2001.", dateB: "2021-07-27", expected: .contradiction),
        Row(a: "The talks came 18 years after the US invaded Iraq.", dateA: "2021-07-26", b: "The invasion of March 2003 toppled the government.", dateB: "2021-07-27", expected: nil),
        // A record dates the previous such event: "the first in a decade" puts it at least nine years back (rounding).
        Row(a: "It is the city's first property-tax increase in a decade.", dateA: "2024-06-12", b: "The rise is the first since 2014.", dateB: "2024-06-13", expected: nil),
        Row(a: "It is the city's first property-tax increase in a decade.", dateA: "2024-06-12", b: "The city last raised the rate in 2019.", dateB: "2024-06-14", expected: .contradiction),
        // ... and not the event itself: another city's increase in May is no previous increase.
        Row(a: "It is the city's first property-tax increase in a decade.", dateA: "2024-06-12", b: "Ashby's council approved a 5.8 percent increase in May.", dateB: "2024-06-14", expected: nil),
        // An age dates its owner's origin, exactly.
        Row(a: "Anger is directed at the 60-year-old dam at Ostrel.", dateA: "2025-10-09", b: "The Ostrel dam was built in 1962.", dateB: "2025-09-30", expected: .contradiction),
        Row(a: "Anger is directed at the 60-year-old dam at Ostrel.", dateA: "2025-10-09", b: "The Ostrel dam was built in 1965.", dateB: "2025-09-30", expected: nil),
        // One peak, however it is worded.
        Row(a: "The river crested on Monday.", dateA: "2025-09-30", b: "The river reached its highest point on Sunday.", dateB: "2025-10-01", expected: .contradiction),
        // "last went on strike in 2012" dates the previous strike, as "the first since 2009" does.
        Row(a: "The nurses last went on strike in 2012.", dateA: "2025-11-20", b: "It will be the first strike since 2009.", dateB: "2025-10-31", expected: .contradiction),
        // What the counted do tells counts apart: the staff is not the strikers.
        Row(a: "The hospital employs about 1,400 nurses.", dateA: "2025-11-07", b: "About 600 nurses stopped work at the hospital.", dateB: "2025-11-07", expected: nil),
        // Operations cancelled add up by the day, like a toll.
        Row(a: "At the hospital, 40 operations were postponed.", dateA: "2025-11-04", b: "The hospital cancelled some 90 operations.", dateB: "2025-11-07", expected: nil),
        // Rates of money convert to a year; currencies never do.
        Row(a: "The rise will add about $96 a year to the median bill.", dateA: "2024-06-12", b: "The rise will add $8 a month to the median bill.", dateB: "2024-06-12", expected: nil),
        Row(a: "The rise will add about $96 a year to the median bill.", dateA: "2024-06-12", b: "The rise will add $20 a month to the median bill.", dateB: "2024-06-12", expected: .contradiction),
        Row(a: "The rise will add about $96 a year to the median bill.", dateA: "2024-06-12", b: "The rise will add €200 a year to the median bill.", dateB: "2024-06-12", expected: nil),
        // Last season's deaths are no toll of today's avalanche; a resort down the valley is no depth of snow.
        Row(a: "Avalanches killed 23 people across Veltria last season.", dateA: "2026-02-14", b: "KALMHORN, Veltria — The death toll from Saturday's avalanche rose to six on Monday, police said.", dateB: "2026-02-16", expected: nil),
        Row(a: "The slab was up to 2.5 metres deep.", dateA: "2026-02-16", b: "At the resort of Sankt Ilga, about 15 kilometres down the valley, lifts kept running.", dateB: "2026-02-16", expected: nil),
        // Labels tell two things apart when both reports name one ("Line 1", "Line 2"); "the line's" may be either.
        Row(a: "Line 1 runs 14.2 km from Ostfeld to Westhafen and has 24 stops.", dateA: "2025-10-04", b: "Line 2, a 9.6 km branch to the airport with 15 stops, is estimated to cost €290 million.", dateB: "2025-10-04", expected: nil),
        Row(a: "Line 1 runs 14.2 km from Ostfeld to Westhafen and has 24 stops.", dateA: "2025-10-04", b: "Along the line's 26 stops, new shelters have been installed.", dateB: "2025-10-04", expected: .contradiction),
        // "Within 3 kilometres of the refinery" is a radius, in any unit.
        Row(a: "Police ordered residents living within 3 kilometres of the refinery to leave their homes.", dateA: "2026-03-10", b: "Police ordered everyone living within 5 miles of the plant to leave on Tuesday.", dateB: "2026-03-11", expected: .contradiction),
        Row(a: "Police ordered residents living within 3 kilometres of the refinery to leave their homes.", dateA: "2026-03-10", b: "Police ordered everyone living within 2 miles of the plant to leave on Tuesday.", dateB: "2026-03-11", expected: nil),
        // A meeting still to come dates the decision, not the draft's figure it will decide on.
        Row(a: "The council will vote on Tuesday on a plan to build 3,600 homes.", dateA: "2026-03-05", b: "The council on Tuesday approved a plan to build 3,960 homes.", dateB: "2026-03-11", expected: nil),
        // An hourly wage is a rate too, never a lump sum.
        Row(a: "The program pays outreach workers $28 an hour.", dateA: "2024-01-09", b: "The program pays outreach workers $58,000.", dateB: "2024-01-10", expected: nil),
        Row(a: "The program pays outreach workers $28 an hour.", dateA: "2024-01-09", b: "The program pays outreach workers $32 an hour.", dateB: "2024-01-10", expected: .contradiction),
        // A toll rises: lower later is a low-severity note, higher later is nothing.
        Row(a: "By Monday evening, the ministry had confirmed 120 deaths.", dateA: "2024-03-11", b: "On Wednesday the ministry put the death toll at 90.", dateB: "2024-03-13", expected: .decrease),
        Row(a: "By Monday evening, the ministry had confirmed 120 deaths.", dateA: "2024-03-11", b: "On Wednesday the ministry put the death toll at 340.", dateB: "2024-03-13", expected: nil),
        // The current budget is not the one just adopted.
        Row(a: "The council on Tuesday approved a $1.2 billion budget.", dateA: "2024-06-12", b: "Spending will rise 3 percent from the current budget of $1.16 billion.", dateB: "2024-06-12", expected: nil),
        // A tally describes one vote, even reported a week apart.
        Row(a: "The council on Tuesday voted 7-2 to adopt the budget.", dateA: "2024-06-12", b: "The council voted 6-3 on Tuesday night to adopt the budget.", dateB: "2024-06-19", expected: .contradiction),
        // Tallies dated three weeks apart are two votes: the one finding is their dates, which may date one vote.
        Row(a: "Union members voted 942 to 231 on Sept. 3.", dateA: "2026-09-14", b: "Union members voted 876 to 203 on Monday.", dateB: "2026-09-22", expected: .contradiction),
        // A strike authorized and a deal ratified are two votes, even with no date written; one vote that names no
        // motion may be either.
        Row(a: "Members voted 1,571 to 66 to authorize the strike.", dateA: "2026-03-03", b: "Teachers voted 1,488 to 203 to ratify the agreement.", dateB: "2026-03-18", expected: nil),
        Row(a: "Members voted 1,571 to 66 to authorize the strike.", dateA: "2026-03-03", b: "Members had approved it by a vote of 1,517 to 66.", dateB: "2026-03-12", expected: .contradiction),
        // "People" alone say nothing: a town's population is not the number left homeless.
        Row(a: "Halvik is a market town of about 28,000 people.", dateA: "2024-03-11", b: "About 45,000 people were left homeless.", dateB: "2024-03-13", expected: nil),
        // A difference is not a level.
        Row(a: "The company will cut 1,200 jobs.", dateA: "2026-03-10", b: "It will now cut 250 more jobs than it first announced.", dateB: "2026-03-10", expected: nil),
    ]

    @Test("comparison rules", arguments: rows)
    func rule(_ row: Row) throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, body, date) in [("a.txt", row.a, row.dateA), ("b.txt", row.b, row.dateB)] {
            let article = TestSupport.article(body, on: date, source: name)
            _ = try tracker.addArticle(article)
        }
        let findings = try tracker.checkAll()
        #expect(findings.map(\.relation) == (row.expected.map { [$0] } ?? []), "\(findings.map(\.explanation))")
    }

    /// Two sources in one article: the only time an article is compared with itself. One source restating, or two
    /// sources about different things, is not a dispute.
    @Test(arguments: [
        ("The Union said 2,400 nurses joined the walkout; the Aldwyn Health Group, which runs the hospital, put the number at 1,100.", Relation.contradiction),
        ("Police said about 5,000 protesters marched in the capital, while the Unity Coalition said 20,000 protesters marched.", .contradiction),
        ("The Union said about 2,400 nurses joined the walkout; the Aldwyn Health Group said some 2,300 nurses walked out.", nil),
        ("The Union said 2,400 nurses joined the walkout. By evening, the Union said 2,600 nurses had joined.", nil),
        ("The Ministry said 40 people died in Tigray, while the Red Cross said 12 people died in Amhara.", nil),
        ("The Union said 2,400 nurses joined the walkout; the Aldwyn Health Group put the number at 1,100. At Meridan General in Palsey, about 600 nurses stopped work, the union said.", .contradiction),
    ] as [(String, Relation?)])
    func twoSourcesInOneArticle(_ body: String, _ expected: Relation?) throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = TestSupport.article(body, on: "2025-11-04", source: "a.txt")
        _ = try tracker.addArticle(article)
        let findings = try tracker.checkAll()
        #expect(findings.map(\.relation) == (expected.map { [$0] } ?? []), "\(findings.map(\.explanation))")
        if expected != nil { #expect(findings.first?.explanation.contains("in one article") == true) }
    }

    @Test func aDismissedFindingStaysDismissedWhenCheckedAgain() throws {
        let (tracker, folder) = try TestSupport.freshTracker()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, body) in [("a.txt", "About 2,500 US troops are in Iraq."), ("b.txt", "Roughly 3,500 US troops are in Iraq.")] {
            _ = try tracker.addArticle(TestSupport.article(body, on: "2021-07-26", source: name))
        }
        let first = try #require(try tracker.checkAll().first?.id)
        try tracker.store.review(finding: first, status: .dismissed, note: "different counting")
        let again = try tracker.checkAll()
        #expect(again.count == 1 && again[0].status == .dismissed && again[0].note == "different counting")
    }
}
