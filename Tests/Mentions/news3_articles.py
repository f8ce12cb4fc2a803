# Articles for news-mentions-3, with inline annotations {{span|KIND|value|unit|alt1;alt2}} (see make_news.py).
ARTICLES = []


def art(cid, ref, body):
    ARTICLES.append((cid, ref, body.strip("\n")))


# ---------------------------------------------------------------- news3-1 port strike (Wednesday 2023-11-08)
art("news3-1", "2023-11-08", """
HALLSEY, England — Dock workers at the Port of Hallsey, Britain's {{second|ORD|2}}-busiest container port, walked off the job at {{6am on Tuesday|T|2023-11-07T06:00}} in a dispute over pay, halting work on ships that carry about {{30 per cent|P|30}} of the country's container trade and leaving at least {{19|N|19|ship}} vessels at anchor in the North Sea, port officials said on {{Wednesday|D|2023-11-08}}.

The strike by about {{1,900|N|1900|worker}} members of the Unite union is due to last {{eight days|DUR|P8D}}, ending at {{6am on Nov. 15|T|2023-11-15T06:00}}. It is the {{second|ORD|2}} stoppage at the port {{this year|D|2023}}, after a {{five-day|DUR|P5D}} walkout in {{June|D|2023-06}}, and the union has threatened further {{48-hour|DUR|PT48H}} strikes {{every two weeks|SET|P2W}} until the {{end of the year|D|2023}} if no deal is reached.

Hallsey Port Holdings has offered a pay rise of {{7%|P|7}} and a lump-sum payment of {{£750|M|750|GBP}}, up {{1.5 percentage points|P|1.5|percentage point}} from the offer it made {{last week|D|2023-W44}}. Unite is demanding {{11 per cent|P|11}}, arguing that wages have fallen behind inflation, which stood at {{6.7%|P|6.7}} in {{September|D|2023-09}}. Crane drivers at the port earn about {{£19.60|M|19.6|GBP}} {{an hour|SET|PT1H}}, the union said.

"We are not going to accept a real-terms pay cut for the {{third|ORD|3}} year in a row," said Gary Mott, {{52|A|52|year}}, a crane driver who has worked on the quayside for {{27 years|DUR|P27Y}}. "The company made {{£64 million|M|64000000|GBP}} in profit {{last year|D|2022}}. They can afford it."

The company said its offer was "fair and generous" and would cost about {{£9.3m|M|9300000|GBP}} over {{two years|DUR|P2Y}}. "{{Every day|SET|P1D}} this strike continues, goods are stuck on ships instead of on shelves," said its chief executive, Fiona Drummond.

The port handled {{3.6 million|N|3600000|container}} containers in {{2022|D|2022}}, and roughly {{10,000|N|10000|container}} would normally cross its quays {{a day|SET|P1D}}. Shipping lines have begun to divert cargo: Maersk said it had sent {{four|N|4|ship}} ships to Rotterdam and Antwerp, while Hapag-Lloyd said it would add a surcharge of {{€85|M|85|EUR}} per container on British cargo from {{Nov. 20|D|2023-11-20}}.

Analysts at the consultancy Drewry estimated that {{each day|SET|P1D}} a large ship waits at anchor costs its operator between {{$40,000|M|40000|USD}} and {{$65,000|M|65000|USD}}. Among the waiting vessels is the {{400-metre|Q|400|metre}} MSC Aurora, carrying about {{23,000|N|23000|container}} containers, including more than {{2,000 tonnes|Q|2000|tonne}} of chilled fruit from South Africa.

Hauliers reported queues of lorries stretching between {{6|Q|6|mile}} and {{9 miles|Q|9|mile}} on the A14 on {{Tuesday afternoon|T|2023-11-07TAF}}, and Suffolk Police opened a holding area for up to {{400|N|400|lorry}} lorries at a former airfield. The British Retail Consortium warned that shortages of some imported goods could appear within {{10|DUR|P10D}} to {{14 days|DUR|P14D}}, just as shops stock up for the holidays.

"Dozens of our members have containers sitting on ships they can see from the beach," said Priya Shah, a spokesperson for the Road Haulage Association. "Some of those boxes have been waiting since {{Sunday|D|2023-11-05}}."

Talks at the conciliation service Acas are due to resume at {{10 a.m. on Thursday|T|2023-11-09T10:00}}. The port, which opened in {{1967|D|1967}} and employs about {{3,000|N|3000|person}} people, said it would put a revised offer to staff {{next month|D|2023-12}} if the strike ended early.

Unite's regional officer, Tom Barrett, {{44|A|44|year}}, said members would vote on any new offer over {{10 days|DUR|P10D}}. Updates for hauliers are posted at hallseyport.co.uk/strike, and the port's freight desk can be reached on 01394 555 018.
""")

