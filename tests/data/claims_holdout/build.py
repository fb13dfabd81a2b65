# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the held-out claim passages, hand-labelled.

Each passage is lightly paraphrased from a real English news article found with
the project's search tool (URL and published date kept); names, numbers, dates
and the grammatical shape of each sentence are as in the original, since the
shape is what an extractor must handle. Run `python tests/data/claims_holdout/build.py`
to regenerate the JSONL after editing a label here.

Labels follow the contract in CLAIMS.md and the development corpus conventions:
intercepted = everything neutralised (shot down + jammed/lost); UA->RU claims from
Russia's defence ministry count what it downed (launched_total = intercepted);
period aggregates have scope "period" and a null event_date; shot-down-only
figures for RU->UA are not claims. A field left out of a claim (e.g. intercepted
where the text is ambiguous) is not scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- 2022 ---------------------------------------------------------------------
p(
    "ho-fortune-001",
    "Bloomberg (Fortune)",
    "https://fortune.com/europe/2022/10/22/russia-massive-attack-ukraine-energy-infrastructure-battlefield-failures",
    "2022-10-22",
    "Ukraine's critical energy infrastructure was badly damaged again on Saturday as Russian troops "
    "delivered another large wave of missile strikes, leaving 1.5 million or more people without power.\n\n"
    'President Volodymyr Zelenskiy said Russia had launched a "massive attack" overnight, with some 36 '
    "missiles fired, most of them intercepted.",
    [c(RU, "2022-10-22", 36, None, 36, "about", False, "president")],
)

p(
    "ho-newtoday-002",
    "The New Today (CBS syndication)",
    "https://thenewtoday.gd/russia-unleashes-barrage-of-missiles-on-ukraine-in-massive-attack/",
    "2022-10-22",
    'Russia unleashed a barrage of missiles overnight in a "massive missile attack" that targeted '
    '"critical infrastructure," Ukraine\'s air force said in a statement on Saturday.\n\n'
    "The Air Force said it shot down 18 of the 33 cruise missiles launched from the air and sea.\n\n"
    "Officials said 40% of the country's power supply has been severely damaged. President Volodymyr "
    "Zelensky said earlier in the week that 30% of Ukraine's power stations had been destroyed since October 10.",
    [c(RU, "2022-10-22", 33, None, 33, "exact", False, "air force", inter=18)],
)

p(
    "ho-babel-003",
    "Babel",
    "https://babel.ua/en/news/85731-explosions-rang-out-in-kyiv",
    "2022-10-17",
    "On October 10, the occupiers launched a massive missile attack on Ukraine, firing more than 80 missiles. "
    "More than 20 settlements were affected, including Kyiv, Lviv, Rivne and Zhytomyr. For the strikes, the enemy "
    "used cruise, ballistic and anti-aircraft guided missiles and attack drones. The Ukrainian Air Force and the "
    "Air Defense Forces of the Ground Forces destroyed 56 air targets: 43 cruise missiles and 13 unmanned aerial vehicles.\n\n"
    "The number of people killed in the October 10 attack on Ukrainian cities has risen to 19. A total of 105 people were injured.",
    [c(RU, "2022-10-10", 80, None, 80, "more_than", False, None, inter=NA)],
    "drones used but not counted: total = the missile figure; the interception figure mixes both",
)

p(
    "ho-nv-004",
    "New Voice of Ukraine (goodtime digest)",
    "https://good-time-invest.com/blog/urgent-massive-attack-on-kyiv/",
    "2022-10-10",
    "On October 10, the invaders launched a massive rocket attack on Ukraine from the territory of Russia and "
    "Belarus. According to preliminary information from Ukrainian deputy defence minister Hanna Maliar, 83 rockets "
    "were fired. Ukrainian air defence forces shot down 43 missiles, while the rest struck critical infrastructure "
    "and residential buildings. Sixteen cities came under attack, including the capital.",
    [c(RU, "2022-10-10", 83, None, 83, "exact", False, "defence ministry", inter=43)],
    "'rockets' used for missiles; deputy defence minister -> defence ministry",
)

p(
    "ho-inquirer-005",
    "Reuters (Inquirer)",
    "https://newsinfo.inquirer.net/1710628/russia-launched-16-drones-overnight-ukrainian-air-force/amp",
    "2022-12-30",
    "Russia launched 16 drones overnight–Ukrainian air force\n\n"
    'KYIV — Ukraine\'s air force said on Friday morning that Russia launched 16 "kamikaze" drones overnight and '
    "that Ukrainian air defenses destroyed all of them.\n\nIt added that the drones had been sent from the southeast and north.",
    [c(RU, "2022-12-30", 16, 16, None, "exact", False, "air force", inter=16)],
    "published date inferred (a Friday shortly after the 19 Dec 2022 photo caption); label is relative to it",
)

# --- 2023 ---------------------------------------------------------------------
p(
    "ho-voa-006",
    "Voice of America",
    "http://en.worldpeoplenews.com/news/world/2023-01/43387",
    "2023-01-02",
    "Russia attacked Ukraine overnight with what Ukrainian officials said Monday were waves of drones, with targets "
    "including the capital, Kyiv.\n\nKyiv Mayor Vitali Klitschko said Monday that Russia sent 40 drones toward the "
    "Kyiv region and that all of them were destroyed.\n\nThe latest attacks followed a wave the night before that "
    "Ukrainian President Volodymyr Zelenskyy said included 45 Shahed drones that his forces shot down.",
    [
        c(RU, "2023-01-02", 40, 40, None, "exact", False, "mayor", "local", 40, "Kyiv region"),
        c(RU, "2023-01-01", 45, 45, None, "exact", False, "president", "national", 45),
    ],
    "'the night before' the Monday attack -> Sunday morning 1 Jan",
)

p(
    "ho-efe-007",
    "EFE (La Prensa Latina)",
    "https://www.laprensalatina.com/ukraine-shoots-down-21-kamikaze-drones-in-new-night-of-russian-attacks/",
    "2023-05-03",
    "Kyiv, May 3 (EFE).- Russia attacked Ukraine overnight with around 26 Iran-made kamikaze drones, 21 of which "
    "were shot down by anti-aircraft defenses, the Ukrainian Air Force reported Wednesday.\n\n"
    "The drones were launched from Russia's Bryansk region and from the Sea of Azov, it said on Telegram.",
    [c(RU, "2023-05-03", 26, 26, None, "about", False, "air force", inter=21)],
)

p(
    "ho-reuters-008",
    "Reuters (kslm.news)",
    "https://www.kslm.news/category/town-hall-news/page/19803",
    "2023-05-28",
    "Russia unleashes largest drone attack on Ukrainian capital ahead of Kyiv Day\n"
    "KYIV (Reuters) -Russia unleashed waves of air strikes on Kyiv overnight in what officials said appeared to be "
    "the largest drone attack on the city since the start of the war, as the capital prepared to celebrate the "
    "anniversary of its founding on Sunday. Ukraine's Air Force said it downed 52 out of the 54 Russia-launched "
    "drones, calling it a record attack.",
    [c(RU, "2023-05-28", 54, 54, None, "exact", True, "air force", "national", 52)],
)

p(
    "ho-japantimes-009",
    "Reuters (Japan Times)",
    "https://www.japantimes.co.jp/news/2023/05/30/world/ukraine-drones-strike-moscow/",
    "2023-05-30",
    "Ukraine launched its biggest ever drone attack on Moscow on Tuesday but air defenses destroyed all eight of the "
    "drones, bringing the 15-month war to the heart of the Russian capital.\n\nMoscow Mayor Sergei Sobyanin said two "
    "people were injured, one of whom was hospitalized, in the early morning attack.",
    [c(UA, "2023-05-30", 8, 8, None, "exact", True, None, "local", 8, "Moscow")],
)

p(
    "ho-devdiscourse-010",
    "Reuters factbox (Devdiscourse)",
    "https://www.devdiscourse.com/article/technology/2469370-factbox-what-do-we-know-about-ukraines-drone-strike-on-moscow",
    "2023-05-30",
    "* Russia's defence ministry said that Ukraine was behind the drone attack on Moscow. It said it had shot down all the drones.\n"
    "* The defence ministry said that eight drones had attacked the Russian capital. Baza, a Telegram channel with links "
    "to the security services, said that more than 25 drones were involved.\n\n"
    '* News site RBC cited a source as saying that "more than ten" drones had been shot down by anti-aircraft systems.',
    [
        c(UA, "2023-05-30", 8, 8, None, "exact", False, "defence ministry", "local", 8, "Moscow"),
        c(UA, "2023-05-30", 25, 25, None, "more_than", False, "media", "local", None, "Moscow"),
        c(UA, "2023-05-30", 10, 10, None, "more_than", False, "media", NA, 10, NA),
    ],
    "three sources, three figures; RBC's 'more than ten … shot down' is a UA->RU downed count, so a claim by the convention",
)

p(
    "ho-reuters-011",
    "Reuters (Raw Story)",
    "https://www.rawstory.com/amp/russia-launches-first-overnight-drone-on-kyiv-in-12-days-military-2662162966",
    "2023-07-02",
    "KYIV (Reuters) -Russia launched an overnight drone attack on Kyiv and the surrounding region after a 12-day break, "
    "with air defence systems destroying all the weapons on their approach, Ukrainian military officials said on Sunday. "
    "The country's air force said that the attack included eight Iranian-made Shahed drones and three cruise missiles "
    "which were shot down.",
    [c(RU, "2023-07-02", 11, 8, 3, "exact", False, "air force", inter=11)],
)

p(
    "ho-euromaidan-012",
    "Euromaidan Press",
    "https://euromaidanpress.com/2023/10/08/russia-ramps-up-production-of-shahed-drones-ukraine-says/",
    "2023-10-08",
    "He noted September saw record numbers of Iranian-designed kamikaze drones deployed by Russia against Ukraine. "
    "Whereas Russia launched around 1,000 such drones in the previous heating season, September alone saw nearly 500. "
    "Russia has increasingly targeted port infrastructure, farms, military sites and airfields with coordinated waves "
    "of up to 30 drones at a time, Ihnat said.",
    [
        c(RU, None, 1000, 1000, None, "about", False, "air force", "period"),
        c(RU, None, 500, 500, None, "about", True, "air force", "period"),
    ],
    "season and month totals; 'up to 30 at a time' is a typical wave size, not one attack",
)

p(
    "ho-dw-013",
    "DW (worldreportnow)",
    "https://www.worldreportnow.com/news/ukraine-updates-russian-drone-attack-hits-infrastructure-dw-11-18-2023/57439/",
    "2023-11-18",
    "Russian forces carried out a drone attack on several infrastructure facilities in Ukraine. The assault, which "
    "began at 20:00 on Friday night and lasted until 04:00 on Saturday morning, saw the deployment of 38 Iranian-made "
    'Shahed drones, known as "kamikaze drones," from Russian territory.\n\nUkrainian air defense intercepted and '
    "downed 29 of the 38 drones.",
    [c(RU, "2023-11-18", 38, 38, None, "exact", False, None, inter=29)],
)

p(
    "ho-isw-014",
    "ISW (bcfausa)",
    "https://bcfausa.org/institute-for-the-study-of-war-russia-ukraine-mount-drone-strikes-against-each-other",
    "2023-11-26",
    "Russian forces conducted a series of Shahed drone strikes on Ukraine on the night of November 25-26. Ukrainian "
    "military officials reported that Russian forces launched nine Shahed-136/131 from the Primorsko-Akhtarsk direction "
    "and that Ukrainian air defenses shot down eight drones.\n\nThe Russian Ministry of Defense (MoD) claimed that "
    "Russian air defenses shot down 24 Ukrainian drones over Moscow, Tula, Kaluga, Bryansk, and Smolensk oblasts on the "
    "night of November 25-26 and on the morning of November 26.",
    [
        c(RU, "2023-11-26", 9, 9, None, "exact", False, "military", inter=8),
        c(UA, "2023-11-26", 24, 24, None, "exact", False, "defence ministry", inter=24),
    ],
)

p(
    "ho-pledgetimes-015",
    "Pledge Times",
    "https://pledgetimes.com/repelling-the-major-attack-russia-shoots-down-20-ukrainian-marches-over-moscow/",
    "2023-11-26",
    'Moscow Mayor Sergei Sobyanin said: "There was an attempt to launch a major drone attack during the night."\n\n'
    "For its part, the Ukrainian Air Force said on Sunday that it had destroyed 8 of the nine attack drones launched by "
    "Russia during the night.\n\nThe attack came a day after what Ukrainian officials said was Russia's largest drone "
    "attack since the war began.",
    [c(RU, "2023-11-26", 9, 9, None, "exact", False, "air force", inter=8)],
    "published date inferred from the ISW report of the same night",
)

p(
    "ho-ukrinform-016",
    "Ukrinform (MENAFN)",
    "https://menafn.com/1107664212/Ukrainian-Air-Defenses-Destroy-Seven-Enemy-Shaheds-Overnight",
    "2023-12-28",
    "Ukraine's air defense forces destroyed seven out of eight Shahed attack drones that Russian troops launched at "
    "Ukraine on the night of December 27 to 28.\n\nThe Ukrainian Air Force said this in a post on Telegram, Ukrinform "
    'reports.\n\n"Overnight into December 28, 2023, the Russian occupiers attacked [Ukraine] with eight Shahed unmanned '
    'aerial vehicles from the area of Primorsko-Akhtarsk, Russia," the post said.',
    [c(RU, "2023-12-28", 8, 8, None, "exact", False, "air force", inter=7)],
)

p(
    "ho-ctv-017",
    "AP (CTV News)",
    "https://www.ctvnews.ca/world/russia-fires-122-missiles-and-36-drones-in-what-ukraine-calls-the-biggest-aerial-barrage-of-the-war-1.6704235",
    "2023-12-29",
    "Russia fires 122 missiles and 36 drones in what Ukraine calls the biggest aerial barrage of the war",
    [c(RU, "2023-12-29", 158, 36, 122, "exact", True, None)],
    "headline only",
)

p(
    "ho-ctv-018",
    "AP (CTV News)",
    "https://www.ctvnews.ca/world/russia-fires-122-missiles-and-36-drones-in-what-ukraine-calls-the-biggest-aerial-barrage-of-the-war-1.6704235",
    "2023-12-29",
    "Russia launched 122 missiles and dozens of drones against Ukrainian targets, officials said Friday, killing at "
    "least 24 civilians across the country in what an air force official said was the biggest aerial barrage of the war.\n\n"
    "According to the Ukrainian air force, the previous biggest assault was in November 2022 when Russia launched 96 "
    "missiles against Ukraine. This year, the biggest was 81 missiles on March 9, air force records show.",
    [
        c(RU, "2023-12-29", None, None, 122, "vague", True, "officials"),
        c(RU, None, 96, None, 96, "exact", True, "air force"),
        c(RU, "2023-03-09", 81, None, 81, "exact", False, "air force"),
    ],
    "'dozens of drones' leaves the total open; 'November 2022' is a month, not a night; "
    "'the biggest this year' is not an all-time record",
)

