# Articles for news-mentions-4, with inline annotations {{span|KIND|value|unit|alt1;alt2}} (see make_news.py).
ARTICLES = []


def art(cid, ref, body):
    ARTICLES.append((cid, ref, body.strip("\n")))


# ---------------------------------------------------------------- news4-1 emergency-department waits (Thursday 2022-11-10)
art("news4-1", "2022-11-10", """
NORTHBRIDGE, England — Patients at the emergency department of Northbridge Royal Infirmary waited an average of {{5 hours and 40 minutes|DUR|PT5H40M|PT340M}} to be admitted, transferred or sent home in {{October|D|2022-10}}, the longest since comparable records began in {{2011|D|2011}}, according to a report published on {{Thursday|D|2022-11-10}} by the Healthcare Standards Authority.

Only {{58.2 per cent|P|58.2}} of patients were seen within the {{four-hour|DUR|PT4H}} target, against a national standard of {{95 per cent|P|95}} and an interim goal of {{76 per cent|P|76}} that ministers want hospitals to reach by {{March 2024|D|2024-03}}. {{A year ago|D|2021-10|2021;2021-11;2021-11-10}} the figure was {{71 per cent|P|71}}.

Inspectors who made an unannounced visit on {{Monday|D|2022-11-07}} found {{43|N|43|patient}} patients on trolleys in corridors shortly after {{3 p.m.|T|2022-11-07T15:00|T15:00;T15}}, some of whom had been there since the {{previous evening|T|2022-11-06TEV}}. Ambulances queued outside for up to {{nine hours|DUR|PT9H}}, and a {{92-year-old|A|92|year}} woman with a broken hip waited {{31 hours|DUR|PT31H}} for a ward bed.

"It is not safe, and everyone in that building knows it," said Dr. Fiona Kerr, {{53|A|53|year}}, the infirmary's clinical lead for emergency medicine, who has worked in the department for {{22 years|DUR|P22Y}}. "We are treating patients in chairs because we have run out of cubicles."

The department recorded {{11,482|N|11482|attendance}} attendances in {{October|D|2022-10}}, an average of about {{370|N|370|patient}} patients {{a day|SET|P1D}}, up {{9 per cent|P|9}} on the same month {{last year|D|2021}}. More than {{1,200|N|1200|patient}} patients spent {{12 hours|DUR|PT12H}} or longer in the department, compared with {{310|N|310|patient}} in {{October 2021|D|2021-10}}.

{{One in four|P|25}} patients who arrived by ambulance waited more than {{an hour|DUR|PT1H}} to be handed over to hospital staff, against a {{15-minute|DUR|PT15M}} standard. Paramedics lost {{4,100 hours|DUR|PT4100H}} outside the hospital during the month, the equivalent of taking about {{eight|N|8|ambulance}} ambulances off the road {{every day|SET|P1D}}, the regional ambulance service said.

The report blamed a shortage of beds elsewhere in the hospital. On an average day, {{96|N|96|patient}} patients who were medically fit to leave could not be discharged because no care-home place or home support was available, occupying about {{two-thirds|N|0.6666666666666666}} of the beds on its elderly-care wards. Bed occupancy stood at {{97.4 per cent|P|97.4}}.

The trust has {{187|N|187|vacancy}} vacancies for registered nurses, a vacancy rate of {{14 per cent|P|14}}, and spent {{£6.8m|M|6800000|GBP}} on agency staff in the {{six months|DUR|P6M}} to {{September|D|2022-09}}. Some nurses had worked {{13|N|13|shift}} shifts in a row, the report said.

Chief executive Martin Oduya said the trust would open a {{24|N|24|bed}}-bed acute medical unit by the {{end of March|D|2023-03}} and recruit {{a dozen|N|12|doctor}} additional emergency doctors at a cost of {{£3.1 million|M|3100000|GBP}} {{a year|SET|P1Y}}. A new urgent treatment centre for minor injuries on the Eastgate site is due to open {{next spring|D|2023-SP}}.

"We accept the findings in full," Oduya said. "Our staff have been working under extraordinary pressure for the past {{18 months|DUR|P18M}}, and they deserve better than this."

The authority rated the department "inadequate" and gave the trust {{28 days|DUR|P28D}} to submit an improvement plan. Inspectors will return within {{10|DUR|P10W}}-{{12 weeks|DUR|P12W}}, ahead of what doctors expect to be the hardest months in the health service's {{74-year|DUR|P74Y}} history.

Health officials urged people with minor ailments to call NHS 111 or visit a pharmacy before going to the emergency department. The hospital's patient advice service can be reached on 01632 960 441.
""")