# ---------------------------------------------------------------- news3-2 HPV vaccine rollout (Tuesday 2024-02-27)
art("news3-2", "2024-02-27", """
THIRUVANANTHAPURAM, India — Health workers in the southern Indian state of Kerala vaccinated more than {{212,000|N|212000|girl}} schoolgirls against the human papillomavirus in the {{first|ORD|1}} {{10 days|DUR|P10D}} of a statewide campaign, officials said on {{Monday|D|2024-02-26}}, putting the rollout ahead of schedule despite early supply problems.

The campaign, which began on {{Feb. 15|D|2024-02-15}}, aims to give a single dose of vaccine to about {{1.8 million|N|1800000|girl}} girls aged {{9|A|9|year}} to {{14|A|14|year}} by the {{end of June|D|2024-06}}. Coverage had reached nearly {{12 per cent|P|12}} of that target by {{Sunday|D|2024-02-25}}, according to the state health department, with Wayanad district leading at {{21%|P|21}} and Kozhikode lagging at {{7.5%|P|7.5}}.

HPV causes nearly all cases of cervical cancer, which kills about {{77,000|N|77000|woman}} women in India {{every year|SET|P1Y}} and is the {{second|ORD|2}}-most common cancer among Indian women.

"We have waited almost {{two decades|DUR|P20Y}} for a vaccine this country could afford," said Dr. Meera Nair, {{48|A|48|year}}, the state's immunisation officer. "Now every girl in Kerala can be protected for less than the price of a cinema ticket."

The state bought {{2 million|N|2000000|dose}} doses of a vaccine made by the Serum Institute of India at about {{250 rupees|M|250|INR}} each, far below the {{4,000 rupees|M|4000|INR}} a dose that private clinics charge for imported vaccines. The campaign's total budget is {{560 million rupees|M|560000000|INR}} (about {{$6.7 million|M|6700000|USD}}), most of it for staff and cold storage.

Teams of {{three|N|3|worker}} health workers visit each school, usually between {{9:30 a.m.|T|T09:30}} and {{4 p.m.|T|T16:00}}, and report their numbers {{daily|SET|P1D}} to a central portal. The vaccine must be kept between {{2|Q|2|degree Celsius}} and {{8 degrees Celsius|Q|8|degree Celsius}}, a challenge when daytime temperatures in parts of the state climb to {{35C|Q|35|degree Celsius}}. In the hill district of Idukki, teams have travelled up to {{60 kilometres|Q|60|kilometre}} on narrow roads to reach tribal schools.

Consent has been the main obstacle. Roughly {{one in 10|P|10}} parents declined to sign the form, often because of rumours spread on messaging apps, officials said. Doctors recorded {{43|N|43|case}} cases of fainting after injections, and {{two|N|2|girl}} girls were kept in hospital overnight for observation; all recovered.

Supply was also tight in the early days. A shipment of {{400,000|N|400000|dose}} doses due on {{Feb. 5|D|2024-02-05}} arrived {{nine days|DUR|P9D}} late, forcing districts to delay the start of vaccinations in more than {{1,100|N|1100|school}} schools.

Kerala, which ran among India's fastest COVID-19 vaccination drives, is the {{first|ORD|1}} large state to offer the shot free to all eligible girls. The national government said in its budget on {{Feb. 1|D|2024-02-01}} that it would encourage HPV vaccination of girls aged {{9|A|9|year}} to {{14|A|14|year}} across the country, but it has not yet set a date.

"A girl vaccinated {{this year|D|2024}} will still be protected when she turns {{40|A|40|year}}," said Dr. Anil Kurian, an oncologist at the Regional Cancer Centre. "That is the real return on this money."

The state will start training {{5,000|N|5000|teacher}} teachers to answer parents' questions {{next month|D|2024-03}}. A {{second|ORD|2}} phase, for girls who have left school, begins on {{April 1|D|2024-04-01}}, and a catch-up round is planned for {{August|D|2024-08}}. Parents can call the DISHA helpline at 1056 or visit dhs.kerala.gov.in for clinic times.
""")