p(
    "ho-worldreportnow-019",
    "worldreportnow (AP rewrite)",
    "https://www.worldreportnow.com/news/russia-unleashes-what-may-be-one-of-the-biggest-aerial-barrages-against-ukraine-zelenskyy-says/76305/",
    "2024-01-01",
    "Ukrainian officials have reported that Russia launched a staggering 122 missiles and 36 drones, one of the largest "
    "aerial barrages of the 22-month war. Ukrainian air defenses managed to intercept 87 missiles and 27 drones. Air "
    "Force commander Mykola Oleshchuk described it as the most massive aerial attack since the full-scale invasion. "
    "This attack far surpassed the previous record set in November 2022 when 96 missiles were launched.\n\n"
    "The barrage began on Thursday and continued throughout the night, targeting six cities across Ukraine.",
    [
        c(RU, "2023-12-29", 158, 36, 122, "exact", True, "officials", inter=114),
        c(RU, None, 96, None, 96, "exact", True, None),
    ],
    "published three days later; the attack is the Friday 29 Dec (began Thursday, through the night)",
)

p(
    "ho-apdirect-020",
    "AP (apdirect)",
    "https://apdirect.in/russia-unleashes-what-may-be-one-of-the-biggest-aerial-barrages-against-ukraine-zelensky-says-20323.html",
    "2023-12-29",
    "Russia launched about 110 missiles as well as drones against Ukrainian targets during the night, Ukraine "
    "President Volodymyr Zelensky said December 29, killing at least seven civilians in what appeared to be one of the "
    "biggest aerial barrages of the 22-month war.\n\nIf Mr. Zelensky's count is confirmed, it would be the largest "
    "aerial attack by the Kremlin's forces since their full-scale invasion in February 2022. According to the Ukrainian "
    "air force, the previous biggest assault was in November 2022 when Russia launched 96 missiles against Ukraine.",
    [
        c(RU, "2023-12-29", None, None, 110, "vague", True, "president"),
        c(RU, None, 96, None, 96, "exact", True, "air force"),
    ],
    "drones uncounted: total open; 'would be the largest' is conditional but still a record framing",
)

p(
    "ho-aerotime-021",
    "AeroTime",
    "https://www.aerotime.aero/articles/russia-airstrikes-ukraine",
    "2023-12-29",
    "On the morning of December 29, 2023, Russia began its largest series of bombings yet across several Ukrainian "
    'cities.\n\nUkrainian Air Force spokesperson Yuriy Ihnat said Russia had fired a "record number of missiles" for a '
    "single day.\n\nThe Ukrainian military claims to have destroyed 114 aerial targets out of 158 during the Russian "
    "attacks, including various types of missiles and strike drones.",
    [c(RU, "2023-12-29", 158, None, None, "exact", True, "military", inter=114)],
)

# --- 2024 ---------------------------------------------------------------------
p(
    "ho-reuters-022",
    "Reuters (City 101.6)",
    "https://www.city1016.ae/trending/news/international-news/russia-launches-28-drones-three-missiles-at-ukraine",
    "2024-01-07",
    "Russia had deployed almost 300 missiles and more than 200 drones in attacks in the last days of 2023 and the "
    "first days of 2024.",
    [c(RU, None, 500, 200, 300, "about", False, None, "period")],
    "a multi-day tally (published date inferred from the text: the first Sunday of 2024)",
)

p(
    "ho-pravda-023",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/03/24/7447926/",
    "2024-03-24",
    "Russia launched nearly 190 missiles and 140 drones on Ukraine last week – Zelenskyy\n\n"
    "Last week, Russia used nearly 190 missiles, 140 Shahed drones and 700 guided bomb units against Ukraine.\n\n"
    "Source: President Volodymyr Zelenskyy in his evening address",
    [c(RU, None, 330, 140, 190, "about", False, "president", "period")],
    "headline and lead are one claim",
)

p(
    "ho-henriscounty-024",
    "Henri's County",
    "https://henriscounty.com/2024/07/russia-ukraine-this-week-alone-russia-has-used-600-guided-aerial-bombs-on-our-people-president-zelenskyy",
    "2024-07-14",
    'According to President Zelenskyy: "Our people continuously suffer from Russian terror. This week alone, Russia '
    'has used over 600 guided aerial bombs, more than 60 "Shahed" drones, and nearly 40 missiles of various types."',
    [c(RU, None, 100, 60, 40, "about", False, "president", "period")],
    "published day approximate (URL gives July 2024); period claim, no date needed",
)

p(
    "ho-ap-025",
    "AP (Greenfield Reporter)",
    "https://greenfieldreporter.com/2024/07/21/civilians-killed-and-wounded-as-russia-and-ukraine-trade-attacks-russia-claims-gains-in-the-east",
    "2024-07-21",
    "KYIV, Ukraine (AP) — Russia and Ukraine exchanged drone, missile and shelling attacks on Sunday.\n\n"
    "Overnight into Sunday, Ukraine's air defenses intercepted 35 of the 39 drones launched by Russia, according to "
    "air force commander Mykola Oleschuk. In addition, Russia launched three ballistic missiles and two guided air "
    "missiles, which did not reach their targets, he said.",
    [c(RU, "2024-07-21", 44, 39, 5, "exact", False, "air force", inter=NA)],
    "'in addition … missiles' belong to the same attack",
)

p(
    "ho-brisbane-026",
    "Reuters (Brisbane Times)",
    "https://www.brisbanetimes.com.au/world/europe/kyiv-launches-one-of-largest-ever-drone-attacks-on-moscow-mayor-20240821-p5k44y.html",
    "2024-08-21",
    "Ukraine has launched one of the largest ever drone attacks on Moscow, the city's mayor said, with Russian air "
    "defence units destroying at least 10 drones flying towards the capital on Wednesday.\n\n"
    '"This is one of the largest attempts to attack Moscow using drones ever," Sobyanin said on Telegram at 4.43am.',
    [c(UA, "2024-08-21", 10, 10, None, "at_least", False, "mayor", "local", 10, "Moscow")],
)

p(
    "ho-rbc-027",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/russia-launches-at-least-127-missiles-and-1724689369.html",
    "2024-08-26",
    "Russia launches at least 127 missiles and 109 drones at Ukraine - Zelenskyy\n\n"
    "President Volodymyr Zelenskyy held a meeting of the Staff of the Supreme Commander-in-Chief today, August 26. "
    "One of the topics was restoring energy infrastructure after a massive Russian attack.\n\n"
    '"Restoration of energy infrastructure following one of the largest Russian attacks. At least 127 missiles and '
    '109 drones," the President wrote.',
    [c(RU, "2024-08-26", 236, 109, 127, "at_least", False, "president")],
)

p(
    "ho-nikvesti-028",
    "NikVesti",
    "https://nikvesti.com/en/amp/news/incidents/294027-russia-fires-100-rockets-ukraine-2024",
    "2024-08-26",
    "During the attack on August 26, Russia launched about 100 rockets and the same number of Shahed missiles on the "
    "territory of Ukraine.\nThis was announced by the President of Ukraine Volodymyr Zelenskyy.\n"
    '"Unfortunately, there are casualties. My condolences to all relatives and friends," the message reads.',
    [c(RU, "2024-08-26", 200, 100, 100, "about", False, "president")],
    "'the same number of Shahed missiles' = about 100 Shahed drones",
)

p(
    "ho-independent-029",
    "The Independent (Yahoo)",
    "https://ca.news.yahoo.com/russia-launches-hundreds-missiles-drones-214216414.html",
    "2024-08-26",
    "Russia has launched a major barrage of missiles and drones across Ukraine, killing four people and damaging "
    "energy facilities in what has been called its biggest attack of the war.\n\nThe bombardment, condemned as "
    '"vile" by Ukraine president Volodymyr Zelensky, involved the firing of more than 100 missiles and a similar '
    "number of drones at more than half the country on Monday, with Ukraine's air force commander describing it as "
    "Moscow's biggest air assault of the war so far.",
    [c(RU, "2024-08-26", 200, 100, 100, "about", True, NA)],
    "'a similar number of drones' ~100; source unclear (attributed_to not scored)",
)

p(
    "ho-ukrainealert-030",
    "Ukraine Alert",
    "https://ukrainealert.org/post/english-ukraine-on-fire-august-26-1",
    "2024-08-26",
    "Russia's largest attack: Ukraine's defense forces destroy over 200 out ot 236 Russian missiles and drones\n\n"
    "On the night of 25 August and on the morning of 26 August 2024, the Russians launched a large-scale combined "
    "attack on Ukraine's critical infrastructure, in particular the fuel and energy sector, using various types of "
    "air-, land- and sea-based missiles. Russia launched 236 aerial weapons and Ukraine's air defense downed 102 "
    "missiles and 99 attack drones.",
    [c(RU, "2024-08-26", 236, None, None, "exact", True, None, inter=201)],
    "headline typo 'ot' kept as in the original",
)

p(
    "ho-bbc-031",
    "BBC (FBC News)",
    "https://www.fbcnews.com.fj/world/six-killed-in-most-massive-russian-air-attack-ukraine-says/",
    "2024-08-27",
    "At least six people were killed and dozens wounded as missiles and drones were fired into more than half of "
    "Ukraine's regions on Monday.\n\nAccording to Mykola Oleshchuk, the commander of Ukraine's air force, Russia "
    "launched 127 missiles and 109 attack drones. Out of them, Ukraine shot down 102 missiles and 99 drones, he said on "
    'Telegram.\n\nMr. Oleshchuk called the combined strike "the most massive aerial attack".\n\nPreviously, an attack '
    "last December when 158 missiles and drones were fired at Ukraine had been considered the largest attack so far.",
    [
        c(RU, "2024-08-26", 236, 109, 127, "exact", True, "air force", inter=201),
        c(RU, None, 158, None, None, "exact", True, None),
    ],
    "published the day after; 'on Monday' = 26 Aug; 'last December' is a month",
)

p(
    "ho-xinhua-032",
    "Xinhua digest (information.bz)",
    "https://information.bz/english/news/view/2024/08/27/29343.html",
    "2024-08-27",
    "According to the Ukrainian Air Force Command and Air Force Commander Oleshchuk, on the 26th Kyiv city, Kyiv "
    "Oblast, Kharkiv Oblast, Sumy Oblast and more than ten other regions of Ukraine were attacked. The Russian military "
    "launched at least 127 missiles of various types and 109 drones that day, of which the Ukrainian military shot "
    "down 102 missiles and 99 drones.",
    [c(RU, "2024-08-26", 236, 109, 127, "at_least", False, "air force", inter=201)],
    "'on the 26th' with an August 27 publication",
)

p(
    "ho-rbc-033",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/russia-launched-almost-900-bombs-300-drones-1727606857.html",
    "2024-09-29",
    "Within a week, Russia used nearly 900 guided aerial bombs and more than 300 Shahed drones against Ukraine. The "
    "occupiers also launched over 40 missiles, according to the Telegram channel of President Volodymyr Zelenskyy.\n\n"
    "Russian forces attacked Zaporizhzhia with 13 aerial bombs on the morning of September 29. It is currently known "
    "that 13 people were injured, and two were rescued from under the rubble.",
    [c(RU, None, 340, 300, 40, "more_than", False, "president", "period")],
    "13 guided aerial bombs on Zaporizhzhia: bombs are neither drones nor missiles",
)

p(
    "ho-dailypost-034",
    "Daily Post (dpa)",
    "https://dailypost.ng/2024/09/02/ukrainians-injured-in-heavy-russian-missile-attacks/",
    "2024-09-02",
    "Kiev's military administration said the Russian army sent cruise missiles and drones to attack Kiev, firing the "
    "cruise missiles from Saratov, in the Russian Volga region.\n\nThe Ukrainian air defense said it shot down some 10 "
    "cruise missiles and drones over Kiev.\n\nThe military estimates that in all, nine ballistic missiles, 13 cruise "
    "missiles and 20 drones were shot down nationwide.",
    [],
    "shot-down counts only, no launch figure",
)

p(
    "ho-pravda-035",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/10/30/7482048/",
    "2024-10-30",
    "The Russian Defence Ministry has claimed that the territories of six Russian oblasts have been attacked by 23 "
    "drones overnight.\n\nSource: Russian Defence Ministry\n\nDetails: The Russian ministry stated that 23 Ukrainian "
    "drones were allegedly intercepted and destroyed.",
    [c(UA, "2024-10-30", 23, 23, None, "exact", False, "defence ministry", inter=23)],
)

p(
    "ho-reuters-036",
    "Reuters (Business Recorder)",
    "https://www.brecorder.com/news/40329756/russia-says-it-destroyed-23-ukrainian-drones-overnight",
    "2024-10-30",
    "Russia's air defence units destroyed 23 Ukrainian drones overnight over several western Russian regions, the "
    "Russian defence ministry said on Wednesday.\n\nSeven Ukrainian drones were destroyed over the Rostov region, five "
    "over the Kursk region, four over the Smolensk region and the rest over the Oryol, Bryansk and Belgorod regions, "
    "the ministry said on the Telegram messaging app.",
    [
        c(UA, "2024-10-30", 23, 23, None, "exact", False, "defence ministry", inter=23),
        c(
            UA,
            "2024-10-30",
            7,
            7,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            7,
            "Rostov region",
        ),
        c(
            UA,
            "2024-10-30",
            5,
            5,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            5,
            "Kursk region",
        ),
        c(
            UA,
            "2024-10-30",
            4,
            4,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            4,
            "Smolensk region",
        ),
    ],
)

p(
    "ho-abcnews-037",
    "ABC News (KTBB)",
    "https://ktbb.com/post/?p=1370209",
    "2024-11-17",
    "(LONDON) -- Russia launched a major missile and drone attack on Ukraine overnight into Sunday targeting power "
    "plants and energy infrastructure across the country.\n\nThe barrage was the largest attack on Ukraine since late "
    "August and the third largest so far this year.\n\nZelenskyy said around 120 missiles and 90 drones were fired into "
    "the country, with Ukrainian air defenses downing more than 140 targets.\n\nThe air force said Ukrainian defenders "
    "downed 144 targets -- 102 missiles and 42 drones.",
    [c(RU, "2024-11-17", 210, 90, 120, "about", False, "president", inter=NA)],
    "two interception figures (more than 140 / 144): not scored",
)

p(
    "ho-dotnews-038",
    "The Dot News",
    "https://thedotnews.com/russia-launches-massive-attack-on-ukraine-energy-killing-at-least-seven",
    "2024-11-17",
    "In the early morning hours of 17 November, Russia launched one of the largest missile attacks on Ukraine since the "
    "beginning of the war.\nAccording to the Ukrainian authorities, the Russian army launched 120 missiles and 90 "
    "drones. Authorities say that seven civilians were killed in the Dnipropetrovsk, Lviv, Odesa and Mykolaiv regions.\n"
    "Such a massive launch was last seen almost three months ago – on 26 August, right after Ukraine's Independence "
    "Day. Back then, Russia launched 127 missiles and 109 drones.",
    [
        c(RU, "2024-11-17", 210, 90, 120, "exact", False, "officials"),
        c(RU, "2024-08-26", 236, 109, 127, "exact", False, None),
    ],
    "a historic comparison with an explicit date is a claim about that earlier attack",
)

p(
    "ho-dw-039",
    "DW live",
    "https://www.dw.com/en/ukraine-updates-russia-launches-massive-missile-attack/live-70803782",
    "2024-11-17",
    "Ukraine updates: Russia launches 'massive' missile attack\n"
    "What you need to know\n- Zelenskyy says Russia launched 120 missiles and 90 drones\n"
    '- Ukrainian officials report "one of the largest air attacks" of the war so far\n'
    "- Severe damage to power system leads to precautionary power cuts",
    [c(RU, "2024-11-17", 210, 90, 120, "exact", False, "president")],
    "summary bullets",
)