# ---------------------------------------------------------------- news4-2 chemical train derailment (Wednesday 2023-03-08)
art("news4-2", "2023-03-08", """
MILLBROOK, Ohio — Hundreds of residents of this small town were allowed to return home on {{Tuesday|D|2023-03-07}}, {{four days|DUR|P4D}} after a freight train carrying hazardous chemicals derailed and caught fire on its outskirts, but officials warned that the cleanup could take many months.

The eastbound Great Lakes Central train, designated 32N, was hauling {{three|N|3|locomotive}} locomotives and {{112|N|112|car}} cars when it left the tracks at about {{11:50 p.m. on Friday|T|2023-03-03T23:50}} while travelling at {{47 mph|Q|47|mile per hour}}, just under the {{50 mph|Q|50|mile per hour}} limit for that stretch, according to the National Transportation Safety Board. Of the {{38|N|38|car}} cars that derailed, {{11|N|11|car}} were carrying hazardous materials, including about {{180,000 gallons|Q|180000|gallon}} of vinyl chloride and butyl acrylate.

Investigators said an overheated wheel bearing was the likely cause. A trackside detector recorded the bearing at {{253 degrees Fahrenheit|Q|253|degree Fahrenheit}} above the surrounding air temperature about {{20 miles|Q|20|mile}} before the crash, but the crew received an alarm only {{90 seconds|DUR|PT90S|PT1M30S}} before the derailment.

About {{2,100|N|2100|resident}} residents within a {{1-mile|Q|1|mile}} radius were ordered to leave on {{Saturday morning|T|2023-03-04TMO}}. The {{following day|D|2023-03-05}}, crews deliberately vented and burned the contents of {{five|N|5|tank car}} tank cars to prevent an explosion, sending a plume of black smoke more than {{1,000 feet|Q|1000|foot}} into the air that could be seen {{15 miles|Q|15|mile}} away. Firefighters kept water on the wreckage overnight.

The Ohio Environmental Protection Agency said it had tested the air in {{540|N|540|home}} homes and found no readings above safety levels. But about {{3,500|N|3500|fish}} fish died along {{7.5 miles|Q|7.5|mile}} of streams, and contractors have removed nearly {{4,800 tons|Q|4800|ton}} of contaminated soil and {{1.2 million gallons|Q|1200000|gallon}} of water.

"My kids keep asking me whether the water is safe, and I can't give them an answer," said Rachel Dunham, {{34|A|34|year}}, who lives {{half a mile|Q|0.5|mile}} from the crash site with her {{two|N|2|child}} children. "We were told to get out with {{20 minutes|DUR|PT20M}} of warning."

Great Lakes Central, which operates about {{6,300 miles|Q|6300|mile}} of track in {{nine|N|9|state}} states, said it had set up a {{$5 million|M|5000000|USD}} fund for residents and was paying {{$1,000|M|1000|USD}} to each evacuated household. It said it had reimbursed more than {{1,400|N|1400|family}} families so far.

Federal regulators said it was the {{third|ORD|3}} derailment involving hazardous materials on the company's network since {{January|D|2023-01}}. Nationally, trains have derailed roughly {{1,000|N|1000|derailment}} times {{a year|SET|P1Y}} over the past {{decade|DUR|P10Y}}, according to federal data.

{{Two|N|2|senator}} U.S. senators from Ohio introduced a bill on {{Monday|D|2023-03-06}} that would require trackside detectors at least every {{10 miles|Q|10|mile}} on routes used by hazardous cargo and crews of at least {{two|N|2|person}} people on every freight train.

The railroad's chief executive, Alan Prescott, apologized at a town meeting in the Millbrook High School gym on {{Tuesday night|T|2023-03-07TNI}}. "We will be here for as long as it takes," he told about {{600|N|600|person}} people.

The NTSB said its preliminary report would be released within {{30 days|DUR|P30D}}, and that a final report typically takes {{12|DUR|P12M}} to {{18 months|DUR|P18M}}. The Environmental Protection Agency's docket for the site is EPA-R05-OAR-2023-0117. Residents with questions can call the company's assistance center at 1-866-555-0142.
""")

