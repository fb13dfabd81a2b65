# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the ELEVENTH held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news, kept untouched while set 10 is
tuned on. Each passage is lightly paraphrased from a real English news article found with the
project's search tool (no URL is shared with tests/data/claims_holdout{,2,...,10}/; URL and
published date kept where the page gives one); names, numbers, dates and the grammatical shape of
each sentence are as in the original. Labels were written from the text alone and committed
before any extractor run; see README.md for sources, counts and the labelling calls. Run
`python tests/data/claims_holdout11/build.py` to regenerate the JSONL after editing a label.

Conventions are sets 7-10's (see claims_holdout10/build.py): intercepted = everything
neutralised; the Russian ministry's figure counts what it downed (launched_total = intercepted)
with one `local` claim per region in its list; its past-day briefing is that day's claim (drones +
cruise missiles; HIMARS and MLRS rockets are artillery); a governor's or an outlet's one- or
two-drone line on Russia is `local`; RU->UA shot-down-only figures, hits, strikes, warnings,
stocks, orders, production and strays into neighbours are not claims; a Ukrainian city's or
region's own attack count is `local`; naval drones are not aerial; period tallies have scope
`period` and a null event_date; "nearly/about/some" and mixed qualifiers are `about`; two
sources' figures for one night are two claims; a field given as NA is not scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c, mod

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- RU->UA: national nights, records ----------------------------------------------------
p(
    "h11-kyivindependent-001",
    "The Kyiv Independent",
    "https://kyivindependent.com/russia-launches-record-188-drones-against-ukraine-overnight/",
    "2024-11-26",
    "Russia launched a record number of 188 Shaheds and other drones against Ukraine in a single night on Nov. 26, the "
    'Air Force said.\n\nUkrainian air defenses reportedly downed 76 drones across 17 oblasts, while 95 were "lost," '
    'presumably thanks to electronic warfare. Five drones flew to Belarus, according to the Air Force.\n\n"During the '
    "overnight attack, Russia launched a record number of Shahed-type attack drones and other unmanned aerial vehicles of "
    "an unknown type from the directions of Orel, Bryansk, Kursk, and Primorsko-Akhtarsk in Russia,\" the Air Force's "
    "statement read.\n\nMoscow launched more than 2,000 strike drones against Ukraine in October, breaking the previous "
    "record set in September by nearly 700, according to Ukraine's General Staff.\n\nUkraine was also attacked by four "
    "Iskander-M ballistic missiles overnight on Nov. 26, the Air Force said. At least two people were killed and over 40 "
    "injured in Russian attacks over the past day.",
    [
        c(RU, "2024-11-26", 192, 188, 4, "exact", True, "air force", inter=171),
        c(RU, None, 2000, 2000, None, "more_than", True, "general staff", "period", None),
    ],
    "the record drones and the four Iskanders of the last paragraph are one attack; intercepted = 76 downed + 95 lost (the five to Belarus are not); October's monthly record (period); 'by nearly 700' gives no September figure",
)

p(
    "h11-dw-002",
    "DW",
    "https://www.dw.com/en/ukraine-updates-russia-attacks-with-record-number-of-drones/live-70886725?maca=en-rss-en-all-1573-xml-atom",
    "2024-11-26",
    "Ukraine updates: Russia attacks with record number of drones\n\nThe Russian military has attacked Ukraine with a "
    "record number of drones for one night into Tuesday, Kyiv says.\n\nUkraine's air force says Russia launched a record "
    "188 drones against the country on Tuesday, amid growing international tensions over Russian missile threats.\n\n"
    '"During the night attack, the enemy launched a record number of Shahed strike unmanned aerial vehicles and '
    'unidentified drones," the air force said, putting the overall number fired at 188.\n\nThe air force says it shot '
    "down 76 Russian drones in 17 regions, while another 95 were either lost from their radars or downed by electronic "
    "jamming. It did not specify what happened to the remainder. It added that Moscow had also launched four Iskander-M "
    "ballistic missiles.",
    [c(RU, "2024-11-26", 192, 188, 4, "exact", True, "air force", inter=171)],
    "the same night as kyivindependent-001 from another outlet; 188 told three times is one claim with the four Iskanders",
)

p(
    "h11-ibcworldnews-003",
    "IBC World News",
    "https://ibcworldnews.com/amp/story/world/russia-launches-record-472-drones-at-ukraine-overnight-air-force/168443",
    None,
    "In a dramatic escalation ahead of planned peace talks, Russia launched a record 472 drones at Ukraine overnight, "
    "according to Ukraine's air force. The barrage, the highest single-night drone attack since the start of the war, came "
    "one day before Russian and Ukrainian delegations were expected to meet in Istanbul.\n\nThe Ukrainian air force "
    "confirmed in a statement on Sunday that of the 472 drones launched, 382 were intercepted or neutralized by Ukrainian "
    'air defense systems. Russia also fired seven missiles, of which three were intercepted.\n\n"This was the largest '
    'drone attack in a single night since the start of the full-scale invasion," the air force said.',
    [c(RU, None, 479, 472, 7, "exact", True, "air force", inter=385)],
    "no published date (1 June 2025): 'on Sunday' cannot be dated from the text; intercepted = 382 drones + 3 missiles",
)

p(
    "h11-menafn-004",
    "MENAFN (Ukrinform)",
    "https://menafn.com/1107156886/Russians-Attack-Odesa-Region-With-Kamikaze-Drones-All-Destroyed-By-Air-Defense",
    "2023-09-28",
    "At night on September 28, Russian invaders attacked the Odesa region with attack drones - there were no hits, no "
    "damage, and no casualties.\n\nOleh Kiper, the head of the Regional Military Administration, reported this on "
    'Telegram, according to Ukrinform.\n\n"At night, Russian terrorists again attacked the Odesa region with attack '
    'drones. Our Air Defense Forces did an excellent job. No hits and no destructions. There are no casualties," he '
    "stressed.\n\nAccording to Kiper, only a few small dry-grass fires were recorded where the wreckage of the downed "
    "Shahed drones fell.\n\nAs reported, Ukrainian air defense shot down 34 of 44 Russian kamikaze drones at night on "
    "September 28.",
    [c(RU, "2023-09-28", 44, 44, None, "exact", False, NA, inter=34)],
    "the region's attack has no count; the national night 34 of 44 with no named source",
)

p(
    "h11-rferl-005",
    "RFE/RL",
    "https://rferl.org/amp/romania-russian-drone-debris/32590895.html",
    None,
    "Romania's Defense Ministry said elements of what could be a drone were found on the NATO member's territory after a "
    "Russian drone attack early on September 13 on Izmayil in southern Ukraine, just across the border.\n\nA Romanian Air "
    'Force helicopter crew identified "fragments that could have come from a drone, dispersed over an area of several '
    'dozen meters," the ministry said.\n\nIf confirmed, it would be the third time drone fragments have been found on '
    "Romanian territory in recent days. Overnight, Bucharest declared a pre-alert in Tulcea and Galati counties after "
    '"groups of drones heading towards the Ukrainian ports" were detected.\n\nOleh Kiper, the governor of the Odesa '
    "region, wrote that there were hits on port and other civilian infrastructure and that six people had been "
    "injured.\n\nThe Ukrainian Air Force later said it intercepted 32 of 44 Shahed-type drones over Ukraine overnight, "
    "with most of them launched toward the southern parts of the Odesa region.",
    [c(RU, None, 44, 44, None, "exact", False, "air force", inter=32)],
    "no published date (13 September 2023): 'September 13' has no year, event_date null; fragments in Romania and 'groups of drones' are no claim",
)

p(
    "h11-euromaidanpress-006",
    "Euromaidan Press",
    "https://euromaidanpress.com/2023/08/19/russian-attack-on-khmelnytskyi-oblast-damages-400-buildings/",
    "2023-08-19",
    "The Russian drone attack on Khmelnytskyi Oblast on 19 August damaged 400 buildings in the region, said the First "
    "Deputy Chief of the Khmelnytskyi Regional State Administration, Serhii Tiurin, according to Suspilne.\n\n"
    "Administrative buildings, schools, public facilities and hundreds of private houses in the Medzhybizka and "
    "Derazhnianska communities were damaged, Tiurin said. No casualties were reported.\n\nOn the night of August 19, "
    "Russia launched drones on Ukrainian peaceful cities and villages. The air defense forces managed to shoot down 15 "
    'out of 17 "Shahed" drones.',
    [c(RU, "2023-08-19", 17, 17, None, "exact", False, NA, inter=15)],
    "400 buildings are damage; the night's 15 of 17 is national, no named source",
)

