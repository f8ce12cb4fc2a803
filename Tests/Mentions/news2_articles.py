# Articles for news-mentions-2, with inline annotations {{span|KIND|value|unit|alt1;alt2}} (see make_cases.py).
ARTICLES = []


def art(cid, ref, body):
    ARTICLES.append((cid, ref, body.strip("\n")))


# ---------------------------------------------------------------- news2-1 space launch (Friday 2025-07-18)
art("news2-1", "2025-07-18", """
KOUROU, French Guiana — Europe's most ambitious asteroid mission lifted off on {{Thursday night|T|2025-07-17TNI}}, as an Ariane 6 rocket climbed out of the coastal jungle at {{9:42 p.m.|T|2025-07-17T21:42}} local time and sent the Hermes probe on a {{six-year|DUR|P6Y}} voyage to a metal-rich world that scientists believe may be the exposed core of a shattered planet.

The {{2,950-kilogram|Q|2950|kilogram}} spacecraft separated from the rocket's upper stage about {{58 minutes|DUR|PT58M}} after launch, and controllers at the European Space Operations Centre in Darmstadt, Germany, picked up its {{first|ORD|1}} signal {{12 minutes|DUR|PT12M}} later. By {{Friday morning|T|2025-07-18TMO}}, both of its {{14-metre|Q|14|metre}} solar arrays had unfolded and the probe was travelling at {{11.3 kilometres per second|Q|11.3|kilometre per second}} relative to Earth.

"I have waited {{19 years|DUR|P19Y}} for this moment," said Ingrid Vasquez-Lund, {{61|A|61|year}}, the mission's principal scientist, who proposed the idea as a young researcher in Uppsala in {{2006|D|2006}}. "We had a {{30-minute|DUR|PT30M}} launch window and we needed {{11 minutes|DUR|PT11M}} of it. I don't think I breathed for any of them."

The target, asteroid 216 Kleopatra, is a dog-bone-shaped body about {{270 kilometres|Q|270|kilometre}} long that circles the Sun between Mars and Jupiter with {{two|N|2|moon}} small moons in tow. Radar studies suggest it may be as much as {{35 per cent|P|35}} metal, mostly iron and nickel. "We think it formed within {{10 million years|DUR|P10000000Y}} of the Sun itself," said Tomasz Wielgus, a planetary scientist at the University of Warsaw who is not involved in the mission. "Nobody has ever seen a body like this up close."

The European Space Agency has spent {{€1.38bn|M|1380000000|EUR}} on Hermes, about {{41 per cent|P|41}} more than the {{€980m|M|980000000|EUR}} approved by ministers in {{2019|D|2019}}. Delays to the Ariane 6 programme, which made its debut flight {{last July|D|2024-07}}, pushed the launch back by {{two years|DUR|P2Y}} and added roughly {{€150 million|M|150000000|EUR}} in storage and staffing costs, the agency's auditors said in a report published in {{March|D|2025-03}}. A final design review in {{November|D|2024-11}} cleared the spacecraft to fly.

Flight VA264 was the {{fourth|ORD|4}} Ariane 6 mission {{this year|D|2025}}, and Arianespace plans {{three|N|3|launch}} more from its ELA-4 pad before the {{end of the year|D|2025}}.

Hermes will swing past Earth in {{September 2026|D|2026-09}} and past Mars in early {{2028|D|2028}}, using each planet's gravity to bend its path, before arriving at Kleopatra in {{November 2031|D|2031-11}}. At its farthest, the probe will be about {{3.5 astronomical units|Q|3.5|astronomical unit}}, or {{520 million kilometres|Q|520000000|kilometre}}, from the Sun, where the shaded side of the spacecraft can cool to {{minus 180 degrees Celsius|Q|-180|degree Celsius}}.

Once there, it will orbit the asteroid for at least {{18 months|DUR|P18M}}, mapping its surface from as low as {{25 kilometres|Q|25|kilometre}} and using a radar sounder to probe up to {{300 metres|Q|300|metre}} beneath it. A {{12-kilogram|Q|12|kilogram}} lander, built by a consortium of {{nine|N|9|university}} universities, will attempt to touch down near the end of the mission. About {{420|N|420|engineer}} engineers from {{14|N|14|country}} countries worked on the probe, which carries {{eight|N|8|instrument}} science instruments.

Controllers will fire the probe's thrusters for the {{first|ORD|1}} time {{next week|D|2025-W30}} and switch on its cameras in {{October|D|2025-10}}. The mission team will hold a news conference in Darmstadt at {{10 a.m. on Monday|T|2025-07-21T10:00}}, and telemetry will be posted {{every 30 minutes|SET|PT30M}} at www.esa.int/hermes. Media inquiries: +49 6151 90 2696.
""")

