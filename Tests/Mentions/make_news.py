#!/usr/bin/env python3
"""Build news.jsonl beside this script: eight news articles written and annotated blind (by a helper who saw none of
the tool's code), scored by scripts/eval-mentions as the own news suite.

Each article is written with inline annotations  {{span|KIND|value|unit|alt1;alt2}}  (unit and alts optional).
The script strips the markup to get the plain text, then locates every annotated span by searching the plain
text from the end of the previous annotation (with word-boundary checks), asserts that the search finds exactly
the marked position (so an identical, unannotated figure earlier in the text is caught), and asserts
text[start:end] == span.  See CONVENTIONS.md.
"""
import json, re, os, datetime as dt

KINDS = {"D": "date", "T": "time", "DUR": "duration", "SET": "set", "N": "number", "ORD": "ordinal",
         "P": "percent", "M": "money", "Q": "quantity", "A": "age"}
TIME_FAMILY = {"date", "time", "duration", "set"}

ARTICLES = []

def art(cid, ref, body):
    ARTICLES.append((cid, ref, body.strip("\n")))

# ---------------------------------------------------------------- news-1 economy / jobs report
art("news-1", "2024-09-06", """
WASHINGTON — U.S. employers added {{168,000|N|168000|job}} jobs in {{August|D|2024-08}}, the Labor Department said on {{Friday|D|2024-09-06}}, a rebound from a revised {{89,000|N|89000|job}} in {{July|D|2024-07}} that eased fears the labor market was cracking but did little to settle the debate over how fast the Federal Reserve should cut interest rates.

The unemployment rate dipped to {{4.2%|P|4.2}} from {{4.3%|P|4.3}} in {{July|D|2024-07}}, the {{first|ORD|1}} decline since {{March|D|2024-03}}. Economists surveyed by Reuters had expected a gain of about {{160,000|N|160000|job}} jobs and a jobless rate of {{4.2 percent|P|4.2}}.

Average pay rose {{14 cents|M|0.14|USD}} {{an hour|SET|PT1H}}, or {{0.4%|P|0.4}}, to {{$35.21|M|35.21|USD}}, putting wage growth at {{3.8%|P|3.8}} over the past {{12 months|DUR|P12M}}. The average workweek edged up to {{34.3 hours|DUR|PT34.3H}}.

"This is a solid report, not a spectacular one," said Maya Okafor, chief economist at Brightline Advisors in Chicago. "Hiring has downshifted, but it hasn't fallen off a cliff."

The department also revised its estimates for {{June|D|2024-06}} and {{July|D|2024-07}}, subtracting a combined {{86,000|N|86000|job}} jobs from previously reported totals. Over the past {{three months|DUR|P3M}}, employers have added an average of {{116,000|N|116000|job}} jobs {{a month|SET|P1M}}, the weakest stretch since early {{2021|D|2021}}.

Health care led the gains with {{44,000|N|44000|job}} new positions, while construction added {{34,000|N|34000|job}}. Manufacturing shed {{24,000|N|24000|job}} jobs, its biggest drop since {{April 2023|D|2023-04}}, as factories across the Midwest cut shifts. Government payrolls grew by {{24,000|N|24000|job}}.

{{Weekly|SET|P1W}} jobless claims, a timelier gauge of layoffs, fell to {{227,000|N|227000|claim}} {{last week|D|2024-W35}}, the department reported on {{Thursday|D|2024-09-05}}.

The report arrives less than {{two weeks|DUR|P2W}} before the Fed's next policy meeting, which begins on {{Sept. 17|D|2024-09-17}}. Investors are betting the central bank will lower its benchmark rate by {{a quarter of a percentage point|P|0.25|percentage point}}, to a range of {{5%|P|5}} to {{5.25%|P|5.25}}, though some traders have wagered on a {{half-point|P|0.5|percentage point}} cut.

Fed Chair Jerome Powell said {{last month|D|2024-08}} at a gathering of central bankers in Jackson Hole, Wyo., that "the time has come" to ease policy. Rates have been held at a {{23-year|DUR|P23Y}} high since {{July 2023|D|2023-07}}.

Stocks swung after the release. The S&P 500 fell {{1.7%|P|1.7}} by the close, while the yield on the 10-year Treasury note slipped to {{3.71%|P|3.71}}.

The broader U-6 measure of underemployment, which includes part-time workers who want full-time jobs, fell to {{7.9%|P|7.9}}. The labor force participation rate held at {{62.7%|P|62.7}} for the {{third|ORD|3}} straight month, and the number of people unemployed for {{27 weeks|DUR|P27W}} or longer rose to {{1.6 million|N|1600000|person}}, about {{22.8%|P|22.8}} of all jobless workers.

"The trend is clearly cooling," said Daniel Reyes, a senior economist at the Economic Policy Council, a Washington think tank. He noted that job openings fell to {{7.67 million|N|7670000|job opening}} in {{July|D|2024-07}}, the lowest level in more than {{three and a half years|DUR|P3.5Y|P42M}}.

Finance ministers from the G-20 will meet in Rio de Janeiro {{next month|D|2024-10}}, where U.S. officials are expected to point to the resilience of American consumers, whose spending grew at a {{2.9%|P|2.9}} pace in the {{second quarter|D|2024-Q2}}. A White House spokesperson said the economy had added nearly {{16 million|N|16000000|job}} jobs since {{January 2021|D|2021-01}}.

The {{September|D|2024-09}} jobs report is due at {{8:30 a.m. on Oct. 4|T|2024-10-04T08:30}}. The full release is posted at www.bls.gov/news.release/empsit.toc.htm; media inquiries go to 202-691-5902.
""")