p(
    "h11-reporterplus-007",
    "Reporter.plus",
    "https://reporter.plus/en/news/8278/the-enemy-attacked-the-khmelnitsky-region-debris-hit-an-infrastructure-facility-there-were-wounded",
    None,
    "That night the Russian occupiers again attacked the Khmelnitsky region; 16 people were injured and debris from downed "
    "enemy air targets fell on a critical infrastructure facility.\n\nAccording to the first deputy head of the regional "
    "administration, Sergei Tyurin, the enemy has been attacking the region for the fourth day in a row. In the "
    "Shepetivka area, downed targets fell on a critical infrastructure facility, and the blast wave damaged non-residential "
    "premises, houses and vehicles.\n\nThe head of the Dnipropetrovsk administration, Sergei Lysak, said more than half a "
    "dozen shells hit a village in the Marganets community.\n\nThe Air Force clarified on Telegram that the Russian "
    "invaders attacked with 11 drones from the south-eastern direction (Primorsko-Akhtarsk, Russia). Fighter aircraft, "
    "anti-aircraft missile units and mobile fire groups repelled the attack; air defense worked in Cherkassy, Kherson, "
    "Poltava, Zhytomyr, Khmelnytsky and Nikolaev regions.",
    [c(RU, None, 11, 11, None, "exact", False, "air force")],
    "no published date; the night's 11 drones (nothing said on how many were downed); 16 injured and 'half a dozen shells' are no weapons",
)

p(
    "h11-babel-008",
    "Babel",
    "https://babel.ua/en/news/113237-the-wreckage-of-an-unknown-drone-was-found-in-moldova-near-the-border-with-ukraine",
    "2024-12-03",
    "In Moldova, the wreckage of an unknown drone was found in the Orhei district on the outskirts of the village of "
    "Podgoreni, near the border with Ukraine, the Moldovan police reported. Access to the site has been restricted and "
    "there are no casualties.\n\nSince Russia's full-scale invasion, wreckage of missiles and drones has been found several "
    "times in Moldova. In October, fragments of a projectile, probably a rocket, were found near the border, and in "
    "November Russian drones and missiles flew into Moldovan territory during the attack on Ukraine.\n\nOn the night of "
    "December 3, the Russians attacked Ukraine with 28 Shahed attack drones and other types of drones. They were also shot "
    "down in the south of Ukraine, in particular in Odesa and Mykolaiv regions.",
    [c(RU, "2024-12-03", 28, 28, None, "exact", False, NA)],
    "the wreckage in Moldova and November's strays are no claim; the night of December 3 with no downed count",
)

p(
    "h11-expressgazette-009",
    "The Express Gazette (BBC)",
    "https://express-gazette--express-gazette.us-central1.hosted.app/world/ukraine-says-three-killed-in-massive-russian-aerial-attack",
    None,
    "Ukraine says three killed in 'massive' Russian aerial attack\n\nThree people were killed and more than 30 injured in "
    "an overnight Russian aerial attack on Ukraine, President Volodymyr Zelensky said, calling the strike 'massive' and part "
    "of a 'deliberate strategy' to intimidate civilians.\n\nThe Ukrainian air force said Moscow launched 619 drones and "
    "missiles in the assault.\n\nRussia's defence ministry said the 'massive strike' used 'precision weapons' against "
    "military-industrial facilities.\n\nSeparately, Russia said four people were killed in a Ukrainian drone attack on the "
    "Saratov region, while Kyiv said it had hit a major oil refinery in the same area.",
    [c(RU, None, 619, None, None, "exact", False, "air force")],
    "the page carries only a crawl date (the attack is September 2025): published null; one figure for drones and missiles together; Saratov has no drone count",
)

p(
    "h11-phoenix24-010",
    "Phoenix24",
    "https://phoenix24.one/russia-unleashes-mass-drone-barrage-on-ukraine/amp/",
    None,
    "Russia Unleashes Mass Drone Barrage on Ukraine\n\nKyiv, January 2026. Ukraine faced one of the heaviest drone "
    "assaults of the war when Russian forces launched more than 150 unmanned strike drones in a coordinated overnight "
    "attack across several regions. Ukrainian authorities said air defense units intercepted most of them, but a "
    "significant number got through and struck civilian areas and infrastructure.\n\nAccording to the Ukrainian Air Force, "
    "the attack followed a pattern seen repeatedly in recent months: large waves of relatively cheap drones used to "
    "saturate defenses and force interceptors to expend ammunition.",
    [c(RU, None, 150, 150, None, "more_than", False, NA)],
    "only a month is given (January 2026): published null; the source of the figure is unclear ('Ukrainian authorities' or the air force)",
)

p(
    "h11-independent-011",
    "The Independent",
    "https://www.independent.co.uk/news/world/europe/ukraine-russia-war-live-putin-general-zelensky-news-b2915829.html",
    "2026-02-07",
    "Russia launched a large-scale attack on Ukraine's energy system on Saturday, targeting electricity production and "
    "distribution, according to the country's energy minister. \"Russian criminals carried out another massive attack on "
    "Ukraine's energy facilities. The attack continues,\" Denys Shmyhal wrote on Telegram.\n\nZelensky says Russia "
    "choosing strikes instead of diplomacy\n\nRussia launched more than 400 drones and about 40 missiles on Saturday to "
    "attack Ukraine's energy sector, targeting the power grid, generation facilities and distribution substations, "
    'President Volodymyr Zelensky said.\n\n"Every day, Russia could choose real diplomacy, but it chooses new strikes," '
    "Zelensky posted on X.\n\nTwo airports in Poland closed due to the attack.",
    [c(RU, "2026-02-07", 440, 400, 40, "about", False, "president")],
    "'more than 400' and 'about 40': mixed qualifiers, about",
)

p(
    "h11-independent-012",
    "The Independent",
    "https://www.the-independent.com/news/world/europe/ukraine-russia-war-latest-news-putin-missile-strike-b2925188.html",
    "2026-02-22",
    "Russian drones and missiles targeted energy infrastructure in Ukraine's southern Odesa region overnight, causing "
    "significant fires, the country's emergency service said. One person was killed and at least eight rescued from rubble "
    "after attacks on Kyiv.\n\nUkraine's Air Force said on Sunday that Russia's overnight barrage had included 297 drones "
    "and 50 missiles of various types, of which 274 drones and 33 missiles were shot down or neutralized. Of the rest, 14 "
    "missiles and 23 drones struck 14 locations, it said. Three missiles were unaccounted for.",
    [c(RU, "2026-02-22", 347, 297, 50, "exact", False, "air force", inter=307)],
    "intercepted = 274 + 33; the 14 and 23 that struck are hits",
)

p(
    "h11-politis-013",
    "Politis (Cyprus)",
    "https://en.politis.com.cy/globe/976874/russia-launches-nighttime-drone-and-missile-strikes-on-ukraine",
    None,
    "Russia attacked Ukraine overnight with nearly 500 drones and 40 missiles, targeting energy and non-military "
    'infrastructure, Ukrainian President Volodymyr Zelensky said today.\n\n"If Russia turns even the Christmas and New '
    "Year period into a time for destroyed homes, burnt apartments, and damaged energy facilities, then this sick activity "
    'can only be met with truly strong measures," Zelensky wrote on X.\n\nForeign Minister Andrii Sybiha said a third of '
    'Kyiv was without heating after the assault. "The only response from Russia to peace efforts is brutal attacks using '
    'thousands of drones and missiles against Kyiv and other cities and regions," he wrote.',
    [c(RU, None, 540, 500, 40, "about", False, "president")],
    "no published date (December 2025): event_date null; 'nearly 500' with 40 is about; Sybiha's 'thousands' is rhetoric about many attacks, not a claim",
)

p(
    "h11-ukranews-014",
    "Ukrainian News Agency",
    "https://ukranews.com/en/news/887091-russia-has-been-preparing-attack-on-kyiv-since-early-october-defense-intelligence",
    None,
    "The Russians had been planning missile strikes on the Ukrainian capital and infrastructure since the beginning of "
    "October, the Defense Intelligence of the Ministry of Defense reported.\n\nAccording to military intelligence, Russian "
    "forces received instructions from the Kremlin on October 2 and 3 to prepare massive missile strikes on civilian "
    "infrastructure. On October 8, seven Tu-160 strategic bombers were moved from the Engels airfield to the Olenya "
    "airfield and equipped with Kh-101 cruise missiles. Six cruise missile carriers with 40 Kalibr missiles were deployed "
    "on the outer roadstead of Sevastopol.\n\nAs Ukrainian News Agency reported earlier, at least 8 people were killed in a "
    "rocket attack on the Shevchenkivskyi district of Kyiv, and 24 others were injured. Since the morning, Russia has "
    "already fired 75 missiles at Ukraine, 41 of them were neutralized by air defense.",
    [c(RU, None, 75, None, 75, "exact", False, NA, inter=41)],
    "no published date (10 October 2022): 'since the morning' undated; the 40 Kalibrs on ships and seven bombers are a capacity, not a launch",
)

p(
    "h11-vigilantnews-015",
    "Vigilant News (Ukrainska Pravda)",
    "https://vigilantnews.net/en/2023/02/16/national-security-council-of-ukraine-russians-are-preparing-new-massive-missile-attack-on-23-24-february-but-we-are-ready/",
    "2023-02-16",
    "Oleksii Danilov, Secretary of Ukraine's National Security and Defence Council, said the Russian invaders are "
    'preparing a new massive missile attack on Ukraine, which may take place on 23-24 February.\n\n"They will try to make '
    "another attempt to mount a massive attack on 23-24 February. We have to be calm about this, and moreover, we are "
    'ready for it."\n\nHe said Ukraine already knows what such attacks are like, when 115 to 120 missiles were fired at the '
    "country.\n\nAccording to the military, on the night of 15-16 February alone Russia fired 36 missiles at Ukraine, and "
    "air defence shot down 16 of them: 14 Kh-101/Kh-555 and Kalibr cruise missiles and two Kh-59 guided missiles.",
    [c(RU, "2023-02-16", 36, None, 36, "exact", False, "military", inter=16)],
    "a warning of an expected attack is no claim; '115 to 120 missiles' recalls past attacks in general (no attack named): no claim",
)