# ---------------------------------------------------------------- news4-3 football transfer and club finances (Friday 2024-08-30)
art("news4-3", "2024-08-30", """
LONDON — Ashworth United have agreed to sign the Brazilian winger Rafael Nogueira from Porto Azul for a club-record fee of {{£68m|M|68000000|GBP}}, which could rise to {{£80m|M|80000000|GBP}} with add-ons, the club announced on {{Friday|D|2024-08-30}}, hours before the transfer window closes at {{11pm|T|2024-08-30T23:00}}.

Nogueira, a {{23-year-old|A|23|year}} who starred for Brazil at Copa América 2024, has signed a {{five-year|DUR|P5Y}} contract with the option of a {{sixth|ORD|6}} year. He will earn about {{£220,000|M|220000|GBP}} {{a week|SET|P1W}}, making him the {{second|ORD|2}}-highest-paid player at the club. He scored {{19|N|19|goal}} goals and provided {{11|N|11|assist}} assists in {{44|N|44|appearance}} appearances for Porto Azul in the campaign that ended in {{May|D|2024-05}}, and he scored in their {{4|N|4|goal}}-{{2|N|2|goal}} win over Maringá on {{Saturday|D|2024-08-24}}.

The fee will be paid in {{three|N|3|instalment}} instalments over {{two years|DUR|P2Y}}, and agents' fees on the deal are expected to come to {{£3m|M|3000000|GBP}} to {{£5m|M|5000000|GBP}}. He will wear the No. 7 shirt.

Porto Azul, who signed Nogueira from an academy in Recife when he was {{16|A|16|year}}, paid just {{€2.5m|M|2500000|EUR}} for him in {{2019|D|2019}} and will also receive {{15%|P|15}} of any profit on a future sale.

The signing comes {{a week|DUR|P1W}} after Ashworth reported a pre-tax loss of {{£124.5m|M|124500000|GBP}} for the {{12 months|DUR|P12M}} to the {{end of June|D|2024-06}}, its {{fifth|ORD|5}} loss in a row. Revenue rose {{11%|P|11}} to a record {{£493m|M|493000000|GBP}}, driven by the return of Champions League football, but the wage bill climbed to {{£351m|M|351000000|GBP}}, or {{71%|P|71}} of revenue, above the {{70%|P|70}} ceiling that Uefa's squad-cost rule will impose from {{2025|D|2025}}.

Net debt rose to {{£612m|M|612000000|GBP}}, including a {{£400m|M|400000000|GBP}} loan taken out to redevelop the {{61,000|N|61000|seat}}-seat Harcourt Road stadium, where work is due to finish by {{next summer|D|2025-SU}}.

Premier League rules allow clubs to lose up to {{£105m|M|105000000|GBP}} over {{three years|DUR|P3Y}}. Ashworth said its losses under the rules, which exclude spending on stadiums, women's football and the academy, were well within the limit.

To help balance the books, the club sold the midfielder Callum Reeves to Bayern Munich for {{€35m|M|35000000|EUR}} ({{£29.5m|M|29500000|GBP}}) earlier {{this month|D|2024-08}}, and has sent {{four|N|4|player}} players abroad on loan.

"We are not a selling club, but we have to live within our means," said the chief executive, Helen Marsh-Avery. "Every pound we spend on a player has to be a pound we have earned."

Supporters are less convinced. The Ashworth Supporters' Trust said season-ticket prices had risen {{6%|P|6}} {{this summer|D|2024-SU}}, to an average of {{£1,045|M|1045|GBP}}, and that the cheapest adult ticket for a single match now costs {{£58|M|58|GBP}}.

Manager Sofia Lindgren, {{44|A|44|year}}, who has won {{two|N|2|trophy}} trophies since arriving in {{January 2022|D|2022-01}}, said Nogueira could make his debut against Kingsmere on {{Sunday|D|2024-09-01}}, the club's last match before the international break.

"He is quick, he is brave, and he is only going to get better," Lindgren said. "For {{137 years|DUR|P137Y}} this club has waited for players like him."

The deal still requires a work permit, which the club expects to receive within {{10 days|DUR|P10D}}. Ashworth's ticket office can be reached on 0161 496 0732.
""")

