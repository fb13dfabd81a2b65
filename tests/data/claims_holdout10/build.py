# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the TENTH held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news after sets 1-9 (first contact
taken after set 9's tuning). Each passage is lightly paraphrased from a real English news article
found with the project's search tool (no URL is shared with tests/data/claims_holdout{,2,...,9}/;
URL and published date kept where the page gives one); names, numbers, dates and the grammatical
shape of each sentence are as in the original. The set mixes the 2022 missile days (10 October,
15 November, 16 and 29 December), the 9 March 2023 Kinzhal day, the 22 March 2024 energy strike
told by six outlets, the 2025 record nights (267, 479 + 20, 537, 805/810 + 13) and the first
nights of 2026; Shahed tallies for a half-month, a month, a year and the whole war; Russia's
ministry (region lists, past-day briefings with Storm Shadows, Neptuns and HIMARS, Moscow raids
of 8 to 337 drones) and governors (Voronezh, Sevastopol, Kursk, Ryazan, Taganrog); a Ukrainian
region's and city's own counts (Lviv, Kyiv, Zaporizhzhia); strays into Poland, Romania, Moldova
and Belarus; marine and underwater drones; hits counted as hits (Kharkiv's S-300, Sumy's Shaheds);
stocks, orders and production plans; warnings of expected launches; pages with no figure. Run
`python tests/data/claims_holdout10/build.py` to regenerate the JSONL after editing a label.

70 passages from 70 articles (22 with no claim), 94 expected claims (RU->UA 47, UA->RU 47;
national 51, local 36, period 7; 11 record claims), labelled and committed before any extractor
run; 36 pages give no published date.

Labels follow sets 7-9's conventions: intercepted = everything neutralised (shot down +
jammed/lost); UA->RU claims from Russia's defence ministry count what it downed (launched_total =
intercepted) and every region in its list is a `local` claim (a sea counts as a region); the
ministry's past-day briefing is that day's claim (drones + cruise missiles; HIMARS and MLRS
rockets are artillery); a governor's repeat of the ministry's figure for his region is the same
claim; a governor's or an outlet's one- or two-drone line on Russia is a `local` claim; RU->UA
shot-down-only figures are not claims, nor are hits (on a city or a region as well), explosions,
strikes, expected figures, stocks, orders, capacities or drones that strayed into a neighbour;
"all N" shot down is a launch figure; a Ukrainian region's or city's own attack count is
`local`; naval, marine and underwater drones and boats are not aerial weapons; one figure for
"drones and missiles" together is the total with no parts; period tallies have scope "period"
and a null event_date; "nearly/almost/some" and mixed qualifiers are `about`, "at most" is
`up_to`; a lead's rounded figure is the same claim as the detailed one, while two sources' figures
for one night (the president's and the air force's, an adviser's and the commander's) are two
claims; kinds given in separate sentences of one report make one claim; an earlier attack named
by its date is a claim of its own. A field given as NA is left out: the text is ambiguous, so it
is not scored. Passages without a recoverable published date carry `published: null` (their
undated figures: event_date null).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c, mod

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- 2022: the first missile days ------------------------------------------------------
p(
    "h10-militarystuff-001",
    "Military Stuff (CRUX)",
    "https://military-stuff.org/putins-missile-blitz-kills-11-ukraine-downs-12-kamikaze-drones-russia-warns-of-more-strikes",
    None,
    "Putin's missile blitz kills 11, Ukraine downs 12 kamikaze drones, Russia warns of more strikes\n\nAt least 11 people "
    "have died and 60 have been wounded in a wave of Russian missile strikes across Ukraine. Ukraine's defence ministry "
    "claims that Russia launched a total of 83 missiles on Ukrainian cities on October 10. Ukrainian authorities said that "
    "Russian missiles hit civilian areas and public transport in the Dnipro region.\n\nPutin has said Russia's wave of "
    'attacks on Ukrainian cities was a response to "terrorist" action, and that Moscow had launched missile strikes '
    "targeting Ukraine's energy, military and communications infrastructure.",
    [c(RU, None, 83, None, 83, "exact", False, "defence ministry")],
    "no published date (October 2022): 'October 10' has no year, event_date null; the headline's 12 drones are shoot-downs",
)

p(
    "h10-ukranews-002",
    "Ukrainian News Agency",
    "https://ukranews.com/en/news/887224-russians-hits-zaporizhzhia-with-rockets",
    None,
    "Russian occupiers launched a missile attack on Zaporizhzhia. Information about the destruction and victims is being "
    "clarified.\n\nOleksandr Starukh, the head of the Zaporizhzhia Regional Military Administration, announced this on "
    'Telegram, adding that the Russians hit infrastructure facilities.\n\n"The occupier attacked the regional center with '
    "rockets. The enemy's targets were infrastructure objects,\" the report says.\n\nAs the Ukrainian News agency earlier "
    "reported, on October 10, Russia fired 83 missiles at Ukraine, 43 of which were shot down by air defense.\n\nOn "
    "October 10, Prime Minister of Ukraine Denys Shmyhal said that 11 critical infrastructure objects were damaged as a "
    "result of the rocket fire.",
    [c(RU, None, 83, None, 83, "exact", False, NA, inter=43)],
    "the page gives only a month (October 2022): published null; Zaporizhzhia's rockets have no count",
)

p(
    "h10-euromaidanpress-003",
    "Euromaidan Press",
    "https://euromaidanpress.com/2022/10/11/russian-invaders-killed-14-people-with-missiles-97-people-injured-interior-ministry/",
    "2022-10-11",
    "As a result of the massive Russian missile strike on Ukraine on October 10, law enforcement agencies confirmed the "
    "death of 14 people, and another 97 people were injured, Interior Minister Denys Monastyrskyi said during a national "
    'telethon.\n\n"In fact, this is the second time after February 24 this year that there was such a large-scale '
    'shelling, and in terms of critical energy infrastructure, this is probably the largest shelling in modern history," '
    "Monastyrskyi said.\n\nHe added that 30 fires were extinguished in Ukraine after the missile attacks on October 10. "
    "More than 1300 settlements remain without electricity.",
    [],
    "casualties, fires and settlements: no weapon figure",
)

p(
    "h10-meduza-004",
    "Meduza",
    "https://meduza.io/en/news/2022/10/17/russia-continues-drone-missile-and-artillery-strikes-throughout-ukraine",
    "2022-10-17",
    "Russia continues drone, missile, and artillery strikes throughout Ukraine\n\nA Russian kamikaze drone attack in the "
    "center of Kyiv on Monday morning damaged several residential buildings and set one non-residential building on fire, "
    "according to Kyiv Mayor Vitali Klitschko. He later reported that 18 people had been rescued from the ruins.\n\n"
    "Ukrainian authorities and media also reported a Russian missile strike on critical infrastructure in the Sumy region, "
    "missile strikes and heavy artillery shelling in the Dnipropetrovsk region throughout the night, kamikaze drone attacks "
    "on industrial infrastructure in the Mykolaiv region, and explosions in the Odesa region.\n\nOn October 10, the "
    "Russian Ministry of Defense began carrying out massive missile strikes on Ukrainian cities.",
    [],
    "no count of drones or missiles (18 people rescued)",
)

p(
    "h10-gotravel-005",
    "GoTravel News (UPI)",
    "https://gotravel.news/russia-deploys-strategic-bombers-to-launch-cruise-missiles",
    None,
    "The Tu-95 was designed to launch nuclear weapons but it is also capable of firing cruise missiles.\n\nDec. 16 (UPI) -- "
    "The Ukrainian military says at least 76 missiles were fired at Ukraine on Friday and that 60 were intercepted. "
    "Oleksandr Vilkul, the head of Kryvyi Rih's military administration, said two civilians were killed and eight were "
    "injured in the strikes.\n\nUkrainian Air Force spokesperson Yurii Ihnat said Kh-555 and Kh-101 cruise missiles were "
    "launched from the Tu-95 bombers in the area of the Engels air base in Russia.\n\nThe head of the Kharkiv regional "
    "military administration, Oleh Syniehubov, says the region was hit by ten Russian S-300 missiles.\n\nUkrainian Energy "
    "Minister Herman Halushchenko said nine power facilities were damaged by the strikes.",
    [c(RU, None, 76, None, 76, "at_least", False, "military", inter=60)],
    "dateline without a year (16 December 2022): published null; 'the region was hit by ten S-300 missiles' counts hits (as set 7's four S-300 that hit Kharkiv); nine power facilities are targets",
)

p(
    "h10-telegraph-006",
    "The Telegraph",
    "https://telegraph.co.uk/world-news/2022/11/26/how-ukraines-drone-navy-menacing-russias-superior-black-sea",
    "2022-11-26",
    "It wasn't the biggest bang of the war. But a sudden flash that briefly lit up the Russian port of Novorossiysk on "
    "November 18 had a significance that went well beyond its blast radius.\n\nThe explosion is believed to have been "
    "caused by a Ukrainian uncrewed surface vehicle - maritime drones that are changing the balance of power in the Black "
    "Sea.\n\nUkraine's radio-controlled bomb boats' first publicised action was in the early hours of October 29, when "
    "more than half a dozen of them attacked Russia's Black Sea fleet at Sevastopol.\n\nThe Russian ministry of defence "
    'said nine aerial drones and seven marine drones involved scored only "insignificant damage" against one ship - the '
    "minesweeper Ivan Golubets - and the protective boom at Yuzhnaya Bay.",
    [
        c(
            UA,
            "2022-10-29",
            9,
            9,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            NA,
            "Sevastopol",
        )
    ],
    "marine drones and bomb boats are not aerial: the attack's aerial size is the nine aerial drones",
)

# --- 2023: the March missile day, Shahed tallies ----------------------------------------
p(
    "h10-sanjuandailystar-007",
    "San Juan Daily Star (The New York Times)",
    "https://www.sanjuandailystar.com/post/9-killed-as-russia-uses-its-newest-missiles-to-strike-ukraine",
    None,
    "Russia launched its biggest aerial attack in weeks on Thursday, hitting targets across Ukraine with a complex barrage "
    "of weapons including its newest hypersonic missiles, in what it said was retaliation for an incursion last week in "
    "the Bryansk region of Russia.\n\nThe strikes killed at least nine people nationwide, knocked out power in several "
    "areas and damaged three electrical plants, Ukrainian officials said. The strikes included six of the new hypersonic "
    "missiles known as Kinzhals, or Daggers, the most Russia has used in a single wave since the war began a year ago, "
    "according to Ukraine's air force. Overall, Russia fired nine types of cruise and ballistic missiles alongside a volley "
    "of eight Iranian-made exploding drones.\n\nOf the 81 missiles fired overnight and through the morning, 47 hit "
    "targets, Ukraine said.\n\nIn the Kharkiv region near the border with Russia, 15 missiles hit infrastructure and a "
    "residential building, the head of the region's military administration said.",
    [c(RU, None, 89, 8, 81, "exact", NA, NA, inter=NA)],
    "no published date (9 March 2023); the 81 missiles and the eight drones are one attack; 'the most Kinzhals in a single wave' is a record of a part, not of the attack (not scored); nine types and three plants are no counts; Kharkiv's 15 are hits",
)