# ---------------------------------------------------------------- news3-3 airline quarterly earnings (Thursday 2025-10-30)
art("news3-3", "2025-10-30", """
DUBLIN — Aurelia Airways said on {{Thursday|D|2025-10-30}} that its {{third-quarter|D|2025-Q3}} net profit rose {{18%|P|18}} to {{€612 million|M|612000000|EUR}}, as record holiday demand and cheaper jet fuel outweighed delays in aircraft deliveries from Boeing.

Revenue for the {{three months|DUR|P3M}} to {{Sept. 30|D|2025-09-30}} climbed {{9%|P|9}} to {{€3.94bn|M|3940000000|EUR}}, and the airline carried {{21.7 million|N|21700000|passenger}} passengers, up from {{20.1 million|N|20100000|passenger}} {{a year earlier|D|2024-Q3|2024}}. Its load factor, the share of seats filled, was {{94%|P|94}}, {{1 percentage point|P|1|percentage point}} higher than in the same period of {{2024|D|2024}}. It was the {{third|ORD|3}} straight quarter of record passenger numbers.

Average fares rose {{4%|P|4}} to {{€58|M|58|EUR}}, while fuel costs fell {{11 per cent|P|11}} to {{€1.02bn|M|1020000000|EUR}}. The airline has hedged about {{80%|P|80}} of its fuel needs for the next {{12 months|DUR|P12M}} at roughly {{$760|M|760|USD}} a tonne. Its British unit, Aurelia UK, earned {{£48m|M|48000000|GBP}}, up from {{£31m|M|31000000|GBP}} {{a year earlier|D|2024-Q3|2024}}. The group operates {{412|N|412|aircraft}} aircraft with an average age of {{8.6 years|A|8.6|year}}.

"Demand was strong, but we could have flown {{3 million|N|3000000|passenger}} more people if Boeing had delivered the aircraft it promised," Chief Executive Declan Farrelly, {{61|A|61|year}}, told analysts on {{Thursday morning|T|2025-10-30TMO}}.

Aurelia has {{150|N|150|aircraft}} Boeing 737 MAX 10 jets on order, but the model has yet to be certified by U.S. regulators. The airline now expects the {{first|ORD|1}} of them in {{2027|D|2027}}, {{two years|DUR|P2Y}} later than planned, and has leased {{14|N|14|aircraft}} older Airbus A320 jets to cover the gap. Farrelly said each of the leased planes costs about {{$350,000|M|350000|USD}} {{a month|SET|P1M}}.

The company raised its forecast for {{2025|D|2025}} profit after tax to between {{€1.7bn|M|1700000000|EUR}} and {{€1.8bn|M|1800000000|EUR}}, from {{€1.55bn|M|1550000000|EUR}} previously, and said it would pay a dividend of {{23 cents|M|0.23|EUR}} a share in {{December|D|2025-12}}. It also announced a {{€500 million|M|500000000|EUR}} share buyback to be completed by {{March 2026|D|2026-03}}.

Shares in Aurelia rose {{6.2%|P|6.2}} to {{€21.40|M|21.4|EUR}} by {{noon|T|T12:00}} in Dublin, their highest level since {{2018|D|2018}}.

Costs remain a concern. Staff costs rose {{13%|P|13}} after Aurelia agreed a {{five-year|DUR|P5Y}} deal with its pilots earlier {{this year|D|2025}} that lifts pay by {{14%|P|14}} in stages. The airline employs about {{27,000|N|27000|employee}} people at {{86|N|86|base}} bases across Europe.

"The numbers are good, but they rest on fares holding up through a weaker {{winter|D|2025-WI}}," said Sinead Walsh, an analyst at Goodbody Stockbrokers. She estimated that a fall of {{€1|M|1|EUR}} in the average fare would cut profit by roughly {{€200m|M|200000000|EUR}} {{a year|SET|P1Y}}.

Forward bookings for {{November|D|2025-11}} and {{December|D|2025-12}} are about {{2%|P|2}} ahead of the same period in {{2024|D|2024}}, the airline said. It will open {{12|N|12|route}} new routes from Cork and Shannon {{next month|D|2025-11}}, having added {{31|N|31|route}} routes over the past {{18 months|DUR|P18M}}.

Ireland's aviation regulator said {{last week|D|2025-W43}} that it would consider lifting the passenger cap at Dublin Airport to {{36 million|N|36000000|passenger}} {{a year|SET|P1Y}}, a change Aurelia has sought since {{2022|D|2022}}.

Aurelia will hold an investor day in London on {{Nov. 18|D|2025-11-18}} and report {{fourth-quarter|D|2025-Q4}} results on {{Feb. 2|D|2026-02-02}}.
""")