# ---------------------------------------------------------------- news-2 court case and sentencing
art("news-2", "2024-05-17", """
DETROIT — A former suburban finance director was sentenced on {{Thursday|D|2024-05-16}} to {{12 years|DUR|P12Y}} in federal prison for steering more than {{$4.3 million|M|4300000|USD}} in public money into shell companies and spending it on luxury cars, a lakefront house and gambling trips to Las Vegas.

U.S. District Judge Harriet Caldwell also ordered Gregory Tillman, {{57|A|57|year}}, to pay {{$4.6 million|M|4600000|USD}} in restitution and to serve {{three years|DUR|P3Y}} of supervised release. Tillman, who oversaw the city of Riverton's {{$210 million|M|210000000|USD}} budget for nearly {{a decade|DUR|P10Y}}, must report to prison by {{July 15|D|2024-07-15}}.

A jury convicted Tillman in {{February|D|2024-02}} on {{14|N|14|count}} counts of wire fraud and {{four|N|4|count}} counts of money laundering after a {{three-week|DUR|P3W}} trial. He has been held in the Wayne County jail since the verdict on {{Feb. 22|D|2024-02-22}}. Prosecutors had asked for a sentence of {{15 years|DUR|P15Y}}; his lawyers sought no more than {{five years|DUR|P5Y}}.

"Mr. Tillman treated the city's treasury as his personal piggy bank," Assistant U.S. Attorney Leah Brandt told the court. "For {{six years|DUR|P6Y}} he stole from the very people who trusted him most."

According to court filings, Tillman set up {{three|N|3|company}} companies between {{2016|D|2016}} and {{2022|D|2022}} that billed the city for consulting work that was never performed. The scheme unraveled in {{March 2023|D|2023-03}}, when an auditor noticed that a vendor's invoices — {{212|N|212|invoice}} of them in all — had been approved by the same person who submitted them.

Investigators traced about {{$1.1 million|M|1100000|USD}} to a Porsche 911 and a Cadillac Escalade, and another {{$780,000|M|780000|USD}} to the lakefront house on Lake St. Clair. Bank records showed Tillman made {{37|N|37|trip}} trips to Las Vegas casinos, losing at least {{$650,000|M|650000|USD}}.

Tillman, who addressed the court for about {{10 minutes|DUR|PT10M}}, wept as he apologized to Riverton's {{38,000|N|38000|resident}} residents. "I have no excuse," he said. "I will spend the rest of my life trying to repay what I took."

Caldwell said the sentence, which falls within federal guidelines of {{135|DUR|P135M}} to {{168 months|DUR|P168M}}, reflected "a staggering betrayal." She noted that the stolen money could have paid the salaries of {{60|N|60|officer}} police officers for {{a year|DUR|P1Y}}.

Under Section 3663A of the federal criminal code, restitution is mandatory in most fraud cases.

Riverton Mayor Carla Nguyen said the city had recovered roughly {{$1.9 million|M|1900000|USD}} so far through asset seizures and an insurance claim, and expects to auction Tillman's vehicles {{next month|D|2024-06}}. Property taxes rose {{6%|P|6}} {{last year|D|2023}}, in part to cover the shortfall, she said.

"Every resident paid for this," Nguyen said. "A family with a {{$200,000|M|200000|USD}} home paid about {{$140|M|140|USD}} more."

Tillman's co-defendant, his {{34-year-old|A|34|year}} nephew Marcus Hale, pleaded guilty in {{November|D|2023-11}} to {{one|N|1|count}} count of conspiracy and is scheduled to be sentenced on {{June 3|D|2024-06-03}}. He faces up to {{20 years|DUR|P20Y}}.

Tillman's lawyer, Robert Fein, said his client would file an appeal within {{14 days|DUR|P14D}}, the deadline under federal rules. The case is United States v. Tillman, No. 2:23-cr-20417.
""")