# ---------------------------------------------------------------- news4-4 drought and crop yields (Wednesday 2022-08-17)
art("news4-4", "2022-08-17", """
MADRID — Spain's grain harvest will shrink to about {{14.1 million tonnes|Q|14100000|tonne}} {{this year|D|2022}}, down {{27%|P|27}} from {{2021|D|2021}} and the smallest since {{1995|D|1995}}, the national federation of farm cooperatives said on {{Wednesday|D|2022-08-17}}, as the worst drought in decades scorched fields across the central plateau.

Parts of Castile and León received just {{112mm|Q|112|millimetre}} of rain between {{October|D|2021-10}} and {{June|D|2022-06}}, less than {{half|N|0.5}} the long-term average of {{340mm|Q|340|millimetre}}, and temperatures reached {{44.5C|Q|44.5|degree Celsius}} in Córdoba on {{July 14|D|2022-07-14}}. The drought is now in its {{18th|ORD|18}} month.

Wheat yields averaged {{2.3 tonnes|Q|2.3|tonne}} per hectare, compared with {{3.4 tonnes|Q|3.4|tonne}} {{a year earlier|D|2021}}, while barley yields fell by {{31%|P|31}}. Farmers planted about {{5.9 million hectares|Q|5900000|hectare}} of cereals in the {{autumn|D|2021-FA}}, but just under {{800,000 hectares|Q|800000|hectare}} were never harvested because the crop was not worth the cost of the diesel.

"I have never seen anything like it," said Manuel Ortega, {{58|A|58|year}}, who grows wheat and barley on {{420 hectares|Q|420|hectare}} near Valladolid. "My father farmed this land for {{40 years|DUR|P40Y}}, and he never had a year like this. Some fields gave us {{600 kilos|Q|600|kilogram}} a hectare. That doesn't even pay for the seed."

The federation's survey of {{2,350|N|2350|farm}} farms found that {{four in 10|P|40}} expected to make a loss, and that about {{15%|P|15}} were considering selling part of their land or livestock. Feed prices have risen {{35%|P|35}} since {{January|D|2022-01}}, and the price of fertiliser has more than doubled since the start of the war in Ukraine.

The government approved {{€1.2bn|M|1200000000|EUR}} in emergency aid on {{Tuesday|D|2022-08-16}}, including direct payments of up to {{€15,000|M|15000|EUR}} per farm and a {{20%|P|20}} cut in electricity costs for irrigation. Farm groups said the package would cover barely a fraction of losses they estimate at between {{€4bn|M|4000000000|EUR}} and {{€5bn|M|5000000000|EUR}}.

Reservoirs in the Guadalquivir basin, which supply Andalusia's olive groves and rice paddies, were at {{24.6%|P|24.6}} of capacity {{last week|D|2022-W32}}, and water authorities have cut irrigation allowances by {{60%|P|60}}. Farmers in the basin may now irrigate only twice {{a week|SET|P1W}}, for no more than {{six hours|DUR|PT6H}} at a time. Olive oil output is forecast to fall by {{40%|P|40}}, to about {{850,000 tonnes|Q|850000|tonne}}, pushing up prices in supermarkets from London to Berlin.

Rice growers have been hit hardest: only about {{12,000 hectares|Q|12000|hectare}} of paddy were sown around Seville, against {{36,000|Q|36000|hectare}} in a normal year, and the regional rice association said some {{2,000|N|2000|job}} seasonal jobs had been lost.

The state meteorological agency said the {{three months|DUR|P3M}} to {{July|D|2022-07}} were the hottest since its records began in {{1961|D|1961}}, with an average temperature of {{24.1C|Q|24.1|degree Celsius}}. It does not expect significant rain before {{September|D|2022-09}}.

The agriculture ministry will publish its final harvest estimate by the {{end of October|D|2022-10}}. Agriculture Minister Luis Planas is due to meet regional officials in Zaragoza on {{Aug. 25|D|2022-08-25}}, and the European Commission is considering a request from Madrid to release an advance of {{70%|P|70}} of {{this year|D|2022}}'s farm subsidies in {{October|D|2022-10}} instead of {{December|D|2022-12}}.
""")