p(
    "h11-unn-016",
    "UNN",
    "https://unn.ua/en/news/drone-attack-on-odesa-air-defense-forces-shoot-down-11-shaheds-one-drone-hits-an-industrial-facility",
    None,
    "During a nighttime attack by Russian kamikaze drones on the Odesa region, air defense forces eliminated 11 "
    '"shaheds", the head of the Odesa Regional Military Administration, Oleh Kiper, said on Telegram.\n\nAccording to '
    "Kiper, the Russians sent the drones through residential neighborhoods and industrial areas, making the work of air "
    'defense harder. "Our air defense forces managed to destroy 11 drones. One of the drones hit a building at an '
    'industrial facility in Odesa district," he said. There were no casualties.\n\nShrapnel from a Shahed also damaged an '
    "infrastructure facility in Vinnytsia region overnight.\n\nUkrainian air defense forces destroyed 35 of 39 Shahed "
    "drones launched by Russian forces from occupied Crimea and Russia during a night attack on March 10.",
    [c(RU, None, 39, 39, None, "exact", False, NA, inter=35)],
    "no published date (March 2024): 'March 10' has no year; Odesa's 11 destroyed are shoot-downs and the one that hit may be one of them: no regional count",
)

# --- RU->UA: a city's or region's own count ----------------------------------------------
p(
    "h11-unn-017",
    "UNN",
    "https://unn.ua/en/amp/the-enemy-attacked-odesa-region-with-shaheds-at-night-keeper-reports-on-the-consequences",
    None,
    "The head of the Odesa regional military administration, Oleh Kiper, described the consequences of last night's "
    'Russian attack on Odesa.\n\n"At night, Russian terrorists attacked Odesa with attack drones. Our air defense forces '
    'destroyed 18 out of 22 drones of the Shahed-131/136 type. Fortunately, people were not injured," Kiper said.\n\n'
    "According to him, buildings of a recreational facility in Odesa district were damaged and a fire broke out but was "
    "quickly put out. A private house with a pier and outbuildings was also damaged.",
    [c(RU, None, 22, 22, None, "exact", False, "governor", "local", 18, "Odesa")],
    "no published date (5 March 2024); the head of the regional administration's count for Odesa (local)",
)

p(
    "h11-uaposition-018",
    "UaPosition",
    "https://uaposition.com/latest-news/russian-troops-fired-about-40-missiles-over-ukraines-capital/",
    None,
    "Russian troops fired about 40 missiles over Ukraine's capital\n\nThe press service of the Kyiv City Military "
    "Administration said the Russian shelling of the capital on December 16, 2022, was one of the largest since the start "
    'of the full-scale war.\n\n"Kyiv withstood one of the biggest missile attacks since the beginning of the full-scale '
    "invasion! About 40 missiles were recorded in the capital's airspace. 37 of them were destroyed by air defense forces "
    'of Ukraine!" the press service said.\n\nOne person was hurt in the Dnipro district. According to Kyiv mayor Vitaliy '
    "Klychko, several energy facilities were damaged, causing interruptions to electricity, water and heat.",
    [c(RU, "2022-12-16", 40, None, 40, "about", False, "city officials", "local", 37, "Kyiv")],
    "no published date; the attack is dated in the text; the city's own count; 'one of the biggest' is no record",
)

p(
    "h11-unn-019",
    "UNN",
    "https://unn.ua/en/news/about-20-missiles-flying-at-kyiv-hit-by-air-defense-forces-povoroznyk",
    "2024-01-23",
    "About 20 missiles flying at Kyiv, hit by air defense forces - Povoroznyk\n\nAbout 20 missiles were fired at Kyiv "
    "during another Russian attack, and all of them were hit by air defense systems, the deputy head of the Kyiv City "
    'State Administration Mykola Povoroznyk said on Radio Liberty.\n\n"According to preliminary data, about 20 missiles '
    "were flying at Kyiv, all of them were hit by air defense systems. This is all the debris that fell almost all over "
    'the city," he said.\n\nKyiv Mayor Vitali Klitschko reported that the number of victims of the morning attack had '
    "risen to 18.",
    [c(RU, "2024-01-23", 20, None, 20, "about", False, "city officials", "local", 20, "Kyiv")],
    "the city's own count, all hit by air defence (intercepted 20); 18 victims are people",
)

p(
    "h11-menafn-020",
    "MENAFN (Ukrinform)",
    "https://menafn.com/1107671627/Three-Killed-28-Injured-In-Russian-Overnight-Attack-On-Kharkiv-Region",
    "2023-12-31",
    "Three people have been killed and 28 injured in a Russian overnight attack on Ukraine's eastern Kharkiv region, "
    "Oleh Syniehubov, head of the Kharkiv regional military administration, said on Facebook.\n\nAt 00:14 and 00:34 the "
    "occupiers shelled the village of Borova in Izium district. Between 01:09 and 01:30 the enemy attacked the city of "
    "Kharkiv with Shahed drones, damaging a bank branch, the Institute of Metrology, homes and a cafe.\n\nSyniehubov also "
    "said that on December 30, at 19:00 and 19:20, the enemy fired at least six missiles at Kharkiv. Police removed "
    "fragments of an Iskander missile. Twenty-eight civilians were injured and 12 hospitalized.\n\nMore than 15 "
    "settlements came under artillery and mortar fire.",
    [c(RU, "2023-12-30", 6, None, 6, "at_least", False, "governor", "local", None, "Kharkiv")],
    "the evening attack of December 30 ends that day; the Shahed attack has no count; settlements and people are not weapons",
)

# --- RU->UA: period tallies --------------------------------------------------------------
p(
    "h11-myrepublica-021",
    "My Republica (AFP)",
    "https://myrepublica.nagariknetwork.com/index.php/news/russia-escalated-drone-missile-attacks-on-ukraine-in-november-18-92.html",
    None,
    "Russia escalated drone, missile attacks on Ukraine in November\n\nKYIV, Dec 2: Russia stepped up its drone and "
    "missile attacks on Ukraine throughout November, according to an AFP analysis published Tuesday.\n\nMoscow launched a "
    "total of 5,660 missiles and long-range drones at Ukraine last month, daily reports published by Kyiv's air force "
    "showed, a two percent increase on the previous month.\n\nThe Ukrainian air force said Russia had launched 5,445 "
    "long-range drones and 215 missiles -- a three percent rise in drones but a two percent fall in missile launches.",
    [c(RU, None, 5660, 5445, 215, "exact", False, "air force", "period", None)],
    "the dateline has no year (December 2025): published null; a month's tally (period); percentages are no figures",
)

p(
    "h11-24ukraine-022",
    "24 Ukraine (Euromaidan Press)",
    "https://24ukraine.com/ukr_2904/russia-launches-over-300-drones-and-20-missiles-at-ukraine-in-2025s-first-days-zelenskyy-says",
    None,
    "Russia launches over 300 drones and 20 missiles at Ukraine in 2025's first days, Zelenskyy says\n\nPresident "
    "Volodymyr Zelenskyy said the Russian military has used over 300 attack drones and about 20 missiles, including "
    "ballistic ones, against Ukrainian cities and villages in the first three days of 2025.\n\nThe most recent attack "
    "came on the afternoon of December 3, when regional authorities reported Russia's triple ballistic missile strike on "
    'the outskirts of Chernihiv, damaging housing and killing one person.\n\n"A significant portion was shot down or '
    'neutralized with electronic warfare means by our soldiers," Zelenskyy said on Telegram.',
    [c(RU, None, 320, 300, 20, "about", False, "president", "period", None)],
    "three days' tally (period), mixed qualifiers; the 'triple ballistic missile strike' on Chernihiv's outskirts is a strike (hits), no claim; 'December 3' is the outlet's slip for January",
)

p(
    "h11-am1-023",
    "AM1 News (The Washington Times)",
    "https://am1.news/usconservative/topic/watimes/6-slug-zelenskyy-russia-fired-hundreds-of-drones-missiles-at-ukraine-in-first-three-days-of-new-year",
    None,
    "In the first three days of 2025, Russian forces fired more than 300 drones and at least 20 missiles at villages and "
    "cities inside Ukraine, President Volodymyr Zelenskyy said Friday.\n\nOn Friday, Russia targeted a residential area "
    "near Chernihiv, about 90 miles north of Kyiv. A missile strike killed at least one person and injured several "
    'others.\n\nMr. Zelenskyy said Ukrainian troops brought down "a significant" number of the missiles and drones by '
    "shooting them down or neutralizing them with electronic warfare.",
    [c(RU, None, 320, 300, 20, "about", False, "president", "period", None)],
    "the same tally as 24ukraine-022 from another outlet; 'more than 300' and 'at least 20' mixed: about; the Chernihiv strike has no count",
)