p(
    "ho-financialmirror-040",
    "Financial Mirror",
    "https://financialmirror.us/russia-launches-record-drone-strike-on-ukraine-while-atacms-missiles-target-russian-defense-systems",
    "2024-11-26",
    "Russia has launched its largest-ever drone attack on Ukraine, sending 188 drones to strike 17 regions overnight, "
    "according to Ukraine's air force. The assault set a new record for the number of drones used in a single Russian "
    "attack. While most of the drones were intercepted, the strike still damaged civilian infrastructure.\n"
    'Zelenskyy condemned the attack. "Nearly two hundred Russian drones in one day are nearly two hundred proofs that '
    'Russian ambitions are utterly detached from any ideas of real peace," he said in his daily address.',
    [
        c(RU, "2024-11-26", 188, 188, None, "exact", True, "air force"),
        c(RU, "2024-11-26", 200, 200, None, "about", False, "president"),
    ],
    "the president's rounded figure is a second source; debatable (rhetorical)",
)

p(
    "ho-financialmirror-041",
    "Financial Mirror",
    "https://financialmirror.us/russia-launches-record-drone-strike-on-ukraine-while-atacms-missiles-target-russian-defense-systems",
    "2024-11-26",
    "On November 19, Ukraine launched its first ATACMS missile attack, striking air defense systems in Russia's Kursk "
    "region. The Russian Ministry of Defense acknowledged the strike, stating that five missiles were fired, with only "
    "three intercepted.\nUkraine launched another ATACMS strike on Monday, with seven out of eight missiles being "
    "intercepted. One missile caused minor damage to a Russian facility.",
    [
        c(
            UA,
            "2024-11-19",
            5,
            None,
            5,
            "exact",
            False,
            "defence ministry",
            "local",
            3,
            "Kursk region",
        ),
        c(UA, "2024-11-25", 8, None, 8, "exact", False, NA, NA, 7, NA),
    ],
    "daytime missile strikes on Russia; 'on Monday' before a Tuesday publication = 25 Nov",
)

# --- 2025 ---------------------------------------------------------------------
p(
    "ho-ukrinform-042",
    "Ukrinform (MENAFN)",
    "https://menafn.com/1109137523/Ukraine-Downs-65-Russian-Drones-Overnight-Tue",
    "2025-01-28",
    "Ukraine's Defense Forces have shot down 65 Russian Shahed-type attack drones and other types of UAVs, while 28 "
    "decoy drones Russia launched to exhaust air defenses caused no damage on the ground.\n\nThe Ukrainian Air Force "
    "reported this on Facebook, Ukrinform reports.\n\nFrom 20:00 on Monday, January 27, the Russians attacked Ukraine "
    "with 100 Shahed-type attack UAVs and decoy drones of various types from Orel, Bryansk, Kursk, Millerovo, "
    "Primorsko-Akhtarsk, as well as Cape Chauda (temporarily occupied Crimea).",
    [c(RU, "2025-01-28", 100, 100, None, "exact", False, "air force", inter=93)],
    "started Monday evening, ended the Tuesday morning; the 28 decoys are a part, not a claim",
)

p(
    "ho-bangkokpost-043",
    "Reuters (Bangkok Post)",
    "https://www.bangkokpost.com/world/2966461/russia-launches-wars-largest-drone-attack-on-ukraine-kyiv-says",
    "2025-02-23",
    "KYIV - Ukraine's President Volodymyr Zelensky said on Sunday that Russia launched more than 200 drones in an "
    'overnight attack, the largest of the war, as he condemned Russia\'s "aerial terror".\n\n"On the eve of the third '
    "anniversary of the full-scale war, Russia launched 267 attack drones against Ukraine — the largest attack since "
    'Iranian drones began striking Ukrainian cities and villages," he wrote on X.',
    [c(RU, "2025-02-23", 267, 267, None, "exact", True, "president")],
    "'more than 200' in the lead is the same figure from the same source",
)

p(
    "ho-bangkokpost-044",
    "Reuters (Bangkok Post)",
    "https://www.bangkokpost.com/world/2966461/russia-launches-wars-largest-drone-attack-on-ukraine-kyiv-says",
    "2025-02-23",
    "Moscow has launched near-nightly massed drone attacks at Ukraine for months, seeking to exhaust air defences.\n\n"
    "Zelenskiy said that in total, nearly 1,150 attack drones, more than 1,400 guided aerial bombs and 35 missiles of "
    "various types were launched by Russia at Ukraine in the past week.",
    [c(RU, None, 1185, 1150, 35, "about", False, "president", "period")],
)

p(
    "ho-moscowtimes-045",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2025/03/11/moscow-targeted-by-massive-ukrainian-drone-attack-a88313",
    "2025-03-11",
    'Ukraine targeted Moscow in a "massive" overnight drone attack, authorities said Tuesday, with Russia\'s Defense '
    "Ministry claiming it shot down 337 UAVs across the country.\n\n\"The Defense Ministry's air defense continues to "
    'repel a massive attack by enemy drones on Moscow," Mayor Sergei Sobyanin said on Telegram early Tuesday.\n\n'
    "Russia's military shot down 91 drones around the capital, the Defense Ministry said in a statement, adding it "
    "downed another 126 over the Kursk region bordering Ukraine.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", False, "defence ministry", inter=337),
        c(
            UA,
            "2025-03-11",
            91,
            91,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            91,
            NA,
        ),
        c(
            UA,
            "2025-03-11",
            126,
            126,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            126,
            "Kursk region",
        ),
    ],
)

p(
    "ho-ap-046",
    "AP (Action News Jax)",
    "https://www.actionnewsjax.com/news/world/russian-air-defenses/IRL6NXR6MRCWXCGILWHNN6HLAA/",
    "2025-03-11",
    "The Russian military said Tuesday air defenses overnight shot down 337 Ukrainian drones over 10 Russian regions in "
    "what appears to be the biggest Ukrainian drone attack on Russia in three years.\n\nThe most drones — 126 — were "
    "shot down over the Kursk region across the border from Ukraine, and 91 were shot down over the Moscow region, "
    "according to a statement by Russia's Defense Ministry.\n\nMoscow Mayor Sergei Sobyanin said over 70 drones "
    "targeted the Russian capital and were shot down as they were flying toward it.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", True, "military", inter=337),
        c(
            UA,
            "2025-03-11",
            126,
            126,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            126,
            "Kursk region",
        ),
        c(
            UA,
            "2025-03-11",
            91,
            91,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            91,
            "Moscow region",
        ),
        c(UA, "2025-03-11", 70, 70, None, "more_than", False, "mayor", "local", 70, "Moscow"),
    ],
    "'The most drones — 126 —' : figure between dashes",
)

p(
    "ho-bloomberg-047",
    "Bloomberg (Mint)",
    "https://www.livemint.com/news/world/ukraine-launches-record-337-drones-at-russia-before-us-talks/amp-11741676992845.html",
    "2025-03-11",
    "Russia said its air defenses downed 337 Ukrainian drones overnight, including dozens targeting Moscow, in what "
    "seems to be the largest attack on its territory of the three-year-long war.\n\nRussia fired 126 drones and one "
    "ballistic missile overnight at targets in Ukraine, Kyiv's Air Force said in a statement on Telegram. Ukraine downed "
    "79 of the drones over 11 regions, it said.\n\nMoscow previously reported a drone attack in January, when air "
    "defenses downed six of the unmanned aircraft.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", True, None, inter=337),
        c(RU, "2025-03-11", 127, 126, 1, "exact", False, "air force", inter=79),
        c(UA, None, 6, 6, None, "exact", False, None, "local", 6, "Moscow"),
    ],
    "two directions in one passage; 'in January' is a month",
)

p(
    "ho-pravda-048",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/04/23/7508765/",
    "2025-04-23",
    "Russian troops attacked Ukraine with 134 strike UAVs and decoy drones of other types on the night of 22–23 April. "
    'Ukrainian air defence forces shot down 67 Shahed drones.\n\nSource: Ukrainian Air Force on Telegram\n\nQuote: "As '
    "of 09:30, 67 Shahed-type attack UAVs (as well as drones of other types) have been confirmed destroyed over the "
    "east, north, south and central parts of the country. A total of 47 enemy decoy drones have disappeared from radar "
    '(without causing adverse effects)."',
    [c(RU, "2025-04-23", 134, 134, None, "exact", False, "air force", inter=114)],
)

p(
    "ho-epoch-049",
    "The Epoch Times",
    "https://www.theepochtimes.com/world/russia-launches-wars-largest-air-attack-on-ukraine-hours-before-final-prisoner-swap-5863267",
    "2025-05-25",
    "In what was the largest aerial attack since the beginning of the Russia–Ukraine war, Moscow launched 367 drones "
    "and missiles at Ukrainian cities overnight into May 25, leaving at least 12 dead and dozens injured, Ukrainian "
    "officials said.\nRussia utilized 69 missiles and 298 drones, including Iranian-designed Shahed drones, in the attack.\n"
    "Moscow did not immediately comment on the attacks, but Russia's Defense Ministry said it shot down 110 Ukrainian "
    "drones with its air defenses overnight.",
    [
        c(RU, "2025-05-25", 367, 298, 69, "exact", True, "officials"),
        c(UA, "2025-05-25", 110, 110, None, "exact", False, "defence ministry", inter=110),
    ],
)

p(
    "ho-ap-050",
    "AP (AJC)",
    "https://www.ajc.com/news/2025/05/russia-sent-a-record-number-of-drones-into-ukraine-overnight-an-official-says/",
    "2025-05-26",
    "KYIV, Ukraine (AP) — A Ukrainian official said Monday that an overnight Russian drone attack on Ukraine was the "
    "biggest of the three-year war.\n\nThe Russian bombardment included 355 drones, Yuriy Ihnat, head of the Ukrainian "
    "air force's communications department, told The Associated Press.\n\nRussia also fired nine cruise missiles during "
    "the Sunday night attack, Ukrainian authorities said.\n\nOn Saturday night, the Ukrainian capital Kyiv and other "
    "regions came under a massive Russian combined drone-and-missile attack that killed at least 12 people.",
    [c(RU, "2025-05-26", 364, 355, 9, "exact", True, "air force")],
    "'Sunday night attack' in a Monday story = Monday morning; the Saturday-night attack has no figure here",
)

p(
    "ho-uawire-051",
    "UAWire",
    "https://www.uawire.org:443/russia-launches-largest-drone-and-missile-attack-on-ukraine",
    "2025-05-26",
    "On the night of Monday, May 26, air raid alarms sounded across Ukraine.\n\nLater, the Ukrainian Air Force announced "
    "that the Russian attack involved 355 drones, launched from Bryansk, Millerovo, Kursk, Orel, Shatalovo, "
    "Primorsko-Akhtarsk, along with annexed Crimea. Additionally, Russia deployed nine X-101 air-launched cruise "
    "missiles, fired from Tu-95MS strategic aircraft. According to preliminary data, Ukrainian forces shot down all "
    "cruise missiles and neutralized 288 drones.\n\nUkraine's Air Force spokesman Yuriy Ihnat told AFP that this drone "
    "attack is the largest since Russia's full-scale invasion of Ukraine began.",
    [c(RU, "2025-05-26", 364, 355, 9, "exact", True, "air force", inter=297)],
)

p(
    "ho-dw-052",
    "DW live (todayheadline)",
    "https://todayheadline.co/live-72693164macaen-rss-en-eu-2092-xml-mrss/",
    "2025-05-28",
    "Ukraine launches some 300 drones at Russia — Moscow\n\nUkraine launched almost 300 drones in one of the largest "
    "attempted attacks on Russia, including dozens targeting the capital Moscow, Russian authorities said.\n\n"
    '"Anti-aircraft defense systems destroyed and intercepted 296 aerial drones," the Russian defense ministry said in a '
    "statement, with at least 42 being shot down over the Moscow region, according to Governor Andrey Vorobyov.\n\n"
    "Ukraine said that Russia launched more than 900 drones in the three days up to Monday.",
    [
        c(UA, "2025-05-28", 296, 296, None, "exact", False, "defence ministry", inter=296),
        c(
            UA,
            "2025-05-28",
            42,
            42,
            None,
            "at_least",
            False,
            "governor",
            "local",
            42,
            "Moscow region",
        ),
        c(RU, None, 900, 900, None, "more_than", False, NA, "period"),
    ],
    "'some 300'/'almost 300' are the same figure rounded; a three-day tally is a period aggregate",
)

p(
    "ho-antiwar-053",
    "Antiwar.com",
    "http://fromthetrenchesworldreport.com/russia-says-it-downed-296-ukrainian-drones-in-massive-overnight-attack/334832",
    "2025-05-29",
    "The Russian Defense Ministry said Wednesday that its forces downed 296 Ukrainian drones over multiple Russian "
    'regions overnight, a barrage that Ukrainian media described as a "record-breaking" attack on Russian territory.\n\n'
    "From May 20 to May 23, Russia said it intercepted 764 Ukrainian drones over its territory.\n\nAccording to Ukrainian "
    "officials, from Saturday to Monday, Russia launched nearly 1,000 missiles and drones into Ukraine, killing 13 "
    "civilians, including three children.",
    [
        c(UA, "2025-05-28", 296, 296, None, "exact", True, "defence ministry", inter=296),
        c(UA, None, 764, 764, None, "exact", False, NA, "period", 764),
        c(RU, None, 1000, None, None, "about", False, "officials", "period"),
    ],
    "published Thursday: 'said Wednesday … overnight' = Wednesday 28 May",
)

p(
    "ho-rbc-054",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/could-russia-really-launch-1-000-shahed-uavs-1748425855.html",
    "2025-05-28",
    "For now, Russia can launch up to 1,000 Shahed drones against Ukraine - but only if it stockpiles them for several "
    'days, President Volodymyr Zelenskyy told journalists.\n"They are preparing production so they can manufacture '
    '300–350 drones per day. That is their real capacity. They have been tasked with reaching 500 per day," Zelenskyy '
    'said.\n"We struck them with 400 small drones simultaneously. Over 40 units of equipment were destroyed at once," '
    'he explained. "By the way, we can already deploy 100 long-range drones, the complex types, per day."',
    [],
    "capacity, production and battlefield figures: no claims",
)

p(
    "ho-anews-055",
    "Reuters (A News)",
    "https://www.anews.com.tr/europe/2025/06/17/russia-downs-147-ukrainian-drones-overnight-defence-ministry-says",
    "2025-06-17",
    "Air defence units intercepted and destroyed 147 Ukrainian drones over Russian territory, including the Moscow "
    "region, overnight, the Defence Ministry said on Tuesday.\nMoscow Mayor Sergei Sobyanin said earlier on Tuesday that "
    "two Ukrainian drones headed for Moscow had been repelled.",
    [
        c(UA, "2025-06-17", 147, 147, None, "exact", False, "defence ministry", inter=147),
        c(UA, "2025-06-17", 2, 2, None, "exact", False, "mayor", "local", 2, "Moscow"),
    ],
)