# ---------------------------------------------------------------- news4-5 housing and rent survey (Tuesday 2025-01-28)
art("news4-5", "2025-01-28", """
PORT ALDER, B.C. — Rents in Port Alder have risen for the {{11th|ORD|11}} consecutive quarter, with the average asking rent for a {{one|N|1|bedroom}}-bedroom apartment reaching {{C$2,460|M|2460|CAD}} {{per month|SET|P1M}} in {{December|D|2024-12}}, up {{8.3%|P|8.3}} from {{a year earlier|D|2023-12|2023}}, according to the city's housing survey released on {{Monday|D|2025-01-27}}.

{{Two|N|2|bedroom}}-bedroom units averaged {{C$3,180|M|3180|CAD}}, and the vacancy rate fell to {{0.9%|P|0.9}}, the lowest since the survey began in {{1998|D|1998}}. Housing economists generally consider a rate of about {{3%|P|3}} to be healthy.

The survey of {{14,200|N|14200|unit}} rental units found that nearly {{four in 10|P|40}} renter households spend more than {{30%|P|30}} of their income on housing, and that {{one in eight|P|12.5}} spends more than {{half|N|0.5}}. In the downtown core, a {{one|N|1|bedroom}}-bedroom unit averaged {{C$2,890|M|2890|CAD}}, about {{17%|P|17}} above the city-wide figure, and rents in buildings completed since {{2020|D|2020}} rose {{11.6%|P|11.6}} over the past {{12 months|DUR|P12M}}.

"I've moved {{three|N|3|time}} times in {{four years|DUR|P4Y}}, and every time the rent went up by hundreds of dollars," said Aisha Rahman, {{29|A|29|year}}, a paramedic. Her landlord at 1420 Kingsway raised the rent on her {{two|N|2|bedroom}}-bedroom flat by {{C$350|M|350|CAD}} when her lease expired in {{October|D|2024-10}}. "I work {{12-hour|DUR|PT12H}} shifts keeping this city alive, and I can't afford to live in it."

Buyers fared somewhat better. The benchmark price of a detached house fell {{2.1%|P|2.1}} in {{2024|D|2024}}, to {{C$1.42 million|M|1420000|CAD}}, while condominium prices were flat at about {{C$748,000|M|748000|CAD}}. The Bank of Canada has cut its key rate by {{1.75 percentage points|P|1.75|percentage point}} since {{June|D|2024-06}}, to {{3.25%|P|3.25}}, and economists expect another cut when it announces its next decision on {{Wednesday|D|2025-01-29}}.

But supply remains the problem, the report said. Builders started {{4,870|N|4870|home}} homes in the city in {{2024|D|2024}}, about {{1,100|N|1100|home}} short of the provincial target of {{6,000|N|6000|home}} {{a year|SET|P1Y}}. Developers say construction costs have risen to between {{C$450|M|450|CAD}} and {{C$600|M|600|CAD}} per square foot, and that projects now take {{18|DUR|P18M}} to {{24 months|DUR|P24M}} to get through the city's permit process.

More than {{9,400|N|9400|household}} households are on the waiting list for subsidized housing, where the average wait is {{seven years|DUR|P7Y}}. A count of homeless people carried out over {{24 hours|DUR|PT24H}} {{last March|D|2024-03}} found {{2,316|N|2316|person}} people without a permanent home, up {{19%|P|19}} from {{2021|D|2021}}.

Provincial rules cap increases for existing tenants at {{3%|P|3}} in {{2025|D|2025}}, but landlords can raise rents without limit between tenancies, which the survey said encouraged evictions. Complaints to the residential tenancy office about so-called renovictions rose to {{612|N|612|complaint}} {{last year|D|2024}}.

Mayor Daniel Whitcombe said the council would vote {{next month|D|2025-02}} on a plan to allow buildings of up to {{six|N|6|storey}} storeys near SkyTrain stations and to waive development fees of about {{C$40,000|M|40000|CAD}} per unit for non-profit housing. The city aims to approve {{25,000|N|25000|home}} new homes by {{2030|D|2030}}, the goal of its Homes for Port Alder 2030 strategy.

"There's no single fix," Whitcombe said. "But if we don't build faster, a whole generation is going to leave."

Renters facing eviction can call the tenant hotline at 604-555-0199 or dial 311.
""")