p(
    "h11-mindbodymastered-024",
    "MindBodyMastered (The Independent)",
    "https://mindbodymastered.com/news/ukraine-war-latest-russia-launched-300-attack-drones-in-2025",
    None,
    "Russia launched 300 attack drones and nearly 20 missiles at Ukrainian targets in the first three days of 2025, "
    "Volodymyr Zelensky said on Telegram, as cross-border attacks killed three in Ukraine and Russia yesterday. Most of "
    "them had been downed or intercepted, he said.\n\nRussia's Pulkovo Airport in St Petersburg temporarily halted flights "
    "on Saturday morning, the aviation authority Rosaviatsia said.\n\nAlexander Drozdenko, governor of the Leningrad "
    "region, which includes St Petersburg, said Russian forces had shot down two drones near Luga Bay in the Gulf of "
    "Finland.",
    [
        c(RU, None, 320, 300, 20, "about", False, "president", "period", None),
        c(UA, None, 2, 2, None, "exact", False, "governor", "local", 2, "Leningrad region"),
    ],
    "no published date (4 January 2025); the three days' tally (period, 'nearly' makes it about); the governor's two drones (local)",
)

p(
    "h11-cccv-025",
    "CCCV",
    "https://cccv.info/?p=482233",
    "2026-02-19",
    "Russia Increases Drone Strikes on Ukraine's Energy Infrastructure\n\nRecent intelligence from the United Kingdom "
    "points to a significant escalation in Russia's use of drones against Ukraine, particularly its energy sector. In early "
    "February 2026 Russia reportedly raised its daily drone launches to an average of around 190 a day, compared with "
    "about 140 in January.\n\nIn January, Russia launched about 4,400 drones against Ukrainian targets, down from around "
    "5,100 in December, likely because of bad weather. After a brief pause in energy strikes from January 28 to February "
    "2, Russia resumed extensive attacks on February 3.\n\nThe British Ministry of Defence noted that since October 2025 "
    "Russia has deployed over 20,000 drones and more than 300 long-range missiles against Ukraine's energy "
    "facilities.\n\nThe Security Service of Ukraine has documented at least 256 aerial assaults on energy and heating "
    "facilities since the start of the heating season.",
    [
        c(RU, None, 4400, 4400, None, "about", False, NA, "period", None),
        c(RU, None, 5100, 5100, None, "about", False, NA, "period", None),
        c(RU, None, 20300, 20000, 300, "more_than", False, NA, "period", None),
    ],
    "January's and December's monthly tallies and the campaign since October (period); daily averages and 256 assaults are no launch figures",
)

p(
    "h11-uawire-026",
    "UAWire",
    "https://www.uawire.org/kyiv-russia-has-run-out-of-iranian-kamikaze-drones",
    None,
    "Kyiv: Russia has run out of Iranian kamikaze drones\n\nThe speaker of the Ukrainian Air Force Command, Yuri Ignat, "
    "said Russian troops had not used Iranian kamikaze drones for several weeks, not so much because of the cold as because "
    "the batch delivered by Iran had been used up.\n\nAccording to him, Russia ordered more than 1700 drones. They have "
    "already used more than 1400 in Ukraine, and about 350 were shot down by Ukrainian air defense.\n\n\"They haven't used "
    'them for about three weeks. There are signs that perhaps their first batch has ended," he said.',
    [c(RU, None, 1400, 1400, None, "more_than", False, "air force", "period", None)],
    "no published date (winter 2022-23); the war-so-far use of Shaheds (period); the order of 1700 is a stock; 350 shot down is the outcome",
)

p(
    "h11-coron-027",
    "Coron Tech News (Reuters)",
    "https://cuu.coron.tech/news/1431112024280910597394",
    None,
    "Ukraine's foreign ministry said on Friday that Russia had launched 8,060 Iran-developed Shahed drones at Ukraine "
    'since it began its full-scale invasion 2-1/2 years ago. "The partnership between Russia and Iran has resulted in lost '
    'homes and lost lives," the ministry said on X.\n\nKyiv first accused Iran of supplying Shahed kamikaze drones to '
    "Russia in autumn 2022. The Wall Street Journal reported in May that Moscow was also producing Shahed-type drones "
    "with Iranian technology.",
    [c(RU, None, 8060, 8060, None, "exact", False, NA, "period", None)],
    "no published date (August 2024); the war-long tally (period), given by the foreign ministry",
)

p(
    "h11-onlineua-028",
    "Online.ua (CNN)",
    "https://news.online.ua/en/russia-scales-up-production-of-shaheeds-at-alabuga-factory-in-tatarstan-889021",
    None,
    "Russia is rapidly increasing production of Shahed-136 drones and other drones at the Alabuga plant in Tatarstan, "
    "using Chinese components and cheap labour.\n\nPlans are in place to produce about 10,000 decoy drones by the end of "
    "2024.\n\nOver the past six months, the number of Russian drone attacks has risen from about 400 in May to more than "
    "2,400 in November, according to CNN calculations based on Ukrainian Armed Forces data. At least 1,700 drone strikes "
    "were carried out in December.",
    [
        c(RU, None, 400, 400, None, "about", False, NA, "period", None),
        c(RU, None, 2400, 2400, None, "more_than", False, NA, "period", None),
        c(RU, None, 1700, 1700, None, "at_least", False, NA, "period", None),
    ],
    "no published date (December 2024); three monthly drone tallies (period) computed by CNN; the 10,000 decoys are a production plan",
)

# --- UA->RU: the ministry, governors, mayors ----------------------------------------------
p(
    "h11-devdiscourse-029",
    "Devdiscourse (Reuters)",
    "https://www.devdiscourse.com/article/headlines/3616241-update-1-ukraine-says-it-attacks-russian-refinery-at-ryazan-oil-depot-at-luhansk",
    "2025-09-05",
    "Ukraine says it attacks Russian refinery at Ryazan, oil depot at Luhansk\n\nUkraine attacked Russia's Ryazan oil "
    "refinery, the commander of its drone forces, Robert Brovdi, said on Telegram on Friday, as well as an oil depot in the "
    "occupied Luhansk region.\n\nDebris fell on the grounds of an industrial enterprise after a drone attack, said Pavel "
    "Malkov, Ryazan's regional governor, with air defense and electronic warfare systems shooting down eight drones in the "
    "region and causing no casualties.\n\nRecent Ukrainian drone attacks have shut facilities accounting for at least 17% "
    "of Russia's oil processing capacity, or 1.1 million barrels per day, Reuters calculations show.",
    [c(UA, "2025-09-05", 8, 8, None, "exact", False, "governor", "local", 8, "Ryazan region")],
    "the governor's eight for his region; Brovdi's attack has no count; capacity shares are no figures",
)

p(
    "h11-forexnews-030",
    "Forex News (The Moscow Times)",
    "https://forexnews.one/ukrainian-drone-strikes-target-russian-oil-refineries-reports/",
    None,
    "Ukrainian drones targeted several regions in central and southwestern Russia, the Russian Defense Ministry said "
    'Wednesday, as Ukrainian media reported attacks on at least two Russian oil refineries.\n\n"Air defense forces '
    "destroyed and intercepted 6 Ukrainian drones, three of which were over the Voronezh region, one over the Ryazan "
    'region, one over the Belgorod region and one over the Kursk region," the ministry said.\n\nRyazan region Governor '
    "Pavel Malkov said no one was hurt in the attempted drone attack there.\n\nThe Ryazan refinery, run by Rosneft, "
    "refines around 5.8% of Russia's total refined crude.",
    mod(
        None,
        6,
        [(3, "Voronezh region"), (1, "Ryazan region"), (1, "Belgorod region"), (1, "Kursk region")],
    ),
    "no published date (2024); the ministry's six and its four regions; Malkov's attempted attack is the ministry's Ryazan one",
)

p(
    "h11-devdiscourse-031",
    "Devdiscourse",
    "https://www.devdiscourse.com/article/technology/3165591-russian-defense-foils-british-storm-shadows",
    "2024-11-21",
    "Russia's Defence Ministry announced that its air defence forces intercepted two British-made Storm Shadow cruise "
    "missiles. The information was part of a daily summary of defence activity over the past 24 hours.\n\nThe ministry also "
    "reported downing six HIMARS rockets from the USA and 67 unmanned aerial vehicles. Debris allegedly from a Storm Shadow "
    "missile was found in the village of Marino in Russia's Kursk region.",
    [c(UA, "2024-11-21", 69, 67, 2, "exact", False, "defence ministry", inter=69)],
    "the ministry's past-day briefing: 67 drones + 2 Storm Shadows; HIMARS rockets are artillery",
)