# ---------------------------------------------------------------- news2-2 city crime statistics (Tuesday 2024-01-09)
art("news2-2", "2024-01-09", """
FAIRHAVEN — Homicides in Fairhaven fell to their lowest level in nearly {{a decade|DUR|P10Y}} in {{2023|D|2023}}, police said on {{Monday|D|2024-01-08}}, but car thefts and shoplifting climbed sharply, leaving residents with a mixed picture as the city prepares to debate its public safety budget.

The city recorded {{97|N|97|homicide}} homicides {{last year|D|2023}}, down {{22%|P|22}} from {{124|N|124|homicide}} in {{2022|D|2022}} and the {{second|ORD|2}} decline in a row. Non-fatal shootings dropped to {{311|N|311|shooting}} from {{402|N|402|shooting}}, according to year-end figures released by Police Chief Renata Alvarez at a news conference at police headquarters.

"{{Ninety-seven|N|97|family}} families are still grieving, so nobody in this building is celebrating," Alvarez said. "But the trend is real, and it is holding."

Detectives solved {{61%|P|61}} of homicides, up {{9 percentage points|P|9|percentage point}} from the {{year before|D|2022}}. Nearly {{half|N|0.5}} of all shootings happened between {{10 p.m.|T|T22:00}} and {{3 a.m.|T|T03:00}}, and {{41%|P|41}} took place in just {{four|N|4|district}} of the city's {{11|N|11|district}} police districts, with District 3 on the East Side alone accounting for {{58|N|58|shooting}}.

Property crime moved the other way. Motor vehicle thefts rose {{38%|P|38}} to {{6,412|N|6412|vehicle}}, driven largely by thieves using social media videos to target older models without immobilizers. Reported retail thefts jumped to {{2,875|N|2875|incident}} from {{2,190|N|2190|incident}}, an increase of about {{31 percent|P|31}}.

Victims of violent crime ranged in age from {{13|A|13|year}} to {{84|A|84|year}}. Among them was Darnell Hughes, a {{15-year-old|A|15|year}} sophomore who was shot outside the Lakeview recreation center on {{Aug. 14|D|2023-08-14}}. Police arrested a {{19-year-old|A|19|year}} man in {{October|D|2023-10}}; his trial, in case No. 23-CF-004471, is scheduled to begin on {{April 22|D|2024-04-22}}.

The department finished {{2023|D|2023}} with {{1,126|N|1126|officer}} sworn officers, about {{190|N|190|officer}} short of the {{1,316|N|1316|officer}} positions funded in its {{$284 million|M|284000000|USD}} budget. Officers logged a record {{$31.7 million|M|31700000|USD}} in overtime, and the average response to emergency calls slowed to {{11 minutes and 40 seconds|DUR|PT11M40S}}, from {{9 minutes and 55 seconds|DUR|PT9M55S}} in {{2021|D|2021}}.

Mayor Phil Okonkwo, {{52|A|52|year}}, said he would ask the City Council {{next month|D|2024-02}} for {{$12 million|M|12000000|USD}} to hire {{150|N|150|officer}} more officers over {{two years|DUR|P2Y}} and to expand a violence-interruption program that pays outreach workers {{$28|M|28|USD}} {{an hour|SET|PT1H}}. The council is scheduled to vote on {{Feb. 20|D|2024-02-20}}.

Not everyone is convinced. "We have thrown money at overtime for {{three years|DUR|P3Y}} running, and response times keep getting worse," said Council Member Dana Ferreira, who chairs the public safety committee. She noted that the {{2023|D|2023}} homicide total remains above the city's pre-pandemic average of about {{80|N|80|homicide}} {{a year|SET|P1Y}}, though far below the peak of {{166|N|166|homicide}} in {{1993|D|1993}}. Shootings, she said, are still higher than at any point in the early {{2010s|D|201|201X;(2010-01-01,2020-01-01,P10Y)}}.

Police also recovered {{1,048|N|1048|gun}} guns {{last year|D|2023}}, including {{212|N|212|gun}} untraceable "ghost guns," most of them pistols styled after the Glock 19. The city's {{first|ORD|1}} homicide of {{this year|D|2024}} occurred at about {{1:15 a.m. Sunday|T|2024-01-07T01:15}} near Interstate 90, when a {{27-year-old|A|27|year}} man was shot after an argument outside a bar.

Alvarez said the department would begin publishing crime figures {{weekly|SET|P1W}} on its website, fairhavenpd.org/data, starting {{Jan. 22|D|2024-01-22}}. Anyone with information about unsolved cases can call the tip line at (555) 014-2290.
""")