# ---------------------------------------------------------------- news4-6 cyber-attack on a retailer (Thursday 2025-06-05)
art("news4-6", "2025-06-05", """
MINNEAPOLIS — Northway Stores, the Midwest discount chain, said on {{Wednesday|D|2025-06-04}} that hackers had stolen the names, addresses and partial payment-card details of about {{8.7 million|N|8700000|customer}} customers in a cyber-attack that has crippled its online business for nearly {{two weeks|DUR|P2W}}.

The company said the attackers broke into its systems on {{May 21|D|2025-05-21}} using a contractor's stolen password and were discovered {{three days later|D|2025-05-24|P3D}}, when staff at its data center noticed files being encrypted shortly after {{2 a.m.|T|2025-05-24T02:00|T02:00;T02}}. The intruders exploited an unpatched server running Windows Server 2016, a flaw tracked as CVE-2025-21298.

Its website and app have been offline since then, and customers have been unable to use gift cards or pick up online orders at any of its {{412|N|412|store}} stores. In the past {{48 hours|DUR|PT48H}}, more than {{30,000|N|30000|customer}} customers have called its helpline, the company said.

A criminal group calling itself Blackreef has claimed responsibility and demanded a ransom of {{$25 million|M|25000000|USD}} in bitcoin. Northway said it would not pay.

Chief executive Laura Benning, {{52|A|52|year}}, said the attack would cut operating profit by {{$80 million|M|80000000|USD}} to {{$110 million|M|110000000|USD}} in the {{second quarter|D|2025-Q2}}. Online sales make up about {{18%|P|18}} of revenue and normally bring in roughly {{$14 million|M|14000000|USD}} {{a day|SET|P1D}}.

"I am deeply sorry," Benning said in a video message to customers. "We let you down, and we will earn back your trust."

Shares of Northway fell {{7.2%|P|7.2}} to {{$41.06|M|41.06|USD}} on {{Wednesday|D|2025-06-04}}, wiping about {{$640 million|M|640000000|USD}} off its market value. They have lost {{23%|P|23}} since the attack was first disclosed on {{May 27|D|2025-05-27}}.

Police in Britain, working with the FBI, arrested a {{19-year-old|A|19|year}} man in Leeds and a {{17-year-old|A|17|year}} in Bristol on {{Tuesday|D|2025-06-03}} on suspicion of computer misuse and blackmail. Both were released on bail.

Banks have replaced about {{a quarter of a million|N|250000|card}} payment cards as a precaution, and Northway is offering affected customers {{24 months|DUR|P24M}} of free credit monitoring. Under Minnesota law, it must notify each customer in writing within {{45 days|DUR|P45D}} of confirming a breach.

It is the {{second|ORD|2}} breach at the company in {{six years|DUR|P6Y}}. In {{2019|D|2019}}, hackers took about {{1.1 million|N|1100000|record}} customer records from its loyalty program. The average cost of a data breach for a U.S. retailer was {{$3.48 million|M|3480000|USD}} {{last year|D|2024}}, according to an industry study, but analysts said Northway's bill would be far higher.

"This is among the largest retail breaches we've seen in the U.S. in {{a decade|DUR|P10Y}}," said Priya Venkataraman, a security researcher at the consultancy Halcyon Risk. "Retailers are attractive targets because they hold so much data and can't afford to be offline for long."

Benning said the website would be back online by the {{end of June|D|2025-06}}, although a full restoration of its systems could take {{six|DUR|P6W}} to {{eight weeks|DUR|P8W}}. The company has postponed its investor day to {{June 12|D|2025-06-12}}, {{a week|DUR|P1W}} later than planned.

Customers can call the company's helpline at 1-800-555-0136, which is open from {{7 a.m.|T|T07:00}} to {{10 p.m.|T|T22:00}} Central time.
""")