p(
    "h11-mehrnews-032",
    "Mehr News (TASS)",
    "https://en.mehrnews.com/news/201556/Russian-air-defense-systems-down-7-HIMARS-missiles-16-drones",
    "2023-06-03",
    "Russian air defense systems down 7 HIMARS missiles, 16 drones\n\nIn the past 24 hours, Russian air defense systems "
    "intercepted 7 HIMARS rockets and downed 16 drones, Russian Defense Ministry spokesman Lieutenant General Igor "
    "Konashenkov said on Saturday. He added that air defenses intercepted 2 Storm Shadow missiles during the past day.\n\n"
    "The 16 drones were downed near the settlements of Olshana (Kharkiv Region), Kremennaya, Pilipovka (LPR), Dmitrovka, "
    "Kirillovka (DPR), Sladkaya Balka, Peremozhnoye (Zaporizhzhia Region) and Golaya Pristan (Kherson Region), TASS "
    "reported.\n\nOn May 28th, Konashenkov told reporters that three Storm Shadow cruise missiles and six HIMARS rockets had "
    "been intercepted in the past day, with four Ukrainian drones downed.",
    [
        c(UA, "2023-06-03", 18, 16, 2, "exact", False, "defence ministry", inter=18),
        c(UA, "2023-05-28", 7, 4, 3, "exact", False, "defence ministry", inter=7),
    ],
    "two past-day briefings (drones + Storm Shadows; HIMARS are artillery); the settlements are not one region's count",
)

p(
    "h11-newsfront-033",
    "News Front",
    "https://en.news-front.su/2024/06/22/russian-defence-ministry-air-defence-forces-shot-down-48-uavs-and-a-himars-mlrs-rocket-overnight/",
    "2024-06-22",
    "Russian Defence Ministry: air defence forces shot down 48 UAVs and a HIMARS MLRS rocket overnight\n\nRussian air "
    "defences shot down 48 Ukrainian drones and a HIMARS MLRS rocket over the course of the day, the Russian Defence "
    'Ministry reported.\n\n"The means of air defence shot down 48 Ukrainian drones, as well as a US-made HIMARS MLRS '
    'rocket," the statement said.\n\nEarlier, the Graivoronsky city district and Borisovsky district were attacked by the '
    "AFU.",
    [c(UA, "2024-06-22", 48, 48, None, "exact", False, "defence ministry", inter=48)],
    "the ministry's day figure; the HIMARS rocket is artillery; the districts' attacks have no count",
)

p(
    "h11-windycitycrier-034",
    "Windy City Crier",
    "https://windycitycrier.com/2026/01/14/moscow-mayor-sergei-sobyanin-announces-destruction-of-drone-targeting-russian-capital",
    "2026-01-14",
    "Moscow Mayor Sergei Sobyanin Announces Destruction of Drone Targeting Russian Capital\n\nMoscow Mayor Sergei Sobyanin "
    "posted at 0:35 am on the Max messaging app that a drone heading toward the Russian capital had been destroyed, and "
    "that emergency services were at the site where its debris fell.\n\nThe previous evening Russian air defenses had "
    "been active for three hours, from 8:00 pm to 11:00 pm, and intercepted 29 drones attributed to the Ukrainian "
    "military, defense officials said. The heaviest concentration was in the Belgorod region, where 10 UAVs were "
    "destroyed. Seven drones were intercepted in the Bryansk region, while three were downed in the Moscow region, one of "
    "them heading directly toward the capital. Others were destroyed over the Voronezh, Oryol, Rostov, Kaluga, Kursk and "
    "Tula regions, between one and two in each.",
    [
        c(UA, "2026-01-14", 1, 1, None, "exact", False, "mayor", "local", 1, "Moscow"),
        *mod(
            "2026-01-13", 29, [(10, "Belgorod region"), (7, "Bryansk region"), (3, "Moscow region")]
        ),
    ],
    "the mayor's one drone after midnight is the 14th; the evening wave (8-11 pm) ends on the 13th; 'between one and two' in six regions gives no figure",
)

p(
    "h11-topbuzztimes-035",
    "TopBuzzTimes",
    "https://topbuzztimes.com/26-drones-shot-down-in-the-bryansk-region",
    None,
    "Air defense forces destroyed 26 Ukrainian unmanned aerial vehicles over the Bryansk region, Governor Alexander "
    'Bogomaz said.\n\n"Currently, the air defense forces of the Russian Ministry of Defense have discovered and destroyed '
    "26 aircraft-type unmanned aerial vehicles. Air defense units continue to work to protect our region. Follow the "
    'necessary safety precautions!" he wrote on Telegram.',
    [c(UA, None, 26, 26, None, "exact", False, "governor", "local", 26, "Bryansk region")],
    "no published date; the governor's count for his region",
)

p(
    "h11-pledgetimes-036",
    "Pledge Times",
    "https://pledgetimes.com/a-drone-was-destroyed-over-the-bryansk-region/",
    "2024-03-22",
    "Bogomaz announced the destruction of a UAV over the Vygonichsky district of the Bryansk region\n\nThe governor of the "
    "Bryansk region, Alexander Bogomaz, said on Telegram that an unmanned aerial vehicle had been destroyed over the "
    "region. An aircraft-type drone was destroyed over the Vygonichsky district by the air defense forces of the Russian "
    'Ministry of Defense, he said.\n\n"There were no injuries or damage. Operational and emergency services are working '
    'on the spot," the governor concluded.\n\nEarlier, a drone fell on an oil refinery in the Samara region, RIA Novosti '
    "reported.",
    [
        c(UA, "2024-03-22", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region"),
        c(UA, "2024-03-22", 1, 1, None, "exact", False, "media", "local", None, "Samara region"),
    ],
    "two one-drone lines (local): the governor's and RIA's refinery drone",
)

p(
    "h11-sputnikglobe-037",
    "Sputnik",
    "https://sputnikglobe.com/20231229/russian-air-defenses-destroyed-several-drones-over-russias-bryansk-region-1115883548.html",
    "2023-12-29",
    "Russian Air Defenses Destroy Several Drones Over Russia's Bryansk Region\n\nAir defense systems shot down two drones "
    "over Bryansk and the Bryansk region. No injuries were reported, according to preliminary information, Governor "
    "Alexander Bogomaz said.\n\nEarlier in the day, Bogomaz said air defenses had destroyed four Ukrainian drones in the "
    "Bryansk region during the day. Later, the governor added that four more drones were shot down over the region.\n\n"
    "The Russian Defense Ministry also said it had destroyed 13 rockets over the Belgorod Region.",
    [
        c(UA, "2023-12-29", 2, 2, None, "exact", False, "governor", "local", 2, "Bryansk region"),
        c(UA, "2023-12-29", 4, 4, None, "exact", False, "governor", "local", 4, "Bryansk region"),
        c(UA, "2023-12-29", 4, 4, None, "exact", False, "governor", "local", 4, "Bryansk region"),
    ],
    "three separate reports of one day (two, four, four more); the 13 rockets over Belgorod are MLRS rockets (artillery)",
)

# the ministry's list of 21 August 2024, told by TRT World and AP
_AUG21 = [
    (11, "Moscow region"),
    (23, "Bryansk region"),
    (6, "Belgorod region"),
    (3, "Kaluga region"),
    (2, "Kursk region"),
]
p(
    "h11-trtworld-038",
    "TRT World",
    "https://www.trtworld.com/article/18198593",
    "2024-08-21",
    "Russia has reported a massive Ukrainian drone attack near the capital Moscow, which local authorities described as "
    '"the biggest ever drone raid on Moscow".\n\nMoscow Mayor Sergey Sobyanin said on Wednesday that at least 11 drones '
    "were shot down by Russian air defence systems on the approach to the capital. The attack lasted four hours, from 3 "
    "a.m. to 7 a.m. Moscow time, he added.\n\nThe Defence Ministry later confirmed that 45 drones were destroyed overnight "
    "across several Russian regions, including 11 over Moscow region, 23 over the border region of Bryansk, six over the "
    "Belgorod region, three over the Kaluga region and two over the Kursk region.",
    [
        c(UA, "2024-08-21", 11, 11, None, "at_least", True, "mayor", "local", 11, "Moscow"),
        *mod("2024-08-21", 45, _AUG21),
    ],
    "the mayor's 'at least 11' on the approach to the capital is his own claim (a record for Moscow: 'the biggest ever drone raid'); the ministry's 45 and its five regions",
)

_wsls = mod("2024-08-21", 45, _AUG21, rec=NA)
del _wsls[2]["attributed_to"]  # Bryansk's 23: the ministry's and the governor's
del _wsls[1]["is_record_claim"]  # "the largest attack yet" on Moscow: not scored
p(
    "h11-wsls-039",
    "WSLS (AP)",
    "https://www.wsls.com/news/world/2024/08/21/moscow-comes-under-largest-ukrainian-drone-attack-yet-but-destroys-them-all-russian-authorities-say/",
    "2024-08-21",
    "MOSCOW - Russian authorities said Wednesday that Moscow came under the largest attack yet by Ukrainian drones since the "
    "start of fighting in 2022, and that it destroyed all of them.\n\nRussia destroyed 45 Ukrainian drones overnight, "
    "Russia's Ministry of Defense said. It said 11 were destroyed over the Moscow region, 23 over the Bryansk region, six "
    'over Belgorod, three over Kaluga and two over Kursk.\n\n"This was one of the biggest attempts of all time to attack '
    'Moscow using drones," Moscow Mayor Sergey Sobyanin said on his Telegram channel.\n\nAlexander Bogomaz, the governor of '
    'the Bryansk region, said there was a "mass" attack on his region but that 23 drones were destroyed.',
    _wsls,
    "the ministry's 45 and its list; Bryansk's 23 told by the ministry and the governor is one claim (source not scored); 'the largest attack yet' on Moscow: record flag not scored",
)

p(
    "h11-topwar-040",
    "Topwar",
    "https://en.topwar.ru/225111-gubernator-belgorodskoj-oblasti-soobschil-ob-unichtozhenii-pvo-ukrainskogo-bespilotnika.html",
    None,
    "The governor of the Belgorod region announced that air defence destroyed a Ukrainian drone\n\nToday an aircraft-type "
    "unmanned aerial vehicle was shot down in the Belgorod district of the Belgorod region, Governor Vyacheslav Gladkov "
    "said on his Telegram channel. According to preliminary data, the falling fragments caused no damage or casualties.\n\n"
    "Yesterday alone the village of Novaya Tavolzhanka in the Shebekinsky district was fired on once by artillery and 18 "
    "times by mortars. In the Bezymensky rural settlement, a kamikaze drone sent by the enemy tried to attack an inactive "
    "infrastructure facility. In the Volokonovsky district, the outskirts of the Stary farmstead were hit by mortar fire "
    "eight times.",
    [
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Belgorod region"),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", None, NA),
    ],
    "no published date (September 2023); today's drone and yesterday's kamikaze drone at Bezymenskoye are two one-drone lines; artillery and mortar rounds are not aerial weapons",
)