p(
    "ho-icir-056",
    "ICIR Nigeria (Reuters)",
    "https://www.icirnigeria.org/russia-launches-largest-drone-attack-on-kyiv-hours-after-trump-putin-call/",
    "2025-07-04",
    "Ukraine's Air Force said Russia launched its largest drone assault on Kyiv late Thursday, injuring at least 23 "
    "people and damaging multiple buildings across the capital, just hours after United States President Donald Trump "
    "spoke with Russia's Vladimir Putin.\n\nUkraine's Air Force announced on Friday, July 4, that air raid sirens, the "
    "whine of kamikaze drones and booming detonations echoed from early evening until dawn as Russia launched a total "
    "of 539 drones and 11 missiles.",
    [c(RU, "2025-07-04", 550, 539, 11, "exact", True, "air force")],
    "'late Thursday' is the start; the attack ended Friday morning",
)

p(
    "ho-i24-057",
    "i24NEWS",
    "https://www.i24news.tv/en/news/ukraine-conflict/artc-russia-launches-over-500-drones-at-kyiv-following-trump-putin-call",
    "2025-07-04",
    "Russia launched nearly 540 drones and 11 missiles toward Ukraine overnight, authorities said early on Friday, "
    "wounding at least 23 people, 14 of whom were hospitalized.\n\nSirens lasted over eight hours in total, leaving "
    "railway infrastructure damaged and starting multiple fires throughout the capital city of Kyiv.",
    [c(RU, "2025-07-04", 551, 540, 11, "about", False, "officials")],
)

p(
    "ho-novaya-058",
    "Novaya Gazeta Europe",
    "https://am1.news/usconservative/topic/novayagazeta/6-slug-russia-launches-over-500-drones-at-ukraine-overnight-as-trump-says-he-didnt-make-any-progress-with-putin-novaya-gazeta-europe",
    "2025-07-04",
    "At least 23 people were injured in Kyiv as Russia launched over 500 drones at Ukraine in one of the largest aerial "
    "attacks of the war so far, authorities in the Ukrainian capital said on Friday.\n\nUkraine's Air Force said Russia "
    "had used a total of 539 drones and 11 missiles in the all-night assault, with Kyiv the main target as air raid "
    "warnings continued from Thursday evening until around 9am local time on Friday.\n\nAir defences downed 268 of the "
    "drones and two of the missiles, it said — with a further 208 drones failing to reach their targets.",
    [c(RU, "2025-07-04", 550, 539, 11, "exact", False, "air force", inter=478)],
    "'over 500' from city authorities is the same attack rounded; one claim by the figure that is stated exactly",
)

p(
    "ho-cnn-059",
    "CNN (via WordPress feed)",
    "https://dailywashingtoninsider.com/index.php/wp-json/wp/v2/posts/18556",
    "2025-07-04",
    "Russia launched a record number of drones at Ukraine overnight into Friday, striking multiple buildings and "
    'residential areas, hours after US President Donald Trump said he had made "no progress" towards a ceasefire '
    "deal.\n\nAt least 23 people were wounded in the attack, which lasted 13 hours, according to Kyiv city and military "
    "authorities. Ukraine intercepted 476 out of a record 539 Russian drones, according to the country's air force. It "
    "said Russia also launched 11 cruise and ballistic missiles.",
    [c(RU, "2025-07-04", 550, 539, 11, "exact", True, "air force", inter=476)],
)

p(
    "ho-metro-060",
    "Metro (usa-today-news mirror)",
    "https://usa-today-news.com/?p=1413146",
    "2025-07-04",
    "Russia unleashed a wave of missile and drone attacks on Kyiv overnight just hours after a call between Vladimir "
    "Putin and Donald Trump.\n\nRussia said it launched a total of 550 drones and missiles across Ukraine throughout the "
    "night, in its biggest aerial bombardment since the war began.\n\nUkrainian air defenses shot down 270 targets, "
    "including two cruise missiles. Another 208 targets were lost from radar and presumed jammed.",
    [c(RU, "2025-07-04", 550, None, None, "exact", True, NA, inter=478)],
    "the article misattributes the figure to 'Russia' (not scored)",
)

p(
    "ho-rednation-061",
    "Red Nation Today",
    "https://rednationtoday.com/trump-frustrated-as-putin-doubles-down/",
    "2025-07-05",
    "Trump came away from his July 3 call with Vladimir Putin deeply frustrated over Moscow's lack of ceasefire intent, "
    "and later that night Russia unleashed its largest ever drone-and-missile strike on Kyiv.\nAt a Glance\n"
    '- Trump said Putin showed "no sign" of wanting to halt the war after their July 3 call.\n'
    "- Russia launched 539 drones plus 11 missiles at Kyiv—the biggest single attack since 2022.\n"
    "- The strike killed one person and injured at least 23.",
    [c(RU, "2025-07-04", 550, 539, 11, "exact", True, None, "national", None, NA)],
    "published date inferred (day after); 'later that night' after the July 3 call -> morning of 4 July; "
    "the national figure though the text says 'at Kyiv' (location not scored)",
)

p(
    "ho-ap-062",
    "AP (Dayton Daily News)",
    "https://www.daytondailynews.com/nation-world/russia-fires-a-record-728-drones-at-ukraine-overnight-and-13-missiles-ukraines-air-force-says/HOYESUURJ5HJ7EYC2ESAURLUI4/",
    "2025-07-09",
    "Russia fires a record 728 drones and 13 missiles at Ukraine, Ukrainian air force says\n\nKYIV, Ukraine (AP) — Russia "
    "fired a record 728 Shahed and decoy drones at Ukraine overnight, as well as 13 missiles, the Ukrainian air force "
    "said Wednesday, in the latest escalation amid mounting Russian aerial attacks in the more than three-year war.\n\n"
    "Ukraine's air defenses shot down 296 drones and seven missiles, while 415 more drones were lost from radars or "
    "jammed, an air force statement said.",
    [c(RU, "2025-07-09", 741, 728, 13, "exact", True, "air force", inter=718)],
    "headline + body: one claim",
)

p(
    "ho-fela-063",
    "Fela News",
    "https://www.felanews.com/amp/russia-launches-record-728-drones-ukraine-targets-key-logistics-hub-lutsk",
    "2025-07-09",
    "Russia launched its largest drone attack on Ukraine to date overnight, deploying 728 Shahed and decoy drones along "
    "with 13 missiles, according to Ukraine's air force on Wednesday, July 9, 2025. President Volodymyr Zelenskyy named "
    "the northwestern city of Lutsk as the main target, though ten other regions were also hit.",
    [c(RU, "2025-07-09", 741, 728, 13, "exact", True, "air force")],
)

p(
    "ho-interfax-064",
    "Interfax-Ukraine",
    "https://en.interfax.com.ua/news/general/1086159.html",
    "2025-07-09",
    "Prime Minister Denys Shmyhal has said that as a result of the night shelling, Lutsk suffered the most massive "
    'attack by Russian troops during the entire full-scale invasion.\n\n"The enemy carried out a large-scale combined '
    "attack at night, using strike drones, cruise missiles and Kinzhal aeroballistic missiles. A record number of drones "
    'have been launched at Ukrainian cities in one night since the start of the full-scale war," Shmyhal said on '
    "Telegram.\n\nAs reported, on Wednesday night, the Air Defense neutralized 718 of 741 Russian air attack vehicles.",
    [c(RU, "2025-07-09", 741, None, None, "exact", True, None, inter=718)],
    "published Wednesday midday: 'on Wednesday night' is the night that ended Wednesday morning",
)

p(
    "ho-jang-065",
    "Jang (CNN)",
    "https://jang.com.pk/en/42235-russia-launches-largest-ever-drone-attack-on-ukraine-amid-escalating-tensions-news",
    "2025-07-09",
    "According to CNN, Russia on Wednesday, July 9, hit Ukraine with the biggest drone attack, killing at least one "
    "civilian and causing widespread damage.\nUkraine's Air Force said that Russia launched 728 drones and 13 missiles, "
    "breaking the 539-drone record from earlier this month. The military also said that most of the drones, 718, were "
    "destroyed successfully.",
    [
        c(RU, "2025-07-09", 741, 728, 13, "exact", True, "air force", inter=NA),
        c(RU, None, 539, 539, None, "exact", True, NA),
    ],
    "'the 539-drone record from earlier this month' = the earlier record, date not resolvable from the text",
)

p(
    "ho-shillong-066",
    "AP (The Shillong Times)",
    "https://theshillongtimes.com/2025/07/10/russia-strikes-ukraine-with-another-record-drone-assault",
    "2025-07-10",
    "KYIV, July 9: Russia launched a record 728 Shahed and decoy drones, along with 13 cruise and ballistic missiles, in "
    "a massive overnight attack on Ukraine. The hardest-hit area was Lutsk, a city near the Polish and Belarusian "
    "borders.\nMeanwhile, Russian air defences downed 86 Ukrainian drones over six regions, including Moscow, where "
    "flights were briefly suspended.\nWestern analysts predict that Russia could soon launch up to 1,000 drones nightly.",
    [
        c(RU, "2025-07-09", 741, 728, 13, "exact", True, None),
        c(UA, "2025-07-09", 86, 86, None, "exact", False, NA, inter=86),
    ],
    "printed the next day: the dateline (July 9) dates the overnight attack; the forecast is not a claim",
)

p(
    "ho-pravda-067",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/09/6/7529592/",
    "2025-09-06",
    "Defence Intelligence representative Andrii Yusov has said that Russia has increased production of Shahed kamikaze "
    "drones to 2,700 units per month.\n\nDetails: Yusov said Russia's current production capacity allows it to make up "
    'to 2,700 Geran-2 drones per month.\n\nQuote: "But we see hundreds of Shahed drones used in combined attacks '
    'alongside missiles."',
    [],
    "production figures and a generic 'hundreds' (no one attack): no claims",
)

p(
    "ho-kyivindependent-068",
    "Kyiv Independent",
    "https://kyivindependent.com/russia-can-produce-up-to-2-700-shahed-type-drones-per-month-intelligence-says",
    "2025-09-05",
    "Since the start of September, Russia has attacked Ukraine with over 1,300 strike drones, as well as nearly 900 "
    "guided aerial bombs and up to 50 missiles, President Volodymyr Zelensky said.\n\nJuly 9 saw Russia launch a record "
    "number of drones in a single attack, with 741 unmanned aircraft deployed across Ukraine.",
    [
        c(RU, None, 1350, 1300, 50, "up_to", False, "president", "period"),
        c(RU, "2025-07-09", 741, 741, None, "exact", True, None),
    ],
    "the article counts all 741 as drones",
)

p(
    "ho-thegaze-069",
    "The Gaze",
    "https://thegaze.media/news/russia-launches-record-drone-barrage-on-kyiv-cabinet-building-damaged",
    "2025-09-07",
    "Russia unleashed a record wave of drones and missiles on Ukraine overnight, striking residential districts in Kyiv, "
    "killing at least two people, including an infant, and leaving two dozen injured.\nUkraine's Air Force said Russia "
    "launched 823 aerial weapons overnight, including 810 Shahed-type drones and 13 missiles, from Russian territory and "
    "occupied Crimea.",
    [c(RU, "2025-09-07", 823, 810, 13, "exact", True, "air force")],
)

p(
    "ho-newsx-070",
    "NewsX (CNN)",
    "https://www.newsx.com/world/russia-launches-largest-drone-attack-on-ukraine-hitting-govt-building-in-kyiv-60614/",
    "2025-09-07",
    "Russia launched its most intense aerial assault of the Ukraine war overnight into Sunday, targeting a government "
    "building in Kyiv for the first time as Moscow deployed over 800 drones along with cruise and ballistic missiles, "
    "CNN reported on Sunday.\n\nAccording to the Ukrainian Air Force, Moscow launched a strike involving 810 drones, four "
    "ballistic missiles, and nine cruise missiles. While Ukraine's air defenses intercepted most of the projectiles, 54 "
    "drones and nine missiles still found their targets across the country, in a scale believed to have surpassed the "
    "previous record attack in July.",
    [c(RU, "2025-09-07", 823, 810, 13, "exact", True, "air force")],
    "'54 drones and nine missiles … found their targets' are hits, not launches; the lead's 'over 800' is the same figure",
)

p(
    "ho-express-071",
    "Daily Express (NewsPoint)",
    "https://10167.read.newszop.com/english-news/publisher-reachdailyexpress_english/news/ukraine-live-baby-dead-as-putin-shows-true-colours-with-805-drone-barrage/articleshow/14504820735d6397a5e5152b93f43b354a22d2e5",
    "2025-09-07",
    "Russia launched an unprecedented drone and missile attack on Ukraine's capital, Kyiv, on Sunday killing at least "
    "four people, including a 3-month-old child. 805 drones and decoys and 13 missiles descended on Ukraine overnight on "
    "Sunday, marking the largest such attack since the invasion began.\nUkraine shot down and neutralized 747 of the "
    "drones and 4 missiles, the Air Force said. However, 37 locations across the country were still hit by the nine "
    "other missiles and 56 drone strikes.",
    [c(RU, "2025-09-07", 818, 805, 13, "exact", True, "air force", inter=751)],
    "sentence starts with a figure",
)

p(
    "ho-abc-au-072",
    "ABC Australia (AP)",
    "https://newsapp.abc.net.au/news/2025-09-07/russia-attacks-kyiv-ukraine-with-805-drones/105745664",
    "2025-09-07",
    "Russia has attacked the Ukrainian capital with more than 800 drones in the largest aerial bombardment on the "
    "country since the war began, killing at least four people.\n\nUkrainian officials said on Sunday that 810 drones "
    "and decoys had targeted Kyiv.\n\nRussia also launched 13 missiles of various types during the attack, while "
    "Ukrainian Air Force officials say 747 drones and four missiles were shot down.",
    [c(RU, "2025-09-07", 823, 810, 13, "exact", True, "officials", "national", 751, NA)],
    "the article says 'targeted Kyiv' but this is the national figure (location not scored)",
)

p(
    "ho-unb-073",
    "UNB (AP)",
    "https://unb.com.bd/category/world/russia-launches-largest-drone-assault-on-ukraine-since-war-began/167790",
    "2025-09-07",
    "Russia launched its largest aerial assault on Ukraine since the start of the war, deploying over 800 drones and "
    "decoy devices in a coordinated strike that hit multiple targets across the country, including the capital, Kyiv.\n"
    "According to Ukrainian officials, the assault involved 805 drones and decoys, along with 13 missiles of various "
    "types. The Ukrainian Air Force reported that it intercepted and destroyed 747 drones and four missiles.",
    [c(RU, "2025-09-07", 818, 805, 13, "exact", True, "officials", inter=751)],
)

p(
    "ho-ap-074",
    "AP (BTA / Fakti)",
    "https://fakti.bg/en/amp/world/981884-ap-russia-ukraine-war-has-become-a-testing-ground-for-new-weapons",
    "2025-09-21",
    'Russian forces fired eight missiles and 363 "Shahed" drones last night and decoy drones against Ukraine, the '
    "Ukrainian Air Force said today, adding that air defenses failed to stop only four drones and shot down six cruise "
    "missiles.\nThe Russian Defense Ministry, meanwhile, said that 39 Ukrainian drones were shot down last night, "
    "including 19 in the Rostov region and 13 over the Volgograd region.\nThe Ukrainian Air Force said that 359 drones "
    "were shot down or their signals were jammed.",
    [
        c(RU, "2025-09-21", 371, 363, 8, "exact", False, "air force", inter=365),
        c(UA, "2025-09-21", 39, 39, None, "exact", False, "defence ministry", inter=39),
        c(
            UA,
            "2025-09-21",
            19,
            19,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            19,
            "Rostov region",
        ),
        c(
            UA,
            "2025-09-21",
            13,
            13,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            13,
            "Volgograd region",
        ),
    ],
    "'… 363 Shahed drones last night and decoy drones' is read as one drone figure (359 of them neutralised); "
    "published date not on the page (2025, 'fourth year'); an assumed date: labels are relative to it",
)