p(
    "h10-tellerreport-008",
    "Teller Report (Al Jazeera)",
    "https://www.tellerreport.com/news/2023-03-09-intense-russian-bursts-of-%22piercing%22-missiles--and-kiev-reveals-its-strategy-in-bakhmut.By1CJ_wJn.html",
    "2023-03-09",
    'Today, Russia announced the firing of bursts of hypersonic "Kinzhal" missiles at targets in Ukraine as part of a '
    "wave of bombing that is the widest in weeks.\n\nThe Russian Ministry of Defense said that its forces fired more than "
    "80 missiles at dawn today, at targets from eastern to western Ukraine and from north to south. The ministry said the "
    "bombing was a retaliation for what it says was an infiltration last week in the Bryansk border region.\n\nFor his "
    "part, a spokesman for the Ukrainian Air Force, Yuri Ignat, said that Russia used different types of missiles, adding "
    'that the Russian forces launched 6 "Kinzhal" missiles in one attack for the first time since the start of the war '
    "on February 24, 2022.\n\nUkrainian President Volodymyr Zelensky said that his country had a difficult night, adding "
    "that the Russians had launched 81 missiles in an attempt to intimidate the Ukrainians.",
    [
        c(RU, "2023-03-09", 80, None, 80, "more_than", False, "defence ministry"),
        c(RU, "2023-03-09", 81, None, 81, "exact", False, "president"),
    ],
    "the ministry's 'more than 80' and the president's 81 are two sources' claims on one night; the six Kinzhals are part of it",
)

p(
    "h10-gossipa2z-009",
    "Gossip A2Z (The Sun)",
    "https://gossipa2z.com/darkness-descends-ukraines-capital-hit-by-sinister-revenge-missile-strike",
    None,
    "Yesterday, RUSSIA boasted of launching a retaliatory missile assault against Ukraine, which briefly plunged Kyiv into "
    "darkness and cut power to a nuclear power plant.\n\nThese were the most hypersonic missiles the Kremlin has ever "
    "launched in a single attack.\n\nAt least nine civilians were killed when 81 missiles were fired at Kharkiv in the "
    "north, Odesa in the south, and Lviv in the west.\n\nThe barrage included 48 cruise missiles launched from submarines "
    "and warships in the Black Sea, the Sea of Azov, and the Caspian Sea, as well as jets and long-range bombers launched "
    "from Russia and Belarus.\n\nOfficials suspect that Russia launched eight Iranian-made Shahed kamikaze drones to "
    "distract Ukraine's air defenses. Ukraine announced that it had intercepted 34 of the 48 cruise missiles and four of "
    "the eight Iranian drones.",
    [c(RU, None, 89, 8, 81, "exact", NA, NA, inter=NA)],
    "no published date (10 March 2023); the 48 cruise missiles are part of the 81, the eight drones join them; intercepts are given for parts only",
)

p(
    "h10-pravda-010",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2023/08/3/7414115/",
    "2023-08-03",
    "Russia launched at least 1,961 Shahed drones across Ukraine to date\n\nThursday, 3 August 2023, 21:49\n\nSince the "
    "beginning of the full-scale invasion, Russia has used at least 1,961 Shahed drones on the territory of Ukraine.\n\n"
    'Source: Zelenskyy on Telegram\n\nQuote: "To this date, terrorists have already used at least 1,961 Shahed drones '
    'across Ukraine, and a significant number of them have been shot down. Unfortunately, not all of them."\n\n'
    "Background: On the night of 1-2 August, Ukraine's Air Force shot down 23 Shahed kamikaze drones launched by Russian "
    "occupiers across Ukraine, but some of the drones hit port infrastructure facilities in Odesa Oblast.",
    [c(RU, None, 1961, 1961, None, "at_least", False, "president", "period", None)],
    "a war-long tally (period); the 23 of 1-2 August are shoot-downs only",
)

p(
    "h10-lb-011",
    "LB.ua",
    "https://en.lb.ua/news/2023/09/13/22430_russia_launches_more_than_2000.html",
    "2023-09-13",
    'Russia launches more than 2,000 "Shaheds" on Ukraine over year\n\nThe Russian army has already fired more than '
    "2,000 Shaheds into Ukraine, the Land Forces said on Telegram. The first Iranian drone was shot down by the Armed "
    'Forces of Ukraine exactly one year ago - on 13 September, 2022.\n\n"This means that on average this year, the '
    'occupiers launched 5.5 Shaheds per day into Ukraine," the post says.\n\nLast night, the Russian occupiers attacked '
    "Odesa and Sumy regions with several groups of Shahed-136/131 attack drones from three directions - Prymorsko-Akhtarsk, "
    "Cape Chauda, and Kursk. Air defence forces destroyed 32 Shaheds. In total, the Russians launched 44 drones.",
    [
        c(RU, None, 2000, 2000, None, "more_than", False, "military", "period", None),
        c(RU, "2023-09-13", 44, 44, None, "exact", False, NA, inter=32),
    ],
    "a year's tally (period); 5.5 a day is an average; the night's 44 with 32 destroyed",
)

p(
    "h10-unn-012",
    "UNN",
    "https://unn.ua/en/news/zelensky-russian-army-launched-more-than-640-shaheds-in-ukraine-in-september",
    None,
    'In September, Russian troops have already fired more than 640 "Shaheds" across Ukraine. This was announced on '
    'Monday by President Volodymyr Zelenskyy, UNN reports.\n\n"In the first half of this September alone, Russian '
    "terrorists used more than 640 'shaheds' against Ukrainian towns and villages. Fortunately, most of them were shot "
    'down by our soldiers," Zelensky wrote on Telegram.\n\nHe also recalled that the Russian army launched 56 Shaheds '
    'that night, 53 of which were shot down.\n\n53 out of 56 "Shaheds" were shot down over Ukraine at night, three more '
    "were lost.",
    [
        c(RU, None, 640, 640, None, "more_than", False, "president", "period", None),
        c(RU, None, 56, 56, None, "exact", False, "president", inter=56),
    ],
    "no published date (18 September 2023); half a month's tally (period); the night's 56 told twice; intercepted = 53 shot down + three lost",
)

p(
    "h10-independentpress-013",
    "Independent Press (news agencies)",
    "https://independentpress.cc/russia-launches-dozens-of-drones-into-ukraine-in-latest-air-raid-kyiv/2023/10/10/",
    "2023-10-10",
    "RUSSIA LAUNCHES DOZENS OF DRONES INTO UKRAINE IN LATEST AIR RAID: KYIV\n\nTue 10 October 2023:\n\nRussia launched 36 "
    "drone attacks overnight on Ukraine, according to Kyiv's air force, in Moscow's latest air raid.\n\nUkraine's air force "
    "said in a statement on Tuesday that its defence systems had destroyed 27 of the drones. The attacks using Iran-made "
    "Shahed drones targeted the Odesa, Mykolaiv and Kherson regions, and Moscow launched a total of 36 Iranian-made drones "
    "from the Russia-annexed Crimean peninsula, it added.\n\nThe governor of Mykolaiv, Vitaliy Kim, said on Telegram that "
    "one of the drones had been destroyed over his region.\n\nSeparately, Kherson region's administration said four people "
    "had been injured in 79 instances of shelling using mortars, artillery and drones.\n\nIn September, Moscow launched "
    "more than 500 Shahed drones - a monthly record, according to Ukrainian consultancy group Defense Express.",
    [
        c(RU, "2023-10-10", 36, 36, None, "exact", False, "air force", inter=27),
        c(RU, None, 500, 500, None, "more_than", True, "Defense Express", "period", None),
    ],
    "'36 drone attacks' and 'a total of 36' drones are one claim; Mykolaiv's one is a shoot-down; 79 shellings are not weapons; September's monthly record (period)",
)

p(
    "h10-alarabiya-014",
    "Al Arabiya (Reuters)",
    "https://english.alarabiya.net/News/world/2024/06/25/ukraine-says-russia-launched-2-277-iranian-shahed-drones-in-2024",
    "2024-06-25",
    "Ukraine says Russia launched 2,277 Iranian Shahed drones in 2024\n\nUkraine has downed 1,953 Shahed drones out of "
    "2,277 launched by Russia this year alone, Ukraine's air force commander said on Tuesday.\n\n\"Air defenses destroyed "
    'about 86 percent (of the drones)," he said on Telegram.',
    [c(RU, None, 2277, 2277, None, "exact", False, "air force", "period", 1953)],
    "the year so far (period), with its downed share",
)

p(
    "h10-espreso-015",
    "Espreso TV",
    "https://global.espreso.tv/russia-ukraine-war-russia-launched-2277-shahed-drones-in-ukraine-since-beginning-of-year-air-force-tells-how-many-were-destroyed",
    None,
    "Russia launches 2,277 deadly Shahed drones to attack Ukraine this year. How many were destroyed?\n\nSince 1 January "
    "2024, Russia has launched 2,277 Shahed-type attack drones on the territory of Ukraine, and air defence forces have "
    "destroyed about 86% of them, said the Commander of the Air Force of the Armed Forces of Ukraine Mykola Oleshchuk.\n\n"
    "He stressed that the Ukrainian air defence forces have managed to destroy 1953 enemy Shaheds out of a total of 2277 "
    "since the beginning of this year. More than 80% of the occupiers' drones were shot down by the mobile fire groups, "
    "Oleshchuk said.\n\nOn June 21, the Ukrainian Navy, in cooperation with the SSU, struck the military training ground "
    "of the 726th Air Defence Training Centre in Krasnodar Krai. The strike destroyed 120 UAVs and some personnel.",
    [c(RU, None, 2277, 2277, None, "exact", False, "air force", "period", 1953)],
    "no published date (late June 2024); the year so far (period), told twice; the 120 UAVs were destroyed on the ground, not launched",
)

p(
    "h10-censor-016",
    "Censor.NET",
    "https://censor.net/en/news/3376795/over_300_enemy_kamikaze_drones_were_shot_down_by_defense_forces_air_force",
    None,
    "Since September 13, the defense forces have shot down more than 300 such drones.\n\nThis was announced at a briefing "
    "at the Media Center Ukraine - Ukrinform by the spokesman of the Air Force Command, Yurii Ihnat, Censor.NET informs.\n\n"
    '"To date, since September 13, when the first kamikaze drone was shot down in Kharkiv region, the defense forces have '
    'shot down more than 300 such drones," said the Air Force spokesman.\n\nIhnat added that the enemy launches such '
    "drones in waves, exhausting the air defense of Ukraine. It is not known how many of them Russia received. The "
    "approximate figure of the order by the aggressor is 2,400, but there is a possibility that Russia did not receive "
    "all of them.",
    [],
    "no published date (October 2022); a shoot-down tally and an order of 2,400 (a stock, not a launch): no claim",
)