# ---------------------------------------------------------------- news2-3 national budget and tax (Thursday 2026-03-19)
art("news2-3", "2026-03-19", """
LONDON — The Chancellor, Helen Marsh, froze income tax thresholds for a further {{two years|DUR|P2Y}} and announced {{£26bn|M|26000000000|GBP}} in tax rises in her Budget on {{Wednesday|D|2026-03-18}}, betting that a squeeze on higher earners and landlords would pay for more money for the NHS and defence.

The personal allowance will stay at {{£12,570|M|12570|GBP}} and the higher-rate threshold at {{£50,270|M|50270|GBP}} until {{April 2030|D|2030-04}}, a freeze the Office for Budget Responsibility (OBR) estimates will pull about {{1.1 million|N|1100000|person}} more people into paying income tax and {{650,000|N|650000|person}} into the {{40%|P|40}} band.

Marsh left the basic rate at {{20 per cent|P|20}} but raised the tax rate on rental income by {{two percentage points|P|2|percentage point}}, a move the Treasury says will raise {{£2.1bn|M|2100000000|GBP}} {{a year|SET|P1Y}} by {{2030|D|2030}}. Fuel duty, frozen since {{2011|D|2011}}, will rise by {{5p|M|0.05|GBP}} a litre from {{September|D|2026-09}}, and the stamp duty surcharge on additional properties goes up to {{6%|P|6}} from {{5%|P|5}}.

"This is a Budget that asks those with the broadest shoulders to carry a little more," Marsh told MPs in a speech lasting {{71 minutes|DUR|PT71M}}.

The shadow chancellor, Owen Prideaux, said voters had been promised no new taxes on working people {{18 months ago|D|2024-09}}. "{{This week|D|2026-W12}} they have been handed a bill for {{twenty-six billion pounds|M|26000000000|GBP}}," he said.

The National Living Wage will rise {{4.1%|P|4.1}} to {{£12.95|M|12.95|GBP}} {{an hour|SET|PT1H}} from {{April 1|D|2026-04-01}}, benefiting about {{2.7 million|N|2700000|worker}} workers aged {{21|A|21|year}} and over. The state pension will rise by {{4.8%|P|4.8}} in {{April|D|2026-04}} under the triple lock, taking the full new state pension to {{£241.30|M|241.3|GBP}} {{a week|SET|P1W}}, and pensioners over {{80|A|80|year}} will receive an extra {{£300|M|300|GBP}} to help with heating bills.

The OBR cut its growth forecast for {{this year|D|2026}} to {{0.9%|P|0.9}} from {{1.4%|P|1.4}}, and expects the economy to expand by {{1.5 per cent|P|1.5}} in {{2027|D|2027}}. It expects inflation, which stood at {{3.2%|P|3.2}} in {{January|D|2026-01}}, to return to the Bank of England's {{2%|P|2}} target by the {{end of next year|D|2027}}.

Borrowing is forecast at {{£118.2bn|M|118200000000|GBP}}, or {{3.9%|P|3.9}} of GDP, and debt is expected to peak at {{96.4 per cent|P|96.4}} of national income in {{2028|D|2028}}. NHS England will get an extra {{£6.8bn|M|6800000000|GBP}}, and defence spending will reach {{2.6%|P|2.6}} of GDP by {{2027|D|2027}}, up from about {{2.3%|P|2.3}} now.

The Resolution Foundation said the poorest {{10%|P|10}} of households would be about {{£190|M|190|GBP}} {{a year|SET|P1Y}} worse off by {{2029|D|2029}}, while the richest {{10 per cent|P|10}} would lose an average of {{£2,400|M|2400|GBP}}. The Institute for Fiscal Studies noted that this was the {{fourth|ORD|4}} fiscal event in a row to raise taxes, after the Budget in {{November|D|2025-11}} added {{£9bn|M|9000000000|GBP}}, and said the government had left itself headroom of just {{£11.4bn|M|11400000000|GBP}} against its fiscal rules, compared with {{£9.9bn|M|9900000000|GBP}} {{last March|D|2025-03}}.

Markets took the package calmly. The FTSE 100 closed {{0.6%|P|0.6}} higher, the yield on 10-year gilts slipped to {{4.58%|P|4.58}}, and the pound rose to {{$1.34|M|1.34|USD}} and {{€1.17|M|1.17|EUR}}.

Clause 14 of the Finance Bill, which sets out the new rental income rates, will be debated when MPs return {{next week|D|2026-W13}}. The government will publish its Spending Review in {{June|D|2026-06}}, and the next Budget is due in the {{autumn|D|2026-FA}}. Full documents are at www.gov.uk/government/topical-events/budget-2026, and HMRC's helpline is 0300 200 3300.
""")