# ---------------------------------------------------------------- news-3 hurricane
art("news-3", "2024-10-11", """
CEDAR KEY, Fla. — Hurricane Delia tore into Florida's Big Bend coast shortly before {{11 p.m. Wednesday|T|2024-10-09T23:00}} with sustained winds of {{125 mph|Q|125|mile per hour}}, pushing a storm surge of up to {{12 feet|Q|12|foot}} into low-lying fishing towns and leaving at least {{17|N|17|person}} people dead across {{three|N|3|state}} states, officials said {{Friday|D|2024-10-11}}.

More than {{2.1 million|N|2100000|customer}} homes and businesses lost power at the height of the storm, and about {{640,000|N|640000|customer}} were still in the dark on {{Friday afternoon|T|2024-10-11TAF}}, according to the tracking site PowerOutage.us.

The National Hurricane Center said Delia had strengthened rapidly over the Gulf of Mexico, where surface waters hovered near {{88 degrees Fahrenheit|Q|88|degree Fahrenheit}}, gaining {{55 mph|Q|55|mile per hour}} of wind speed in just {{24 hours|DUR|PT24H}}. It weakened to a tropical storm by {{Thursday morning|T|2024-10-10TMO}} as it crossed into Georgia, dropping between {{10|Q|10|inch}} and {{15 inches|Q|15|inch}} of rain on parts of the state.

"We've never seen water this high. Never," said Levy County Sheriff Bobby Marsh, {{61|A|61|year}}, who has lived in the area his entire life. "My grandfather's house has stood here since {{1926|D|1926}}, and the water came up past the {{second|ORD|2}} floor."

Emergency crews had carried out more than {{400|N|400|rescue}} water rescues by {{Thursday evening|T|2024-10-10TEV}}, said Alana Pruitt, the state's emergency management director. About {{3,500|N|3500|member}} members of the Florida National Guard were deployed, and {{two dozen|N|24|shelter}} shelters housed more than {{9,000|N|9000|person}} people on {{Thursday night|T|2024-10-10TNI}}.

Pruitt said road crews were working {{16-hour|DUR|PT16H}} shifts "until every last road is open." Interstate 75 reopened on {{Thursday|D|2024-10-10}} after being closed for {{14 hours|DUR|PT14H}} near Gainesville.

In Cedar Key, a town of about {{700|N|700|person}} people on a cluster of islands {{3 miles|Q|3|mile}} off the mainland, nearly {{half|N|0.5}} of the buildings on the main street were destroyed. The Suwannee River crested at {{28.4 feet|Q|28.4|foot}} on {{Friday morning|T|2024-10-11TMO}}, the highest reading since records began in {{1932|D|1932}}.

Insurance analysts at Karen Clark & Co. estimated insured losses at {{$6 billion|M|6000000000|USD}} to {{$8 billion|M|8000000000|USD}}, while another modeling firm, Verisk, put the figure as high as {{$11 billion|M|11000000000|USD}}.

FEMA said it had approved {{$42 million|M|42000000|USD}} in individual assistance for residents of {{19|N|19|county}} counties and opened {{12|N|12|center}} disaster recovery centers. Residents can apply at disasterassistance.gov or by calling 1-800-621-3362, the agency said.

Delia is the {{11th|ORD|11}} named storm and the {{fifth|ORD|5}} hurricane of the {{2024|D|2024}} Atlantic season, which runs from {{June 1|D|2024-06-01}} to {{Nov. 30|D|2024-11-30}}. Forecasters in {{May|D|2024-05}} had predicted {{17|N|17|storm}} to {{25|N|25|storm}} named storms, citing record ocean heat.

It was the {{second|ORD|2}} hurricane to strike the Big Bend region in {{14 months|DUR|P14M}}, and it arrived just {{two weeks|DUR|P2W}} after Hurricane Faye flooded parts of western North Carolina.

Schools in {{27|N|27|county}} Florida counties will remain closed until at least {{Monday|D|2024-10-14}}, and officials urged evacuated residents not to return to the barrier islands for {{72 hours|DUR|PT72H}}. A curfew from {{8 p.m.|T|T20:00}} to {{6 a.m.|T|T06:00}} remains in effect in Levy County.
""")