p(
    "h10-indiabusinessport-017",
    "India Business Port (Reuters)",
    "https://indiabusinessport.com/shot-down-85-86-of-russian-drones-involved-in-latest-attacks-ukraine-says-world-news-indiabusinessport-com/",
    None,
    "Shot down 85-86% of Russian drones involved in latest attacks, Ukraine says\n\nUkraine has destroyed 37 Russian "
    "drones since Sunday evening, around 85-86% of the number involved in attacks, Ukraine's air force spokesperson Yuriy "
    "Ihnat said on Monday.\n\n\"That's quite a good result for the work of our air defences and that number will rise in "
    'the future," he told a news briefing, adding that all the drones had flown into Ukraine from the south.',
    [],
    "a shoot-down count and a share: the launch figure is not given",
)

p(
    "h10-bykvu-018",
    "Bukvy",
    "https://bykvu.com/eng/bukvy/282-towns-and-villages-without-electricity-in-lviv-region/",
    None,
    "After Thursday's massive missile attacks, 282 towns and villages in Lviv region are left without power supply, "
    "governor Maksym Kozytskyi stated on Telegram.\n\nAccording to him, Ukrainian air defense destroyed four Russian "
    "rockets, but the other two hit an energy facility.\n\nHe said the most difficult situation is in the city of Lviv and "
    "surrounding villages, as well as in Yavoriv and Pustomyty districts. Emergency outages were introduced in the region.",
    [c(RU, None, 6, None, 6, "exact", False, "governor", "local", 4, "Lviv region")],
    "no published date (late 2022); four destroyed and 'the other two' that hit: the region's six missiles",
)

p(
    "h10-journal112-019",
    "112 Ukraine",
    "https://journal.112.ua/en/na-lvivsini-e-vlucanna-v-promislovij-obekt-65397",
    None,
    "There is a hit on an industrial facility in Lviv region.\n\nTonight, the enemy carried out an attack on the Lviv "
    "region using drones and cruise missiles, the head of the regional administration, Maxim Kozitsky, reported, citing "
    "'Glavkom'.\n\nAn industrial facility in the Drohobych district has been damaged, and there are electricity supply "
    "issues in some villages near Lviv.\n\nRussia has launched a large-scale offensive on Ukrainian cities, resulting in "
    "fires, deaths, and injuries. In the Kyiv region, houses and agricultural buildings have been damaged, with harm also "
    "caused in Khmelnytskyi and Ternopil.",
    [],
    "drones and cruise missiles with no count",
)

# --- the largest drone night (September 2025) ------------------------------------------
p(
    "h10-sanjuandailystar-020",
    "San Juan Daily Star (The New York Times)",
    "https://www.sanjuandailystar.com/post/russia-unleashes-largest-drone-assault-of-war-setting-government-building-ablaze",
    "2025-09-07",
    "Russia unleashes largest drone assault of war, setting government building ablaze\n\nSmoke rises from a government "
    "building after a Russian drone and missile attack on Kyiv, Ukraine, Sept. 7, 2025.\n\nRussia attacked Ukraine on "
    "Sunday with the largest drone assault so far in the war, Ukrainian authorities said, damaging a key building in the "
    "government district of the capital for the first time since the start of the full-scale invasion in 2022.\n\n"
    "Ukraine's air force said Russia had launched 805 Iranian-designed Shahed exploding drones and decoys across the "
    "country. Before Sunday's assault, the largest attack was July 9, when Russia launched 728 drones.\n\nRussia also "
    "fired 13 cruise and ballistic missiles in the latest volley, according to the Ukrainian air force, which said nine "
    "missiles and nearly 60 drones had evaded air defenses and made impact.",
    [
        c(RU, "2025-09-07", 818, 805, 13, "exact", True, "air force", inter=NA),
        c(RU, "2025-07-09", 728, 728, None, "exact", NA, NA, inter=None),
    ],
    "published from the photo caption; the drones and the missiles of the next paragraph are one attack; July 9 is the earlier record (record flag not scored); impacts are not intercepts",
)

p(
    "h10-theglobleupdate-021",
    "The Globle Update",
    "https://theglobleupdate.com/?p=33585",
    None,
    "Russia Escalates With Record-Scale Air Strike\n\nFor the first time since the war began, Russia struck a Ukrainian "
    "government building in Kyiv during what officials described as the largest air assault of the conflict. Overnight, "
    "Moscow launched 810 drones, four ballistic missiles, and nine cruise missiles, overwhelming defenses in multiple "
    "cities.\n\nUkraine's air force reported intercepting most of the drones, but 54 drones and nine missiles hit their "
    "targets. Kyiv endured 11 hours of continuous sirens.\n\nRescuers discovered the body of an infant beneath rubble in "
    "Kyiv's Sviatoshynskyi district, while 44 people across Ukraine were injured. Mayor Vitali Klitschko reported that four "
    "floors of a nine-story building were destroyed.\n\nThis attack surpassed Russia's July 2025 offensive, which had "
    "previously been considered the largest.",
    [c(RU, None, 823, 810, 13, "exact", True, NA, inter=NA)],
    "no published date (September 2025); 810 + 4 + 9; 'largest air assault' and 'surpassed' make it a record claim; hits are not intercepts",
)

# --- the centre of Europe: strays into neighbours --------------------------------------
p(
    "h10-spacewar-022",
    "Space War (AFP)",
    "https://www.spacewar.com/reports/Drones_crash_in_Romania_Moldova_as_Russia_bombards_Ukraine_999.html",
    "2025-11-25",
    "Drones crash in Romania, Moldova as Russia bombards Ukraine\n\nBucharest (AFP) Nov 25, 2025\n\nDrones crashed in both "
    "Romania and Moldova on Tuesday, with Bucharest deploying four fighter jets after a night of massive Russian air "
    "strikes in neighbouring Ukraine.\n\nMoldovan police said a village was evacuated after drone fragments fell on a house "
    "in the Cuhurestii de Jos region of the Floresti district. In total, Moldova detected six drones crossing its airspace "
    "without authorisation, the ministry of defence said on Facebook.\n\nIn Romania, authorities found a crashed drone in "
    "Vaslui, defence minister Ionut Mosteanu told reporters. Romania's defence ministry earlier said the first drone "
    '"crossed the national airspace" from Vylkove in Ukraine to the Chilia Veche area in Tulcea county. "Two German '
    'Eurofighter Typhoon aircraft were scrambled from Mihail Kogalniceanu Air Base to monitor the situation," it said.',
    [],
    "six drones over Moldova and four jets: strays into a neighbour and aircraft, no barrage",
)

p(
    "h10-pravda-023",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/01/17/7494020/",
    "2025-01-17",
    "Romania scrambles fighter jets over Russian drone attack on Ukraine, reporting potential UAV crash\n\nFriday, 17 "
    "January 2025, 10:18\n\nRomania scrambled its fighter jets because of a Russian drone attack on Ukrainian settlements "
    "along the Danube River on the night of 16-17 January. One of the drones may have crashed on the Romanian coast.\n\n"
    "Details: An air-raid warning was issued for residents of Romanian villages along the Danube at 01:46, and explosions "
    "were heard from the Ukrainian side. The Ministry of Defence of Romania later reported that it had scrambled two F-16 "
    'fighter jets. The ministry also reported that a "possible drone crash scene" had been discovered near the village '
    "of Plauru, opposite the Ukrainian city of Izmail.",
    [],
    "a possible stray and two jets: no claim",
)

p(
    "h10-youboox-024",
    "Euronews (via Youboox)",
    "https://kiosk.youboox.fr/en/pod/588/rss/10/article/220229250?sessionId=aa3abd133ac770d901b5ea4f3bb3797a",
    None,
    "Missile debris found in Poland week after Russia's mass airspace violations, officials say\n\nA fragment from a "
    "Russian drone was found washed up on a shore in Latvia, while pieces of a missile which had possibly been used to "
    "shoot the drone down have been found in Poland.\n\nThe information comes more than a week after 19-23 drones "
    "violated Poland's airspace overnight into 10 September after allegedly being launched from Russia. The piece of a "
    "tail section of the Gerbera drone was found near the western village of Varve.\n\nDesigned as a decoy drone to "
    "overwhelm Ukrainian air defences, the Gerbera is made of foam and plywood and has a flight range of up to 600 "
    "kilometres.\n\nWarsaw said that Polish and allied aircraft shot down at least three Russian drones during the "
    "incursion.",
    [],
    "no published date (September 2025); 19-23 drones into Poland and three shot down there: strays into a neighbour, not a barrage on Ukraine; 600 km is a range",
)

p(
    "h10-centredepresse-025",
    "Centre de Presse (ABC News)",
    "https://www.centredepresse.fr/communique/251100-russian-general-is-killed-in-a-car-bombing-in-moscow?id=278317&page=communique",
    None,
    "Russia downs 4,300 Ukrainian drones in December, setting new record, Moscow claims\n\nABC News - Top Stories\n\n"
    "December saw a new record number of Ukrainian long-range drones shot down by Russian forces, according to statistics "
    "published by the Russian Defense Ministry.",
    [c(UA, None, 4300, 4300, None, "exact", True, "defence ministry", "period", 4300)],
    "no published date; a month's downed tally (period), called a record",
)

# --- Russia's ministry and governors on Ukrainian drones --------------------------------
p(
    "h10-devdiscourse-026",
    "Devdiscourse (agencies)",
    "https://www.devdiscourse.com/article/politics/3165373-russian-defence-claims-downing-of-western-missiles-in-ukraine-conflict",
    "2024-11-21",
    "Russian Defence Claims Downing of Western Missiles in Ukraine Conflict\n\nThe Russian Defence Ministry reported shooting "
    "down two British-made Storm Shadow missiles, six HIMARS rockets, and 67 drones. Details on the timing or targets were "
    "not provided.\n\nDevdiscourse News Desk | Moscow | Updated: 21-11-2024 15:51 IST\n\nOn Thursday, the ministry reported "
    "the downing of two British-made Storm Shadow missiles, six HIMARS rockets, and a staggering 67 drones, as part of its "
    "daily briefing on its so-called 'special military operation' in Ukraine. The communication did not specify the "
    "timing or locations of these interceptions.\n\nThis is not the first time Russia has publicized the interception of "
    "Storm Shadow missiles, having previously claimed to have shot some down in the annexed Crimean Peninsula.",
    [c(UA, "2024-11-21", 69, 67, 2, "exact", False, "defence ministry", inter=69)],
    "as set 9's Sputnik copy of the same briefing: the past day's drones and Storm Shadows are that day's claim; HIMARS rockets are artillery",
)