# ---------------------------------------------------------------- news2-4 weather forecast and storm warning (Thursday 2024-12-05)
art("news2-4", "2024-12-05", """
EXETER, England — Storm Dervla is expected to bring gusts of up to {{90mph|Q|90|mile per hour}} to exposed coasts of south-west England and Wales {{this weekend|D|2024-W49-WE}}, the Met Office said on {{Thursday|D|2024-12-05}}, as it issued an amber wind warning covering more than {{20 million|N|20000000|person}} people.

The warning runs from {{6am on Saturday|T|2024-12-07T06:00}} until {{9pm on Saturday|T|2024-12-07T21:00}}, with the strongest winds expected between {{10am|T|2024-12-07T10:00||T10:00;T10}} and {{3pm|T|2024-12-07T15:00||T15:00;T15}}. A separate yellow warning for rain covers Northern Ireland and western Scotland from {{Friday evening|T|2024-12-06TEV}}, with {{30|Q|30|millimetre}} to {{50mm|Q|50|millimetre}} of rain widely and as much as {{100mm|Q|100|millimetre}} over high ground in a {{48-hour|DUR|PT48H}} period.

"This is the {{fourth|ORD|4}} named storm of the season and potentially the most damaging," said Paul Gundersen, a chief meteorologist at the Met Office. "Winds of this strength can bring down trees and power lines, and waves of {{10 metres|Q|10|metre}} or more are possible along the coast. People should stay at least {{100 metres|Q|100|metre}} back from the water."

Ahead of the storm, a band of heavy showers will reach Cornwall and Devon {{tonight|T|2024-12-05TNI}}, and temperatures will climb to {{13C|Q|13|degree Celsius}} in London {{tomorrow|D|2024-12-06}}, unusually mild for early {{December|D|2024-12}}. Once the storm clears on {{Sunday afternoon|T|2024-12-08TAF}}, much colder air will follow, with temperatures falling as low as {{minus 7C|Q|-7|degree Celsius}} in rural Scotland on {{Monday night|T|2024-12-09TNI}}.

The Environment Agency had {{23|N|23|flood warning}} flood warnings and {{61|N|61|flood alert}} flood alerts in place on {{Thursday afternoon|T|2024-12-05TAF}}, many of them in areas still recovering from Storm Cormac {{last month|D|2024-11}}. That storm left {{three|N|3|person}} people dead and about {{140,000|N|140000|home}} homes without power, some for up to {{four days|DUR|P4D}}, and the agency said {{November|D|2024-11}} had been the wettest on record for parts of Cumbria.

Network Rail said it would impose speed restrictions of {{50mph|Q|50|mile per hour}} on lines in Devon and Cornwall on {{Saturday|D|2024-12-07}}, and National Highways warned drivers to avoid the M48 Severn Bridge and exposed stretches of the A55 and A30. Stena Line cancelled {{14|N|14|sailing}} sailings between Holyhead and Dublin, and Irish Ferries said crossings could be delayed by up to {{six hours|DUR|PT6H}}.

In Ireland, Met Éireann issued an orange warning for Cork and Kerry from {{4am on Saturday|T|2024-12-07T04:00}}, and Aer Lingus cancelled {{38|N|38|flight}} flights. The Irish government said it had set aside {{€10m|M|10000000|EUR}} for emergency repairs, having spent {{€7.5 million|M|7500000|EUR}} after flooding in Cork in {{October 2023|D|2023-10}}.

Electricity networks have put about {{1,200|N|1200|engineer}} engineers on standby. Insurers paid out {{£573m|M|573000000|GBP}} in storm-damage claims in {{2023|D|2023}}, according to the Association of British Insurers, up from {{£260 million|M|260000000|GBP}} paid out {{a year earlier|D|2022}}.

"We're looking at {{12 hours|DUR|PT12H}} of really dangerous conditions on {{Saturday|D|2024-12-07}}, and I'd urge people not to travel unless they have to," said Gundersen, {{54|A|54|year}}, who has worked as a forecaster for {{three decades|DUR|P30Y}}.

The Met Office said there was a {{30%|P|30}} chance of a colder-than-average {{January|D|2025-01}}, and it will update its warnings {{every three hours|SET|PT3H}} at metoffice.gov.uk/warnings. The Floodline can be reached on 0345 988 1188.
""")