# ---------------------------------------------------------------- news-4 election result (UK style)
art("news-4", "2025-05-02", """
DUNMORE — Independent candidate Priya Chandran has been elected the {{first|ORD|1}} mayor of the Westmere and Dunmore Combined Authority, beating the Conservative favourite by fewer than {{3,000|N|3000|vote}} votes in a count that stretched past {{4am on Friday|T|2025-05-02T04:00}}.

Chandran, a {{46-year-old|A|46|year}} former NHS paediatric nurse, won {{54,137|N|54137|vote}} votes, or {{31.4 per cent|P|31.4}}, according to figures released by the returning officer. The Conservative candidate, Alistair Hume, took {{51,203|N|51203|vote}} ({{29.7 per cent|P|29.7}}). Labour's Denise Okoro finished {{third|ORD|3}} with {{38,551|N|38551|vote}}, and Reform UK's Gary Platt came {{fourth|ORD|4}} on {{18,790|N|18790|vote}}. The Green Party took {{9,719|N|9719|vote}}.

Turnout was {{33.8 per cent|P|33.8}}, up from {{29 per cent|P|29}} at the last comparable elections in {{2021|D|2021}}, with {{1,288|N|1288|ballot}} ballots rejected.

"It's a message to every party that people here are tired of being taken for granted," Chandran told supporters at the Dunmore Leisure Centre shortly after the result was declared at {{4.12am|T|2025-05-02T04:12}}.

She will take office on {{Tuesday 6 May|D|2025-05-06}} and will control a budget of about {{£1.1bn|M|1100000000|GBP}}, including a {{£340m|M|340000000|GBP}} transport settlement from central government that runs until {{2030|D|2030}}.

Chandran has promised to cap bus fares at {{£2|M|2|GBP}} for adults, to reopen the Dunmore–Westmere rail link closed in {{1964|D|1964}}, and to build {{6,000|N|6000|home}} affordable homes within {{four years|DUR|P4Y}}. Her campaign, run on just over {{£90,000|M|90000|GBP}}, was funded largely by small donations.

Hume, {{58|A|58|year}}, a former council leader, said he would not challenge the result but criticised the {{14-hour|DUR|PT14H}} count, which was suspended for {{90 minutes|DUR|PT90M|PT1H30M}} overnight after a fire alarm at the counting venue. A recount of ballot box 47 in the Northgate ward, requested by his agent at about {{2am|T|2025-05-02T02:00}}, changed the totals by just {{11|N|11|vote}} votes.

The Conservatives also lost {{23|N|23|seat}} seats on Westmere County Council, which they had controlled since {{2009|D|2009}}, leaving them with {{31|N|31|seat}} of its {{84|N|84|seat}} seats. Reform UK gained {{17|N|17|seat}}, Labour {{six|N|6|seat}} and the Liberal Democrats {{four|N|4|seat}}.

Professor Helen Marsh, a political scientist at the University of Dunmore, said the swing of roughly {{8 percentage points|P|8|percentage point}} away from the Conservatives was "the biggest we've seen here in a generation".

"Voters under {{35|A|35|year}} broke heavily for Chandran," she said, citing an exit poll of {{2,400|N|2400|voter}} voters that put the independent's support in that group at {{44 per cent|P|44}} and Reform's at about {{5 per cent|P|5}}.

Nationally, the Conservatives lost more than {{600|N|600|seat}} council seats in {{Thursday|D|2025-05-01}}'s local elections across England.

The new mayor will be paid {{£85,000|M|85000|GBP}} {{a year|SET|P1Y}} and will serve a {{four-year|DUR|P4Y}} term ending in {{May 2029|D|2029-05}}. Full results for all {{seven|N|7|district}} districts are published at wdca.gov.uk/elections2025.
""")