p(
    "h11-wktv-041",
    "WKTV News",
    "https://wktv.news/a/governor-hinshtein-s-urgent-warning-drone-strikes",
    None,
    "The village of Shchegolyk in Kursk Oblast has become a focal point in the shadow war between Ukraine and Russia. "
    "According to a message from Governor Alexander Hinshtein on Telegram, Ukrainian drones struck the area late last "
    "night, leaving four private homes with shattered windows and damaged facades. No one was injured.\n\nJust days "
    "earlier, in the neighbouring Belgorod Oblast, a Ukrainian drone struck a cargo truck in the city of Graivoron, "
    "wounding the driver, region head Vyacheslav Gladkov confirmed.",
    [c(UA, None, 1, 1, None, "exact", False, "governor", "local", None, "Graivoron")],
    "no published date; Shchegolyk's drones have no count; the Graivoron truck's one drone is a one-drone line (local)",
)

# --- 15 November 2022 told four ways, and a long ministry list ---------------------------
p(
    "h11-ukrainianworldcongress-063",
    "Ukrainian World Congress",
    "https://www.ukrainianworldcongress.org/russia-fires-90-missiles-ukraine-downs-70/",
    "2022-11-15",
    "Russia fires 90 missiles, Ukraine downs 70\n\nRussia barraged Ukraine on Tuesday with about 90 cruise missiles fired "
    "from 14 Tu-95 strategic aviation missile carriers as well as Black Sea warships, the Ukrainian Air Force command "
    "reported.\n\nThe aggressor also used 10 Iranian-made kamikaze drones. According to preliminary data, about 70 of the "
    "missiles and all ten drones were shot down by Ukrainian air defense.\n\nThe attack began around 2:30 p.m. and came "
    'in three waves, mainly targeting critical infrastructure. Energy minister Herman Haluschenko called it the "most '
    'massive shelling of the energy system since the war started."\n\nAll of Kharkiv Oblast will be without power at '
    "least until Wednesday morning, as will 90% of Ternopil Oblast; Lviv Mayor Andriy Sadovy said power was out in 80% "
    "of the city.",
    [c(RU, "2022-11-15", 100, 10, 90, "about", False, "air force", inter=80)],
    "the missiles and the ten drones of the next paragraph are one attack (about 90 with 10: about); 14 bombers and three waves are no counts; 'most massive shelling of the energy system' is a record of damage, not of the launch figure",
)

p(
    "h11-cnn-064",
    "CNN",
    "https://www.cnn.com/europe/live-news/russia-ukraine-war-news-11-15-22/h_09a4cef9f935a4a8ecd7e13ffa635e53",
    "2022-11-15",
    "85 missiles have been fired at Ukraine so far Tuesday, Zelensky says\n\nIn a brief video message on Tuesday, "
    'Ukrainian President Volodymyr Zelensky said "85 missiles strikes have been launched on Ukrainian cities, mostly on '
    'energy infrastructure."\n\n"We can see what the enemy wants, they will not succeed. We may yet have 20 more strikes, '
    'please look after yourselves, stay in shelter for some time," he said.\n\nOn Oct. 10, the Ukrainian military '
    "reported 84 missile strikes - the highest number in a single day until Tuesday.\n\nAbout 100 missiles fired at cities "
    'across Ukraine, air force says\n\nRussia fired "around 100 missiles" at cities across Ukraine on Tuesday, the '
    "Ukrainian air force said.",
    [
        c(RU, "2022-11-15", 85, None, 85, "exact", NA, "president"),
        c(RU, "2022-10-10", 84, None, 84, "exact", NA, "military"),
        c(RU, "2022-11-15", 100, None, 100, "about", NA, "air force"),
    ],
    "the president's 85 and the air force's 'around 100' are two sources' claims; '20 more strikes' is a warning; October 10's 84 is an earlier attack named by its date; 'the highest until Tuesday' implies a record without saying which figure (record flags not scored)",
)

p(
    "h11-pravda-065",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2022/11/15/7376478/",
    "2022-11-15",
    "Zelenskyy: Russia attacked energy infrastructure, more strikes possible\n\nTuesday, 15 November 2022, 16:54\n\nOn the "
    "afternoon of 15 November, Russian forces carried out a large-scale missile strike on Ukraine, mostly on the country's "
    'energy infrastructure. More strikes may come in the evening.\n\nQuote from Zelenskyy: "85 missiles have been '
    "launched on Ukraine, on our cities, and, for the most part, on our energy infrastructure. It is clear what the enemy "
    'is trying to do. They will not succeed. We might experience around 20 more strikes."\n\nBackground: Russia launched '
    "missiles on Kyiv and on Khmelnytskyi, Rivne, Volyn, Lviv, Zhytomyr, Vinnytsia, Dnipropetrovsk, Kirovohrad, Poltava "
    "and Kharkiv oblasts. Ukraine's Air Force reported that Russian forces launched around 100 missiles on Ukraine, "
    "outdoing the previous large-scale attack on 10 October, when Russia launched a total of 84 missiles.",
    [
        c(RU, "2022-11-15", 85, None, 85, "exact", False, "president"),
        c(RU, "2022-11-15", 100, None, 100, "about", True, "air force"),
        c(RU, "2022-10-10", 84, None, 84, "exact", NA, NA),
    ],
    "two sources' figures for the day; 'outdoing the previous large-scale attack' makes the air force's 100 a record claim; 10 October's 84 is the earlier attack (record flag and source not scored); 'around 20 more' is a warning",
)

p(
    "h11-pledgetimes-066",
    "Pledge Times (The Guardian)",
    "https://pledgetimes.com/ukraine-under-attack-russia-missiles-on-several-cities/",
    "2022-11-15",
    "Russia has launched a new full-scale missile attack on Ukraine. About 100 missiles were fired, hitting energy "
    "infrastructure and residential buildings, a spokesman for the Ukrainian air force said, quoted by the Guardian. The "
    "head of the presidential office Andriy Yermak linked the attack to President Zelensky's G20 speech.\n\n\"Russia has "
    'launched at least 85 missiles against Ukraine, mainly against energy infrastructure," Zelensky said in a video, '
    "warning that another 20 missiles might arrive and asking people to stay in shelters.\n\nIn Kyiv, two buildings in "
    "the Pechersk district were hit and at least one person died, Mayor Vitaly Klitschko said.",
    [
        c(RU, "2022-11-15", 100, None, 100, "about", False, "air force"),
        c(RU, "2022-11-15", 85, None, 85, "at_least", False, "president"),
    ],
    "two sources' figures for the day; 'another 20 missiles might arrive' is a warning; Kyiv's two buildings are hits",
)

p(
    "h11-tass-067",
    "TASS",
    "https://tass.com/politics/2063887",
    "2025-12-24",
    "MOSCOW, December 24. /TASS/. Russian air defense systems destroyed 172 Ukrainian drones over Russian regions "
    'overnight, the Defense Ministry reported.\n\n"On-duty air defense capabilities intercepted and destroyed 172 '
    "Ukrainian fixed-wing unmanned aerial vehicles overnight: 110 over the territory of the Bryansk Region, 20 over the "
    "Belgorod Region, 14 over the Kaluga Region, 12 over the Tula Region, six over the Oryol Region, four over the Moscow "
    "Region, including two en route to Moscow, three over the Lipetsk Region, one over the Volgograd Region, one over the "
    'Kursk Region, and one over the Smolensk Region," the report said.',
    mod(
        "2025-12-24",
        172,
        [
            (110, "Bryansk region"),
            (20, "Belgorod region"),
            (14, "Kaluga region"),
            (12, "Tula region"),
            (6, "Oryol region"),
            (4, "Moscow region"),
            (3, "Lipetsk region"),
            (1, "Volgograd region"),
            (1, "Kursk region"),
            (1, "Smolensk region"),
        ],
    ),
    "the ministry's 172 and its ten regions; the two en route to Moscow are part of the Moscow region's four",
)