# ---------------------------------------------------------------- news3-4 city marathon (Monday 2024-10-14)
art("news3-4", "2024-10-14", """
LAKEHAVEN, Mich. — Kenyan runner Brian Kiprotich won the Lakehaven Marathon on {{Sunday|D|2024-10-13}} in {{2 hours, 6 minutes and 41 seconds|DUR|PT2H6M41S}}, breaking the course record by {{38 seconds|DUR|PT38S}} in cold, windy conditions along the shore of Lake Michigan.

Kiprotich, {{27|A|27|year}}, pulled away from Ethiopia's Tesfaye Alemu after about {{35 kilometres|Q|35|kilometre}} and crossed the line {{52 seconds|DUR|PT52S}} ahead, having averaged about {{4 minutes and 50 seconds|DUR|PT4M50S}} per mile. Alemu, the {{2022|D|2022}} champion, finished {{second|ORD|2}}, and American Josh Larkin was {{third|ORD|3}} in {{2 hours, 9 minutes and 5 seconds|DUR|PT2H9M5S}}, the fastest time by a U.S. runner on the course.

"I told myself at the {{20-mile|Q|20|mile}} mark that I would not wait for anyone," Kiprotich said. "The wind was hard, but I have trained in worse."

In the women's race, Ethiopia's Hiwot Gebre, {{31|A|31|year}}, won her {{third|ORD|3}} Lakehaven title in {{2 hours, 21 minutes and 12 seconds|DUR|PT2H21M12S}}, more than {{a minute|DUR|PT1M}} clear of the field. Each winner received {{$100,000|M|100000|USD}}, and Kiprotich earned a further {{$25,000|M|25000|USD}} for the course record, from a total purse of {{$650,000|M|650000|USD}}.

A record {{41,380|N|41380|runner}} runners started the {{26.2-mile|Q|26.2|mile}} race, and {{39,912|N|39912|runner}} finished, a completion rate of about {{96.5%|P|96.5}}. Runners came from {{112|N|112|country}} countries and all {{50|N|50|state}} states and ranged in age from {{18|A|18|year}} to {{87|A|87|year}}. The oldest finisher, retired teacher Dorothy Havel, wore bib No. 1123 and completed her {{40th|ORD|40}} marathon.

The elite field set off at {{7:30 a.m. Sunday|T|2024-10-13T07:30}}, when the temperature was {{46 degrees Fahrenheit|Q|46|degree Fahrenheit}}, and the rest of the runners followed in {{four|N|4|wave}} waves, released {{every 25 minutes|SET|PT25M}}. Gusts of up to {{25 mph|Q|25|mile per hour}} blew off the lake for much of the race, and the temperature had risen only to {{58°F|Q|58|degree Fahrenheit}} by the time the last runners finished.

Medical teams treated {{612|N|612|runner}} runners, mostly for cramps and mild hypothermia, and {{14|N|14|runner}} were taken to hospitals. A {{64-year-old|A|64|year}} man who collapsed near the finish was in stable condition on {{Monday|D|2024-10-14}}, organizers said.

Larkin, a {{29-year-old|A|29|year}} pharmacist from Grand Rapids who runs about {{110 miles|Q|110|mile}} {{a week|SET|P1W}} around his shifts, said he had not expected to finish on the podium. "I was {{10th|ORD|10}} at halfway and just kept picking people off," he said.

The race, launched in {{1979|D|1979}} with {{412|N|412|runner}} runners, was staged for the {{45th|ORD|45}} time; the {{2020|D|2020}} edition was cancelled because of the COVID-19 pandemic. Organizers said {{last week|D|2024-W41}} that the event brings about {{$210 million|M|210000000|USD}} to the region {{a year|SET|P1Y}}, and runners raised more than {{$18.5 million|M|18500000|USD}} for charity this time.

Roads along the lakefront course reopened by {{3 p.m. Sunday|T|2024-10-13T15:00}}, about {{an hour|DUR|PT1H}} later than planned, after city crews cleared between {{20|Q|20|tonne}} and {{25 tonnes|Q|25|tonne}} of paper cups and discarded clothing.

{{Next year|D|2025}}'s race is scheduled for {{Oct. 12, 2025|D|2025-10-12}}, and registration opens at {{noon on Nov. 4|T|2024-11-04T12:00}}. Entry will cost {{$195|M|195|USD}}, up from {{$180|M|180|USD}}. Full results are posted at lakehavenmarathon.org/results.
""")