# ---------------------------------------------------------------- news-5 sports season
art("news-5", "2025-05-26", """
ALDENPORT — Aldenport FC completed the {{first|ORD|1}} unbeaten league season in the club's {{128-year|DUR|P128Y}} history on {{Sunday|D|2025-05-25}}, beating Castellan {{3|N|3|goal}}-{{1|N|1|goal}} in front of a record crowd of {{41,822|N|41822|spectator}} to finish with {{94|N|94|point}} points, {{17|N|17|point}} clear of {{second|ORD|2}}-placed Varens.

Striker Tomás Ferreira, a {{22-year-old|A|22|year}} signed for {{€45m|M|45000000|EUR}} from Lisbon {{last summer|D|2024-SU}}, scored {{two|N|2|goal}} more to take his tally to {{31|N|31|goal}} league goals, a goal short of the record of {{32|N|32|goal}} set in {{1994|D|1994}}. {{Sunday|D|2025-05-25}}'s win was also the club's {{21st|ORD|21}} straight at home.

Aldenport won {{28|N|28|match}} of its {{38|N|38|match}} matches and drew the other {{10|N|10|match}}, conceding just {{19|N|19|goal}} goals, the fewest in the division since it expanded to {{20|N|20|team}} teams in {{1995|D|1995}}.

"Nobody gave us a chance in {{August|D|2024-08}}," said manager Ilse Bergmann, {{49|A|49|year}}, who took over in {{October 2023|D|2023-10}} after the club narrowly avoided relegation. "To go {{38|N|38|game}} games without losing, in this league, is something I will carry with me for the rest of my life."

Bergmann's side put together a {{14|N|14|match}}-match winning run between {{November|D|2024-11}} and {{February|D|2025-02}}, and a {{2|N|2|goal}}-{{0|N|0|goal}} win at Varens on {{March 9|D|2025-03-09}} effectively settled the title race with {{two months|DUR|P2M}} of the season remaining.

The title is Aldenport's {{fourth|ORD|4}} and its {{first|ORD|1}} since {{2011|D|2011}}.

It will also be lucrative. Prize money and broadcast payments are expected to exceed {{€120m|M|120000000|EUR}}, and the club's owner, the American investment firm Harlow Capital, said revenue could rise by about {{35 per cent|P|35}} {{next year|D|2026}}. Harlow bought the club for {{$310 million|M|310000000|USD}} in {{2021|D|2021}} and has since spent nearly {{€200m|M|200000000|EUR}} on players.

Season-ticket prices will rise {{8%|P|8}} for the coming campaign, to an average of {{€612|M|612|EUR}}, the club said. Average attendance at the {{42,000|N|42000|seat}}-seat Stade du Port was {{40,316|N|40316|spectator}}, the highest in the league.

Supporters will gather for an open-top bus parade through the city centre at {{2 p.m. on Tuesday|T|2025-05-27T14:00}}, and police have asked fans to arrive early because about {{150,000|N|150000|person}} people are expected. Trams will run {{every five minutes|SET|PT5M}} from {{noon|T|2025-05-27T12:00|T12:00;T12}}.

Aldenport now turns to Europe. The draw for the Champions League league phase takes place on {{Aug. 28|D|2025-08-28}} in Monaco, and the club will play in Europe's top competition for the {{first|ORD|1}} time in {{12 years|DUR|P12Y}}.

Ferreira, who wears the No. 9 shirt and whose contract runs until {{June 2029|D|2029-06}}, was named the league's player of the year {{last week|D|2025-W21}}. He said he has stayed behind after training {{every day|SET|P1D}} since {{January|D|2025-01}} to practise his finishing. "It's {{30 minutes|DUR|PT30M}}, {{50|N|50|shot}} shots, nothing special," he said.
""")