p(
    "h10-lbcgroup-027",
    "LBCI (AFP)",
    "https://lbcgroup.tv/news/world-news/814424/moscow-says-downed-70-ukrainian-drones-over-six-regions/en",
    None,
    "Moscow says downed 70 Ukrainian drones over six regions\n\nRussia's defense ministry said that it had downed 70 "
    "Ukrainian drones on Monday over six regions, including 34 over the region around the Russian capital Moscow.\n\nThe "
    "ministry said on Telegram that the attack had occurred between 0400 GMT and 0700 GMT.",
    [
        c(UA, None, 70, 70, None, "exact", False, "defence ministry", inter=70),
        c(UA, None, 34, 34, None, "exact", False, "defence ministry", "local", 34, NA),
    ],
    "no published date (November 2024); a morning attack; the region around Moscow is the Moscow region (place not scored)",
)

p(
    "h10-themoscowtimes-028",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2024/09/01/russian-energy-sites-targeted-in-mass-overnight-drone-attack-a86217",
    "2024-09-01",
    "Russia's Defense Ministry said early Sunday that its air defense systems downed nearly 160 Ukrainian drones across 15 "
    "regions, including two over Moscow, making it one of the largest coordinated attacks on the country since the start "
    'of the war.\n\n"During the night, the Kyiv regime attempted a terrorist attack using drones against targets in Russian '
    'territory, but air defense systems on duty successfully intercepted and destroyed 158 Ukrainian fixed-wing drones," '
    "the Defense Ministry said in a statement.\n\nThe military added that most of the drones were destroyed in the border "
    "regions of Kursk, Bryansk, Voronezh and Belgorod.\n\nThe air barrage comes just days after more than 200 Russian "
    "drones and missiles targeted Ukraine's energy infrastructure in one of the largest such attacks.",
    [
        c(UA, "2024-09-01", 158, 158, None, "exact", False, "defence ministry", inter=158),
        c(UA, "2024-09-01", 2, 2, None, "exact", False, "defence ministry", "local", 2, "Moscow"),
        c(RU, None, 200, None, None, "more_than", False, NA, inter=None),
    ],
    "'nearly 160' is the lead's rounding of 158; 'one of the largest' is no record; 'just days after' gives no date for the Russian attack",
)

p(
    "h10-unn-029",
    "UNN",
    "https://unn.ua/en/news/russia-claims-to-have-shot-down-337-ukrainian-drones-in-one-night-what-is-known",
    "2025-03-11",
    "Russia claims to have shot down 337 Ukrainian drones in one night: what is known\n\nThe Russian Ministry of Defense "
    "reported a large-scale attack by Ukrainian UAVs on 10 regions of Russia, saying that hundreds of Ukrainian drones "
    'attacked the country overnight on March 11 and that 337 of them were shot down.\n\n"During the past night, the air '
    'defense forces intercepted and destroyed 337 Ukrainian unmanned aerial vehicles," the post says.\n\nIt is reported '
    "that 91 UAVs were shot down over the Moscow region, 126 over the Kursk region, 38 over the Bryansk region, 25 over the "
    "Belgorod region, 22 over the Ryazan region, 10 over the Kaluga region, 8 over the Lipetsk and Oryol regions, 6 over "
    "the Voronezh region, and 3 over the Nizhny Novgorod region of Russia.\n\nThe Russian authorities reported a massive "
    "attack by Ukrainian drones on various regions this night. In particular, 69 UAVs attacked the Moscow region. In the "
    "Belgorod region, a power line was damaged and 36 settlements remain without electricity.",
    [
        *mod(
            "2025-03-11",
            337,
            [
                (91, "Moscow region"),
                (126, "Kursk region"),
                (38, "Bryansk region"),
                (25, "Belgorod region"),
                (22, "Ryazan region"),
                (10, "Kaluga region"),
                (6, "Voronezh region"),
                (3, "Nizhny Novgorod region"),
            ],
        ),
        c(UA, "2025-03-11", 8, 8, None, "exact", False, "defence ministry", "local", 8, NA),
        c(UA, "2025-03-11", 8, 8, None, "exact", False, "defence ministry", "local", 8, NA),
        c(
            UA,
            "2025-03-11",
            69,
            69,
            None,
            "exact",
            False,
            "officials",
            "local",
            None,
            "Moscow region",
        ),
    ],
    "'8 over the Lipetsk and Oryol regions' is eight each (the list adds to 337; places not scored); the authorities' 69 that attacked the Moscow region is their own figure; 'hundreds' is the lead's vague word for the 337",
)

p(
    "h10-themirrornewstoday-030",
    "The Mirror News Today (BBC live)",
    "https://themirrornewstoday.com/ukraine-war-latest-moscow-comes-under-huge-drone-attack",
    None,
    "Moscow has come under one of the largest attacks yet by Ukrainian drones, Russia has said, adding that it destroyed "
    "all of them.\n\nSome 45 Ukrainian drones were destroyed overnight, Russia's Ministry of Defence said. It said 11 were "
    "destroyed over the Moscow region, 23 over the Bryansk region, six over Belgorod, three over Kaluga and two over "
    'Kursk.\n\n"This was one of the biggest attempts of all time to attack Moscow using drones," Moscow\'s mayor Sergey '
    'Sobyanin said on Telegram.\n\nThe governor of the Bryansk region, Alexander Bogomaz, said there was a "mass" attack on '
    "his region but 23 drones were destroyed.\n\nMeanwhile, Kyiv says its forces destroyed 50 out of 69 Russian attack "
    "drones launched during an overnight strike. The air force said another 16 drones were likely downed by electronic "
    "warfare during the attack, which also included two ballistic missiles and one cruise missile - saying it shot down "
    "only the latter. One drone entered Ukraine from Belarus and another had returned to Russia, the military added.",
    [
        c(UA, None, 45, 45, None, "about", False, "defence ministry", inter=45),
        c(UA, None, 11, 11, None, "exact", False, "defence ministry", "local", 11, "Moscow region"),
        c(UA, None, 23, 23, None, "exact", False, NA, "local", 23, "Bryansk region"),
        c(UA, None, 6, 6, None, "exact", False, "defence ministry", "local", 6, "Belgorod"),
        c(UA, None, 3, 3, None, "exact", False, "defence ministry", "local", 3, "Kaluga"),
        c(UA, None, 2, 2, None, "exact", False, "defence ministry", "local", 2, "Kursk"),
        c(RU, None, 72, 69, 3, "exact", False, "air force", inter=67),
    ],
    "no published date (1 September 2024); 'some 45' is about; Bryansk's 23 told by the ministry and the governor is one claim; 'one of the biggest' is no record; Ukraine's night: 69 drones + 2 ballistic + 1 cruise, intercepted 50 + 16 jammed + the cruise missile",
)

p(
    "h10-tass-031",
    "TASS",
    "https://tass.com/politics/2082811",
    "2026-02-06",
    "KURSK, February 6. /TASS/. Ukraine's military shelled evacuated communities in Russia's borderline Kursk Region 20 "
    "times and air defenses intercepted 23 Ukrainian drones over the region in the past 24 hours, Governor Alexander "
    'Khinshtein reported.\n\n"Overall, from 9:00 a.m. [Moscow time] on February 5 to 7:00 a.m. [Moscow time] on February '
    "6, air defenses shot down 23 enemy drones. The enemy used artillery 20 times against re-settled communities and drones "
    'attacked our territory by dropping explosives five times," the governor said on his Telegram channel.\n\nThe attacks '
    "caused no damage to infrastructure and no casualties, he added.",
    [c(UA, "2026-02-06", 23, 23, None, "exact", False, "governor", "local", 23, "Kursk Region")],
    "a governor's past-day count is that day's local claim; 20 shellings and five drops are not aerial barrages",
)

p(
    "h10-capitoldaily-032",
    "Capitol Daily",
    "https://capitoldaily.news/urgent-drone-attacks-strike-kursk-oblast-targeting-homes-and-medical-facilities-as-emergency-measures-escalate",
    None,
    "In the early hours of the morning, a wave of drone attacks struck the Kursk Oblast, leaving a trail of destruction.\n\n"
    "Acting Governor Alexander Khinshtein confirmed the incident via Telegram, revealing that three private homes, an "
    "apartment building, and the Kursk Skin and Venereal Disease Dispensary were among the targets, with debris from enemy "
    "UAVs striking civilian structures.\n\nThree private residences sustained structural harm, while an apartment building "
    "and a garage were also damaged. The dispensary suffered broken windowpanes and a chipped facade. The governor "
    "emphasized that no injuries were reported.",
    [],
    "damaged buildings, no count of drones",
)

# --- Ukraine's nights in 2026 ---------------------------------------------------------
p(
    "h10-okaz-033",
    "Okaz",
    "https://www.okaz.com.sa/politics/na/2229267",
    "2026-01-01",
    "Ukrainian President Volodymyr Zelensky accused Russia today (Thursday) of starting the new year by launching more than "
    '200 drones towards Ukraine, targeting energy infrastructure.\n\nZelensky stated: "Russia began the year with war, '
    'targeting Ukraine with more than 200 attack drones overnight."\n\nThe Ukrainian Air Force announced that air defense '
    "forces shot down 176 out of 205 drones launched by Russia during an air attack on the north, south, and east of the "
    "country overnight.\n\nIn contrast, the Russian Ministry of Defense stated that its air defense systems intercepted and "
    "destroyed 168 Ukrainian drones during the past night over the territories of several Russian regions.\n\nAuthorities "
    "in the Krasnodar region of southern Russia reported that the wreckage of a Ukrainian drone struck the Ilsky oil "
    "refinery, causing a fire that was extinguished last night.",
    [
        c(RU, "2026-01-01", 205, 205, None, "exact", False, "air force", inter=176),
        c(RU, "2026-01-01", 200, 200, None, "more_than", False, "president"),
        c(UA, "2026-01-01", 168, 168, None, "exact", False, "defence ministry", inter=168),
        c(UA, "2026-01-01", 1, 1, None, "exact", False, "officials", "local", NA, "Ilsky"),
    ],
    "the president's 'more than 200' and the air force's 205 are two sources; the Ilsky refinery's one drone is a local claim (as set 9)",
)

p(
    "h10-newsfinale-034",
    "News Finale (AP)",
    "https://newsfinale.com/?p=9378714",
    None,
    "KYIV - In a relentless overnight assault, Russia unleashed a barrage of over 300 drones, ballistic, and cruise "
    "missiles on Ukraine's power infrastructure, President Volodymyr Zelenskyy reported on Tuesday.\n\nThe attack "
    "severely affected Kyiv, plunging over 5,600 apartment buildings into cold as their heating was disrupted, according "
    "to Kyiv's Mayor Vitali Klitschko. Nearly 80% of these buildings had only recently regained heating after a previous "
    "massive assault on January 9.\n\nUkraine's air force command said that 27 missiles and 315 drones were shot down or "
    "jammed, while five missiles and 24 drones hit 11 locations.",
    [c(RU, None, 300, None, None, "more_than", False, "president", inter=NA)],
    "no published date (20 January 2026); 'over 300 drones, ballistic, and cruise missiles' is one figure for the whole barrage (as set 9's 'about 200 missiles and drones'); the air force's shot-down and hit counts are parts, no launch figure",
)