# ---------------------------------------------------------------- news3-5 volcanic eruption (Saturday 2026-01-17)
art("news3-5", "2026-01-17", """
KAGOSHIMA, Japan — Mount Akane, a volcano in southern Japan, erupted at {{3:17 a.m. on Friday|T|2026-01-16T03:17}}, sending a column of ash about {{7,000 metres|Q|7000|metre}} into the sky and forcing more than {{8,400|N|8400|resident}} residents from towns on its slopes, officials said on {{Saturday|D|2026-01-17}}.

The Japan Meteorological Agency raised its alert to the highest level and barred entry within {{4 kilometres|Q|4|kilometre}} of the summit crater. Pyroclastic flows, fast-moving avalanches of hot gas and rock, travelled up to {{2.5 kilometres|Q|2.5|kilometre}} down the southern flank, and lava at about {{1,100°C|Q|1100|degree Celsius}} began spilling from a new vent on {{Friday afternoon|T|2026-01-16TAF}}.

{{Two|N|2|climber}} climbers who had been on the mountain overnight were missing, and {{11|N|11|person}} people were injured, {{three|N|3|person}} of them seriously, the Kagoshima prefectural government said. Among the injured was a {{74-year-old|A|74|year}} farmer whose greenhouse collapsed under falling rocks.

"It sounded like a jet engine right above the house," said Yumiko Tanabe, {{58|A|58|year}}, who fled with her husband and their {{two|N|2|dog}} dogs to a school gymnasium. "We left with nothing but our coats."

Evacuees were staying in {{32|N|32|shelter}} shelters, where temperatures dropped to {{minus 2 degrees Celsius|Q|-2|degree Celsius}}. The Self-Defense Forces sent about {{600|N|600|soldier}} troops and {{12|N|12|helicopter}} helicopters to help, and volunteers handed out blankets and hot meals.

The agency estimated that Akane had released about {{3.5 million tonnes|Q|3500000|tonne}} of ash by {{Saturday morning|T|2026-01-17TMO}}. Up to {{5 centimetres|Q|5|centimetre}} of ash fell on the city of Minamihara, {{22 kilometres|Q|22|kilometre}} to the northeast, where crews were working to clear roads.

Kagoshima Airport cancelled {{164|N|164|flight}} flights on {{Friday|D|2026-01-16}}, including Japan Airlines Flight 3741 from Tokyo, and bullet trains on the Kyushu Shinkansen line were halted for {{five hours|DUR|PT5H}} while ash was cleared from the tracks.

Instruments had recorded {{230|N|230|earthquake}} volcanic earthquakes in the {{24 hours|DUR|PT24H}} before the eruption, and the mountain's flanks swelled by about {{6 centimetres|Q|6|centimetre}} in {{December|D|2025-12}}, according to satellite data. The agency began warning of rising activity {{a year ago|D|2025|2025-01-17;2025-01}} and tightened restrictions on climbers earlier {{this month|D|2026-01}}.

"This is the largest eruption at Akane since {{1946|D|1946}}, and we cannot rule out a bigger eruption in the coming days," said Kenji Morimoto, {{66|A|66|year}}, a volcanologist at Kyoto University. "The magma chamber has been refilling for {{80 years|DUR|P80Y}}."

The prefecture approved emergency spending of {{1.2 billion yen|M|1200000000|JPY}} ({{$7.6 million|M|7600000|USD}}) on {{Saturday|D|2026-01-17}}, and farm groups estimate losses of at least {{¥3bn|M|3000000000|JPY}}. Ash has damaged about {{1,300 hectares|Q|1300|hectare}} of farmland, much of it planted with radishes and tangerines, and dairy farmers said about {{15%|P|15}} of their feed stocks had been spoiled.

Akane, which rises {{1,117 metres|Q|1117|metre}} above sea level, is among {{111|N|111|volcano}} active volcanoes in Japan. Its {{1946|D|1946}} eruption sent lava flows into the sea for about {{three months|DUR|P3M}}.

The central government will send a team of experts {{next week|D|2026-W04}}, and schools within {{10 kilometres|Q|10|kilometre}} of the crater will stay closed until at least {{Wednesday|D|2026-01-21}}. Residents can find shelter information at www.pref.kagoshima.jp or call the prefecture's disaster line at 099-286-2111.
""")