# ---------------------------------------------------------------- news2-5 football transfer (Friday 2025-08-29)
art("news2-5", "2025-08-29", """
BIRMINGHAM, England — Aston Villa have agreed a club-record fee of {{€80 million|M|80000000|EUR}} ({{£69m|M|69000000|GBP}}) with Benfica for midfielder Tomás Ribeiro, {{22|A|22|year}}, beating Newcastle and Borussia Dortmund to a player widely seen as among Europe's most coveted young midfielders, with days left in the transfer window.

Ribeiro flew to Birmingham on {{Thursday|D|2025-08-28}} and completed a medical on {{Friday morning|T|2025-08-29TMO}}. He will sign a {{six-year|DUR|P6Y}} contract running until {{June 2031|D|2031-06}}, with the option of extending it by {{12 months|DUR|P12M}}, and will earn about {{£180,000|M|180000|GBP}} {{a week|SET|P1W}}, placing him among the club's {{three|N|3|player}} best-paid players.

The deal includes up to {{€12m|M|12000000|EUR}} in add-ons and a {{10 per cent|P|10}} sell-on clause, and surpasses the {{£59.5m|M|59500000|GBP}} Villa paid for a forward in {{2024|D|2024}}. Villa opened talks with a bid of {{€55m|M|55000000|EUR}} in {{June|D|2025-06}}, which Benfica rejected within {{24 hours|DUR|PT24H}}, and raised their offer to {{€70m|M|70000000|EUR}} {{last week|D|2025-W34}}. The Portuguese club had resisted selling below Ribeiro's {{€120m|M|120000000|EUR}} release clause until {{Wednesday|D|2025-08-27}}.

"Nobody takes {{eighty million euros|M|80000000|EUR}} lightly, but nobody sells a player like Tomás lightly either," Benfica's director of football, Paulo Meireles, said in a statement. "He came to us as a {{nine-year-old|A|9|year}} and he leaves as a man."

Ribeiro scored {{11|N|11|goal}} goals and provided {{nine|N|9|assist}} assists in {{34|N|34|appearance}} league appearances in the campaign that ended in {{May|D|2025-05}}, when Benfica finished {{second|ORD|2}} in the Primeira Liga, {{two|N|2|point}} points behind Sporting. He has won {{17|N|17|cap}} caps for Portugal since his debut in {{October 2023|D|2023-10}}, and his image will appear on the cover of the Portuguese edition of EA Sports FC 26.

Villa's sporting director, Damian Vidal, said the club had followed the midfielder for {{two years|DUR|P2Y}}. "He can play {{three|N|3|position}} positions, he covers {{12 kilometres|Q|12|kilometre}} a game and he is only at the beginning," Vidal said. "We needed him now, not in {{January|D|2026-01}}."

The signing will test the Premier League's profit and sustainability rules, which allow clubs to lose at most {{£105m|M|105000000|GBP}} over {{three years|DUR|P3Y}}. Villa, who reported a pre-tax loss of {{£85.9m|M|85900000|GBP}} in their latest accounts, sold {{two|N|2|player}} academy graduates for a combined {{£40m|M|40000000|GBP}} earlier {{this summer|D|2025-SU}} and may yet loan out a striker valued at {{£25m|M|25000000|GBP}}-{{£30m|M|30000000|GBP}}.

Villa's spending in the window now stands at about {{£160m|M|160000000|GBP}}, the {{fourth|ORD|4}}-highest in the league, according to figures compiled by the consultancy Deloitte. "We've seen big signings come and go," said Hannah Ellery, {{47|A|47|year}}, who chairs the supporters' trust. "But all {{42,640|N|42640|seat}} seats at Villa Park have been sold for every league game {{this year|D|2025}}, so the fans are paying for it too."

Ribeiro, who will wear the No. 8 shirt, could make his debut against Crystal Palace at Villa Park on {{Sunday|D|2025-08-31}}, kick-off {{4.30pm|T|2025-08-31T16:30||T16:30}}. Villa have taken only {{one|N|1|point}} point from their {{first|ORD|1}} {{two|N|2|match}} matches and lost {{3|N|3|goal}}-{{0|N|0|goal}} at Brentford on {{Saturday|D|2025-08-23}}, a result that left them {{17th|ORD|17}} in the table.

The club, which finished {{sixth|ORD|6}} in the Premier League, begins its Europa League campaign in {{September|D|2025-09}}. Villa were also trying to sign a left-back on loan before the window closes at {{7pm on Monday|T|2025-09-01T19:00}}. Fans can follow the deadline-day coverage at avfc.co.uk.
""")