p(
    "ho-wion-075",
    "WION",
    "https://www.wionews.com/world/russia-ukraine-largest-energy-attack-2025-1759495950674",
    "2025-10-03",
    "Russia launched the biggest attack on Ukraine's energy facilities overnight, targeting state-owned Naftogaz sites "
    "in the Kharkiv and Poltava regions. According to Ukraine's air force, Russia sent 35 missiles and 381 drones towards "
    "Ukraine, dealing a massive blow to Ukraine's energy infrastructure.\n\nUkraine also retaliated, launching a swarm "
    "of domestically produced drones at the Orsk refinery, causing a fire. The Russian Defence Ministry claimed it shot "
    "down 20 drawn launched at Russian targets.",
    [
        c(RU, "2025-10-03", 416, 381, 35, "exact", NA, "air force"),
        c(UA, "2025-10-03", 20, 20, None, "exact", False, "defence ministry", inter=20),
    ],
    "original typo 'drawn' for 'drones' kept: a careful reader still reads 20 drones",
)

p(
    "ho-wion-076",
    "WION",
    "https://www.wionews.com/world/russia-ukraine-largest-energy-attack-2025-1759495950674",
    "2025-10-03",
    "On September 28, Russia launched its most extensive aerial assault since the beginning of the invasion with 595 "
    "drones and 48 missiles. Even though Ukraine intercepted 568 drones and 43 missiles, the attack still had "
    "casualties. Four people, including a child, were killed, and at least 80 were injured.",
    [c(RU, "2025-09-28", 643, 595, 48, "exact", True, None, inter=611)],
)

p(
    "ho-boldnews-077",
    "Bold News Online",
    "https://boldnewsonline.com/russia-strikes-ukraine-with-missiles-and-drones-targets-energy-infrastructure",
    "2025-10-03",
    "Officials noted that this comes after previous massive strikes, including a September 7 aerial offensive that "
    "deployed over 800 drones and multiple missiles, causing civilian casualties in Kyiv and other cities.",
    [c(RU, "2025-09-07", None, 800, None, "vague", False, "officials")],
    "'multiple missiles' leaves the total open",
)

p(
    "ho-tass-078",
    "TASS",
    "https://tass.com/politics/2064427",
    "2025-12-25",
    "MOSCOW, December 25. /TASS/. Russian air defenses intercepted and destroyed 141 Ukrainian drones over various "
    'Russian regions overnight, the Russian Defense Ministry said.\n"Between 11:00 p.m. Moscow time (8:00 p.m. GMT) on '
    "December 24 and 7:00 a.m. Moscow time (4:00 a.m. GMT), on-duty air defenses intercepted and destroyed 141 "
    "fixed-wing Ukrainian unmanned aerial vehicles: 62 over the Bryansk Region, 12 over the Tula Region, 11 over the "
    'Kaluga Region, nine over the Moscow Region," the ministry said in a statement.',
    [
        c(UA, "2025-12-25", 141, 141, None, "exact", False, "defence ministry", inter=141),
        c(
            UA,
            "2025-12-25",
            62,
            62,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            62,
            "Bryansk Region",
        ),
        c(
            UA,
            "2025-12-25",
            12,
            12,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            12,
            "Tula Region",
        ),
        c(
            UA,
            "2025-12-25",
            11,
            11,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            11,
            "Kaluga Region",
        ),
        c(
            UA,
            "2025-12-25",
            9,
            9,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            9,
            "Moscow Region",
        ),
    ],
    "the regional list is cut after four regions",
)

p(
    "ho-tass-079",
    "TASS",
    "https://tass.com/defense/2064989",
    "2025-12-26",
    "MOSCOW, December 26. /TASS/. Russian air defense systems intercepted and destroyed 77 Ukrainian unmanned aerial "
    "vehicles over the Russian regions during the past night, the Russian defense ministry reported.",
    [c(UA, "2025-12-26", 77, 77, None, "exact", False, "defence ministry", inter=77)],
)

p(
    "ho-news-pravda-080",
    "News-Pravda (MoD post)",
    "https://news-pravda.com/world/2025/08/25/1628934.html",
    "2025-08-25",
    "Russian Ministry of Defense:\nDuring the past night, air defense duty forces intercepted and destroyed 21 Ukrainian "
    "UAVs:\n7 – over the territory of Smolensk region,\n6 – over the territory of Bryansk region,\n3 – over the territory "
    "of Oryol region,\n3 – over the territory of the Moscow region, including 2 UAVs flying towards Moscow,\n1 – over the "
    "territory of Kaluga region.\n1 – over the territory of Tver region.",
    [
        c(UA, "2025-08-25", 21, 21, None, "exact", False, "defence ministry", inter=21),
        c(
            UA,
            "2025-08-25",
            7,
            7,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            7,
            "Smolensk region",
        ),
        c(
            UA,
            "2025-08-25",
            6,
            6,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            6,
            "Bryansk region",
        ),
        c(
            UA,
            "2025-08-25",
            3,
            3,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            3,
            "Oryol region",
        ),
        c(
            UA,
            "2025-08-25",
            3,
            3,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            3,
            "Moscow region",
        ),
        c(
            UA,
            "2025-08-25",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Kaluga region",
        ),
        c(
            UA,
            "2025-08-25",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Tver region",
        ),
    ],
    "list with dashes; the 2 flying towards Moscow are inside the Moscow region's 3",
)

# --- 2026 ---------------------------------------------------------------------
p(
    "ho-tass-081",
    "TASS",
    "https://tass.com/politics/2067733",
    "2026-01-02",
    "MOSCOW, January 2. /TASS/. Air defense forces intercepted and destroyed 64 Ukrainian drones over Russian regions "
    "during the past night, Russia's Defense Ministry reported.\n\"During the past night alert air defense systems "
    "intercepted and destroyed 64 Ukrainian fixed-wing unmanned aerial vehicles: 20 UAVs over the Samara Region, eight "
    'UAVs each over the Voronezh and Saratov Regions," the ministry said in a statement.',
    [
        c(UA, "2026-01-02", 64, 64, None, "exact", False, "defence ministry", inter=64),
        c(
            UA,
            "2026-01-02",
            20,
            20,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            20,
            "Samara Region",
        ),
        c(
            UA,
            "2026-01-02",
            8,
            8,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            8,
            "Voronezh Region",
        ),
        c(
            UA,
            "2026-01-02",
            8,
            8,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            8,
            "Saratov Region",
        ),
    ],
    "'eight UAVs each over A and B' = two local claims of 8",
)

p(
    "ho-hibya-082",
    "Hibya (USA News Agency)",
    "https://usanewsagency.com/zelensky-russia-launched-19000-attack-drones-during-the-winter-27027",
    "2026-03-01",
    "Kyiv, March 1 (Hibya) – Zelensky noted that in the last week of winter alone, more than 1,720 attack drones, around "
    '1,300 guided aerial bombs, and more than 100 missiles were used. "Over the three winter months, the Russians '
    "launched more than 14,670 guided aerial bombs, 738 missiles, and approximately 19,000 attack drones against our "
    "people, most of them Russian-Iranian made 'Shahed' drones,\" he said.",
    [
        c(RU, None, 1820, 1720, 100, "more_than", False, "president", "period"),
        c(RU, None, 19738, 19000, 738, "about", False, "president", "period"),
    ],
)


# --- more 2022-2023 ----------------------------------------------------------------
p(
    "ho-warua-083",
    "war.ukraine.ua",
    "https://war.ukraine.ua/articles/russia-has-launched-massive-missile-attacks-on-ukraine/",
    "2022-10-10",
    "On October 10, Russian forces launched at least 83 missiles at Ukrainian cities. Critical infrastructure in several "
    "regions was damaged, and dozens of people were injured.\n\nAs of 22.30, 14 people were killed and 97 were injured as a "
    "result of the Russian attack, Minister of Internal Affairs Denys Monastyrskyi reported.\n\nAbout 70 buildings have "
    "been damaged, including 4 high-rise buildings, 35 private houses, a school, and 29 objects of critical infrastructure.",
    [c(RU, "2022-10-10", 83, None, 83, "at_least", False, None)],
    "casualties and building counts are not claims",
)

p(
    "ho-trt-084",
    "TRT World",
    "https://www.trtworld.com:443/video/12786669",
    "2022-10-10",
    "Russian missiles have fallen across Ukraine during Monday morning's rush hour. By mid-morning, Kiev said Russia had "
    "fired 81 cruise missiles, but that its air defences had shot down 43 of them. Kiev was targeted for the first time "
    "in months, with at least eight people confirmed killed and more than 20 injured.",
    [c(RU, "2022-10-10", 81, None, 81, "exact", False, NA, inter=43)],
    "'Kiev said' = the government (source not scored)",
)

p(
    "ho-nv-085",
    "New Voice of Ukraine",
    "https://english.nv.ua/nation/mass-missile-strike-across-all-of-ukraine-war-50275703.html",
    "2022-10-10",
    "A mass missile strike hit numerous settlements across Ukraine on the morning of Oct. 10, including the capital of "
    "Kyiv. This is the first such attack on Kyiv since June 26.\n\nAccording to preliminary data, at least 8 people were "
    'killed and 24 wounded in the center of the capital.\n\n"According to the current information, three strikes hit '
    'Kharkiv," Terekhov wrote.',
    [],
    "casualties and a count of hits: no launch figure",
)

p(
    "ho-socportal-086",
    "SocPortal",
    "https://en.socportal.info/en/news/klichko-kiev-atakovan-dronami/",
    None,
    "As of 08:00, the air defence has shot down 11 Shahed drones over Kyiv and the region.\n\nKyiv mayor Vitaliy Klitschko "
    "said: Explosions in Shevchenkivskyi district of the capital. Services are on the scene.\n\nAlso, a morning report of the "
    "General Staff said that over the past 24 hours, Russian troops had carried out one air and 11 missile strikes in "
    "Ukraine, three of which hit civilian infrastructure.",
    [],
    "shot-down count; '11 missile strikes' counts strikes in a daily report, not one barrage",
)

p(
    "ho-euronews-087",
    "Euronews",
    "https://www.euronews.com/2022/12/19/iranian-made-drones-strike-kyiv-in-latest-russian-offensive",
    "2022-12-19",
    "A few powerful explosions rocked Kyiv in the early hours of Monday morning, as officials said the city was hit by a "
    "series of drone attacks again.\n\nThe Iranian-made 'Shahed' were reportedly launched from the eastern coast of the Azov "
    "sea. Ukraine's air force says it shot down 30 out of 35 Russian-launched unmanned craft.",
    [c(RU, "2022-12-19", 35, 35, None, "exact", False, "air force", inter=30)],
)

p(
    "ho-isw-088",
    "ISW (Breaking Latest News)",
    "https://www.breakinglatest.news/health/war-ukraine-russia-news-stoltenberg-we-need-to-discuss-sending-fighter-jets-to-kiev/",
    "2023-04-22",
    "Russian forces have used a new batch of Iranian-made Shahed drones to strike Ukraine for the third consecutive day, "
    "targeting Kiev for the first time in 25 days, the Institute for the Study of War said.\nOf the 26 drones that Russia "
    "fired at Ukraine on April 19-20, Ukrainian forces shot down 21, and of the 12 drones Russia fired on April 20-21, "
    "Ukraine shot down eight.",
    [
        c(RU, "2023-04-20", 26, 26, None, "exact", False, None, inter=21),
        c(RU, "2023-04-21", 12, 12, None, "exact", False, None, inter=8),
    ],
    "'on April 19-20' = the night that ended 20 April",
)

p(
    "ho-afp-089",
    "AFP (Naija News)",
    "https://south-africa.ournaijanews.com/russia-launched-40-missiles-drones-overnight-ukraine/",
    None,
    "Russia launched 40 missiles, drones overnight: Ukraine\n\nKYIV – Russia launched dozens of attacks over Ukraine "
    'overnight, the Ukrainian air force said Saturday, as Kyiv pushes for more air defence.\n\n"A total of 40 means of '
    "enemy air attack were recorded,\" the air force said, adding it destroyed eight missiles.\n\nUkraine's air force said "
    "Russia attacked with a wide range of weapons including cruise, ballistic and anti-aircraft missiles as well as drones.",
    [c(RU, None, 40, None, None, "exact", False, "air force", inter=NA)],
    "no published date on the page: event_date unresolvable",
)

p(
    "ho-afp-090",
    "AFP (Al Siasi)",
    "https://english.alsiasi.com/ukraine-destroys-26-russian-drones-in-overnight-attack/",
    None,
    "Ukrainian forces shot down 26 out of 28 attack drones launched overnight by Russia, Kyiv's military said on Thursday.\n\n"
    "The Zaporizhzhia region governor said on Telegram that two women had been wounded when debris struck a residential "
    "neighborhood in the regional capital.\n\nThe air force added that Russia's overnight attack also included several "
    "types of missiles but offered no further details.",
    [c(RU, None, None, 28, None, "vague", False, "military", inter=NA)],
    "missiles uncounted: total open; no published date on the page",
)

p(
    "ho-spam-091",
    "AFP rewrite (spamchronicles)",
    "https://spamchronicles.com/kiev-reports-new-russian-night-attack-with-missiles-and-25-drones",
    None,
    "Ukraine said on Friday that it had suffered a new nighttime airstrike by Russia using 25 Iranian-made drones and two "
    'missiles in the south and east of the country.\n"In total, the enemy used two Kh-59 missiles and 25 Shahed 136/131 '
    'attack drones," the Ukrainian Air Force said, adding that it shot down 18 drones and one missile over the southern '
    "regions.",
    [c(RU, None, 27, 25, 2, "exact", False, "air force", inter=19)],
    "no published date on the page",
)

p(
    "ho-swedenherald-092",
    "Sweden Herald (TT)",
    "https://swedenherald.com/article/two-dead-in-russian-attacks-in-kyiv",
    None,
    '"Three people were killed in a hostile attack in the Kyiv region," the rescue service said.\nThe Ukrainian air force '
    "says that they shot down 25 Russian attack drones over seven regions, including Kyiv and the Lviv region.\nRussia "
    "claims at the same time that it repelled a large Ukrainian drone attack against several regions – including the "
    "capital Moscow. During the night, 121 drones were detected and destroyed, according to the Russian Defense Ministry.",
    [c(UA, None, 121, 121, None, "exact", False, "defence ministry", inter=121)],
    "the 25 shot down over Ukraine is an interception count only; no published date",
)

p(
    "ho-menafocus-093",
    "Jordan News Agency (MenaFocus)",
    "https://menafocus.qa/kyiv-mayor-says-army-fended-off-largest-russian-drone-attack-on-the-city/",
    None,
    'The mayor of Kyiv, Vitaliy Klitschko, said Sunday that the army had responded to the "largest" Russian drone attack '
    'on the city since the start of the war. Klitschko said Russia launched a new "massive" drone attack on Kyiv on '
    'Saturday night, killing at least one person. He added, "The Ukrainian air defences shot down more than 20 drones on '
    'their way to Kyiv."',
    [],
    "a record word but only an interception count",
)