# ---------------------------------------------------------------- news3-6 university tuition decision (Friday 2025-06-13)
art("news3-6", "2025-06-13", """
HARRISBURG, Pa. — The trustees of Keystone State University voted {{11|N|11|vote}}-{{4|N|4|vote}} on {{Thursday|D|2025-06-12}} to raise in-state tuition by {{4.5%|P|4.5}}, ending a {{six-year|DUR|P6Y}} freeze and setting off protests by students who packed the meeting room.

Tuition for Pennsylvania residents will rise by {{$855|M|855|USD}} to {{$19,850|M|19850|USD}} {{a year|SET|P1Y}} when classes resume on {{Aug. 25|D|2025-08-25}}, while out-of-state students will pay {{$38,400|M|38400|USD}}, an increase of {{6%|P|6}}. Housing and meal charges will climb {{3.2%|P|3.2}} to an average of {{$13,100|M|13100|USD}}.

The university, which enrolls about {{46,000|N|46000|student}} students on {{five|N|5|campus}} campuses, faces a budget gap of {{$92 million|M|92000000|USD}} after state lawmakers cut its appropriation by {{8 percent|P|8}} {{last year|D|2024}}. Its health insurance costs alone rose {{$11 million|M|11000000|USD}} over the past {{two years|DUR|P2Y}}, the university's finance chief told trustees.

"Nobody on this board wanted to do this," said board chair Patricia Hollis, {{63|A|63|year}}. "But we cannot run a university in {{2025|D|2025}} on {{2019|D|2019}} money."

Students from families earning less than {{$75,000|M|75000|USD}} {{a year|SET|P1Y}} will be shielded from the increase, and about {{38%|P|38}} of in-state undergraduates will see no change in what they pay, the university said. The board also set aside {{$14.5 million|M|14500000|USD}} for need-based grants, up from {{$9 million|M|9000000|USD}}.

Between {{300|N|300|student}} and {{400|N|400|student}} students rallied outside the administration building at 1200 College Avenue before the meeting, which began at {{1 p.m. Thursday|T|2025-06-12T13:00}} and lasted more than {{four hours|DUR|PT4H}}. Campus police removed {{six|N|6|protester}} protesters from the room after they interrupted the vote.

"I already work {{25 hours|DUR|PT25H}} {{a week|SET|P1W}} at {{$15.50|M|15.5|USD}} {{an hour|SET|PT1H}}, and I still had to borrow," said Maya Torres, {{20|A|20|year}}, a {{third|ORD|3}}-year nursing student from Allentown. "Every increase means more shifts and less studying."

The share of Keystone graduates leaving with debt fell to {{58%|P|58}} from {{64%|P|64}} over the past {{10 years|DUR|P10Y}}, a drop of {{6 percentage points|P|6|percentage point}}, but the average borrower still owes about {{$31,200|M|31200|USD}}. Tuition at the university was last raised in {{2019|D|2019}}, by {{2.9%|P|2.9}}.

The faculty union, whose {{2,100|N|2100|member}} members have worked without a contract for just over {{a year|DUR|P1Y}}, said the extra money should go to classrooms rather than administrators. Its president, Alan Reyes, said faculty pay had risen only {{2%|P|2}} since {{2022|D|2022}}.

The governor's budget, proposed in {{February|D|2025-02}}, would restore {{$40 million|M|40000000|USD}} of the cut, but lawmakers have until {{June 30|D|2025-06-30}} to pass a spending plan and missed that deadline by several months in {{2023|D|2023}}. If more state money arrives by the {{end of the month|D|2025-06}}, trustees could scale back the increase at a meeting on {{July 17|D|2025-07-17}}, Hollis said.

Even after the increase, Keystone's in-state tuition will be about {{$1,400|M|1400|USD}} below the average at the state's other public research universities, according to a university analysis, and its {{four|N|4|campus}} branch campuses will keep lower rates for another {{two years|DUR|P2Y}}.

Bills for the new term will be sent to students {{next month|D|2025-07}}. The board's resolution, No. 2025-14, and the full budget are posted at keystone.edu/tuition.
""")