p(
    "h10-liga-035",
    "LIGA.net",
    "https://news.liga.net/en/kiev/news/russia-launches-at-least-200-drones-in-ukraine-with-the-main-impact-in-the-capital-photos-video",
    "2026-01-09",
    "Russia is taking advantage of the weather and trying to hit Ukraine's energy facilities, Zelenskyy says\n\nLast night, "
    "Russia used more than 200 drones and ballistic missiles against Ukraine, killing four people and injuring 25, "
    'president Volodymyr Zelenskyy and the emergency service reported.\n\nThe main blow fell on the capital. "The Russians '
    "are taking advantage of the weather - the cold snap - and trying to hit as many of our energy facilities as "
    'possible," Zelensky added.\n\nThe SES said there are rescuers among the victims; 32 people were rescued, and '
    "psychologists helped about 80 people.",
    [c(RU, "2026-01-09", 200, None, None, "more_than", False, "president")],
    "'more than 200 drones and ballistic missiles' is one figure for the whole attack",
)

p(
    "h10-axy-036",
    "Axy Media",
    "https://axy.media/war/russia-is-preparing-for-new-massive-attacks-on-ukraine-president-zelensky-says",
    None,
    "Russia is preparing for new massive attacks on Ukraine, President Zelensky says\n\nUkraine's intelligence has reported "
    "that Russia is preparing for new massive attacks on the country, President Volodymyr Zelensky said on Telegram.\n\n"
    '"Intelligence indicates that Russia is preparing for new large-scale strikes. We are openly discussing with our '
    'partners the need for missiles for air defense," Zelensky stated.\n\nOn the night of January 16, Russian forces '
    "struck energy facilities across multiple regions, causing power outages in Zaporizhzhia and Kharkiv. As of January "
    "15, the most critical situation was in Kyiv, where two massive missile and drone attacks on January 9 and 13 damaged "
    "the city's power and heating systems.\n\nRussia plans to sharply expand its drone production capacity in order to "
    "launch up to 1,000 drones per day against Ukraine as early as 2026.",
    [],
    "no published date (January 2026); attacks without counts and a production plan of up to 1,000 a day: no claim",
)

# --- Odesa and Kyiv -----------------------------------------------------------------------
p(
    "h10-theasialive-037",
    "The Asia Live (CNN)",
    "https://theasialive.com/ukraine-says-russian-drone-strikes-damage-odesa-port/2023/08/02/",
    "2023-08-02",
    "Ukraine says Russian drone strikes damage Odesa port\n\nThe Odesa region's port and industrial infrastructure were "
    "damaged after drone strikes early Wednesday, CNN reported, citing the head of the regional military administration, "
    'Oleh Kiper. "At night, the enemy attacked the south of the Odesa region with UAVs. The port and industrial '
    'infrastructure facilities caught fire and a grain elevator was damaged," Kiper posted on Telegram.\n\nThese attacks '
    "came shortly after Ukraine downed 10 drones in Kyiv early Wednesday. Serhii Popko, head of the Kyiv City Military "
    'Administration, said the Russian military used Shahed drones. "Drone groups simultaneously moved towards Kyiv from '
    "multiple directions. However, air defence forces detected and destroyed more than 10 UAVs - all aerial targets - in "
    'time," Popko said. Debris from drones fell in Solomyanskyi, Holosivskyi and Sviatoshynskyi districts of Kyiv.',
    [
        c(
            RU,
            "2023-08-02",
            10,
            10,
            None,
            "more_than",
            False,
            "city officials",
            "local",
            NA,
            "Kyiv",
        )
    ],
    "Kyiv's 'more than 10 UAVs - all aerial targets' destroyed is the city's attack (local); the lead's 'downed 10' is the same figure; Odesa's drones have no count",
)

p(
    "h10-ukranews-038",
    "Ukrainian News Agency",
    "https://ukranews.com/en/news/957735-occupiers-attack-port-infrastructure-of-odesa-casualties-reported",
    None,
    "Overnight into Tuesday, September 26, the occupiers attacked the Odesa Region with attack drones, targeting the port "
    'infrastructure. Two men were injured.\n\n"For two hours, russian terrorists attacked the Odesa Region with attack '
    'drones. The port infrastructure was hit in the Izmail district," Oleh Kiper wrote. According to Kiper, air defense '
    "in the region worked very hard, and most of the drones were shot down. About 30 trucks were also damaged, and six "
    "vans caught fire.\n\nAs the Ukrainian News agency earlier reported, during the night attack on September 25, rockets "
    "and kamikaze drones launched by the russian occupiers maneuvered. Air defense forces shot down 19 kamikaze drones and "
    "11 Kalibr missiles during the night, most of them over the Odesa Region, one Kalibr each over Mykolayiv Region and "
    "Kirovohrad Region.",
    [],
    "the page gives only a month (September 2023): published null; shoot-downs only ('19 drones and 11 Kalibr' downed, not 'all'); trucks and vans are damage",
)

p(
    "h10-unn-039",
    "UNN",
    "https://unn.ua/en/news/new-russian-attack-on-kyiv-drone-wreckage-fell-in-the-center-of-the-capital",
    "2025-02-23",
    "On the night of Sunday, February 23, Kyiv came under a massive attack by enemy drones, the head of the Kyiv City "
    "Military Administration Timur Tkachenko reported.\n\nIn the Pechersk district, the wreckage of a Russian UAV fell in "
    'an open area. "Windows in a nearby non-residential building were damaged, no one was injured. The threat remains," '
    'Tkachenko wrote.\n\n"The capital is noisy. Air defense forces are working. Take cover," Kyiv mayor Vitali Klitschko '
    'warned. The Ukrainian Air Force also warned: "Enemy attack UAVs from the northeast are heading in your direction."\n\n'
    "On Saturday evening, February 22, Russian troops struck Odesa; three people were injured.",
    [],
    "a massive attack without a count; one drone's wreckage is no launch figure",
)

p(
    "h10-newsam-040",
    "News.am (Moskovsky Komsomolets)",
    "https://news.am/eng/news/758697.html",
    "2023-05-07",
    "The Governor of Sevastopol, Mikhail Razvozhayev, confirmed that another drone attack on Sevastopol was fended off at "
    "night by air defense forces and electronic warfare units, Moskovsky Komsomolets reports.\n\nAccording to Razvozhayev, "
    "one drone lost control and fell in a forest belt. Its wreckage was found by Interior Ministry and Emergencies "
    "Ministry personnel and rescuers. Another UAV was shot down over the sea near Cape Chersonese. The third drone was also "
    'destroyed over the sea from "the side of the north breakwater."\n\nThe governor stressed that there were no damaged '
    "structures or casualties.",
    [c(UA, "2023-05-07", 3, 3, None, "exact", False, "governor", "local", 3, "Sevastopol")],
    "one, another and 'the third drone': the city's three, all neutralised (one by jamming)",
)

# --- Ukrainian regions' own nights --------------------------------------------------------
p(
    "h10-ukrinform-041",
    "Ukrinform",
    "https://ukrinform.net/rubric-ato/3759717-air-defense-forces-shoot-down-shahed-in-sumy-region-at-night.html",
    None,
    "Air defense forces shoot down Shahed in Sumy region at night\n\nAt night in the Sumy region, the Air Defense Forces "
    'shot down an enemy Russian drone, the Sumy Regional Air Defense Command reported on Telegram.\n\n"At night, Air '
    'Defense Forces shot down an enemy Shahed UAV. We thank our defenders of the sky!" the message says.\n\nAt night in '
    "the Sumy region, Russians also damaged an educational institution during shelling in one of the border communities.",
    [],
    "a Ukrainian region's one shoot-down: no launch figure",
)

p(
    "h10-bykvu-042",
    "Bukvy",
    "https://bykvu.com/eng/bukvy/1-civilian-killed-16-wounded-as-russia-hits-sumy-with-drones/",
    None,
    "On Monday morning, Russian troops attacked Sumy with unmanned aerial vehicles.\n\nAs stated by the local authorities, "
    "at about 11 am, 4 Iran-made Shahed-136 kamikaze drones hit the city center.\n\n1 civilian resident is reported killed "
    "and 16 wounded after the attack. The strikes targeted an administrative facility and 2 apartment buildings in the "
    "center of Sumy.\n\nThe emergency teams are working on the sites. One hundred rescuers and firefighters are employed "
    "in the search and rescue operation.",
    [],
    "no published date (2024); the four drones are told as hits on the city centre (hits are not claims); rescuers and buildings are no weapons",
)

# --- 22 March 2024: the energy strike -----------------------------------------------------
p(
    "h10-pravda-044",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/03/22/7447631/",
    "2024-03-22",
    "Russian occupation forces fired more than 60 Shahed kamikaze drones and almost 90 missiles of various types at "
    'Ukraine on the night of 21-22 March.\n\nSource: President Volodymyr Zelenskyy on social media\n\nQuote: "Last night '
    "there were more than 60 Shahed drones and almost 90 missiles of various types. The world sees the targets of Russian "
    "terrorists as clearly as possible: power plants and energy supply lines, a hydroelectric dam, ordinary residential "
    "buildings, even a trolleybus.\"\n\nUpdated: Ukraine's Air Force Commander Mykola Oleshchuk reported that Ukrainian air "
    "defence units destroyed 92 out of 151 Russian aerial targets on the night of 21-22 March: 55 kamikaze drones, 35 "
    "Kh-101/Kh-555 cruise missiles and 2 Kh-59 guided air-to-surface missiles.\n\nEnergy Minister Herman Halushchenko said "
    "that the attack was aimed at the Ukrainian energy sector and was the largest one in the recent period.",
    [
        c(RU, "2024-03-22", 150, 60, 90, "about", False, "president"),
        c(RU, "2024-03-22", 151, NA, NA, "exact", False, "air force", inter=92),
    ],
    "the president's 'more than 60' and 'almost 90' (mixed: about, 150) and the air force's 151 are two sources; the 55/35/2 are the destroyed parts; 'largest in the recent period' is no record",
)

p(
    "h10-svidomi-045",
    "Svidomi",
    "https://svidomi.in.ua/page/63-uavs-and-88-missiles-of-various-types-russians-launch-massive-attack-on-ukrainian-energy-infrastructure",
    None,
    "63 UAVs and 88 missiles of various types: Russians launch massive attack on Ukrainian energy infrastructure\n\nOn the "
    "night of March 22, the Russian army attacked Ukrainian regions with 63 Shahed-136/131 attack UAVs and 88 Iskander-M, "
    "X-101/X-555, X-22, Kinzhal, X-59, and S-300/S-400 missiles. The Ukrainian Air Force downed 92 air targets.\n\nThe "
    'head of Ukrenergo, Volodymyr Kudrytskyi, called the March 22 attack "the largest attack on Ukraine\'s energy system."\n\n'
    "In Kharkiv, over 15 strikes on energy facilities have been reported. Fifteen settlements in the region came under "
    "artillery and mortar fire.\n\nThe Dnipro Hydroelectric Power Plant in the Zaporizhzhia region was hit. In total, "
    "Russians fired almost 20 missiles at Zaporizhzhia. There is a dead man and at least eight wounded.",
    [
        c(RU, None, 151, 63, 88, "exact", NA, "air force", inter=92),
        c(RU, None, 20, None, 20, "about", False, NA, "local", None, "Zaporizhzhia"),
    ],
    "no published date (22 March 2024): 'March 22' without a year; 'the largest attack on the energy system' is a record of a kind (not scored); Kharkiv's 15 strikes are strikes, not weapons; Zaporizhzhia's 'almost 20 missiles' is the city's own count",
)