# ---------------------------------------------------------------- news2-6 housing market and mortgage rates (Thursday 2026-05-21)
art("news2-6", "2026-05-21", """
WASHINGTON — U.S. mortgage rates rose for the {{third|ORD|3}} straight week, pushing the average rate on a 30-year fixed-rate loan to {{6.42%|P|6.42}}, the highest level since {{February|D|2026-02}}, mortgage buyer Freddie Mac said on {{Thursday|D|2026-05-21}}.

The rate averaged {{6.35%|P|6.35}} {{last week|D|2026-W20}} and {{6.86%|P|6.86}} {{a year ago|D|2025-W21||2025-05-21;2025-05;2025}}. The average on 15-year fixed mortgages, popular with homeowners who refinance, climbed to {{5.61%|P|5.61}} from {{5.55%|P|5.55}}.

For a buyer borrowing {{$400,000|M|400000|USD}}, the latest rate means principal and interest payments of about {{$2,507|M|2507|USD}} {{a month|SET|P1M}}, roughly {{$116|M|116|USD}} less than {{a year ago|D|2025-W21||2025-05-21;2025-05;2025}}. But each further increase of {{a quarter point|P|0.25|percentage point}} would add about {{$66|M|66|USD}} {{a month|SET|P1M}}.

"Buyers got a little breathing room in the {{spring|D|2026-SP}}, and now it's being taken away," said Lena Whitaker, deputy chief economist at Harborview Analytics. "Rates are still about {{one percentage point|P|1|percentage point}} above where most people can comfortably buy."

Sales of previously owned homes fell {{1.4%|P|1.4}} in {{April|D|2026-04}} to a seasonally adjusted pace of {{4.05 million|N|4050000|home}} {{a year|SET|P1Y}}, the National Association of Realtors reported on {{Wednesday|D|2026-05-20}}, after jumping {{4.8%|P|4.8}} in {{March|D|2026-03}}. The median sale price rose {{1.9%|P|1.9}} from {{a year earlier|D|2025-04}} to {{$421,300|M|421300|USD}}, the {{34th|ORD|34}} straight month of price gains.

There were {{1.52 million|N|1520000|home}} homes for sale at the {{end of April|D|2026-04}}, equal to {{4.5 months|DUR|P4.5M}} of supply at the current sales pace, up from {{3.9 months|DUR|P3.9M}} {{a year earlier|D|2025-04}}. Homes typically sold within {{27 days|DUR|P27D}}. First-time buyers made up {{30%|P|30}} of purchases, all-cash buyers {{28 percent|P|28}} and investors {{17%|P|17}}, while the typical first-time buyer was {{38|A|38|year}}, the oldest on record.

Priya and Marcus Bell, {{33|A|33|year}} and {{35|A|35|year}}, have been house hunting in south Austin, Texas, for {{eight months|DUR|P8M}}. "We have lost out on {{four|N|4|house}} houses, every time to a cash offer," Priya Bell said. The couple are looking for a {{three|N|3|bedroom}}-bedroom, {{1,900-square-foot|Q|1900|square foot}} home in ZIP code 78745 for under {{$475,000|M|475000|USD}}, and have saved a {{10%|P|10}} down payment.

Prices are still rising nationally, if more slowly. The Federal Housing Finance Agency said on {{Tuesday|D|2026-05-19}} that home prices rose {{3.1%|P|3.1}} in the {{first quarter|D|2026-Q1}} from {{a year earlier|D|2025-Q1|2025}}, the smallest gain since {{2012|D|2012}}, while rents climbed {{2.4 percent|P|2.4}}.

Builders are offering incentives to keep sales moving. Housing starts fell {{2.6%|P|2.6}} in {{April|D|2026-04}} to a pace of {{1.29 million|N|1290000|home}} {{a year|SET|P1Y}}, the Commerce Department said on {{Tuesday|D|2026-05-19}}, and about {{38%|P|38}} of builders cut prices {{this month|D|2026-05}}, according to a separate survey. The Mortgage Bankers Association's {{weekly|SET|P1W}} survey showed applications for purchase loans fell {{3.2%|P|3.2}}.

The Federal Reserve, which made {{three|N|3|cut}} cuts to its benchmark rate in {{2025|D|2025}}, has held it at {{3.5%|P|3.5}} to {{3.75%|P|3.75}} since {{January|D|2026-01}}. Its next decision is due on {{June 17|D|2026-06-17}}. Mortgage rates tend to track the yield on the 10-year Treasury note, which rose to {{4.58%|P|4.58}} on {{Wednesday|D|2026-05-20}}.

Forecasters at Fannie Mae expect the 30-year rate to end {{2026|D|2026}} near {{6.1%|P|6.1}}. The Realtors' group expects sales to pick up in {{July|D|2026-07}} and {{August|D|2026-08}} as more listings come on the market. Freddie Mac's survey is published at freddiemac.com/pmms.
""")