# ---------------------------------------------------------------- news3-7 court fine for river pollution (Wednesday 2023-04-05)
art("news3-7", "2023-04-05", """
LEEDS, England — A chemicals manufacturer was fined {{£4.2 million|M|4200000|GBP}} on {{Tuesday|D|2023-04-04}} after a leak of toxic waste killed an estimated {{38,000|N|38000|fish}} fish along a {{14-kilometre|Q|14|kilometre}} stretch of the River Aire in West Yorkshire.

Judge Samantha Greaves, sitting at Leeds Crown Court, also ordered Calderbrook Chemicals Ltd to pay {{£386,000|M|386000|GBP}} in costs to the Environment Agency and {{£250,000|M|250000|GBP}} towards restocking the river. The company, which pleaded guilty in {{January|D|2023-01}} to {{three|N|3|charge}} charges of breaching its environmental permit, has {{28 days|DUR|P28D}} to pay. Under sentencing guidelines, fines for a large company in this category range from {{£1m|M|1000000|GBP}} to {{£5m|M|5000000|GBP}}.

The court heard that about {{23,000 litres|Q|23000|litre}} of ammonia-rich waste escaped from a cracked storage tank and flowed into the river through a surface-water drain over roughly {{six hours|DUR|PT6H}}, beginning at about {{11:40 p.m. on 14 August 2021|T|2021-08-14T23:40}}. Staff did not alert the agency for more than {{seven hours|DUR|PT7H}}. The river was unusually warm, at about {{19C|Q|19|degree Celsius}}, which left the fish short of oxygen, an ecologist told the court.

"This was not a momentary lapse," the judge said. "The tank had been leaking for at least {{18 months|DUR|P18M}}, and managers were warned about it in {{three|N|3|report}} separate inspection reports."

The site's former manager, Neil Ashworth, {{58|A|58|year}}, was given a {{12-month|DUR|P12M}} prison sentence suspended for {{two years|DUR|P2Y}}, fined {{£15,000|M|15000|GBP}} and ordered to carry out {{200 hours|DUR|PT200H}} of unpaid work. He must report to the probation service by {{Monday|D|2023-04-10}}.

Calderbrook, which employs about {{420|N|420|person}} people at its plant in Castleford, had a turnover of {{£212m|M|212000000|GBP}} in {{2022|D|2022}}. Its German parent, Rheinwerk AG, reported a profit of {{€1.1bn|M|1100000000|EUR}} {{last year|D|2022}}. The fine is the largest for a pollution offence in Yorkshire, beating the previous record of {{£1.5m|M|1500000|GBP}} set in {{2019|D|2019}}.

Environment Agency surveys found that fish numbers on the affected stretch were still about {{40 per cent|P|40}} below their {{2020|D|2020}} levels {{last summer|D|2022-SU}}, and officers said the river could take up to {{five years|DUR|P5Y}} to recover fully. The agency plans to release {{10,000|N|10000|fish}} to {{15,000|N|15000|fish}} young trout and grayling into the Aire {{every year|SET|P1Y}} until {{2026|D|2026}}.

"I've fished this river for {{40 years|DUR|P40Y}} and I have never seen anything like it," said Mick Holroyd, {{67|A|67|year}}, secretary of the Castleford Angling Club, which has {{230|N|230|member}} members. "We were pulling dead fish out for {{a week|DUR|P1W}}."

The agency's area manager, Ruth Okonjo, said the sentence sent "a clear message to every operator in the country". Her team has brought {{17|N|17|prosecution}} prosecutions for water pollution in Yorkshire since {{April 2020|D|2020-04}}, and fines in those cases have totalled nearly {{£9m|M|9000000|GBP}}.

Calderbrook said in a statement that it had spent {{£3.4m|M|3400000|GBP}} on new tanks, alarms and drainage since the leak and would complete the work by the {{end of the year|D|2023}}. A separate civil claim brought by {{62|N|62|landowner}} landowners and fishing clubs is due to be heard in {{June|D|2023-06}}.

The case number is T20227041. Pollution incidents can be reported to the agency's hotline on 0800 80 70 60.
""")