# --- Russian MoD lists (UA->RU) ------------------------------------------------------
p(
    "ho-breaking-094",
    "Breaking The News",
    "https://breakingthenews.net/Article/Russia-destroys-22-Ukrainian-drones-overnight/63626796",
    None,
    "The Russian Ministry of Defense said that 22 Ukrainian unmanned aerial vehicles (UAVs) were destroyed over several "
    'regions during the night.\n"Air defense systems on duty intercepted and destroyed 22 Ukrainian unmanned aerial '
    "vehicles: 8 UAVs over the territory of the Oryol region, 7 UAVs over the territory of the Kursk region, 4 UAVs over "
    "the territory of the Bryansk region, 1 UAV over the territory of the Smolensk region and 2 UAVs over the territory "
    'of the Krasnodar region," the ministry said in a Telegram post.',
    [
        c(UA, None, 22, 22, None, "exact", False, "defence ministry", inter=22),
        c(UA, None, 8, 8, None, "exact", False, "defence ministry", "local", 8, "Oryol region"),
        c(UA, None, 7, 7, None, "exact", False, "defence ministry", "local", 7, "Kursk region"),
        c(UA, None, 4, 4, None, "exact", False, "defence ministry", "local", 4, "Bryansk region"),
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, "Smolensk region"),
        c(UA, None, 2, 2, None, "exact", False, "defence ministry", "local", 2, "Krasnodar region"),
    ],
    "no published date on the page",
)

p(
    "ho-mehr-095",
    "Mehr News (Sputnik)",
    "https://en.mehrnews.com/news/226133/Russia-shoots-down-56-Ukrainian-drones-in-different-regions",
    None,
    "The Russian air defense shot down dozens of Ukrainian drones over Russian regions, the ministry said in a statement, "
    'Sputnik reported.\n\n"Last night, the air defense systems on duty destroyed 56 Ukrainian unmanned aerial vehicles '
    '(UAVs)," the ministry said.\n\nIt said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region, '
    "and 17 over the Rostov Region.",
    [
        c(UA, None, 56, 56, None, "exact", False, "defence ministry", inter=56),
        c(
            UA,
            None,
            11,
            11,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            11,
            "Belgorod Region",
        ),
        c(
            UA,
            None,
            28,
            28,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            28,
            "Voronezh Region",
        ),
        c(UA, None, 17, 17, None, "exact", False, "defence ministry", "local", 17, "Rostov Region"),
    ],
    "no published date on the page",
)

p(
    "ho-sputnik-096",
    "Sputnik India",
    "https://sputniknews.in/amp/20251206/russian-air-defenses-destroyed-116-ukrainian-drones-at-night-mod-10178020.html",
    "2025-12-06",
    '"This past night, air defense systems on duty intercepted and destroyed 116 Ukrainian aircraft-type unmanned aerial '
    'vehicles," the ministry said.\nIt said 29 drones were shot down over the Ryazan Region, 27 over the Voronezh Region, '
    "23 over the Bryansk Region and 21 over the Belgorod Region.",
    [
        c(UA, "2025-12-06", 116, 116, None, "exact", False, "defence ministry", inter=116),
        c(
            UA,
            "2025-12-06",
            29,
            29,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            29,
            "Ryazan Region",
        ),
        c(
            UA,
            "2025-12-06",
            27,
            27,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            27,
            "Voronezh Region",
        ),
        c(
            UA,
            "2025-12-06",
            23,
            23,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            23,
            "Bryansk Region",
        ),
        c(
            UA,
            "2025-12-06",
            21,
            21,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            21,
            "Belgorod Region",
        ),
    ],
    "regional list cut after four regions",
)

p(
    "ho-mehr-097",
    "Mehr News",
    "https://en.mehrnews.com/news/229490/Russia-shoot-down-337-Ukrainian-drones-over-10-regions",
    "2025-03-11",
    "TEHRAN, Mar. 11 (MNA) – The Russian media cited a Defense Ministry statement on Tuesday that some 337 Ukrainian drones "
    "were downed overnight over 10 regions, including Moscow as well as Belgorod, Bryansk and Voronezh on the border with "
    "Ukraine.\n\nKursk and Moscow were prime targets as more than 200 drones were fired toward these regions, with Moscow "
    "Mayor Sergei Sobyanin quoted as saying that over 70 drones were downed over the capital alone.",
    [
        c(UA, "2025-03-11", 337, 337, None, "about", False, "defence ministry", inter=337),
        c(UA, "2025-03-11", 200, 200, None, "more_than", False, NA, "local", NA, NA),
        c(UA, "2025-03-11", 70, 70, None, "more_than", False, "mayor", "local", 70, "Moscow"),
    ],
    "'some 337' -> about; the 200 covers two regions together",
)

p(
    "ho-vietnam-098",
    "Vietnam.vn",
    "https://www.vietnam.vn/en/ukraine-tung-dot-tan-cong-uav-lon-nhat-vao-thu-do-nga",
    "2025-03-11",
    "Authorities claim that 74 drones were shot down as they approached Moscow in the early morning of March 11. This event "
    "marks the largest drone attack on the capital Moscow during the conflict.\nThe TASS news agency, citing the Russian "
    "Ministry of Defense, reported that their forces intercepted a large-scale attack by 337 Ukrainian drones across "
    "several regions, including 91 in the Moscow region, 126 in the Kursk region, 38 in the Bryansk region, and others.",
    [
        c(UA, "2025-03-11", 74, 74, None, "exact", True, "officials", "local", 74, "Moscow"),
        c(UA, "2025-03-11", 337, 337, None, "exact", NA, "defence ministry", inter=337),
        c(
            UA,
            "2025-03-11",
            91,
            91,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            91,
            "Moscow region",
        ),
        c(
            UA,
            "2025-03-11",
            126,
            126,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            126,
            "Kursk region",
        ),
        c(
            UA,
            "2025-03-11",
            38,
            38,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            38,
            "Bryansk region",
        ),
    ],
)

p(
    "ho-onlineua-099",
    "News.online.ua",
    "https://news.online.ua/en/shock-and-surprise-how-moscow-is-responding-to-the-largest-drone-attack-ever-891558/",
    "2025-03-11",
    "On the night of March 11, Ukraine carried out the most massive drone attack on Russia, attacking, among other things, "
    "the capital of the aggressor country, Moscow. There were hundreds of drones, but their exact number has not yet been "
    "disclosed. The Russian Defense Ministry claims that its air defenses were allegedly able to shoot down 337 of them.\n\n"
    "By the way, the Russian authorities claim that 73 drones were allegedly shot down in the Moscow region.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", True, "defence ministry", inter=337),
        c(
            UA,
            "2025-03-11",
            73,
            73,
            None,
            "exact",
            False,
            "officials",
            "local",
            73,
            "Moscow region",
        ),
    ],
    "'hundreds' is dropped: the same attack has a number",
)

# --- more 2025 RU->UA and periods -------------------------------------------------
p(
    "ho-financialmirror-100",
    "Financial Mirror",
    "https://financialmirror.us/russia-launches-largest-air-assault-in-months/",
    "2025-05-25",
    "Russian forces launched a massive drone and missile attack on Ukraine for the second consecutive night, targeting "
    "Kyiv and several other cities. The strike killed at least 12 people and injured dozens more. Ukraine's Air Force "
    "reported that Russia used 69 missiles and 298 drones during the overnight assault. Authorities described this as the "
    "largest single aerial strike since the conflict began in February 2022.",
    [c(RU, "2025-05-25", 367, 298, 69, "exact", True, "air force")],
)

p(
    "ho-newsupdates-101",
    "News Updates",
    "https://newsupdates.info/?p=30955",
    "2025-09-07",
    "In a dramatic escalation, Russia's air attack on Ukraine reached a new level on Sunday with the largest aerial assault "
    "since the invasion began in 2022. Moscow's forces launched 810 drones, four ballistic missiles, and nine cruise "
    "missiles, striking targets across the country.\nThe Ukrainian Air Force confirmed that while most incoming threats "
    "were intercepted, 54 drones and nine missiles broke through defenses.",
    [c(RU, "2025-09-07", 823, 810, 13, "exact", True, NA)],
    "published date inferred (the Sunday of the attack)",
)

p(
    "ho-ascelearn-102",
    "Ascelearn (BBC rewrite)",
    "https://ascelearn.com/author/mary-o/page/2",
    "2025-09-07",
    "Ukraine's air force said Russia launched its largest assault yet, firing more than 800 drones and missiles in a single "
    "night. Nine missiles and 56 drones hit 37 targets, with debris landing in eight locations.",
    [c(RU, "2025-09-07", 800, None, None, "more_than", True, "air force")],
    "published date inferred; hits are not launches",
)

p(
    "ho-onlineua-103",
    "News.online.ua",
    "https://news.online.ua/en/during-the-week-the-russian-army-launched-more-than-a-thousand-missiles-and-drones-over-ukraine-zelenskyi-875515/",
    "2024-03-24",
    "President Volodymyr Zelenskyi noted that during this week, the Russian army used more than a thousand rockets, aerial "
    "bombs and drones in massive missile and bomb attacks on Ukraine.\n\nDuring this week, from Monday to today, Russian "
    'terrorists used almost 190 rockets of various types and almost 140 "shaheed". Almost 700 more guided aerial bombs.',
    [c(RU, None, 330, 140, 190, "about", False, "president", "period")],
    "'more than a thousand rockets, aerial bombs and drones' mixes bombs in: not a barrage figure",
)

p(
    "ho-glavnoe-104",
    "Glavnoe",
    "https://glavnoe.in.ua/en/news-en/ukrainian-air-defence-33-missiles-and-311-drones-shot-down-in-a-week",
    None,
    "According to him, during the week the Ukrainian Defence Forces destroyed 33 missiles, including ballistic missiles, "
    "and 311 attack drones in the skies over Ukraine. Another 136 drones did not reach their targets.\nIn total, the "
    "Russian army used about 550 attack drones, almost 60 missiles of various types and more than 660 aerial bombs over "
    "the past week, the President said.",
    [c(RU, None, 610, 550, 60, "about", False, "president", "period")],
    "weekly interceptions are not claims",
)

# --- hard negatives: production, forecasts --------------------------------------------
p(
    "ho-espreso-105",
    "Espreso (The Economist)",
    "https://global.espreso.tv/russia-ukraine-war-1000-russian-drones-could-attack-ukraine-at-once-the-economist",
    None,
    "Up to 1,000 Russian drones may attack Ukraine at once – media\nThe report notes that last year, the Kremlin produced "
    "around 300 Shahed-type 'kamikaze' drones per month. Now, Russia can produce that number in less than three days.\n"
    "According to Ukrainian military intelligence, Russia plans to ramp up drone production to 500 units per day. That "
    "would allow it to launch drone swarms of up to 1,000 at a time.",
    [],
    "production and forecasts",
)

p(
    "ho-newsweek-106",
    "Newsweek (daily8)",
    "https://test.daily8.com/en/article/fae16fba78093fa750a8da632fc66266",
    None,
    "Russia Will Soon Fire 2,000 Drones a Day: ISW\nRussia's drone production has expanded so much that within months it "
    "might be able to launch up to 2,000 of the devices in a single night, according to a report.\nUkrainian and German "
    "officials have raised the alarm that Russia's production of Shahed-type drones had grown to such an extent that "
    "strike packages four times bigger could be possible by November.",
    [],
    "forecasts",
)

p(
    "ho-oikosix-107",
    "Oikosix aggregator",
    "https://aggregator.oikosix.com/2025/08/13/russia-plan-to-build-79000-shahed-drones-in-2025",
    "2025-08-13",
    "According to Ukraine's military intelligence, Russia intends to significantly scale up the production of Shahed-type "
    "drones, aiming for a total of 79,000 units by 2025. These drones, originally designed in Iran, have become a critical "
    "part of Moscow's military strategy in the conflict with Ukraine.",
    [],
    "production plan",
)

p(
    "ho-caliber-108",
    "Caliber.az (Forbes)",
    "https://caliber.az/en/post/new-video-claims-mass-production-of-shahed-drones-in-russia",
    None,
    "These aerial vehicles have an eight-foot wingspan, cruise at around 100 mph, and carry a warhead of about 100 pounds "
    "of explosives. Primarily targeting electrical substations and transformers, Shahed drones have been responsible for "
    "over 4,400 documented attacks since September 2022.\nWhile the Alabuga facility aims to produce over 1,600 Shaheds a "
    "month, it remains unclear how many Russia can actually produce.",
    [],
    "specifications, a count of documented strikes and a production goal",
)


# --- second search round: more outlets and shapes ------------------------------------
p(
    "ho-alarabiya-109",
    "Reuters (Al Arabiya)",
    "https://english.alarabiya.net/News/world/2024/08/19/ukraine-repels-russian-attack-on-kyiv-other-regions-air-force",
    "2024-08-19",
    "Ukraine's air defense units repelled Russia's overnight air attack, including on Kyiv, destroying all 11 drones that "
    "Moscow launched at Ukraine's territory, Ukraine's air force said on Monday.\n\nThe drones were destroyed over the "
    "Mykolaiv, Cherkasy, Vinnytsia, Kyiv, Dnipropetrovsk, Kharkiv, Sumy and Donetsk regions, the air force said on Telegram.",
    [c(RU, "2024-08-19", 11, 11, None, "exact", False, "air force", inter=11)],
)

p(
    "ho-toi-110",
    "Times of Israel liveblog (AP)",
    "https://www.timesofisrael.com/liveblog_entry/ukraine-says-it-downed-all-but-1-iran-made-drone-that-russia-launched-in-overnight-barrage/",
    "2023-05-28",
    "KYIV, Ukraine — Ukraine says its air defense forces shot down 58 out of 59 drones launched by Russia overnight, mainly "
    'targeting the capital Kyiv.\n\n"According to updated information, 58 out of 59 (drones) were shot down by our '
    "defenders,\" the Ukrainian General Staff says. Ukraine's air force said earlier that a record 54 drones had been launched.",
    [
        c(RU, "2023-05-28", 59, 59, None, "exact", False, "general staff", inter=58),
        c(RU, "2023-05-28", 54, 54, None, "exact", True, "air force"),
    ],
    "two figures for one night from two sources",
)

p(
    "ho-censor-111",
    "Censor.NET",
    "https://censor.net/en/news/3505804/shahed_attack_up_to_10_russian_drones_were_destroyed_in_the_kyiv_region",
    None,
    "Air defense forces destroyed up to a dozen Russian drones heading towards Kyiv.\n\nThis was reported by the KCMA press "
    'service.\n\n"Since yesterday evening, from 11:00 p.m. and throughout the night and morning, most regions of Ukraine '
    "were under the threat of enemy attack UAVs, including Kyiv. According to preliminary information, up to a dozen enemy "
    'drones were heading towards the capital. However, all of them were destroyed by air defense on the outskirts of Kyiv," '
    "the statement said.",
    [c(RU, None, 12, 12, None, "up_to", False, "city officials", "local", NA, "Kyiv")],
    "'up to a dozen … were heading towards the capital' is a local launch figure; no published date on the page",
)