# --- no claim: warnings, strays, stocks, production, shoot-downs, sea ----------------------
p(
    "h11-dailydive-042",
    "Daily Dive",
    "https://dailydive.ca/news/world/with-partner-finances-ukraine-will-shoot-down-everything-amid-escalating-russian-drone-attacks-zelensky-says",
    None,
    "President Zelensky confirmed Russia's plan to escalate drone attacks to 1,000 a day, while pointing to Ukraine's "
    "effective countermeasures. He noted intensified aerial bombardment causing civilian casualties and stressed the need "
    "for funding to mass-produce counter-drones. Ukrainian officials warn of the growing threat from Russian Shahed drones, "
    "with interceptors about 70% effective.",
    [],
    "a plan of 1,000 a day is an expected figure, not a launch; 70% is a rate",
)

p(
    "h11-reuters-043",
    "Reuters (mirror)",
    "http://15.188.152.128/?p=500071",
    None,
    "Fragments of a possible drone were found in NATO member Romania on Wednesday, the defence ministry said, after a new "
    "Russian attack on Ukraine's Danube ports across the border.\n\nUkraine said the early morning attack struck the "
    'ports of Reni and Izmail, damaging grain warehouses, oil storage tanks and administrative buildings.\n\n"The crew of '
    "an IAR 330 Puma helicopter of the Romanian Air Force ... (identified) fragments that could have come from a drone, "
    'dispersed over an area of several dozen metres," the ministry said. If confirmed, it would be the third time such '
    'fragments have been found on Romanian territory in recent days.\n\n"No one has attacked us," Prime Minister Marcel '
    'Ciolacu said. "Some pieces of a drone that was hit by the Ukrainian army fell."',
    [],
    "no published date (13 September 2023); fragments in a neighbour, no count of the attack",
)

p(
    "h11-censor-044",
    "Censor.NET",
    "https://censor.net/en/news/3443172/new_wreckage_of_drone_was_discovered_in_romania",
    "2023-09-13",
    "In Romania, the wreckage of a drone was found again after the Russian attack on the south of Ukraine, and a special "
    "team arrived to collect it for examination, Radio Svoboda reported, citing Romania's Ministry of Defense.\n\n"
    '"Elements of the alleged drone were discovered on Romanian territory after a Russian drone strike damaged port '
    "infrastructure in the Izmail district in southern Ukraine, near the border with Romania, on the morning of September "
    '13," the report said.\n\nOn September 4, Ukraine reported that during the Russian Shahed attack on Izmail and Reni, '
    "two drones fell on Romanian territory. Romania at first denied it, but on September 6 its defence minister confirmed "
    "that fragments had been found on the Romanian bank of the Danube.",
    [],
    "the two drones that fell in Romania strayed into a neighbour: no claim",
)

p(
    "h11-eurotoday-045",
    "EUROtoday (Il Sole 24 Ore)",
    "https://eurotoday.net/2025/06/06/kiev-underneath-assault-waves-of-russian-drones-on-the-ukrainian-capital-eurotoday/",
    "2025-06-06",
    "Kyiv under attack: waves of Russian drones on the Ukrainian capital\n\nWhile it was night in Europe, Russian forces "
    "launched a drone assault on Kyiv, setting fire to residential buildings in several parts of the city, local "
    "authorities said.\n\nTymur Tkachenko, head of the city's military administration, said drones were approaching and "
    "air defence was trying to repel them, and warned that ballistic missiles could also be used. Three people were "
    "wounded so far.\n\nIn recent days Vladimir Putin had promised retaliation for Ukrainian attacks on Russian air bases "
    "and on the bridge to Crimea.",
    [],
    "drones and possible ballistic missiles with no count",
)

p(
    "h11-pledgetimes-046",
    "Pledge Times (Frankfurter Rundschau)",
    "https://pledgetimes.com/russia-is-building-a-huge-weapons-factory-for-kamikaze-drones/",
    "2023-11-08",
    "Russia has reportedly started building a large production facility for Shahed-type drones at a factory in Alabuga in "
    "Tatarstan, Vadym Skibitskyi of Ukraine's Defence Intelligence said in an interview with RBC-Ukraine.\n\nAccording to "
    "Skibitskyi, Ukrainian intelligence has not recently seen significant shipments of Shahed drones from Iran to Russia; "
    "Iran has already fulfilled its first contracts for pre-assembled drones.\n\nUkrainian military intelligence estimates "
    "that Russia plans to produce at least 200 Shahed drones per month, mainly by assembling components supplied by Iran.",
    [],
    "a production plan (200 a month), not a launch",
)

p(
    "h11-unn-047",
    "UNN",
    "https://unn.ua/en/news/russia-boasted-about-the-drone-assembly-process-and-production-scale",
    "2025-07-20",
    "Russian media showed the assembly workshops of the Alabuga industrial zone in Yelabuga, Tatarstan, where officials "
    'spoke of plans for several thousand "Geraniums", the Russian name for Shahed-type drones.\n\nOn the programme '
    '"Military Acceptance", the general director of the Alabuga zone, Timur Shagivaleev, said: "At one time there was a '
    'plan to produce several thousand Geraniums; now we produce nine times more than planned."\n\nThe plant, where Russia '
    "makes Shaheds and decoy drones, has itself been attacked by drones. In 2024, more than 6,000 drones were produced in "
    "Alabuga.",
    [],
    "production figures (6,000 in 2024, nine times the plan); the drones that attacked the plant have no count",
)

p(
    "h11-kyivindependent-048",
    "The Kyiv Independent (CNN)",
    "https://kyivindependent.com/russia-ramps-up-production-of-shahed-drones-decoys-at-tatarstan-plant-cnn-reports",
    None,
    "Russia has sharply increased production of Shahed-136 drones and cheaper decoy drones at the Yelabuga drone factory in "
    "the Alabuga Special Economic Zone in Tatarstan, CNN reported on Dec. 27.\n\nIn 2023 the factory produced 2,738 "
    "Shahed-136-type drones, known in Russia as Geran, and output more than doubled to 5,760 in the first nine months of "
    "2024. Russia plans to produce 10,000 Gerbera decoys by the end of 2024, twice the number of Geran drones.\n\nOn Dec. "
    "23, Ukraine's military intelligence (HUR) reported a fire at a Shahed warehouse in Alabuga that destroyed $16 million "
    "worth of drone parts.",
    [],
    "no published date (December 2024); production, plans and money, no launch",
)

p(
    "h11-deccanherald-049",
    "Deccan Herald (AFP)",
    "https://www.deccanherald.com/international/world-news-politics/kyiv-says-it-downed-six-russian-hypersonic-missiles-in-overnight-attack-1219227.html",
    "2023-05-16",
    "Kyiv says it downed six Russian hypersonic missiles in overnight attack\n\nUkraine said on Tuesday it had downed six "
    'advanced Russian hypersonic missiles during a fresh overnight barrage of missiles and drones.\n\n"Another unbelievable '
    "success for the Ukrainian Air Forces! Last night, our sky defenders shot down SIX russian hypersonic Kinzhal missiles "
    'and 12 other missiles," defence minister Oleksiy Reznikov said in an English-language statement on Twitter.\n\nThe '
    "statement came just over a week after Ukraine said it had downed its first Kinzhal hypersonic missile.",
    [],
    "shoot-downs only (six Kinzhals and 12 others downed; nothing says all were): no launch figure",
)

p(
    "h11-metatube-050",
    "Metatube",
    "https://www.metatube.com/en/videos/528350/Ukraine-air-force-shoots-down-18-Russian-hypersonic-missiles-over-Kyiv/",
    None,
    "Ukraine air force shoots down 18 Russian hypersonic missiles over Kyiv\n\nUkrainian air defenses shot down 18 missiles "
    "fired by Russia overnight on May 16, the Kyiv city administration and the air force said, calling the attack "
    '"exceptional in its density." The air force wrote that air defenses downed Kh-47M2 Kinzhal hypersonic missiles, '
    "Kalibr cruise missiles and S-400 Iskander missiles fired from warplanes, ships in the Black Sea and land. Debris fell "
    "in some districts of the capital, and missile fragments fell on the city zoo, Mayor Vitaliy Klitschko said.",
    [],
    "no published date (May 2023); a shoot-down count only, no launch figure",
)

p(
    "h11-hindustantimes-051",
    "Hindustan Times (Reuters)",
    "https://www.hindustantimes.com/world-news/whats-happening-in-poland-reports-of-russian-drones-f-35-fighter-jets-in-rzeszow-raise-concerns-101757460529235.html",
    "2025-09-10",
    "Poland scrambled military resources after reports that Russian drones may have violated its airspace, Reuters "
    "reported, citing a Telegram message of Ukraine's Air Force.\n\n\"Polish and allied aircraft are operating in our "
    "airspace, while ground-based air defence and radar reconnaissance systems have been brought to the highest state of "
    "readiness,\" Poland's operational command said on X.\n\nUkraine's Air Force said Russian drones were moving westward "
    "and posed a threat to the Polish border city of Zamosc. Local Ukrainian outlets reported that at least one drone "
    "appeared to be heading toward Rzeszow.\n\nAuthorities have not yet confirmed how many drones may have crossed into "
    "Polish territory.",
    [],
    "drones straying toward a neighbour, and no count",
)