# ---------------------------------------------------------------- news2-7 aviation incident (Monday 2024-06-24)
art("news2-7", "2024-06-24", """
OMAHA, Neb. — A Summit Air jet bound for Denver made an emergency landing in Omaha on {{Sunday evening|T|2024-06-23TEV}} after its left engine failed in flight, the airline and federal officials said, the {{second|ORD|2}} engine-related diversion for the carrier {{this year|D|2024}}.

Summit Air Flight 2261, an Airbus A321neo carrying {{182|N|182|passenger}} passengers and {{six|N|6|crew member}} crew members, left Chicago O'Hare International Airport at {{5:14 p.m.|T|2024-06-23T17:14}} and was cruising at {{34,000 feet|Q|34000|foot}} over western Iowa about {{50 minutes|DUR|PT50M}} later when the crew reported a loud bang and heavy vibration, according to air traffic control recordings.

The pilots declared an emergency, descended to {{10,000 feet|Q|10000|foot}} in about {{six minutes|DUR|PT6M}} and circled for {{20 minutes|DUR|PT20M}} to burn off fuel before landing on Runway 32R at Eppley Airfield at {{6:41 p.m.|T|2024-06-23T18:41}} local time, touching down at about {{155 knots|Q|155|knot}}. Fire crews met the plane, registration N927SM, on the runway.

"There was a bang, then the whole cabin shook for maybe {{30 seconds|DUR|PT30S}}," said Jenna Lockhart, {{41|A|41|year}}, a nurse from Naperville, Ill., who was sitting in row 14. "It felt like we dropped {{a thousand feet|Q|1000|foot}}. People were praying out loud."

{{Three|N|3|passenger}} passengers were treated at the scene for minor injuries, and a {{79-year-old|A|79|year}} woman was taken to a hospital as a precaution, a spokesperson for the Omaha Fire Department said. She was released {{Monday morning|T|2024-06-24TMO}}.

The National Transportation Safety Board said on {{Monday|D|2024-06-24}} that it had opened an investigation, docket DCA24FA211, and that investigators would examine the engine, a Pratt & Whitney PW1100G, at the manufacturer's facility in Connecticut. A preliminary report is typically issued within {{30 days|DUR|P30D}}, and a final report can take {{12|DUR|P12M}} to {{24 months|DUR|P24M}}.

The engine family has been the subject of several Federal Aviation Administration orders, including Airworthiness Directive 2023-16-07. Pratt & Whitney said {{last year|D|2023}} that {{600|N|600|engine}} to {{700|N|700|engine}} of the engines would have to be removed for inspection between {{2023|D|2023}} and {{2026|D|2026}} because of a manufacturing flaw in powdered metal parts.

Summit Air said the {{nine-year-old|A|9|year}} aircraft would be out of service for at least {{two weeks|DUR|P2W}}. The airline flew the passengers on to Denver on a replacement plane that departed at {{11:05 p.m.|T|2024-06-23T23:05}} and offered each of them a full refund and a {{$750|M|750|USD}} travel voucher. It said the crew had "followed their training exactly."

In {{March|D|2024-03}}, a Summit Air flight returned to Las Vegas shortly after takeoff when a cockpit warning light indicated low oil pressure; that incident was traced to a faulty sensor. On {{Friday|D|2024-06-21}}, the airline's pilots union had asked management to review how it schedules engine inspections.

Summit Air, based in Denver, operates about {{410|N|410|flight}} flights {{a day|SET|P1D}} with a fleet of {{96|N|96|aircraft}} aircraft, and reported net income of {{$212 million|M|212000000|USD}} in {{2023|D|2023}}. Its shares fell {{3.4%|P|3.4}} on {{Monday|D|2024-06-24}}.

"Engine failures on modern twin-engine jets are rare — on the order of {{one|N|1|failure}} per {{100,000|N|100000|flight}} flights — and crews practise for them {{every six months|SET|P6M}} in the simulator," said Mark Delgado, a former airline captain who teaches aviation safety at the University of Nebraska at Omaha. "This crew did exactly what they were trained to do."

The NTSB will hold a public board meeting on engine reliability in {{October|D|2024-10}}. Passengers with questions can call Summit Air at 1-800-555-0199.
""")