p(
    "ho-bbc-112",
    "BBC (rtwnews)",
    "https://rtwnews.com/article/QuPoud_lYgzc",
    "2025-09-18",
    "At least three people have been killed and more than 30 injured in a massive overnight Russian aerial attack on "
    "Ukraine, President Volodymyr Zelensky says. Ukraine's air force says Moscow launched 619 drones and missiles. Russia's "
    "defence ministry says its massive strike used precision weapons against military-industrial facilities.\nSeparately, "
    "Russia reports that four people were killed in a Ukrainian drone attack on the Samara region.",
    [c(RU, "2025-09-18", 619, None, None, "exact", False, "air force")],
    "published date inferred from the events named (Dnipro high-rise hit, mid-September 2025)",
)

p(
    "ho-unn-113",
    "UNN",
    "https://unn.ua/en/news/russians-launched-4-missiles-and-142-drones-at-ukraine-zelenskyy-reacted-to-the-night-attack-by-the-russian-federation",
    None,
    "President of Ukraine Volodymyr Zelenskyy reacted to the night attack, pointing out that the Russians launched 4 "
    'ballistic missiles and 142 drones overnight.\n"Overnight, the Russians launched 4 ballistic missiles and 142 drones, '
    "half of which were 'Shaheds'. Dozens more drones in our sky. Kyiv was hit twice. First ballistics, in the morning - "
    'drones. As of now, 7 people are known to have been injured, including 4 children," he wrote.',
    [c(RU, None, 146, 142, 4, "exact", False, "president")],
    "'half of which were Shaheds' is a breakdown; no published date on the page",
)

p(
    "ho-afp-114",
    "AFP (LBC)",
    "https://www.lbcgroup.tv/news/world-news/907435/russia-launched-420-drones-39-missiles-at-ukraine-zelensky/en",
    None,
    "Russian forces launched 420 drones and 39 missiles at Ukraine overnight, Ukrainian leader Volodymyr Zelensky said "
    "Thursday, in attacks that damaged energy infrastructure hours before Ukrainian and US officials were to meet in "
    'Geneva for talks.\n\n"Last night, Russia once again waged war on critical infrastructure and ordinary residential '
    'buildings," Zelensky said, adding that dozens were wounded in attacks across eight regions.',
    [c(RU, None, 459, 420, 39, "exact", False, "president")],
    "no published date on the page",
)

p(
    "ho-crbc-115",
    "CRBC News",
    "https://www.crbcnews.com/articles/692ae8a8106aff5c2acb0e9d",
    "2025-11-29",
    "Russia launched its largest barrage of drones and missiles in a month across Ukraine, killing at least three people, "
    "Ukrainian President Volodymyr Zelensky said.\nWhat happened: Ukrainian officials reported that Moscow fired roughly 36 "
    "missiles and nearly 600 drones from Friday night into Saturday. Large parts of Kyiv were left without power.\nUkraine's "
    "energy ministry said the overnight strikes left more than 600,000 customers without electricity: over 500,000 in "
    "Kyiv and more than 100,000 in the Kyiv region.",
    [c(RU, "2025-11-29", 636, 600, 36, "about", False, "officials")],
    "'largest … in a month' is not a record; customer counts are not claims; published date inferred (the Saturday)",
)

p(
    "ho-outlook-116",
    "Outlook India (AP)",
    "https://outlookindia.com/amp/story/international/russia-launches-massive-missile-drone-barrage-on-targets-across-ukraine-report",
    "2024-08-26",
    "At least five people were reported killed in a massive missile and drone barrage launched by Russia on targets "
    "throughout Ukraine.\nUkraine's President Volodymyr Zelenskyy on Monday termed Russia's overnight and early morning "
    'barrage on his country as "vile" and said it involved over 100 missiles of various types and about 100 '
    '"Shahed" drones.',
    [c(RU, "2024-08-26", 200, 100, 100, "about", False, "president")],
)

p(
    "ho-ap-117",
    "AP (xxinfos)",
    "https://xxinfos.com/Overnight-Russian-strikes-in-Ukraine/?lang=en",
    "2025-10-25",
    "In Kyiv, a ballistic missile attack early Saturday killed two people and wounded 13, said Timur Tkachenko, head of the "
    "city's military administration.\nUkraine's air force reported that Russia fired nine missiles and 62 drones, with air "
    "defenses intercepting four missiles and 50 drones. Meanwhile, Russia's defense ministry claimed its air defenses shot "
    "down 121 Ukrainian drones overnight.",
    [
        c(RU, "2025-10-25", 71, 62, 9, "exact", False, "air force", inter=54),
        c(UA, "2025-10-25", 121, 121, None, "exact", False, "defence ministry", inter=121),
    ],
    "published date inferred (the Saturday after the London meeting of 24 Oct 2025)",
)

p(
    "ho-indiatoday-118",
    "India Today",
    "https://www.indiatoday.in/world/story/russia-launches-massive-drone-and-missile-barrage-on-ukraine-injuries-casualties-glbs-2758397-2025-07-20",
    "2025-07-20",
    "Russia launched a massive overnight attack on Ukraine, firing over 300 drones and more than 30 cruise missiles, "
    "killing one person and injuring several others.\n\nZelenskyy confirmed the strike on X, noting that the Black Sea port "
    "city of Odesa was among the hardest hit. More than 20 drones and a missile struck the city, killing one person.\n\n"
    "Earlier this month, Moscow launched over 700 drones in a single night, a record number.\n\nRussia's Defence Ministry "
    "claimed it intercepted 71 Ukrainian drones overnight, while Moscow's mayor said 13 were shot down near the capital.",
    [
        c(RU, "2025-07-20", 330, 300, 30, "more_than", False, NA),
        c(RU, None, 700, 700, None, "more_than", True, None),
        c(UA, "2025-07-20", 71, 71, None, "exact", False, "defence ministry", inter=71),
        c(UA, "2025-07-20", 13, 13, None, "exact", False, "mayor", "local", 13, "Moscow"),
    ],
    "the drones that struck Odesa are hits; 'earlier this month' does not give a date",
)

p(
    "ho-cnn-119",
    "CNN (Panow)",
    "https://panow.com/?p=2284404",
    "2024-04-27",
    "Russia launched a barrage of missiles against Ukraine overnight, in attacks that appeared to target the country's "
    "energy infrastructure. Meanwhile, Russia said its air defense systems had intercepted more than 60 Ukrainian drones "
    "over the southern Krasnodar region.\nUkraine's air force said Saturday that Russia had launched 34 missiles against "
    "Ukraine overnight, of which 21 had been shot down by Ukrainian air defenses.",
    [
        c(UA, "2024-04-27", 60, 60, None, "more_than", False, NA, "local", 60, "Krasnodar region"),
        c(RU, "2024-04-27", 34, None, 34, "exact", False, "air force", inter=21),
    ],
    "published date inferred (the Saturday of the 34-missile energy strike)",
)

p(
    "ho-reuters-120",
    "Reuters (mtdesk)",
    "https://www.mtdesk.co/app/blog/detail/Forex-trading-idea/2024-03-31-blog-11975-Ukraine-says-Russia-fired-16-missiles%252C-11-drones-overnight",
    "2024-03-31",
    "KYIV, March 31 (Reuters) - Russia launched 16 missiles and 11 drones at Ukraine in an overnight air attack, Ukraine's "
    "air force said on Sunday morning.\nIn a statement on Telegram, the air force said it had managed to down nine of the "
    "drones and nine of the missiles. It did not identify their targets.\nUkraine's largest private energy firm, DTEK, said "
    "on Saturday that five of its six plants had been damaged or destroyed with 80% of its generating capacity lost.",
    [c(RU, "2024-03-31", 27, 11, 16, "exact", False, "air force", inter=18)],
)

p(
    "ho-novaya-121",
    "Novaya Gazeta Europe (mirror)",
    "https://nytimesnewstoday.com/russia-targets-ukrainian-energy-infrastructure-in-overnight-airstrikes-novaya-gazeta-europe",
    "2024-06-01",
    "Russia launched over 100 drones and missiles at targets across Ukraine overnight in what the Ukrainian Air Force (UAF) "
    'on Saturday morning called a "powerful missile and aviation strike on critical infrastructure".\nThe UAF said that '
    'Russia had used 53 "air-launched, sea-launched and land-based" missiles, as well as 47 Shahed attack drones.\nFive of '
    "the missiles were launched from Russian-annexed Crimea, while another 10 were fired from Russia's Black Sea coast, "
    "the UAF said.\nThe UAF reported that it had intercepted 46 of the drones and 35 of the missiles.",
    [c(RU, "2024-06-01", 100, 47, 53, "exact", False, "air force", inter=81)],
    "'five … from Crimea, another 10 … from the Black Sea coast' are parts of the 53; "
    "published date inferred (Ukrenergo's 'sixth mass strike since March', a Saturday)",
)

p(
    "ho-aa-122",
    "Anadolu (monitorulapararii)",
    "https://en.monitorulapararii.ro/russia-says-ukraine-attempted-8-overnight-drone-attacks-related-news-0-1790296",
    None,
    "MOSCOW Russia on Monday said it shot down eight Ukrainian drones in different parts of Russia last night. The Defense "
    'Ministry in a statement said Kyiv "tried to carry out terrorist attacks with plane-type drones" over the '
    "northwestern part of the Black Sea, Crimean Peninsula, Kursk and Bryansk regions.",
    [c(UA, None, 8, 8, None, "exact", False, NA, inter=8)],
    "no published date on the page",
)

p(
    "ho-bdstory-123",
    "bdstory (Reuters rewrite)",
    "http://bdstoryxyz.com/ukraines-air-force-downs-russian-drones-and-missiles-overnight-says-military/",
    None,
    "Ukraine's air defenses intercepted and shot down a series of weapons launched by Russia overnight. According to the "
    "Ukrainian Air Force, the onslaught included missiles and 20 drones of Iranian origin. The Air Force said on Telegram "
    "that the attack drones were mostly destroyed in the Kyiv region. Additionally, Russia fired two cruise missiles from "
    "the Black Sea and one ballistic missile from Crimea.",
    [c(RU, None, 23, 20, 3, "exact", False, "air force")],
    "'Additionally' adds the missiles of the same attack; no published date on the page",
)


# --- third round: aid, plans, airspace incursions ------------------------------------
p(
    "ho-ap-124",
    "AP (KEYT)",
    "https://keyt.com/news/2024/07/11/biden-announces-225-million-weapons-package-for-ukraine-including-patriot-system/",
    "2024-07-11",
    "WASHINGTON (AP) — President Joe Biden has announced a new $225 million aid package for Ukraine, including a Patriot "
    "missile system to bolster its air defenses against a deadly onslaught of Russian airstrikes. The Patriot system would "
    "be the second the U.S. has provided to Ukraine, and it is one of several Biden announced this week at the NATO summit.",
    [],
    "aid package: money and systems, no launch figure",
)

p(
    "ho-stripes-125",
    "Stars and Stripes",
    "https://www.stripes.com/theaters/us/2024-04-26/ukraine-military-aid-patriots-russia-war-austin-13669265.html",
    "2024-04-26",
    "WASHINGTON — The United States on Friday announced more military aid for Ukraine, including Patriot missiles as part of "
    "$6 billion in weapons and equipment to help its air defense against invading Russian forces.\n\nThe $95 billion "
    "includes money for Israel and Taiwan, with $60 billion going to Ukraine. President Joe Biden signed the legislation "
    "into law Wednesday, followed by the Pentagon announcing $1 billion in military aid in air-defense systems.",
    [],
    "aid and money figures",
)

p(
    "ho-unn-126",
    "UNN",
    "https://unn.ua/en/news/ukraine-to-produce-1000-interceptor-drones-per-day-in-the-near-future-shmyhal",
    "2025-09-18",
    "Ukraine will be able to produce and use 1,000 interceptor drones per day, Minister of Defense Denys Shmyhal said. "
    '"We understand that 800 drones per night is the level that Russia has already demonstrated in practice. Accordingly, '
    'we need to have at least a thousand interceptor drones," Shmyhal said. He noted that for Ukraine, "producing 1,000 '
    'drones is not an issue".',
    [],
    "interceptor production; '800 drones per night' is a level, not a dated attack",
)

p(
    "ho-zoonop-127",
    "Zoonop",
    "https://zoonop.com/articles/polish-and-nato-jets-shoot-down-russian-drones-over-eastern-poland-19-violations-recorded",
    "2025-09-10",
    "Warsaw, Poland – Polish and NATO fighter jets shot down several Russian drones that violated Polish airspace overnight "
    "on September 9-10, 2025.\nThe incursions occurred amid a large-scale Russian aerial assault on Ukraine, which saw 415 "
    "drones, 42 cruise missiles, and a ballistic missile launched. While Ukrainian defenses intercepted most threats, at "
    "least eight Shahed-type drones reportedly crossed into Poland. Polish Prime Minister Donald Tusk confirmed that 19 "
    "airspace violations were recorded between 11:30 PM and 6:30 AM local time.",
    [c(RU, "2025-09-10", 458, 415, 43, "exact", False, None)],
    "'which saw … launched'; drones crossing into Poland and airspace violations are not barrage claims",
)

p(
    "ho-econotimes-128",
    "EconoTimes (Reuters)",
    "https://econotimes.com/Ukraine-Boosts-Interceptor-Drone-Production-to-Counter-Russian-Shahed-Attacks-1713898",
    None,
    "In recent weeks, Russia has increasingly deployed Iranian-designed Shahed drones, launching over 400 in a single night "
    "and combining drone strikes with missile attacks. A recent assault on Kyiv involved 440 drones and 32 missiles, "
    "resulting in the destruction of residential buildings and the deaths of 28 people.\nZelenskiy previously stated "
    "Ukraine could produce up to 4 million drones annually.",
    [c(RU, None, 472, 440, 32, "exact", False, None, "national", None, NA)],
    "'over 400 in a single night' characterises recent weeks (no one attack); 'a recent assault' has no date; "
    "the 472 is the national figure though the text says 'on Kyiv' (location not scored)",
)

p(
    "ho-txdaily-129",
    "TX Daily",
    "https://txdaily.news/?p=13314",
    None,
    "Ukrainian President Volodymyr Zelenskyy has told drone manufacturers that the country's Armed Forces must be able to "
    "deploy 1,000 interceptor drones per day.\nThe New York Times reported on July 9 that by fall 2025, the Russian Armed "
    "Forces plan to deploy up to 1,000 drones simultaneously in a single attack on Ukrainian territory.",
    [],
    "a production target and a plan",
)


# --- fourth round: everyday Air Force report shapes ------------------------------------
p(
    "ho-censor-130",
    "Censor.NET",
    "https://censor.net/en/news/3501458/robota_ppo_vnochi_25_lypnya",
    "2023-07-25",
    "Air defense forces shot down 25 UAVs out of 38 at night - Air Force\n\nAt night, Russian occupants attacked "
    "infrastructure in the south of the Odesa region and central Ukraine with 38 Shahed-131/136 attack UAVs launched from "
    'Cape Chauda in Crimea and Prymorsko-Akhtarsk, Air Force commander Mykola Oleshchuk reported.\n"As a result of the air '
    "battle, 25 attack UAVs were shot down. Three more 'shahids' were lost after crossing the state border with Romania,\" "
    "the statement said.",
    [c(RU, "2023-07-25", 38, 38, None, "exact", False, "air force", inter=NA)],
    "headline 'shot down 25 UAVs out of 38' and body are one claim",
)