p(
    "h10-espreso-046",
    "Espreso TV",
    "https://global.espreso.tv/russian-war-crimes-russia-massively-attacks-ukraine-with-missiles-and-shaheds-on-march-22-details",
    "2024-03-22",
    "Russia's massive missile and drone attack on Ukraine on March 22: details\n\n22 March, 2024 Friday\n\nOn the evening of "
    "March 21, Russia launched an attack on Ukraine with drones, which entered Ukrainian territory from the south. On the "
    "night of March 22, Russian troops launched cruise missiles from Tu-95MS aircraft.\n\nLast night, Russian troops carried "
    "out one of the largest attacks, targeting mostly Ukrainian energy facilities.\n\nThe Russian army launched 12 missile "
    "strikes on Zaporizhzhia. According to preliminary data, 7 houses were destroyed and 35 damaged. Zaporizhzhia regional "
    "council deputy Serhiy Lyshenko said it was a very noisy morning in Zaporizhzhia, with 15 explosions in total. The "
    "attack lasted almost 2 hours.",
    [],
    "strikes and explosions are not a count of weapons; houses are damage",
)

p(
    "h10-mediacenter-047",
    "Media Center Ukraine",
    "https://mediacenter.org.ua/on-the-night-of-march-22-russian-troops-initiated-a-large-scale-attack-on-ukraine-news-digest/",
    "2024-03-22",
    "On the night of March 22, russian troops initiated a large-scale attack on Ukraine: news digest\n\nMarch 22, 2024, "
    "16:35\n\n- The Ukrainian Air Force Command reports that the enemy used 151 drones and missiles to attack Ukraine. Air "
    "Defense Forces destroyed 92 aerial targets - 55 drones and 37 missiles including 35 Kh-101/Kh-555 cruise missiles and "
    "two Kh-59 guided air missiles.\n\n- Over the past day, russian troops shelled 15 regions of Ukraine, hitting 125 "
    "settlements and 150 infrastructure objects.\n\n- According to Ukraine's Energy Ministry, this is the largest attack on "
    "the Ukrainian power grid in recent times.\n\n- Some regions experienced blackouts, notably affecting around 700,000 "
    "consumers in Kharkiv. As a result of the air attack, five people were killed and another 26 got injured.",
    [c(RU, "2024-03-22", 151, NA, NA, "exact", False, "air force", inter=92)],
    "shelled regions, settlements and objects are no weapons",
)

p(
    "h10-ukrainianweek-048",
    "Ukrainian Week",
    "https://ukrainianweek.com/large-scale-russian-attack-on-ukraine",
    None,
    "The Ukrainian Air Force reported that on the night of March 22, the Russian army attacked Ukraine with kamikaze drones "
    "and various types of missiles, carrying out a large-scale strike on critical infrastructure. The Air Force stated that "
    "92 aerial targets were successfully destroyed. In total, Russians launched 151 types of drones and missiles, including "
    "63 Shahed-136/131 strike UAVs, 12 Iskander-M ballistic missiles, 40 Kh-101/Kh-555 cruise missiles, 5 Kh-22 cruise "
    'missiles, 7 aeroballistic "Kinzhal" Kh-47M2 missiles, 2 guided aviation bombs Kh-59, and 22 S-300/S-400 guided '
    "anti-aircraft missiles.\n\nThe Polish Armed Forces reported that Poland has placed its Air Force on alert. Kharkiv has "
    "been largely without electricity; the head of the Kharkiv military administration, Oleh Syniehubov, reported over 15 "
    "strikes against energy facilities in the region.",
    [c(RU, None, 151, 63, 88, "exact", False, "air force", inter=92)],
    "no published date (22 March 2024); the list adds to 151; the two Kh-59 are missiles though the text calls them bombs (88 missiles)",
)

p(
    "h10-sputnikglobe-049",
    "Sputnik",
    "https://sputnikglobe.com/20240324/russian-forces-carry-out-strike-against-ukrainian-energy-facilities-1117524883.html",
    "2024-03-24",
    "Russian Forces Carry Out Strike Against Ukrainian Energy Facilities\n\nThe Russian aerospace forces carried out "
    "high-precision missile and drone strikes on Ukrainian power facilities over the past 24 hours, the Russian Defense "
    "Ministry said on Sunday. All of the targets were hit, the ministry added.\n\nAt the same time, Russian air defense "
    "systems destroyed 172 Ukrainian drones, 11 Storm Shadow cruise missiles and three Neptun anti-ship missiles, as well "
    "as 22 multiple launch rocket system shells and other targets, the military said.",
    [c(UA, "2024-03-24", 186, 172, 14, "exact", False, "defence ministry", inter=186)],
    "the ministry's past-day figure is that day's claim: 172 drones + 11 Storm Shadow + 3 Neptun; MLRS shells are artillery; Russia's own strike has no count",
)

# --- the south of Russia, and Belarus -----------------------------------------------------
p(
    "h10-heralddiary-050",
    "Herald Diary",
    "https://heralddiary.com/russia-reports-shooting-down-75-drones-launched-by-ukraine/",
    None,
    "The defense ministry said Russia's air defense systems destroyed 75 drones launched from Ukraine overnight, more than "
    "half of them over the Rostov region in the southwest. Eight of the drones were near Tuapse on the Black Sea, where the "
    "major oil refinery of Rosneft is located, the ministry said on Telegram. It added that the rest targeted Krasnodar, and "
    "single drones were over the Belgorod, Voronezh, and Smolensk regions. The ministry did not say whether the drones had "
    "caused any damage.\n\nThe Telegram channel Rybar said the attacks began at about 3:17 a.m. and were followed by a "
    "second wave at 4:20 a.m.\n\nRostov regional governor Vasily Golubev said on social media that a drone strike had hit "
    "the city of Taganrog on the Azov Sea, and that its debris had hit a military airfield in the nearby town of "
    "Morozovsk. Golubev said that there were no injuries or significant damage.",
    [
        c(UA, None, 75, 75, None, "exact", False, "defence ministry", inter=75),
        c(UA, None, 8, 8, None, "exact", False, "defence ministry", "local", 8, "Tuapse"),
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, NA),
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, NA),
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, NA),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", NA, "Taganrog"),
    ],
    "no published date; 'single drones over the Belgorod, Voronezh, and Smolensk regions' is one each (places not scored); 'more than half' and 'the rest' are no figures; Taganrog's one drone is the governor's line",
)

p(
    "h10-odessajournal-051",
    "Odessa Journal",
    "https://odessa-journal.com/public/russia-claims-to-have-shot-down-47-drones-amid-reports-of-oil-refinery-damage",
    None,
    "On July 22, the Russian Ministry of Defense announced that its air defense forces had intercepted 47 Ukrainian drones "
    "over five regions of Russia and near the Black and Azov Seas. Meanwhile, state news agency RIA Novosti and regional "
    "officials reported damage to the Tuapse Oil Refinery in Krasnodar Krai.\n\nThe ministry stated that most drones were "
    "downed over Rostov, Belgorod, Voronezh, Smolensk regions, and Krasnodar Krai, with 17 reportedly destroyed over the "
    "sea.\n\nAccording to military intelligence sources, drones were detected in the sky over Tuapse around 03:30 local "
    "time. During the first wave of the attack, Russian air defense attempted to shoot down four kamikaze drones "
    "simultaneously. In total, at least 8 drones are reported to have attacked the refinery.",
    [
        c(UA, None, 47, 47, None, "exact", False, "defence ministry", inter=47),
        c(UA, None, 17, 17, None, "exact", False, "defence ministry", "local", 17, NA),
        c(UA, None, 8, 8, None, "at_least", False, NA, "local", NA, "Tuapse"),
    ],
    "no published date (July 2024): 'July 22' without a year; the 17 over the sea are the ministry's own part (place not scored); the four of the first wave are part of the refinery's 'at least 8'",
)

p(
    "h10-pledgetimes-052",
    "Pledge Times (Sputnik)",
    "https://pledgetimes.com/lukashenko-ukrainian-air-targets-destroyed-over-belarus/",
    "2024-08-10",
    "Belarusian President Alexander Lukashenko confirmed on Saturday that Ukrainian drones, presumed to be attack aircraft, "
    "had been shot down over his country's territory.\n\n\"The Belarusian Air Force and Air Defense Forces have been put on "
    "high alert. We believe that this is not the first time that the Ukrainian Armed Forces have violated the airspace of "
    'the Republic of Belarus, near us, in the Kostyukovichi area," Lukashenko said.\n\n"About 10 targets were coming from '
    'the territory of Ukraine," he explained, adding: "The air defense forces were put on full combat alert. About 10 '
    "planes and helicopters took off, and rocket launchers were put on high alert. The air defense forces destroyed "
    'targets over the territory of Belarus, at night."',
    [],
    "drones over a neighbour (Belarus) are no barrage on Russia or Ukraine; the ten planes and helicopters are aircraft",
)

p(
    "h10-kyivindependent-053",
    "The Kyiv Independent",
    "https://kyivindependent.com/belarus-confirms-downing-drone",
    None,
    "Belarus' military confirmed the downing of a drone early on Sept. 5, shortly after the monitoring group Belarusian "
    "Hajun reported that Belarus had downed two Russian attack drones near the city of Homel.\n\nThe air alert was active in "
    'Chernihiv Oblast from 11 p.m. on Sept. 4 to 10 a.m. on Sept. 5 due to the threat of Russian drones.\n\n"Due to the '
    "timely actions of the anti-aircraft defense forces, all violators were destroyed,\" said Sergei Frolov, Belarus' chief "
    "of the General Staff.\n\nAccording to Belarusian Hajun, there have been multiple cases of Russian Shahed-type drones "
    "flying off course to Belarus over the past weeks. At least six Russian drones reportedly entered the Belarusian "
    "airspace during a recent mass attack on Ukraine on Aug. 26.",
    [],
    "no published date (5 September 2024); drones downed over Belarus and six that strayed there are no barrage",
)