# ---------------------------------------------------------------- news-6 health study
art("news-6", "2025-02-19", """
LONDON — People who walk at least {{7,000|N|7000|step}} steps {{a day|SET|P1D}} have a {{47%|P|47}} lower risk of dying early than those who take fewer than {{2,500|N|2500|step}}, according to a large international analysis published on {{Tuesday|D|2025-02-18}} in The Lancet Public Health.

The researchers pooled data from {{57|N|57|study}} studies covering about {{160,000|N|160000|adult}} adults in {{13|N|13|country}} countries, who were followed for an average of {{6.2 years|DUR|P6.2Y}}. Participants ranged in age from {{18|A|18|year}} to {{94|A|94|year}}.

The risk of death fell steeply up to about {{7,000|N|7000|step}} steps and levelled off after roughly {{10,000|N|10000|step}}, the authors found. Compared with the least active group, people taking {{7,000|N|7000|step}} steps had a {{25%|P|25}} lower risk of cardiovascular disease, a {{38%|P|38}} lower risk of dementia and a {{22%|P|22}} lower risk of depression.

"The {{10,000|N|10000|step}}-step target is a marketing number from the {{1960s|D|196|196X;(1960-01-01,1970-01-01,P10Y)}}, not a scientific one," said Dr. Ana Lindqvist, an epidemiologist at the University of Sydney and the study's lead author. "For most people, the benefits start well below that."

For people over {{60|A|60|year}}, the gains appeared at lower counts: those taking {{6,000|N|6000|step}} to {{8,000|N|8000|step}} steps had a risk of death {{42%|P|42}} lower than the least active.

Globally, about {{one in five|P|20}} adults do not meet the World Health Organization's recommendation of {{150 minutes|DUR|PT150M|PT2H30M}} of moderate exercise {{every week|SET|P1W}}, and physical inactivity is linked to about {{3.2 million|N|3200000|death}} deaths {{every year|SET|P1Y}}.

The study did not establish cause and effect, and the authors cautioned that step counts were measured for as little as {{four days|DUR|P4D}} in some of the underlying studies. Data collected after {{March 2020|D|2020-03}} were excluded because COVID-19 lockdowns disrupted normal activity patterns.

Professor Tom Bracken, of King's College London, who was not involved in the research, called the findings "reassuring". "Even {{4,000|N|4000|step}} steps — roughly {{40 minutes|DUR|PT40M}} of walking, or about {{3 kilometres|Q|3|kilometre}} — is associated with a real benefit," he said. Walking at a brisk pace of about {{3 mph|Q|3|mile per hour}} was linked to a further {{10%|P|10}} reduction in risk.

Women in the study took an average of {{5,900|N|5900|step}} steps, compared with {{6,700|N|6700|step}} for men. About {{a quarter|N|0.25}} of participants had type 2 diabetes, a group in which each additional {{1,000|N|1000|step}} steps was tied to a {{12%|P|12}} lower risk of heart failure.

The work was funded by the Australian government and a {{£2.4m|M|2400000|GBP}} grant from the Wellcome Trust. It was registered in {{2022|D|2022}} under the number CRD42022341198, and the full paper is available at doi.org/10.1016/S2468-2667(25)00012-3.

Lindqvist's team plans a follow-up trial {{next year|D|2026}} in which {{3,000|N|3000|participant}} volunteers over {{65|A|65|year}} will each wear a fitness tracker for {{18 months|DUR|P18M}}. Speaking by phone on {{Tuesday evening|T|2025-02-18TEV}}, she said recruitment would open in {{September|D|2025-09}}.
""")

# ---------------------------------------------------------------- news-7 quarterly earnings
art("news-7", "2024-10-24", """
WICHITA, Kan. — Halvorsen Aerostructures said on {{Wednesday|D|2024-10-23}} that its {{third-quarter|D|2024-Q3}} profit fell {{38%|P|38}} as a strike at Boeing and slower production of the 737 MAX cut deliveries, and it lowered its {{2024|D|2024}} revenue forecast by {{$400 million|M|400000000|USD}}.

Net income for the {{three months|DUR|P3M}} ended {{Sept. 29|D|2024-09-29}} was {{$112 million|M|112000000|USD}}, or {{94 cents|M|0.94|USD}} a share, down from {{$181 million|M|181000000|USD}}, or {{$1.52|M|1.52|USD}} a share, {{a year earlier|D|2023-Q3|2023}}. Revenue slipped {{6%|P|6}} to {{$2.31 billion|M|2310000000|USD}}. Analysts polled by LSEG had expected earnings of {{$1.05|M|1.05|USD}} a share on revenue of {{$2.44 billion|M|2440000000|USD}}.

Shares of the company fell {{9.4%|P|9.4}} to {{$63.18|M|63.18|USD}} in early trading on {{Thursday|D|2024-10-24}}, their lowest level since {{November 2022|D|2022-11}}.

"I won't sugarcoat it: these are tough results," Chief Executive Karin Solberg told analysts on a conference call. "About {{60 percent|P|60}} of our revenue comes from a single customer, and when that customer stops building planes, we feel it immediately."

About {{33,000|N|33000|machinist}} machinists at Boeing's factories in the Seattle area walked off the job on {{Sept. 13|D|2024-09-13}}, halting production of the 737, 767 and 777 jets. Halvorsen said it delivered {{81|N|81|shipset}} fuselage shipsets to Boeing between {{July|D|2024-07}} and {{September|D|2024-09}}, compared with {{117|N|117|shipset}} in the {{second quarter|D|2024-Q2}}. It will furlough {{1,400|N|1400|employee}} of its {{17,800|N|17800|employee}} Wichita employees for {{21 days|DUR|P21D}} starting {{Nov. 4|D|2024-11-04}}.

Solberg said the company now expected {{2024|D|2024}} revenue of {{$9.6 billion|M|9600000000|USD}} to {{$9.8 billion|M|9800000000|USD}}, down from a previous forecast of {{$10 billion|M|10000000000|USD}} to {{$10.2 billion|M|10200000000|USD}}, and free cash flow of about {{$150 million|M|150000000|USD}}. It still expects to deliver between {{310|N|310|shipset}} and {{330|N|330|shipset}} shipsets to Boeing {{this year|D|2024}}.

Airbus work was a bright spot. Sales of wing components for the A320neo family rose {{14%|P|14}} to {{$486 million|M|486000000|USD}}, and Halvorsen said it had signed a {{€1.3bn|M|1300000000|EUR}} contract extension with the European planemaker running through {{2031|D|2031}}.

Chief Financial Officer Raj Mehta said the company would keep paying its {{quarterly|SET|P3M|P1Q}} dividend of {{15 cents|M|0.15|USD}} a share, which it has not cut since {{2014|D|2014}}. Halvorsen had {{$1.9 billion|M|1900000000|USD}} in cash at the {{end of September|D|2024-09}} and no debt due until {{2027|D|2027}}.

Mehta said {{each month|SET|P1M}} the strike continues costs Halvorsen roughly {{$35 million|M|35000000|USD}} in lost revenue. Boeing's machinists are due to vote {{next week|D|2024-W44}} on a revised offer that includes a {{35%|P|35}} pay rise over {{four years|DUR|P4Y}}. Analysts have warned that smaller suppliers could be pushed toward Chapter 11 filings if the walkout lasts beyond the {{end of the year|D|2024}}.

"We went through the {{2008|D|2008}} strike, which lasted {{57 days|DUR|P57D}}, and we came back stronger," Solberg said.

Halvorsen, which was spun off from Boeing in {{2005|D|2005}} and employs about {{21,000|N|21000|employee}} people worldwide, will report {{fourth-quarter|D|2024-Q4}} results in early {{February|D|2025-02}}.
""")