# ---------------------------------------------------------------- news4-7 space launch delay (Friday 2026-02-13)
art("news4-7", "2026-02-13", """
CAPE CANAVERAL, Fla. — The launch of the Meridian lunar lander was called off again on {{Thursday|D|2026-02-12}} after engineers detected a pressure drop in a helium line on the upper stage of its Falcon 9 rocket, SpaceX and the lander's builder, Kestrel Lunar Systems, said.

It was the {{third|ORD|3}} scrub in {{eight days|DUR|P8D}} for the {{$420 million|M|420000000|USD}} mission, which had already suffered a {{14-month|DUR|P14M}} delay because of problems with the lander's main engine. The {{first|ORD|1}} attempt, on {{Feb. 4|D|2026-02-04}}, was stopped by high winds, and the {{second|ORD|2}}, {{two days later|D|2026-02-06|P2D}}, by a faulty valve on the launch pad.

On {{Thursday|D|2026-02-12}} the countdown was halted at {{4:12 a.m.|T|2026-02-12T04:12|T04:12}}, {{40 minutes|DUR|PT40M}} before the planned liftoff from Launch Complex 39A. The next attempt is planned for {{Tuesday|D|2026-02-17}}, with an instantaneous launch window at {{09:40|T|2026-02-17T09:40|T09:40}} local time.

"Space is hard, and we would rather be on the ground wishing we were in the air than the other way around," said Maria Olufemi, {{47|A|47|year}}, a former NASA engineer who founded Kestrel in {{2017|D|2017}}. "We have waited {{three years|DUR|P3Y}} for this. We can wait a few more days."

The {{2,100-kilogram|Q|2100|kilogram}} lander, about the size of a small car, is due to touch down near the moon's south pole after a journey of about {{384,000 km|Q|384000|kilometre}} lasting {{nine days|DUR|P9D}}. It carries {{nine|N|9|instrument}} NASA instruments under a {{$118 million|M|118000000|USD}} contract, including a drill that can reach {{1 metre|Q|1|metre}} below the surface in search of water ice, where temperatures can fall to {{minus 230 degrees Celsius|Q|-230|degree Celsius}}.

Because of the moon's position, launch opportunities that allow a landing in daylight at the chosen site come on only {{four|N|4|day}} days {{each month|SET|P1M}}. If Meridian does not fly by {{Feb. 20|D|2026-02-20}}, the next window would not open until {{March 18|D|2026-03-18}}, Kestrel said, adding about {{$1.5 million|M|1500000|USD}} to the cost of the mission for {{every week|SET|P1W}} of delay.

Forecasters at the 45th Weather Squadron gave a {{70%|P|70}} chance of acceptable weather for {{Tuesday|D|2026-02-17}}, with winds of up to {{18 knots|Q|18|knot}}. The main concern is thick cloud along the coast, which tends to build in the hours after dawn.

The mission, designated KL-2, is the {{second|ORD|2}} for Kestrel, whose {{first|ORD|1}} lander tipped over on landing {{a year ago|D|2025|2025-02;2025-02-13}}, ending its mission after about {{30 hours|DUR|PT30H}}. The company, which has {{210|N|210|employee}} employees, has raised about {{$260 million|M|260000000|USD}} from investors.

NASA has paid commercial companies more than {{$2.6 billion|M|2600000000|USD}} to deliver experiments to the moon, and officials said on {{Wednesday|D|2026-02-11}} that they expected between {{three|N|3|mission}} and {{five|N|5|mission}} such missions to launch {{this year|D|2026}}. The agency's crewed Artemis II flight around the moon is now targeted for {{April|D|2026-04}}, and NASA said it would decide by the {{end of March|D|2026-03}} whether to move any of its instruments to later flights.

SpaceX has launched Falcon 9 rockets more than {{600|N|600|time}} times since {{2010|D|2010}}, and a booster on this mission is set to fly for the {{21st|ORD|21}} time before landing on a drone ship about {{600 km|Q|600|kilometre}} off the coast.
""")