p(
    "h10-yahoo-054",
    "Yahoo News (Ukrainska Pravda)",
    "https://news.yahoo.com/putin-tells-russian-workers-making-131451306.html",
    "2023-01-18",
    "Russian President Vladimir Putin says that his country produces three times more air defence missiles than the United "
    'States.\n\nQuote from Putin: "For example, we produce three times more anti-aircraft missiles produced by your Obukhov '
    "plant per year than the United States does. Our defence industry produces approximately as many air defence missiles "
    'per year as all military industrial enterprises in the world."\n\nBackground: In November, Ukrainian Defence '
    "Intelligence reported that Russia planned to buy Fateh-110 and Zolfaghar ballistic missiles from Iran. On 6 January, "
    "Oleksii Reznikov, Ukraine's Defence Minister, reported that Russia had used up many of its Kalibrs, Iskander ballistic "
    "missiles and Iranian-made drones, but it still has a fair number of S-300 missiles.",
    [],
    "production and stocks: no barrage",
)

p(
    "h10-karpatalja-055",
    "Karpatalja (Ukrinform)",
    "https://karpatalja.ma/news/russian-missiles-hit-downtown-kharkiv/",
    None,
    "Russian troops have launched a missile attack on the city of Kharkiv. Enemy projectiles hit the central part of the "
    "city.\n\nThe statement was made by Kharkiv Regional Military Administration Head Oleh Syniehubov on Telegram, an "
    "Ukrinform correspondent reports.\n\nAccording to the preliminary data, from six to 10 Russian S-300 missiles hit the "
    "central part of the city. Information about casualties and destruction is yet to be checked.\n\nKharkiv Mayor Ihor "
    "Terekhov noted on Telegram that an industrial object was struck in Kharkiv's Kyivskyi district, where a fire broke out.",
    [],
    "'from six to 10 missiles hit' is a count of hits (hits are not claims)",
)

# --- 2025: the record nights --------------------------------------------------------------
p(
    "h10-uslive-056",
    "US Live (AP)",
    "https://uslive.com/russia-launched-biggest-attack/",
    None,
    "Russia launched biggest attack overnight with 479 drones\n\nRussia launched the biggest attack of the three-year war, "
    "firing 479 drones and 20 missiles at Ukraine in a single night. The assault spanned from Sunday into Monday, targeting "
    "central and western regions.\n\nUkraine's air force claimed to have destroyed 277 drones and all but one missile. Just "
    "10 unmanned aircraft or missiles struck their targets. A single injury was reported.\n\nAt the same time, Ukrainian "
    "special operations units targeted two Russian fighter jets at an airfield 400 miles inside Russian territory, the "
    "Savasleyka airfield in the Nizhny Novgorod region.",
    [c(RU, None, 499, 479, 20, "exact", True, "air force", inter=296)],
    "no published date (9 June 2025); intercepted = 277 drones + 19 missiles ('all but one'); the ten that struck are hits; two jets are aircraft",
)

p(
    "h10-newsstudy-057",
    "News Study (The New York Times)",
    "https://www.newsstudy.xyz/?p=146382",
    None,
    "Russia launched 499 drones and missiles overnight, Ukraine said on Monday, the largest air assault of the war as "
    "Moscow intensifies attacks and peace talks stall.\n\nRussia has been stepping up attacks in recent months, an effort "
    "that seems to have escalated further after Ukraine mounted a large-scale assault on Russian air bases on June 1.\n\nOn "
    "Monday, the Ukrainian Air Force said that Russia had launched 479 drones and 20 missiles overnight - the largest "
    "number of drones recorded since the war began more than three years ago. Most were intercepted, but 10 strikes were "
    "recorded, according to the air force.\n\nOne person was killed in the Rivne region of western Ukraine. Officials in the "
    "Sumy region said that nine people had been injured over the past day.\n\nThe Russian Defense Ministry said on Monday "
    "that its air defenses had destroyed or jammed 49 Ukrainian drones overnight.",
    [
        c(RU, None, 499, 479, 20, "exact", True, "air force", inter=NA),
        c(UA, None, 49, 49, None, "exact", False, "defence ministry", inter=49),
    ],
    "no published date (9 June 2025); the lead's 499 and the detail 479 + 20 are one claim; 'most were intercepted' has no figure",
)

p(
    "h10-koreajoongangdaily-058",
    "Korea JoongAng Daily (AP)",
    "https://koreajoongangdaily.joins.com/news/2025-06-29/world/world/Russia-launches-biggest-aerial-attack-on-Ukraine-since-the-start-of-the-war/2341155",
    "2025-06-29",
    "Russia launches biggest aerial attack on Ukraine since the start of the war\n\nPublished: 29 Jun. 2025, 16:58\n\nRussia "
    "launched its biggest aerial attack against Ukraine overnight, a Ukrainian official said Sunday.\n\nRussia fired a total "
    "of 537 aerial weapons at Ukraine, including 477 drones and decoys and 60 missiles, Ukraine's air force said. Of these, "
    "249 were shot down and 226 were lost, likely having been electronically jammed.\n\nYuriy Ihnat, head of communications "
    'for Ukraine\'s air force, told The Associated Press that the overnight onslaught was "the most massive airstrike" on '
    "the country, taking into account both drones and various types of missiles.\n\nPoland and allied countries scrambled "
    "aircraft to ensure the safety of Polish airspace. Kherson regional Gov. Oleksandr Prokudin said one person died in a "
    "drone strike.",
    [c(RU, "2025-06-29", 537, 477, 60, "exact", True, "air force", inter=475)],
    "intercepted = 249 shot down + 226 lost; 'biggest' and 'most massive' are record claims",
)

p(
    "h10-odishaconnect-059",
    "Odisha Connect",
    "https://odishaconnect.com/russia-launches-largest-air-assault-on-ukraine-killing-30-and-damaging-17-regions",
    None,
    "In what Ukrainian officials are calling the largest air assault since the war began three years ago, Russia launched a "
    "massive overnight drone and missile barrage, causing widespread destruction across 17 regions of Ukraine.\n\nAccording "
    "to Ukraine's military, the attack involved a staggering 477 drones - including Iranian-made Shahed suicide drones - "
    "and over 60 missiles, comprising cruise missiles, ballistic missiles, and other advanced munitions. Ukraine's air "
    "defence shot down 249 drones and 38 missiles.\n\nThe onslaught also claimed the life of Lt. Col. Maksym Ustymenko, a "
    "Ukrainian F-16 pilot, who had destroyed seven Russian targets during the attack.",
    [c(RU, None, 537, 477, 60, "about", True, "military", inter=NA)],
    "no published date (29 June 2025); 477 and 'over 60' (mixed: about); shot-down parts only (the jammed are not told); the pilot's seven are shoot-downs; 17 regions are no weapons",
)

p(
    "h10-krone-060",
    "Kronen Zeitung (English edition)",
    "https://www.krone.at/3702610",
    "2025-02-24",
    "Three years of war: Kremlin covers Ukraine with a mega swarm of drones\n\nMoscow attacked Ukraine with 185 drones on "
    "Monday night. Of these, 113 drones were shot down, according to the Ukrainian military. 71 drones disappeared from the "
    "radar and were probably intercepted by the electronic air defense. It was initially unclear whether the remaining one "
    "drone reached its target.\n\nIt was only on Sunday that Ukraine reported the largest Russian drone attack since the "
    "beginning of the war, with 267 attack drones reported.\n\nAccording to the Ukrainian military, Ukrainian drones hit "
    "the Russian oil refinery in Ryazan during the night. There were at least five explosions near the plant. The governor "
    "of the region, Pavel Malkov, wrote of a fire triggered by falling debris from a drone that had been shot down.",
    [
        c(RU, "2025-02-24", 185, 185, None, "exact", False, "military", inter=184),
        c(RU, "2025-02-23", 267, 267, None, "exact", True, NA, inter=None),
    ],
    "'Monday night' ends on the Monday of publication; the 267 reported on Sunday (that night's record); Ryazan's shot-down drone is a share with no count",
)

p(
    "h10-ktbb-061",
    "KTBB (ABC News)",
    "https://ktbb.com/post/?p=1392219",
    "2025-02-24",
    "Russia, Ukraine exchange major drone attacks on invasion anniversary\n\n(LONDON) -- Russia launched 185 attack drones "
    "into Ukraine in an overnight attack coinciding with the third anniversary of Moscow's full-scale invasion.\n\nUkraine's "
    "air force said it tracked 185 Shahed attack drones of various types launched from several directions. Ukrainian forces "
    "shot down 113 drones with 71 others lost in flight without causing any damage.\n\nSunday night's attack follows a "
    "record-breaking drone barrage on Saturday night, with Russia launching 267 UAVs into Ukraine.\n\nThe Russian Defense "
    "Ministry reported the downing of 22 Ukrainian drones over four Russian regions. Pavel Malkov, the head of the Ryazan "
    'regional administration, said in a post to Telegram that air defenses shot down two drones over the area. "Due to the '
    'falling debris, a fire broke out on the territory of one enterprise," Malkov said.',
    [
        c(RU, "2025-02-24", 185, 185, None, "exact", False, "air force", inter=184),
        c(RU, "2025-02-23", 267, 267, None, "exact", True, NA, inter=None),
        c(UA, "2025-02-24", 22, 22, None, "exact", False, "defence ministry", inter=22),
        c(UA, "2025-02-24", 2, 2, None, "exact", False, "governor", "local", 2, "Ryazan"),
    ],
    "Saturday night's record ends on Sunday 23 February; Sunday night's attack on Monday 24 February",
)

p(
    "h10-newyorkparrot-062",
    "New York Parrot (BBC)",
    "https://newyorkparrot.com/?p=33693",
    None,
    "Ukraine launches massive drone strike, hits Russian oil refinery\n\nUkraine has claimed responsibility for a large-scale "
    "drone attack on Russian infrastructure, reportedly hitting an oil refinery in the Ryazan region and a missile "
    "component plant in Bryansk. This operation, involving at least 100 drones, is described as one of the largest of its "
    'kind since the start of the war.\n\n"An oil refinery in Ryazan and the Kremniy plant in Bryansk were struck," said '
    "Andriy Kovalenko, head of Ukraine's center for countering disinformation.\n\nRussia's defense ministry stated that its "
    "air defenses intercepted 121 drones across 13 regions, including Moscow, Ryazan, and Bryansk. Moscow Mayor Sergei "
    "Sobyanin said air defenses repelled attacks in four locations around the city.\n\nIn Bryansk, operations at the "
    "Kremniy plant were suspended following an attack involving six drones, according to the state news agency RIA.",
    [
        c(UA, None, 100, 100, None, "at_least", False, NA, inter=None),
        c(UA, None, 121, 121, None, "exact", False, "defence ministry", inter=121),
        c(UA, None, 6, 6, None, "exact", False, "media", "local", NA, "Bryansk"),
    ],
    "no published date; the BBC's 'at least 100' and the ministry's 121 are two sources; 'one of the largest' is no record; Moscow's four locations are places",
)