# ---------------------------------------------------------------- news3-8 wind farm approval (Monday 2026-07-20)
art("news3-8", "2026-07-20", """
SANTIAGO DE COMPOSTELA, Spain — Spain's government on {{Friday|D|2026-07-17}} approved a {{650-megawatt|Q|650|megawatt}} wind farm in the hills of Galicia, ending a {{20-year|DUR|P20Y}} conflict between developers, farmers and environmental groups over what will be the largest onshore wind project in the European Union.

The Serra Alta project will have {{92|N|92|turbine}} turbines, each up to {{200 metres|Q|200|metre}} tall, spread across about {{4,800 hectares|Q|4800|hectare}} of upland pasture and pine forest. It is expected to generate about {{1,900 gigawatt-hours|Q|1900|gigawatt-hour}} of electricity {{a year|SET|P1Y}}, enough for roughly {{540,000|N|540000|home}} homes, according to the Ministry for the Ecological Transition.

The developer, Ventos do Norte, will invest about {{€1.1bn|M|1100000000|EUR}}, of which its Japanese partner, Hoshino Corp., will contribute about {{¥70 billion|M|70000000000|JPY}}. Landowners will receive {{€6,500|M|6500|EUR}} per turbine {{a year|SET|P1Y}}, and the {{11|N|11|municipality}} municipalities involved will share a further {{€2.3m|M|2300000|EUR}} {{a year|SET|P1Y}}.

The project was proposed in {{2006|D|2006}} with {{140|N|140|turbine}} turbines, but courts annulled its permits in {{2014|D|2014}} and again in {{2021|D|2021}}, citing flaws in the environmental review. The approved design moves {{23|N|23|turbine}} turbines at least {{1.5 kilometres|Q|1.5|kilometre}} away from the nearest village.

"We have spent {{two decades|DUR|P20Y}} in courtrooms," said Carmen Outeiro, the chief executive of Ventos do Norte. "Now we can spend the next {{14 months|DUR|P14M}} building."

Construction will begin in {{October|D|2026-10}}, and the farm should begin supplying power to the grid by {{December 2027|D|2027-12}}. It will create about {{1,200|N|1200|job}} construction jobs and {{85|N|85|job}} permanent ones. The ridges have average wind speeds of {{8.5 metres per second|Q|8.5|metre per second}}, and the turbines are designed to withstand gusts of up to {{180 km/h|Q|180|kilometre per hour}}. Power will flow through a {{48-kilometre|Q|48|kilometre}} line at {{400 kilovolts|Q|400|kilovolt}} to a substation near Lugo.

Opponents are not giving up. Environmental groups said the turbines would cut through territory used by the Iberian wolf and by {{17|N|17|species}} protected bird species, and they plan to appeal to the Supreme Court within {{two months|DUR|P2M}}.

"My family has kept cattle on these hills since {{1890|D|1890}}," said Xosé Pereira, {{71|A|71|year}}, who grazes about {{140|N|140|cow}} cows near the village of Vilarmaior. "They are offering us money for land that was never for sale."

Wind supplied {{23.2%|P|23.2}} of Spain's electricity {{last year|D|2025}}, {{1.4 percentage points|P|1.4|percentage point}} more than in {{2024|D|2024}}, and the government aims for {{81%|P|81}} of power to come from renewable sources by {{2030|D|2030}}. Spain installed about {{1,300 megawatts|Q|1300|megawatt}} of new wind capacity in {{2025|D|2025}}, according to the industry group AEE, well short of the {{4,000 megawatts|Q|4000|megawatt}} {{a year|SET|P1Y}} it says the country needs. Galicia's regional high court blocked {{four|N|4|project}} smaller wind farms earlier {{this year|D|2026}}.

The approval came as firefighters in neighbouring Ourense province brought under control wildfires that burned about {{9,000 hectares|Q|9000|hectare}} {{last week|D|2026-W29}}, when temperatures reached {{44.1C|Q|44.1|degree Celsius}}. Thousands of residents were evacuated.

The energy minister will sign the permit at a ceremony in Santiago at {{noon on Thursday|T|2026-07-23T12:00}}. The environmental statement, file PEol-412, is published at www.miteco.gob.es.
""")