# ---------------------------------------------------------------- news4-8 fraud sentencing (Friday 2023-09-22)
art("news4-8", "2023-09-22", """
SYDNEY — A former financial planner who stole nearly {{A$14.6 million|M|14600000|AUD}} from more than {{120|N|120|client}} clients, many of them retirees, was sentenced on {{Friday|D|2023-09-22}} to {{11 years|DUR|P11Y}} in prison, with a non-parole period of {{seven years and six months|DUR|P7Y6M|P90M;P7.5Y}}.

Graham Ashcroft, aged {{61|A|61|year}}, of Mosman, pleaded guilty in {{April|D|2023-04}} to {{23|N|23|count}} counts of dishonestly obtaining a financial advantage by deception and {{two|N|2|count}} counts of dealing with the proceeds of crime.

Judge Catherine Moreland told the NSW District Court that Ashcroft had carried out the fraud over {{eight years|DUR|P8Y}}, from {{2012|D|2012}} to {{2020|D|2020}}, persuading clients to move their retirement savings into a fund that promised returns of between {{8|P|8}} and {{12 per cent|P|12}} {{a year|SET|P1Y}}. The fund did not exist.

"You exploited the trust of people who had known you for nearly {{three decades|DUR|P30Y}}," the judge said. "Many of them will not live long enough to rebuild what you took."

About {{40 per cent|P|40}} of the victims were over {{70|A|70|year}}, and the oldest was {{93|A|93|year}}. A couple, aged {{78|A|78|year}} and {{80|A|80|year}}, lost their entire savings of {{A$1.3 million|M|1300000|AUD}} and were forced to sell their home in Wollongong.

"I am {{84|A|84|year}} and I have nothing left," a widow wrote in a victim impact statement read to the court. "He came to my husband's funeral and told me my money was safe."

Ashcroft spent about {{A$4.2 million|M|4200000|AUD}} of the money on a {{15-metre|Q|15|metre}} yacht, overseas holidays and racehorses, and {{A$2.8 million|M|2800000|AUD}} on renovating his harbourside house at 14 Raglan Street. He also lost more than {{A$1 million|M|1000000|AUD}} at the casino, the court heard.

The scheme collapsed in {{February 2021|D|2021-02}}, when a client asked to withdraw {{A$600,000|M|600000|AUD}} and the money could not be found. Ashcroft was arrested at Sydney Airport on {{March 19, 2021|D|2021-03-19}} as he prepared to board Qantas flight QF43 to Singapore without a return ticket, and he has been in custody ever since. The sentence was backdated to the day of his arrest, meaning he will be eligible for parole in {{September 2028|D|2028-09}}.

The Australian Securities and Investments Commission, which banned Ashcroft from providing financial services for life, said it had recovered about {{A$5.1 million|M|5100000|AUD}} through the sale of his house and yacht. Victims have also received up to {{A$150,000|M|150000|AUD}} each from a compensation scheme funded by the industry, and the remaining claims are due to be settled by {{next June|D|2024-06}}.

His barrister, Peter Galloway, told the court at a hearing {{last month|D|2023-08}} that Ashcroft had been addicted to gambling for more than {{15 years|DUR|P15Y}} and had tried to take his own life in {{2020|D|2020}}. Ashcroft, who wept as the sentence was read, did not address the court.

The maximum penalty for the main offence is {{10 years|DUR|P10Y}} in prison for each count. The judge said she had reduced the sentence by {{25 per cent|P|25}} because of his early guilty plea.

The case, R v Ashcroft [2023] NSWDC 412, is the {{third|ORD|3}} major fraud by a financial adviser prosecuted in the state {{this year|D|2023}}. People who believe they have lost money can call ASIC on 1300 555 127.
""")