# --- late 2022: the November and December barrages ----------------------------------------
p(
    "h10-1776coalition-063",
    "1776 Coalition (AP)",
    "https://1776coalition.com/news-heard-around-the-world/poland-says-a-russian-made-missile-fell-inside-their-country-killing-2",
    None,
    "Poland says a Russian-made missile fell inside their country, killing 2\n\nTwo people were killed when a Russian-made "
    "missile struck Poland's eastern side. This was the first time that Russian weapons have been used against a NATO "
    "country in the conflict with Ukraine.\n\nPolish media reported that the strike occurred in Przewodow, a village close "
    'to the Ukrainian border, where grain was drying. According to the Russian Defense Ministry, "any strikes against '
    "targets near the Ukrainian-Polish frontier\" were not carried out.\n\nOn Tuesday, Russia attacked Ukraine's energy "
    "facilities with its largest missile barrage yet. It struck targets all over the country, causing widespread "
    "blackouts. Neighboring Moldova was also affected: the strike knocked out the key power line which supplies the tiny "
    "nation.\n\nZelenskyy said that Russia had fired at most 85 missiles.",
    [c(RU, None, 85, None, 85, "up_to", True, "president")],
    "no published date (15-16 November 2022); 'at most 85' is up_to; 'largest missile barrage yet' makes it a record claim; the missile in Poland is a stray, not a barrage",
)

p(
    "h10-actualnewsmagazine-064",
    "Actual News Magazine (Franceinfo)",
    "https://actualnewsmagazine.com/english/kyiv-accuses-russia-of-having-carried-out-one-of-the-most-massive-strikes-since-the-start-of-the-conflict-with-a-hundred-missiles-fired-2",
    None,
    'Kyiv accuses Russia of having carried out "one of the most massive strikes" since the start of the conflict with a '
    'hundred missiles fired\n\nThe bombings targeted "energy infrastructure", according to the Ukrainian presidency, causing '
    'numerous power cuts.\n\nRussia fired "one hundred" missiles over Ukraine on Tuesday (November 15th), hitting several '
    "critical energy infrastructures in different regions, a spokesman for the Ukrainian Air Force said. These shots, more "
    'numerous than the 83 recorded on October 10, constitute "one of the most massive strikes since the beginning of the '
    'war", he added.\n\nAccording to the army, the shootings took place "from the Caspian Sea", "the Rostov region" and '
    '"the black Sea". A large part of the missiles could be intercepted by the anti-aircraft defense.',
    [
        c(RU, None, 100, None, 100, NA, False, "air force", inter=None),
        c(RU, None, 83, None, 83, "exact", False, "air force", inter=None),
    ],
    "no published date (15 November 2022: the day and month without a year); 'one hundred' in quotes is a round figure (qualifier not scored); 'one of the most massive' is no record; 'a large part' intercepted has no figure",
)

p(
    "h10-kyivindependent-065",
    "The Kyiv Independent",
    "https://kyivindependent.com/national/over-120-missiles-fired-at-ukraine-in-russias-8th-mass-attack",
    "2022-12-29",
    "Update: Ukraine downs 54 out of 69 missiles amid Russia's 8th mass attack\n\nUkrainian Air Defense intercepts a rocket "
    "launched by Russian forces in Kyiv on Dec. 29, 2022.\n\nEditor's Note: This article initially said that 120 Russian "
    "missiles were launched at Ukraine on Dec. 29, citing Mykhailo Podolyak, an advisor to the President's Office. The "
    "article was updated after Valerii Zaluzhnyi, the chief commander of Ukraine's Armed Forces, published different "
    "numbers. According to Zaluzhnyi, 69 Russian cruise missiles were launched on Dec. 29.\n\nRussia launched a new mass "
    "attack using air and sea-based cruise missiles from various directions early on Dec. 29, Ukraine's Air Force reported. "
    "According to Zaluzhnyi, the Air Force shot down 54 out of 69 missiles during Russia's eighth mass strike targeting "
    "energy infrastructure.\n\nGovernors of at least eight regions said that Russian missiles were attacking their oblasts. "
    "According to local authorities, 21 rockets were downed above Odesa Oblast and 16 above Kyiv.",
    [
        c(RU, "2022-12-29", 69, None, 69, "exact", False, "military", inter=54),
        c(RU, "2022-12-29", 120, None, 120, "exact", False, "adviser", inter=None),
    ],
    "published from the photo caption; the adviser's corrected 120 is still his figure in the text; Odesa's and Kyiv's are shoot-downs",
)

p(
    "h10-dw-066",
    "DW (mirror)",
    "http://209.141.35.7:8011/https/www.dw.com/en/ukraine-updates-russian-missile-barrage-hits-ukrainian-cities/a-64234266",
    "2022-12-29",
    "Ukraine updates: Russian missile barrage hits Ukraine\n\nDecember 29, 2022\n\nUkrainian authorities have reported missile "
    "strikes in Kyiv, Kharkiv and Lviv. Meanwhile, Russian Foreign Minister Sergey Lavrov dismissed Kyiv's \"peace "
    'formula."\n\nRussia fired some 120 missiles at Ukraine, some of which were intercepted by Ukrainian air defenses.\n\n'
    "Several cities in Ukraine, including Kyiv, were hit by Russian missile strikes on Thursday. Presidential aide Mykhailo "
    "Podolyak said more than 120 missiles had been fired.\n\nKyiv Mayor Vitaliy Klitschko said that 40% of the city's "
    "residents were left without power following strikes. Most of the western Ukrainian city of Lviv was without power on "
    'Thursday morning, mayor Andriy Sadoviy said: "Ninety percent of the city is without electricity."',
    [c(RU, "2022-12-29", 120, None, 120, NA, False, "adviser", inter=None)],
    "the caption's 'some 120' and the aide's 'more than 120' are one claim (qualifier not scored); percentages of residents are no weapons",
)

p(
    "h10-ukranews-067",
    "Ukrainian News Agency",
    "https://ukranews.com/en/news/905192-air-defense-forces-destroy-16-missiles-over-kyiv-klitschko",
    None,
    "Air defense forces over Kyiv destroyed 16 missiles fired by the Russian Federation at the capital.\n\nKyiv Mayor Vitali "
    "Klitschko announced this on Telegram on Thursday, December 29. At first, he reported that according to preliminary "
    "information from air defense forces, 15 missiles were destroyed over Kyiv.\n\nAs the Ukrainian News agency earlier "
    "reported, on the morning of December 29 the head of the Mykolaiv Regional State Administration Vitaly Kim announced "
    "the first launches of Russian missiles. On December 29, the adviser of the President's Office Oleksiy Arestovych warned "
    "about the launch of more than 100 missiles by Russia in several waves.\n\nAir defense units shot down 21 enemy missiles "
    "over the Odesa Region. Fragments of downed rockets damaged two private houses, an enterprise, and a playground in Kyiv.",
    [],
    "no published date (29 December 2022); shoot-downs over Kyiv and Odesa only; Arestovych's 'more than 100' is a warning, an expected figure, not a claim",
)

# --- Moscow, 30 May 2023 --------------------------------------------------------------------
p(
    "h10-breakinglatest-068",
    "Breaking Latest News (ANSA)",
    "https://www.breakinglatest.news/news/ukraine-russia-drone-raids-on-buildings-in-moscow/",
    "2023-05-30",
    'Moscow, May 30 - Drones have attacked several buildings in Moscow causing "slight damage", the mayor of the Russian '
    "capital, Sergei Sobyanin, said, specifying that no one was seriously injured. According to the RIA Novosti news agency, "
    "several residents of a building on Profsoyuznaya Street in southern Moscow were evacuated.\n\nRussia's Defense "
    'Ministry blamed Kiev for the "terrorist" attack. "This morning the Kiev regime launched a terrorist attack with '
    "drones on the city of Moscow. Eight drones were used in the attack. All enemy drones were shot down. Three of them "
    "were suppressed with means of electronic warfare, lost control and deviated from their intended targets. Five more "
    'UAVs were shot down by the Pantsir-S SAM system in the Moscow region," the ministry wrote on Telegram.\n\nLast night '
    "was another night of Russian attacks on Kiev, with one dead and several injured, the mayor Vitali Klitschko said. The "
    'Kyiv military administration said that "over the past 24 hours, the enemy has already carried out three attacks".',
    [c(UA, "2023-05-30", 8, 8, None, "exact", False, "defence ministry", "local", 8, "Moscow")],
    "the ministry's eight on one city (local), 3 jammed + 5 shot down; Kyiv's three attacks count attacks, not weapons",
)

p(
    "h10-freepressjournal-069",
    "Free Press Journal",
    "https://www.freepressjournal.in/world/russia-days-after-kremlin-incident-several-drones-attack-moscow-damage-caused-to-several-buildings",
    "2023-05-30",
    "Moscow was attacked by a group of drones on Tuesday morning, resulting in damage to several buildings, reports said. "
    "This comes days after drones were fired at the Kremlin.\n\nReportedly 13 drones were shot down by the Russian forces. "
    "Three of them hit residential buildings.\n\nMoscow Mayor Sergey Sobyanin reportedly announced that a drone attack was "
    "carried out on Moscow early this morning, there were no injuries, and some buildings were slightly damaged.",
    [c(UA, "2023-05-30", 13, 13, None, "exact", False, NA, "local", 13, "Moscow")],
    "the reported 13 downed over Moscow (local); the three that hit are part of them",
)


# --- the sea: boats and underwater drones -------------------------------------------------
p(
    "h10-kyivpost-070",
    "Kyiv Post",
    "https://www.kyivpost.com/post/38500",
    None,
    "In the early hours of Thursday, Sept 5, unmanned surface vessels (USV), maritime drones, attacked the port of "
    "Novorossiysk, according to Mayor Andrey Kravchenko.\n\nThis coincided with a report by the Russian Ministry of Defense "
    "that its forces destroyed two unmanned boats in the northeastern part of the Black Sea overnight.\n\nIn the city's "
    "waterfront area, traffic was restricted. Around 8:00 a.m., the alarm, which had been sounding since 1:30 a.m., was "
    "lifted.\n\nUkraine has three main types of USV that could reach Novorossiysk: the HUR's MAGURA V5 and two SBU "
    "drones, Sea Baby and Kozak Mamai. Novorossiysk has been attacked several times in 2024 by Ukrainian forces using "
    "unmanned boats and drones.",
    [],
    "no published date (5 September 2024); two unmanned boats and three types of sea drone are not aerial weapons",
)

p(
    "h10-newsmax-071",
    "Newsmax (Reuters)",
    "https://www.newsmax.com/world/globaltalk/russia-ukraine-underwater/2025/12/15/id/1238403",
    "2025-12-15",
    "A Ukrainian attempt to attack a Russian naval base in the port of Novorossiysk with underwater drones failed to "
    "achieve any of its aims, with no damage to a single ship or submarine, news agencies quoted Russia's Black Sea Fleet "
    'as saying on Monday.\n\n"The enemy\'s attempt at sabotage through underwater drones failed to achieve its aims," the '
    "head of the fleet's press service Aleksei Rulyov said. \"Not a single ship or submarine of the Black Sea Fleet located "
    'at the base in Novorossiysk Bay was damaged. There were no injuries to crew."',
    [],
    "underwater drones are not aerial weapons, and no count",
)

if __name__ == "__main__":
    PASSAGES.write(HERE)