# ---------------------------------------------------------------- news-8 transport / infrastructure
art("news-8", "2025-03-05", """
PORTLAND, Ore. — Construction crews will begin tearing down the {{67-year-old|A|67|year}} Willamette Crossing bridge {{next month|D|2025-04}}, kicking off a {{$4.1 billion|M|4100000000|USD}} project to replace a span that carries about {{135,000|N|135000|vehicle}} vehicles {{a day|SET|P1D}} on Interstate 5, state transportation officials said {{Tuesday|D|2025-03-04}}.

The new bridge will be {{1.7 miles|Q|1.7|mile}} long and will carry {{two|N|2|track}} light-rail tracks, a {{16-foot|Q|16|foot}}-wide path for cyclists and pedestrians, and {{three|N|3|lane}} lanes of traffic in each direction. It is designed to survive the kind of major earthquake that scientists say has a roughly {{15%|P|15}} chance of striking the region in the next {{50 years|DUR|P50Y}}.

Work is scheduled to last {{eight years|DUR|P8Y}}, with trains expected to begin crossing in late {{2031|D|2031}} and the full project finished by {{2033|D|2033}}.

"This is the largest public works project in the state's history," said Marisol Vega, director of the Oregon Department of Transportation. "The longer we wait, the greater the risk of a catastrophic failure."

Federal grants account for {{$2.1 billion|M|2100000000|USD}} of the cost, including a {{$600 million|M|600000000|USD}} award announced in {{December|D|2024-12}}. Oregon and Washington will each contribute {{$1 billion|M|1000000000|USD}}, and tolls of between {{$1.50|M|1.5|USD}} and {{$3.55|M|3.55|USD}} a crossing, starting in {{2027|D|2027}}, will repay the bonds. Planners expect the tolls to reduce traffic on the bridge by about {{5 percent|P|5}}.

The existing bridge opened on {{July 1, 1958|D|1958-07-01}}, and its northbound lift span has been closed for emergency repairs {{14|N|14|closure}} times since {{2015|D|2015}}. The lift rises about {{400|N|400|lift}} times {{a year|SET|P1Y}} to let ships pass, halting traffic for an average of {{nine minutes|DUR|PT9M}} each time.

Engineers said crews would remove roughly {{62,000 tonnes|Q|62000|tonne}} of concrete and steel from the old structure, and the new bridge's main piers will be driven {{120 feet|Q|120|foot}} into the riverbed. Demolition of the northbound span alone will take about {{18 months|DUR|P18M}}, and {{a dozen|N|12|business}} businesses near the north landing will be relocated.

During construction, the speed limit on a {{3-mile|Q|3|mile}} stretch will drop to {{45 mph|Q|45|mile per hour}}, and lanes will close {{nightly|SET|TNI|P1D;XXXX-XX-XXTNI}} between {{10 p.m.|T|T22:00}} and {{5 a.m.|T|T05:00}} beginning {{April 14|D|2025-04-14}}. Officials estimate morning delays of {{15|DUR|PT15M}} to {{20 minutes|DUR|PT20M}}.

TriMet will run express buses {{every 10 minutes|SET|PT10M}} on Routes 6 and 44, and it expects ridership on the Yellow Line, which carries about {{11,500|N|11500|rider}} riders {{a day|SET|P1D}}, to rise by {{20 percent|P|20}}.

Critics have questioned the price. The cost estimate has nearly doubled since {{2019|D|2019}}, when planners put it at {{$2.2 billion|M|2200000000|USD}}. A coalition of neighborhood groups sued in federal court in {{January|D|2025-01}}, arguing that the environmental review underestimated air pollution in North Portland, where the asthma rate among children is {{13.4%|P|13.4}}, compared with {{9%|P|9}} statewide.

"They're spending {{$4 billion|M|4000000000|USD}} and we still won't have a new bridge until my kids are in college," said Dana Whitfield, {{38|A|38|year}}, a nurse who commutes {{26 miles|Q|26|mile}} each way from Vancouver, Wash.

ODOT will hold public meetings at {{6 p.m. on March 12|T|2025-03-12T18:00}} and {{March 19|D|2025-03-19}} at the Expo Center. Project updates are posted at www.oregon.gov/odot/willamette-crossing, and questions can be directed to 503-731-3490.
""")

MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]+)\|([^{}|]*)(?:\|([^{}|]*))?(?:\|([^{}|]*))?\}\}")


def parse(body):
    """Strip markup; return plain text and annotations with their marked positions."""
    out, anns, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        span, code, value, unit, alts = m.groups()
        kind = KINDS[code]
        anns.append({"text": span, "marked_start": plain_len, "kind": kind, "value": value,
                     "unit": unit or None, "alts": [a for a in (alts or "").split(";") if a]})
        out.append(span)
        plain_len += len(span)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text and "|" not in text, "unparsed markup"
    return text, anns


def boundary_ok(text, start, end):
    if text[start].isalnum() and start > 0 and text[start - 1].isalnum():
        return False
    if text[end - 1].isalnum() and end < len(text) and text[end].isalnum():
        return False
    return True


def locate(text, span, cursor):
    i = text.find(span, cursor)
    while i != -1 and not boundary_ok(text, i, i + len(span)):
        i = text.find(span, i + 1)
    return i


def numval(s):
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else f


def resolution(kind, value, alts):
    vals = list(alts)
    if kind == "percent":
        vals.append(f"{value}%")
    if kind == "time":
        m = re.match(r"^(.*T\d\d):00$", value)
        if m and m.group(1) not in vals:
            vals.append(m.group(1))
    if kind == "date":
        m = re.match(r"^(\d{4})-Q([1-4])$", value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            s = dt.date(y, 3 * q - 2, 1)
            e = dt.date(y + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
            vals.append(f"({s},{e},P3M)")
    return [{"value": v} for v in vals]


def build(articles=None, check=None):
    """The cases of `articles` (this suite's by default); `check(cid, ref, annotation)` vets each annotation."""
    cases = []
    for cid, ref, body in articles or ARTICLES:
        text, anns = parse(body)
        expected, cursor = [], 0
        for a in anns:
            start = locate(text, a["text"], cursor)
            assert start == a["marked_start"], (cid, a["text"], start, a["marked_start"], text[cursor:a["marked_start"] + 20])
            end = start + len(a["text"])
            assert text[start:end] == a["text"]
            if check:
                check(cid, ref, a)
            cursor = end
            kind = a["kind"]
            value = a["value"] if kind in TIME_FAMILY else numval(a["value"])
            item = {"text": a["text"], "start": start, "end": end, "kind": kind, "value": value, "unit": a["unit"]}
            res = resolution(kind, a["value"], a["alts"])
            if res:
                item["resolution"] = res
            expected.append(item)
        cases.append({"id": cid, "text": text, "reference_date": ref, "expected": expected})
    return cases


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    cases = build()
    with open(os.path.join(here, "news.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    for c in cases:
        print(c["id"], c["reference_date"], len(c["text"].split()), "words", len(c["expected"]), "mentions")