p(
    "h11-disclose-052",
    "Disclose.tv (Daily Mail)",
    "https://www.disclose.tv/id/gn95ytsdnm",
    None,
    "Fighter jets are scrambled as Russian suicide drones reportedly enter Polish airspace\n\nRussian suicide drones "
    "reportedly breached the airspace of Poland, a NATO member, prompting Polish and allied fighter jets to scramble, "
    "with air defences and radar on maximum alert. The incursion followed warnings from Ukraine's air force about drones "
    "heading toward Zamosc. Polish authorities closed Rzeszow-Jasionka airport until 7am Wednesday. No casualties or "
    "damage were reported.",
    [],
    "no published date (September 2025); strays into a neighbour, no count",
)

p(
    "h11-themoscowtimes-053",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2023/10/24/russia-says-detected-sea-drones-in-crimea-a82866",
    "2023-10-24",
    "Russia Says Detected Sea Drones in Crimea\n\nRussia's military said Tuesday it had detected three Ukrainian seaborne "
    'drones off the coast of annexed Crimea.\n\n"Around 4:00 a.m. Moscow time, technical surveillance systems detected '
    'three unmanned Ukrainian Navy boats in the northern Black Sea," the Defense Ministry said. The drones were fired on, '
    "but the ministry did not say whether they were damaged or destroyed.\n\nSevastopol governor Mikhail Razvozhayev wrote "
    'that the Black Sea Fleet was "repelling a possible attack by the enemy\'s underwater sabotage forces."',
    [],
    "three unmanned boats: sea drones are not aerial weapons",
)

p(
    "h11-benborges-054",
    "Ben Borges (The Kyiv Independent)",
    "https://benborges.xyz/2023/08/18/russia-claims-naval.html",
    "2023-08-18",
    "Russia claims naval drone tried to attack Black Sea Fleet ships\n\nThe Russian Defense Ministry claimed a Ukrainian "
    "naval drone had tried to attack Russian ships in the Black Sea late on Aug. 17 but was destroyed.\n\nThe vessels were "
    '"carrying out navigation control tasks" in the southwestern part of the Black Sea, 237 kilometers from Sevastopol '
    "in occupied Crimea, the ministry said on Telegram.",
    [],
    "a naval drone is not an aerial weapon; 237 km is a distance",
)

p(
    "h11-unn-055",
    "UNN",
    "https://unn.ua/en/news/khmelnytsky-region-suffers-drone-attack-residential-building-damaged",
    "2024-09-22",
    "Khmelnytsky region suffers drone attack: residential building damaged\n\nOvernight the air defense system shot down 8 "
    "Shahed drones over the Khmelnytsky region. A residential building in Khmelnytsky was damaged, but there were no "
    "casualties, the head of the Khmelnytsky regional military administration Serhiy Tyurin said.\n\nEmergency services "
    "are working at the scene to establish the extent of the damage.",
    [],
    "a region's shoot-down count only: no launch figure",
)

p(
    "h11-alarabiya-056",
    "Al Arabiya (AFP)",
    "https://english.alarabiya.net/News/middle-east/2022/11/01/Iran-prepared-to-send-1-000-weapons-including-missiles-drones-to-Russia-Report",
    "2022-11-01",
    "Iran prepares to send 1,000 weapons including missiles, drones to Russia: Report\n\nIran is preparing to deliver more "
    "weapons to Russia for its war against Ukraine, CNN reported on Tuesday, citing officials of a western country that "
    "closely monitors Iran's weapons.\n\nIran is estimated to send around 1,000 weapons, including short-range "
    "surface-to-surface ballistic missiles and attack drones. According to the officials, Iran's last shipment to Russia "
    "included 450 drones that Moscow used in Ukraine.",
    [],
    "deliveries (1,000 weapons; a shipment of 450 drones) are stocks, not one attack or a launch tally",
)

p(
    "h11-newsmax-057",
    "Newsmax",
    "https://newsmax.com/amp/newsfront/biden-administration-iran-russia/2022/07/18/id/1079252",
    "2022-07-18",
    "The Biden administration's disclosure that Russia is seeking hundreds of weapons-capable drones from Iran shows the "
    "Kremlin's need to restock its exhausted supply, U.S. military and intelligence analysts told The New York Times.\n\n"
    '"Our information indicates that the Iranian government is preparing to provide Russia with up to several hundred '
    'UAVs, including weapons-capable UAVs, on an expedited timeline," National Security Adviser Jake Sullivan said. Other '
    "officials said Iran was prepared to provide up to 300 remotely piloted aircraft.\n\nTwo U.S. officials said the first "
    "American multiple-rocket launchers had devastated more than 24 Russian air defense sites, command posts and "
    "ammunition depots.",
    [],
    "supplies of up to 300 drones are a stock; 24 sites are targets",
)

p(
    "h11-pravda-058",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2023/04/24/7399202/",
    "2023-04-24",
    "Russia has been stockpiling longer-range missiles to disrupt the Ukrainian counter-offensive, Kyrylo Budanov, head of "
    "Ukraine's Defence Intelligence, told RBC-Ukraine.\n\nBudanov said the Russians had been amassing missiles for a month "
    "to hit the groups of troops being built up. \"If they don't waste any missiles, they will have a certain amount by "
    "the autumn, less than they had when they started these missile attacks, but quite a significant one. That's not "
    'going to happen, because they plan to use those missiles soon."\n\nBackground: the last massive Russian missile attack '
    "was on the night of 8-9 March, when 13 of Ukraine's oblasts came under attack and 6 people were killed.",
    [],
    "a stockpile with no figure; 13 oblasts and six killed are no weapon counts",
)

p(
    "h11-newsweek-059",
    "Newsweek",
    "https://www.newsweek.com/russia-planning-massive-attack-ukraine-independence-day-intelligence-1734950",
    None,
    "Russia Planning 'Massive' Attack on Ukraine Independence Day: Intelligence\n\nUkrainian intelligence said Russian "
    'forces are planning a "massive shelling" of Ukraine next week.\n\n"The threat of massive shelling on the territory '
    "of Ukraine with S-300 missiles is obvious. Considering the arrival of several trains before Aug. 20, it is clear that "
    'the Russians are preparing to attack Ukraine on Aug. 24," the Centre for Strategic Communications wrote.\n\nAugust 24 '
    "marks Ukraine's 31st Independence Day.",
    [],
    "no published date (August 2022); a warning of an expected attack with no figure",
)

p(
    "h11-newsonlineread-060",
    "News Online Read (Channel 24)",
    "https://newsonlineread.com/wreckage-of-shaheds-was-discovered-in-moldova-how-sandu-reacted",
    None,
    "In Moldova, fragments of Shahed-type kamikaze drones, which Iran supplies to Russia, were found near the border with "
    "Ukraine. The Border Police reported the debris on Sunday morning, after Russia attacked the Odesa region with Shaheds "
    "on the night of February 9-10. The debris was found near the village of Etulia in the Vulcanesti district.\n\nThe "
    "police said the area was cordoned off and posed no danger, and that the debris was probably from one of the drones "
    'shot down by Ukrainian air defence.\n\nPresident Maia Sandu wrote that the discovery "serves as another stark '
    'reminder of the grim reality we face."',
    [],
    "no published date (February 2024); wreckage in a neighbour, and the Odesa attack has no count",
)

p(
    "h11-unn-061",
    "UNN",
    "https://unn.ua/en/news/the-enemy-attacked-zaporizhzhia-district-houses-and-a-sports-facility-damaged-1700-subscribers-without-electricity",
    None,
    "The enemy launched at least 5 drone strikes on the Zaporizhzhia district, the head of the Zaporizhzhia Regional "
    "Military Administration, Ivan Fedorov, said.\n\nMore than 1,700 subscribers were left without electricity as a "
    "result of the shelling. Private houses, a sports facility and outbuildings were damaged; preliminarily, there were no "
    "casualties.\n\nSeparately, an attack with guided aerial bombs on Rivnopillia in the Huliaipole community killed a "
    "63-year-old man.",
    [],
    "no published date; 'at least 5 drone strikes' counts strikes (hits) on a district, as sets 7-10 label hits; guided bombs are not counted",
)

p(
    "h11-silkway-062",
    "Silkway News (Bloomberg)",
    "https://www.silkway.news/russia-has-iranian-114296/",
    None,
    "Russia may be running low on the Iranian drones it uses to strike Ukraine, Bloomberg writes, citing European "
    "officials; one sign is a sharp fall in drone attacks over the last ten days. The pause may also mean that Russia is "
    "building up reserves for future attacks.\n\nRussia began buying Iranian drones for attacks on Ukrainian "
    "infrastructure in August 2022. For the first batch of 160 Shahed-136 and Mohajer-6 drones, Moscow paid Tehran 140 "
    "million euros in cash, Sky News reported.",
    [],
    "no published date (late 2022); a purchase of 160 drones is a stock; money is no figure",
)


if __name__ == "__main__":
    PASSAGES.write(HERE)