# ---------------------------------------------------------------- news2-8 disease outbreak (Tuesday 2026-09-15)
art("news2-8", "2026-09-15", """
SANTA FE, N.M. — New Mexico health officials on {{Monday|D|2026-09-14}} reported {{38|N|38|case}} new measles cases over {{seven days|DUR|P7D}}, bringing an outbreak centred on rural Piñon County to {{412|N|412|case}}, the state's largest since the {{1970s|D|197|197X;(1970-01-01,1980-01-01,P10Y)}}.

{{Fifty-seven|N|57|patient}} patients have been hospitalized, and {{two|N|2|child}} unvaccinated children have died, the {{first|ORD|1}} measles deaths in the state in more than {{30 years|DUR|P30Y}}. The children, a {{6-year-old|A|6|year}} girl and a {{9-year-old|A|9|year}} boy, lived in the same school district.

"Measles is so contagious that up to {{nine out of 10|P|90}} unvaccinated people who are exposed will catch it," said Dr. Laura Chávez, the state epidemiologist, on a call with reporters at {{2 p.m. Monday|T|2026-09-14T14:00}}. "We are not at the peak yet."

The outbreak began in late {{June|D|2026-06}}, when an unvaccinated teenager returned from a church trip abroad. About {{88%|P|88}} of the cases are in people who were unvaccinated or whose status is unknown, {{68%|P|68}} are children aged {{5|A|5|year}} to {{17|A|17|year}}, and {{one in eight|P|12.5}} patients has needed hospital care.

Piñon County, home to about {{28,000|N|28000|resident}} residents, now has a rate of about {{1,470|N|1470|case}} cases per {{100,000|N|100000|person}} people. Only {{81.4%|P|81.4}} of kindergartners in the county had received {{two|N|2|dose}} doses of the MMR vaccine, far below the {{95%|P|95}} needed to stop sustained spread and down {{6.2 percentage points|P|6.2|percentage point}} since {{2019|D|2019}}. About {{three dozen|N|36|school}} schools have sent home {{1,100|N|1100|student}} unvaccinated students for {{21 days|DUR|P21D}}.

Symptoms usually appear {{seven|DUR|P7D}} to {{21 days|DUR|P21D}} after exposure, and patients can spread the virus for {{four days|DUR|P4D}} before and after the rash appears. Fevers can exceed {{104 degrees Fahrenheit|Q|104|degree Fahrenheit}}.

The Department of Health has given {{12,600|N|12600|dose}} doses at free clinics since {{July 1|D|2026-07-01}}. Clinics in the county seat are open {{daily|SET|P1D}} from {{8 a.m.|T|T08:00}} to {{6 p.m.|T|T18:00}}, and a mobile unit travels along U.S. Route 64 {{every Saturday|SET|XXXX-WXX-6||P1W}}. Lawmakers approved {{$4.2 million|M|4200000|USD}} in emergency funding {{last week|D|2026-W37}}, and the federal Centers for Disease Control and Prevention estimates that each case costs public health agencies about {{$33,000|M|33000|USD}} to contain. A team of {{six|N|6|epidemiologist}} CDC epidemiologists is due to arrive by {{Friday|D|2026-09-18}}.

Gov. Teresa Madrid signed Executive Order 2026-041 in {{August|D|2026-08}}, declaring a public health emergency for {{90 days|DUR|P90D}}. An outbreak is declared over only after {{42 days|DUR|P42D}} — {{two|N|2|incubation period}} full incubation periods — pass without a new case, and Chávez said that was unlikely before {{November|D|2026-11}}.

Nationally, the CDC has counted {{1,682|N|1682|case}} measles cases {{this year|D|2026}}, compared with {{2,276|N|2276|case}} in all of {{2025|D|2025}}. The United States declared measles eliminated in {{2000|D|2000}}, but could lose that status as early as {{January|D|2027-01}} if chains of transmission continue for {{12 months|DUR|P12M}}, officials said.

Public health researchers say vaccine hesitancy has grown since the COVID-19 pandemic. "In {{2019|D|2019}} we were worried about pockets of low coverage," said Dr. Aaron Whitfield, {{63|A|63|year}}, an infectious disease specialist at the University of New Mexico. "Now whole counties are below the threshold."

Residents with questions can call the state's measles hotline at 1-855-555-0142 or visit nmhealth.org/measles for clinic times.
""")