p(
    "ho-reuters-131",
    "Reuters (Cyprus Mail)",
    "https://cyprus-mail.com/2023/10/16/russia-launches-overnight-missile-drone-attacks-on-ukraine/",
    "2023-10-16",
    "Russia launched five missiles and 12 kamikaze drones at Ukraine in an overnight attack, Ukraine's air force said early "
    "on Monday, with officials reporting further artillery and air strikes.\n\nThe air force said the missiles, of which it "
    "shot down two, targeted northern and eastern regions, while the drones, of which 11 were downed, were launched in "
    "several directions with a focus on western Ukraine.",
    [c(RU, "2023-10-16", 17, 12, 5, "exact", False, "air force", inter=13)],
    "interceptions in two parenthetical relative clauses",
)

p(
    "ho-ilkha-132",
    "ILKHA",
    "https://ilkha.com/english/world/russia-launches-massive-overnight-strikes-across-ukraine-killing-at-least-five-483408",
    "2025-10-05",
    "Ukraine reeled from one of the most intense aerial bombardments in recent months overnight Saturday as Russian forces "
    "launched a massive coordinated attack, firing nearly 500 drones and over 50 missiles in a widespread assault that "
    "killed at least five civilians and crippled energy infrastructure.\nIn western Ukraine's Lviv Oblast, officials "
    "described the assault as the largest on the region since Russia's full-scale invasion began. Four members of the "
    "same family, including a 15-year-old girl, were killed when a missile destroyed their home.",
    [c(RU, "2025-10-05", 550, 500, 50, "about", NA, NA)],
    "'overnight Saturday' in the Sunday story = Sunday morning; 'largest on the region' is a regional record "
    "(not scored); published date inferred (the Sunday after the attack on Lviv Oblast)",
)

p(
    "ho-kyivindependent-133",
    "Kyiv Independent",
    "https://kyivindependent.com/ukraine-war-latest-missiles-one-after-another-kyiv-blackouts-as-russia-strikes-ukraines-energy-infrastructure-once-again",
    "2025-10-10",
    "Key developments on Oct. 10:\n- 'Missiles, one after another' — Kyiv blackouts as Russia strikes Ukraine's energy "
    "infrastructure once again\n- US Senate approves $925 billion defense bill, proposes $500 million for Ukraine\n- "
    "Ukraine, UK negotiating joint production of 2,000 interceptor drones monthly\nRussia launched a large-scale drone and "
    "missile attack on Ukraine overnight on Oct. 10, killing a child and injuring at least 24 people.",
    [],
    "no launch figure yet; money and interceptor production are not claims",
)

p(
    "ho-kyivindependent-134",
    "Kyiv Independent",
    "https://kyivindependent.com/drone-attack-sparks-fires-in-kyiv-russia-launches-massive-attack-on-ukrainian-energy-infrastructure",
    "2025-11-08",
    "Russia launched yet another wide-ranging attack on Ukrainian cities overnight on Nov. 8, using a combination of drones "
    "and missiles to strike targets across the country.\nMonitoring groups reported that Russia launched Kinzhal hypersonic "
    "missiles, as well as cruise and ballistic missiles at various regions of the country.\nUkraine's State Emergency "
    "Service reported that four small trucks had caught fire in the district, adding that two structures and nearby parked "
    "cars were also damaged.",
    [],
    "a developing story before the Air Force figures: no claim",
)

p(
    "ho-vatican-135",
    "Vatican News",
    "http://vaticannews.cn/en/world/news/2025-12/russian-launches-massive-attack-against-ukraine-before-christmas.html",
    "2025-12-23",
    "Officials say massive Russian drone and missile strikes on Ukraine have killed at least three people, including a "
    "four-year-old child, just two days before Christmas.\n\nResidents across Ukraine were jolted awake overnight as Russia "
    "launched what officials described as one of its largest aerial assaults in weeks.\n\nUkrainian authorities said Moscow "
    "fired more than 650 drones and over 30 missiles, targeting cities and critical infrastructure nationwide.",
    [c(RU, "2025-12-23", 680, 650, 30, "more_than", False, "officials")],
)

p(
    "ho-londonews-136",
    "London News",
    "https://londonews.com/three-killed-as-russia-launches-widespread-overnight-attacks-across-ukraine",
    "2025-12-23",
    "Russia has carried out a large scale overnight assault on multiple Ukrainian cities, killing at least three people, "
    "Ukrainian officials said. The attacks came just days before Christmas.\nUkraine's air force reported that Russia "
    "launched a combined barrage of 635 drones and 38 missiles overnight. Of those, 621 drones and missiles were "
    "intercepted or destroyed by air defence systems.",
    [c(RU, "2025-12-23", 673, 635, 38, "exact", False, "air force", inter=621)],
)

p(
    "ho-morningnews-137",
    "The Morning News",
    "https://themorningnews.com/news/2025/12/23/russia-unleashes-massive-strike-across-ukraine-killing-three",
    "2025-12-23",
    'Russia launched what President Volodymyr Zelensky called a "massive" overnight assault.\nHundreds of drones. Dozens of '
    "missiles. Ukrainian officials say at least three people were killed, including a four-year-old child.\nUkraine's air "
    "force reported 635 drones and 38 missiles fired, with most intercepted. Still, the damage was severe.",
    [c(RU, "2025-12-23", 673, 635, 38, "exact", False, "air force")],
    "verbless fragments 'Hundreds of drones. Dozens of missiles.' are the same attack: dropped for the number",
)

p(
    "ho-dpa-138",
    "dpa via BTA (Fakti)",
    "https://fakti.bg/en/amp/world/1029910-russia-attacks-ukraine-with-iskander-ballistic-missiles",
    None,
    "Last night, Russia attacked Ukraine with 102 drones and two Iskander ballistic missiles, the Ukrainian Air Force "
    "reported, quoted by DPA.\nAccording to Ukrainian air defense data, 87 of the drones were destroyed, but hits by 10 of "
    "the drones were registered.\nKyiv Mayor Vitali Klitschko said 1,676 apartment blocks in the capital are still without "
    "heating; most of the nearly 6,000 buildings left without heating have had it restored. Temperatures dropped below "
    "minus 10 degrees Celsius overnight.\nFor its part, the Russian Defense Ministry said it had intercepted 52 Ukrainian "
    "drones overnight.",
    [
        c(RU, None, 104, 102, 2, "exact", False, "air force", inter=87),
        c(UA, None, 52, 52, None, "exact", False, "defence ministry", inter=52),
    ],
    "apartment-block and temperature figures are not claims; no published date on the page",
)


# --- fifth round: other attackers, refinery strikes, mixed MoD/Air Force days ----------
IL = "IR->IL"

p(
    "ho-newsaz-139",
    "AP (News.Az)",
    "https://news.az/news/israel-begins-intercepting-iranian-drones",
    "2025-06-13",
    "Israel begins intercepting Iranian drones\n\nIsrael's military has confirmed it has begun intercepting Iranian drones, "
    "citing AP.\n\nEarlier, the military said Iran had launched more than 100 drones at Israel in retaliation for strikes on "
    "Tehran and other cities.\n\nAn Israeli official said the interceptions are taking place outside of Israeli territory.",
    [c(IL, "2025-06-13", 100, 100, None, "more_than", False, "military")],
    "another attacker: ISO-like direction code; a daytime launch on the day of the Israeli strikes",
)

p(
    "ho-arise-140",
    "Arise News (WSJ)",
    "https://ariseafricanews.com/israel-says-iran-drone-attack-missiles-were-foiled/",
    "2024-04-14",
    "Israel said it thwarted a broad aerial attack launched by Iran on Saturday night.\n\nThe volley of over 300 cruise "
    "missiles, ballistic missiles and drones launched toward Israel was a response to an attack on an Iranian diplomatic "
    "complex in Damascus earlier this month.\n\nA small number of missiles landed in Israel, causing light damage to a "
    "military base in Israel's south. A hospital in southern Israel said it was treating 12 people after the attacks.",
    [c(IL, "2024-04-14", 300, None, None, "more_than", False, NA)],
    "Saturday-night attack ending early Sunday; published date inferred (the Sunday)",
)

p(
    "ho-maltatoday-141",
    "MaltaToday",
    "https://maltatoday.com.mt/news/world/128603/breaking_iran_launches_drones_towards_israel",
    "2024-04-14",
    "Iran launched more than 200 explosive drones and cruise missiles against Israel on Saturday night in a retaliatory "
    "strike for the bombing of its consular office in Syria earlier this month.\nMost of the drones were intercepted by air "
    "defence systems, while 10 cruise missiles were shot down outside Israel's borders, according to the Israeli Defense "
    "Force.\nThe drones were carrying 20kg of explosives each, a retired Israeli general told Channel 12 TV.",
    [c(IL, "2024-04-14", 200, None, None, "more_than", False, NA, "national", NA)],
    "an early count of the same night as ho-arise-140; '20kg' is not a figure of weapons",
)

p(
    "ho-ap-142",
    "AP (Kataeb)",
    "https://en.kataeb.org/articles/-ukraine-russia-exchange-drone-attacks",
    "2024-05-19",
    "Russia reported some 60 drones and several missiles shot down over its territory overnight into Sunday, with Ukraine in "
    "turn saying it destroyed over 30 Russian drones.\n\nRussian air defenses shot down 57 Ukrainian drones over its "
    "southern Krasnodar region overnight Saturday, the Russian Defense Ministry said Sunday morning.\n\nA further three "
    "drones were shot down over the Belgorod region, which borders Ukraine.\n\nIn Ukraine, air force officials said air "
    "defense shot down all 37 Russian drones launched against the country overnight.",
    [
        c(UA, "2024-05-19", None, 60, None, "vague", False, NA),
        c(
            UA,
            "2024-05-19",
            57,
            57,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            57,
            "Krasnodar region",
        ),
        c(UA, "2024-05-19", 3, 3, None, "exact", False, NA, "local", 3, "Belgorod region"),
        c(RU, "2024-05-19", 37, 37, None, "exact", False, "air force", inter=37),
    ],
    "'some 60 drones and several missiles' leaves the total open; 'over 30' destroyed by Ukraine is the same night as "
    "the 37 (an interception count); published date inferred (the Sunday after Putin's China visit)",
)

p(
    "ho-reuters-143",
    "Reuters (mypresstoday)",
    "https://mypresstoday.com/ng/en/frame/7744/313716794",
    None,
    "Ukrainian drones on Monday struck energy facilities in southern Russia, triggering fires at a major oil refinery and "
    "gas processing plant and disrupting flights from the Volga to the Caucasus Mountains. Russia's defence ministry said "
    "that its air defence units intercepted and destroyed 70 Ukrainian drones over Russian territory overnight, including "
    "25 over the Volgograd region.",
    [
        c(UA, None, 70, 70, None, "exact", False, "defence ministry", inter=70),
        c(
            UA,
            None,
            25,
            25,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            25,
            "Volgograd region",
        ),
    ],
    "no published date on the page",
)

p(
    "ho-newdailyprime-144",
    "New Daily Prime (Reuters)",
    "https://newdailyprime.news/world-news/ukraine-launches-massive-drone-assault-on-russia-targets-major-oil-refinery",
    "2025-09-14",
    "Ukraine launched one of its largest drone strikes of the war overnight, with at least 361 drones aimed at targets "
    "across Russia, including the country's second-largest oil refinery, Russian officials said on Sunday.\nRussia's "
    "Defence Ministry said its air defences intercepted hundreds of drones, along with four guided aerial bombs and a "
    "U.S.-made HIMARS missile.\nIn the Leningrad region, Governor Alexander Drozdenko confirmed that three drones were "
    "destroyed near the Kirishi oil refinery.\nOn Sunday, the Defence Ministry announced the test launch of a Zircon "
    "hypersonic cruise missile in the Barents Sea.",
    [
        c(UA, "2025-09-14", 361, 361, None, "at_least", False, "officials", "national", NA),
        c(UA, "2025-09-14", 3, 3, None, "exact", False, "governor", "local", 3, "Leningrad region"),
    ],
    "'hundreds of drones' is the same attack; bombs are not missiles; a missile test is not an attack; "
    "published date inferred (the Sunday of the Kirishi strike)",
)

p(
    "ho-mehr-145",
    "Mehr News",
    "https://en.mehrnews.com/news/229366/Russia-biggest-oil-refinery-comes-under-Ukraine-drone-attack",
    "2025-03-08",
    "The air defense systems shot down two drones, with one of them over the territory of the Kinef oil refinery, a "
    "subsidiary of Surgutneftegaz, Governor Alexander Drozdenko said in a statement on Telegram.\n\nIn a separate "
    "statement, the Russian Defense Ministry claimed 31 Ukrainian drones were shot down across Russia's regions last night "
    "before they could cause any significant damage.",
    [
        c(UA, "2025-03-08", 2, 2, None, "exact", False, "governor", "local", 2, "Leningrad region"),
        c(UA, "2025-03-08", 31, 31, None, "exact", False, "defence ministry", inter=31),
    ],
    "the governor's region is named only by the refinery (location as known)",
)

p(
    "ho-bloomberg-146",
    "Bloomberg (oilmarketcap)",
    "https://oilmarketcap.com/ukraine-says-struck-big-saratov-oil-refinery",
    None,
    "Ukraine's General Staff said it made a successful drone strike early Sunday on a major refinery in the Saratov region, "
    "the latest in a series of attacks this month on Russian oil facilities.\nThe drone activity also caused temporary "
    "flight delays at a local airport and at least one person was killed when drone debris fell in a residential area, the "
    "governor said.\nLater on Sunday, another drone reached a refinery in the Komi region, about 960 miles (1,547 km) "
    "northeast of Moscow. The refinery has processing capacity of over 80,000 barrels a day.",
    [],
    "strikes without a count; distances and capacity are not claims",
)

p(
    "ho-aa-147",
    "Anadolu (usmuslims)",
    "https://usmuslims.com/service/amp/update-russia-says-oil-refinery-in-ryazan-region-hit-by-drone-strike-242298h.htm",
    None,
    "ISTANBUL (AA) - Russia said on Wednesday that an oil refinery in the country's Ryazan region was hit by a drone strike, "
    "a day after it said Ukrainian attacks hit similar facilities in the Oryol and Nizhny Novgorod regions.\nIn the "
    "Leningrad region, a drone was shot down while approaching the KINEF oil refinery base in the town of Kirishi, "
    "Governor Aleksandr Drozdenko said.\nThe Defense Ministry said Ukraine launched attacks using multiple aircraft-type "
    "drones over Belgorod, Bryansk, Voronezh, Kursk, Leningrad and Ryazan, many of which were downed.",
    [],
    "single drones and 'multiple … many of which': no count",
)

p(
    "ho-bobnews-148",
    "BN24",
    "https://bobnews24.com/russia-strikes-kremenchuk-oil-refinery-supplying-fuel-to-ukrainian-forces-claims-gains-in-donbas-and-sumy",
    None,
    "KYIV, Ukraine (BN24) — Russia said Sunday it launched a coordinated overnight missile and drone strike on Ukraine's "
    "Kremenchuk oil refinery, a critical facility supplying fuel to Ukrainian troops fighting in Donbas.\nAccording to the "
    "Russian Defence Ministry, the assault was executed with missiles fired from both sea and air, supported by strike "
    "drones.\nZelenskyy also warned that Russia had amassed approximately 53,000 troops near the Sumy border.",
    [],
    "a strike described without numbers; troop numbers are not claims",
)


def main() -> None:
    PASSAGES.write(HERE)


if __name__ == "__main__":
    main()
