# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the THIRD held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news after sets 1 and 2 were both
tuned on. Each passage is lightly paraphrased from a real English news article found with the
project's search tool (no URL is shared with tests/data/claims_holdout*/; URL and published
date kept); names, numbers, dates and the grammatical shape of each sentence are as in the
original. Nobody tunes on this set before its first contact is recorded below. Run
`python tests/data/claims_holdout3/build.py` to regenerate the JSONL after editing a label.

Labels follow set 2's conventions: intercepted = everything neutralised (shot down +
jammed/lost); UA->RU claims from Russia's defence ministry count what it downed
(launched_total = intercepted) and every region in its list is a `local` claim; RU->UA
shot-down-only figures are not claims; a total is open (null, `vague`) when the figure
sentence names an uncounted component; period tallies have scope "period" and a null
event_date; "nearly/almost" and mixed qualifiers are `about`; a lead's rounded figure is the
same claim as the detailed one. A field given as NA is left out: the text is ambiguous, so it
is not scored. Passages without a recoverable published date carry `published: null`; a
published date inferred from the text is said in `notes`.

FIRST CONTACT (labels committed at 949d915, extractor at ee1e5a2, run 2026-11-21): 89 passages
(12 with no claim), 168 expected claims, 157 predicted. Key (direction, event_date, total):
P 0.828, R 0.774, F1 0.800; records-feed leaks 3. Per field F1: direction 0.886, event_date
0.862, launched_total 0.843, drones 0.881, missiles 0.863, qualifier 0.865, is_record_claim
0.843, attributed_to 0.650, scope 0.850, intercepted 0.781, location 0.864. The failure classes
are in docs/claims/holdout3-first-contact.md. Label judgement calls worth knowing: strike counts
("84 missile and air strikes") follow the README (not claims), while a war-long "4,500 missile
attacks" follows set 2's precedent (a period claim). Label correction after first contact (its own
commit): three Russian defence ministry "over the past day / 24 hours" figures had been labelled
periods, against the dev corpus convention (tass-001, reuters-ua-ru-003: that day's claim); they
now follow it (h3-urdupoint-030, h3-newsfront-058, h3-jpost-089). With the corrected labels the
same first-contact run scores key F1 0.800 (unchanged) with 2 leaks; scope F1 0.862.

AFTER TUNING (f6e8f30, general rules for the failure classes, k3-* dev passages): P 0.952,
R 0.940, key F1 0.946, 0 leaks. Set 3 is no longer held-out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c, mod

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- passages -----------------------------------------------------------------
p(
    "h3-worldtodaynews-001",
    "EFE (World Today News)",
    "https://world-today-news.com/massive-russian-bombing-of-energy-facilities-in-ukraine",
    "2024-08-26",
    "Moscow. Russia appears to have set out to plunge Ukraine into darkness when it launched more than 100 missiles, "
    "including hypersonic, ballistic and cruise missiles, and a similar number of drones against energy facilities in "
    "15 of the 24 regions of the neighbouring country, over ten hours on Monday.\n\nPresident Volodymyr Zelensky called "
    'the massive combined attack "one of the biggest since the war began".\n\nUkraine\'s air defense said it shot down '
    "102 of the 117 missiles and 99 of the 109 drones launched by Russia.\n\nMeanwhile, early this morning, Ukraine "
    "attacked the Russian regions of Saratov, Kursk, Bryansk, Belgorod, Tula, Orlov, Ryazan and Volgograd with drones, "
    "according to reports of 20 downed unmanned aerial vehicles provided by the Russian Ministry of Defense.",
    [
        c(RU, "2024-08-26", 226, 109, 117, "exact", False, "air force", inter=201),
        c(UA, "2024-08-26", 20, 20, None, "exact", False, "defence ministry", inter=20),
    ],
    "the lead's 'more than 100 missiles and a similar number of drones' is the rounded form of 117 + 109; regions listed "
    "without per-region figures give no local claims",
)

p(
    "h3-deccanherald-002",
    "Reuters (Deccan Herald)",
    "https://www.deccanherald.com/world/russia-launches-massive-missile-and-drone-attack-on-ukraine-kyiv-3164564",
    "2024-08-26",
    "Russia launched more than 100 missiles and around 100 attack drones at Ukraine during the morning rush hour on "
    "Monday, killing at least five people and striking energy facilities nationwide, officials said.\n\nMonday's missile "
    "and drone salvo was Russia's most intense in weeks, coming as Ukraine claims new ground in its incursion into "
    "Russia's Kursk region.\n\n\"It was one of the biggest combined strikes. More than a hundred missiles of various "
    'types and about a hundred Shahed drones," President Volodymyr Zelenskiy said on Telegram.\n\nAccording to Prime '
    "Minister Denys Shmyhal, 15 regions had sustained damage.",
    [
        c(RU, "2024-08-26", 200, 100, 100, "about", False, "officials"),
        c(RU, "2024-08-26", 200, 100, 100, "about", False, "president"),
    ],
    "the same figure from two sources stays two claims; 'most intense in weeks' and 'one of the biggest' are not records",
)

p(
    "h3-pravdaru-003",
    "Pravda.ru",
    "https://english.pravda.ru/news/hotspots/161357-russia-ukraine-missile-attack/",
    "2024-12-13",
    "Russia launches 120 missiles and Geran UAVs to hit Ukraine's critical energy facilities\n\nIn the morning of "
    "December 13, the Russian Armed Forces launched massive strikes hitting military facilities and energy "
    "infrastructure in Ukraine.\n\nAccording to Ukrainian President Volodymyr Zelensky, Ukraine intercepted 81 out of 93 "
    "missiles fired by the Russian army, as well as 200 drones.\n\nThe missile strike started at about 5 a.m. A total of "
    "120 missiles were launched. According to available data, the Russian army used Iskander and Kinzhal missiles, as "
    "well as Geran loitering munitions.",
    [
        c(RU, "2024-12-13", None, NA, 93, "vague", False, "president", inter=NA),
        c(RU, "2024-12-13", 120, None, 120, NA, False, None),
    ],
    "Zelensky gives launched missiles (93) but only intercepted drones: total open; the outlet's own 'a total of 120 "
    "missiles' is a second figure (the headline's '120 missiles and Geran UAVs' is the same one)",
)

p(
    "h3-bignewsnetwork-004",
    "RT (Big News Network)",
    "https://bignewsnetwork.com/news/274789877/russian-military-conducts-massive-strikes-on-ukraine-rear---mod",
    None,
    "Russian military conducts massive strikes on Ukraine's rear - MOD\nRussia has conducted coordinated strikes on "
    "critical Ukrainian military and dual-use infrastructure, including airfields and energy facilities, the Defense "
    "Ministry in Moscow announced on Monday.\nApart from airfields and energy facilities, some 138 Ukrainian military "
    "sites used to amass troops and hardware in the rear were also struck, according to the ministry.\nAccording to "
    "Ukrainian estimates, the attack involved more than 100 Geran-2 kamikaze drones.",
    [c(RU, None, 100, 100, None, "more_than", False, NA)],
    "no published date; 138 sites struck is a target count, not a barrage",
)

p(
    "h3-menafn-005",
    "Ukrinform (MENAFN)",
    "https://menafn.com/1108592663/Ukrainian-Defense-Forces-Shoot-Down-14-Russian-Shahed-Drones-Overnight",
    "2024-08-23",
    "Ukrainian Defense Forces Shoot Down 14 Russian Shahed Drones Overnight\nThe Ukrainian Defense Forces shot down 14 of "
    "16 Shahed attack drones launched by Russia at Ukraine on the night of August 23, Air Force Commander Mykola "
    "Oleshchuk reported on Telegram.\nOn the night of August 23, Russians attacked Ukraine with two Iskander-M/KN-23 "
    "ballistic missiles launched from the Voronezh region and 16 Shahed-type strike UAVs (launch areas: Yeysk and "
    "Kursk).\nUkrainian aircraft, EW units and mobile firing groups shot down 14 Shahed drones. Two more disappeared in "
    "the area.",
    [c(RU, "2024-08-23", 18, 16, 2, "exact", False, "air force", inter=16)],
    "the 16 of the lead is the drone part of the full 18",
)

p(
    "h3-jang-006",
    "The News (Jang)",
    "https://jang.com.pk/en/32272-russia-unleashes-largest-drone-attack-on-ukraine-on-war-anniversary-eve-news",
    "2025-02-23",
    "Russia launched the largest single drone attack on Ukraine as the war between the two countries enters its fourth "
    'year.\nUkrainian Air Force Command spokesman Yuriy Ignat said a "record" 267 Russian drones were launched in one '
    "coordinated attack on the country. Around 138 drones were intercepted while 119 disappeared after they were "
    "jammed without causing any damage.\nPresident Volodymyr Zelensky noted that it was the largest drone attack on "
    "Ukraine since the beginning of the war in 2022.\nHe revealed that Russia this week launched nearly 1,150 attack "
    "drones, more than 1,400 guided aerial bombs, and 35 missiles of various types at the country.",
    [
        c(RU, "2025-02-23", 267, 267, None, "exact", True, "air force", inter=257),
        c(RU, None, 1185, 1150, 35, "about", False, "president", "period"),
    ],
    "the original's wrongly dated 'Saturday, February 22' sentence is left out; the attack ended on the morning of 23 Feb "
    "(published that day); glide bombs are not counted",
)

p(
    "h3-csnnews-007",
    "CSN News",
    "https://csnnews.us/russia-and-ukraine-exchange-record-setting-drone-strikes",
    "2024-11-10",
    "On Saturday night, Russia unleashed 145 drones in a single assault, the largest nighttime drone strike of the war. "
    'Ukrainian President Volodymyr Zelensky confirmed the attack: "Last night, Russia launched a record 145 Shahed '
    'drones and other strike drones against Ukraine."\n\nZelensky also reported that Russia had deployed more than 800 '
    "guided bombs, around 600 strike drones, and nearly 20 missiles over the past week.\n\nThe Ukrainian Air Force "
    "confirmed that by 9:30 a.m. local time on Sunday, it had intercepted 62 of the incoming drones.\n\nIn a major "
    "counterstrike, Ukraine launched its largest drone attack on Moscow since the beginning of the war. According to "
    "Russia's Ministry of Defense, 34 drones were fired toward the Russian capital overnight into Sunday. Russian air "
    "defenses reportedly shot down all of the incoming drones.",
    [
        c(RU, "2024-11-10", 145, 145, None, "exact", True, "president", inter=NA),
        c(RU, None, 620, 600, 20, "about", False, "president", "period"),
        c(UA, "2024-11-10", 34, 34, None, "exact", NA, "defence ministry", "local", 34, "Moscow"),
    ],
    "published inferred (the 145-drone night ended Sunday 10 Nov 2024); the outlet's 145 and Zelensky's are one claim; "
    "'largest on Moscow' is a city record: flag unscored",
)

p(
    "h3-tass-008",
    "TASS",
    "https://tass.com/defense/1793575",
    "2024-05-26",
    "MOSCOW, May 26. /TASS/. Russian Air Defense assets shot down seven Ukrainian drones in the Kursk Region overnight, "
    'acting head of the region Alexey Smirnov said on his Telegram channel.\n\n"Seven Ukrainian fixed-wing type drones '
    'were shot down this night in Rylsky and Kurchatovsky districts of the Kursk Region," Smirnov said.\n\nOne Ukrainian '
    "drone was downed in the Bryansk Region, Governor Alexander Bogomaz said on his Telegram channel.\n\nThree other "
    "unmanned aerial vehicles were shot down over the Oryol Region, Governor Andrey Klychkov said.",
    [
        c(UA, "2024-05-26", 7, 7, None, "exact", False, "governor", "local", 7, "Kursk Region"),
        c(UA, "2024-05-26", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk Region"),
        c(UA, "2024-05-26", 3, 3, None, "exact", False, "governor", "local", 3, "Oryol Region"),
    ],
    "three governors, one regional figure each; no national figure",
)

p(
    "h3-tass-009",
    "TASS",
    "https://tass.com/defense/1846029",
    "2024-09-21",
    "BRYANSK, September 21. /TASS/. As many as 53 Ukrainian fixed-wing drones were downed by the Russian Defense "
    "Ministry's air defenses last night as they repelled a massive attack on the borderline Bryansk Region, Governor "
    'Alexander Bogomaz said.\n\n"Last night, the enemy unleashed a massive terrorist attack on our region. Overnight, '
    "the Russian Defense Ministry's air defense forces intercepted or destroyed 53 fixed-wing unmanned aerial "
    'vehicles," the governor wrote, adding that there were no casualties or damage.',
    [c(UA, "2024-09-21", 53, 53, None, NA, False, "governor", "local", 53, "Bryansk Region")],
    "'as many as 53' then a plain 53 in the quote: qualifier unscored",
)

p(
    "h3-sputnik-010",
    "Sputnik",
    "https://sputnikglobe.com/20240717/russian-air-defenses-down-5-ukrainian-uavs-over-belgorod-voronezh-bryansk-regions-1119398759.html",
    "2024-07-17",
    "Russian Air Defenses Down 5 Ukrainian UAVs Over Belgorod, Voronezh, Bryansk Regions\nRussian air defenses overnight "
    "on Wednesday downed five Ukrainian unmanned aerial vehicles over Belgorod, Voronezh, and Bryansk regions, the "
    'Russian Defense Ministry and the Bryansk governor said.\n"During the past night, an attempt by the Kiev regime to '
    "carry out a terrorist attack using fixed-wing unmanned aerial vehicles against targets on the territory of the "
    "Russian Federation was prevented. Air defense systems on duty destroyed one UAV over the Belgorod region and two "
    'UAVs over the Voronezh region," the ministry said. "An aircraft-type unmanned aerial vehicle was destroyed over '
    "the Surazhsky district [of the Bryansk region] by the Russian Defense Ministry's air defense means,\" Bryansk "
    "Governor Alexander Bogomaz wrote on Telegram on the same day.",
    [
        c(UA, "2024-07-17", 5, 5, None, "exact", False, NA, inter=5),
        c(
            UA,
            "2024-07-17",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Belgorod region",
        ),
        c(
            UA,
            "2024-07-17",
            2,
            2,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            2,
            "Voronezh region",
        ),
        c(UA, "2024-07-17", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region"),
    ],
    "the lead's five combines ministry and governor: source unscored",
)

p(
    "h3-tass-011",
    "TASS",
    "https://tass.com/emergencies/1807009",
    "2024-06-23",
    "MOSCOW, June 23. /TASS/. Air defenses destroyed 33 Ukrainian drones over the regions of the Russian Central Federal "
    'District overnight, most of them over the Bryansk Region, the Russian Defense Ministry said.\n\n"During the past '
    "night, there was an attempt by the Kiev regime to carry out terrorist attacks with fixed-wing drones against "
    "facilities on the territory of the Russian Federation, which was foiled. On-duty air defenses intercepted and "
    "destroyed 28 UAVs over the territory of the Bryansk Region, 2 UAVs over the territory of the Smolensk Region, 2 UAVs "
    'over the territory of the Lipetsk Region, and one UAV over the territory of the Tula Region," the ministry said.',
    mod(
        "2024-06-23",
        33,
        [(28, "Bryansk Region"), (2, "Smolensk Region"), (2, "Lipetsk Region"), (1, "Tula Region")],
    ),
)

p(
    "h3-tass-012",
    "TASS",
    "https://tass.com/politics/1683877",
    "2023-10-03",
    "MOSCOW, October 3. /TASS/. Russian air defense systems have destroyed another Ukrainian drone over the Bryansk "
    'Region, the Defense Ministry reported.\n\n"At about 3:00 p.m. on October 3, another attempt by the Kiev regime to '
    "carry out a terrorist attack using fixed-wing UAVs against facilities on the territory of the Russian Federation "
    "was foiled. A Ukrainian unmanned aerial vehicle was destroyed over the Bryansk Region by duty air defense "
    "systems,\" it noted.\n\nOvernight to Tuesday, the region's Governor Alexander Bogomaz reported that a Ukrainian "
    "drone was destroyed by air defenses over the Trubchevsk district of the Bryansk Region.",
    [
        c(
            UA,
            "2023-10-03",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Bryansk Region",
        ),
        c(UA, "2023-10-03", 1, 1, None, "exact", False, "governor", "local", 1, NA),
    ],
    "a daytime drone and an overnight one (daytime flag not labelled); single drones spelled 'a'",
)

p(
    "h3-npr-013",
    "NPR (blog repost)",
    "https://bbcnews2019.blogspot.com/2023/11/russia-says-it-downed-dozens-of-moscow.html",
    "2023-11-26",
    "Russia says it downed dozens of Moscow-bound Ukrainian drones after it struck Kyiv\n\nA Ukrainian police officer "
    "searches for drone debris in Kyiv, Ukraine, on Saturday, Nov. 25, 2023, after the most intense Russian drone attack "
    "on the Ukrainian capital since the beginning of the invasion, military officials said.\n\nRussia says its air "
    "defenses intercepted at least 24 Ukrainian drones a day after it launched its largest drone strike on the "
    "Ukrainian capital of the war.",
    [c(UA, "2023-11-26", 24, 24, None, "at_least", False, NA, NA, 24)],
    "published inferred: the day after the 25 Nov 2023 Kyiv attack; the Kyiv attack has no figure here",
)

p(
    "h3-dreamkitchen-014",
    "CBS (machine-rewritten copy)",
    "https://dreamkitchen.live/russia-launches-huge-attack-on-ukraine-as-kremlin-says-its-quite-calm-about-trumps-mounting-criticism",
    "2025-07-09",
    "Russia started its biggest drone attack on Ukraine in more than three years of war, the Ukrainian Air Force said on "
    "Wednesday. In a statement, the Air Force said that Russia fired 728 Shahed and decoy drones, as well as 13 missiles "
    "overnight.\nPresident Volodymyr Zelensky said most of the Russian drones were taken down by Ukrainian interceptor "
    "drones. Ukrainian prosecutors told AFP that five civilians were killed by drones in the eastern city of Rodynske, "
    "while three more people were killed in Kostiantynivka.",
    [c(RU, "2025-07-09", 741, 728, 13, "exact", True, "air force")],
    "a garbled machine rewrite in the original; spelling of names repaired, shape kept",
)

p(
    "h3-sorozien-015",
    "Reuters (search-page snippet)",
    "https://sorozien.xyz/news/search?FORM=HDRSC6&q=Moscow+Night+Street+Dreamtime",
    None,
    "Earlier on Tuesday, Russian officials said air defence units destroyed Ukrainian drones targeting Moscow in a "
    "second night attack in a row, prompting the closure of all airports in the capital.\nMoscow Mayor Sergei Sobyanin "
    'said on social media that at least 19 Ukrainian drones were destroyed on their approach to Moscow "from different '
    'directions," causing no major destruction or injuries.',
    [c(UA, None, 19, 19, None, "at_least", False, "mayor", "local", 19, "Moscow")],
    "no published date",
)

p(
    "h3-shropshirestar-016",
    "AP (Shropshire Star)",
    "https://www.shropshirestar.com/world-news/2025/03/11/russia-says-air-defence-shot-down-more-than-300-ukrainian-drones/",
    "2025-03-11",
    "Russia says air defence shot down more than 300 Ukrainian drones\n\nThe Russian Defence Ministry said air defences "
    "shot down 337 Ukrainian drones over 10 Russian regions in what appears to be the biggest Ukrainian drone attack on "
    "Russia in three years.\n\nThe most drones — 126 — were shot down over the Kursk region across the border from "
    "Ukraine, parts of which Kyiv's forces control, and 91 were shot down over the Moscow region.\n\nMoscow Mayor Sergei "
    "Sobyanin said over 70 drones targeted the Russian capital and were shot down as they were flying toward it.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", NA, "defence ministry", inter=337),
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
    "the headline's 'more than 300' is the rounded 337; 'appears to be the biggest … in three years': record unscored",
)

p(
    "h3-newsweek-017",
    "Newsweek (news-247 copy)",
    "https://news-247.top/n/1880830",
    "2025-03-11",
    "Russia's defense ministry said in a Telegram post that it intercepted 337 Ukrainian drones overnight, including "
    "dozens over Moscow.\nIt is a record number since the war began in February 2022, The Moscow Times reported.\nThe "
    'ministry said 91 unmanned aerial vehicles were "intercepted and destroyed by air defense systems" over Moscow '
    "oblast. Another 126 were destroyed over Kursk oblast.\nDozens more were intercepted above the oblasts of Bryansk, "
    "Belgorod, Ryazan, Kaluga, Lipetsk, Oryol, Voronezh, and Nizhny Novgorod, Russian officials said.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", True, "defence ministry", inter=337),
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
            "Moscow oblast",
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
            "Kursk oblast",
        ),
    ],
    "'dozens more' over a region list is vague and part of the 337",
)

p(
    "h3-odishabytes-018",
    "IANS (Odisha Bytes)",
    "https://odishabytes.com/?p=572142",
    "2025-09-07",
    "Kyiv: Russia launched its largest aerial assault on Ukraine since the start of the full-scale invasion, firing "
    "more than 800 drones and 13 missiles overnight that struck multiple cities, including Kyiv where a central "
    "government building was hit for the first time. According to Ukraine's Air Force, out of the 805 drones and 13 "
    "missiles launched, 751 drones and four missiles were intercepted, though several others penetrated air defenses.\n"
    "In Kyiv, a government building housing the Cabinet of Ministers was struck. The attack left at least three "
    "civilians dead, including an infant, and 18 others injured.",
    [c(RU, "2025-09-07", 818, 805, 13, "exact", True, "air force", inter=755)],
    "published inferred from the attack (7 Sep 2025); the lead's 'more than 800 drones and 13 missiles' is the rounded "
    "form of the air force figure",
)

p(
    "h3-republicpolicy-019",
    "Republic Policy",
    "https://republicpolicy.com/russia-strikes-kyivs-cabinet-building",
    "2025-09-07",
    "Ukraine's war entered a new phase as the cabinet of ministers building in Kyiv was struck for the first time since "
    "Russia's full-scale invasion. The unprecedented strike shocked the heavily guarded centre of Kyiv. At least four "
    "people, including a young woman and her baby, were killed as Russian forces launched more than 800 drones and "
    "missiles across Ukraine overnight.\nUkraine's air force reported nine missiles and 56 drones hitting 37 targets, "
    "with falling wreckage causing further destruction.",
    [c(RU, "2025-09-07", 800, None, None, "more_than", NA, None)],
    "published inferred from the attack; 'unprecedented' is about the target, record unscored; 9 + 56 are hits",
)

p(
    "h3-independent-020",
    "The Independent",
    "https://the-independent.com/independentpremium/world/russia-ukraine-strikes-kyiv-putin-b2199578.html",
    "2022-10-10",
    "Russia fired 81 cruise missiles on Ukrainian cities, say officials\n\nRussia unleashed a barrage of 81 missiles in "
    "morning attacks across Ukraine, Kyiv's top general claimed in the aftermath of the strikes.\n\nInitially the "
    "number of missiles was put at 75 but this was later upgraded by Kyiv.\n\nBy mid-afternoon on Monday, Ukraine's "
    "defence ministry said Russia had fired 81 cruise missiles, and Ukraine's air defences had shot down 43 of them. "
    "Police said at least eight people had been killed in Kyiv alone, and 10 across the country.",
    [
        c(RU, "2022-10-10", 81, None, 81, "exact", False, "military", inter=NA),
        c(RU, "2022-10-10", 81, None, 81, "exact", False, "defence ministry", inter=43),
    ],
    "correction: the superseded 75 is not a claim; the general and the ministry are two sources",
)

p(
    "h3-epochtimes-021",
    "AP (The Epoch Times)",
    "https://theepochtimes.com/world/kyiv-other-ukraine-cities-hit-as-putin-orders-revenge-for-crimea-bridge-4785850",
    "2022-10-10",
    "KYIV, Ukraine—Russia fired cruise missiles at cities across Ukraine during morning rush hour on Oct. 10, knocking "
    "out power and heat, in what President Vladimir Putin declared to be revenge for Ukrainian attacks.\nAt least 10 "
    "people were killed and scores injured, and swaths of the country were left without power, Ukrainian officials "
    'said.\nIn a televised address, Putin said that he ordered "massive" long-range strikes using missiles fired from '
    "air, sea, and land.\nHis prime minister said 11 major infrastructure targets were hit in eight regions.",
    [],
    "no barrage figure: casualties and targets hit only",
)

p(
    "h3-cnnlive-022",
    "CNN live blog (proxy copy)",
    "https://initialnews.com/scribble/index.php?url=http%3A%2F%2Fwww.cnn.com%2Feurope%2Flive-news%2Frussia-ukraine-war-news-10-10-22%2Findex.html",
    "2022-10-10",
    "October 10, 2022 Russia-Ukraine news\n\nAt least 14 people were killed in Russian strikes across Ukraine, state "
    "agency says\n\nRussian missile strikes on Kyiv and several other Ukrainian cities killed at least 14 people and "
    "wounded 97 others on Monday, the Ukrainian State Emergency Service said.\n\nAccording to the General Staff of the "
    "Armed Forces of Ukraine, Russia launched more than 84 missile and air strikes. Ukraine claimed it intercepted 56 of "
    "the missiles and drones.\n\nThe military said around 20 Ukrainian settlements were hit.",
    [],
    "strike counts ('84 missile and air strikes') are not weapon counts (README convention); 56 is intercepted only",
)

p(
    "h3-dailystar-023",
    "AFP (The Daily Star)",
    "https://www.thedailystar.net/news/world/russian-invasion-ukraine/news/black-sea-crimea-russia-downs-36-ukrainian-drones-3456566",
    "2023-10-30",
    "Russian forces shot down 36 Ukrainian drones over the Black Sea and the Crimean peninsula overnight, Moscow's "
    'Defence Ministry said yesterday.\n\n"On the night of October 29, an attempt by the Kyiv regime to carry out a '
    "terrorist attack using air-type drones against facilities on the territory of the Russian Federation was "
    'stopped," the ministry said on Telegram. "The air defence systems in place destroyed 36 Ukrainian unmanned aerial '
    'vehicles over the Black Sea and the northwestern part of the Crimean peninsula," it added.\n\nMeanwhile, a fire '
    "broke out in the early hours of yesterday at the Afipsky oil refinery in Russia's Krasnodar region. The plant can "
    "process around 6 million tonnes (44 million barrels) of oil each year.",
    [c(UA, "2023-10-29", 36, 36, None, "exact", False, "defence ministry", inter=36)],
    "published inferred (a print edition of the day after 'yesterday' = 29 Oct 2023); one figure over two places",
)

p(
    "h3-aljazeera-024",
    "Al Jazeera",
    "https://www.aljazeera.com/news/2023/9/20/ukraine-oil-refinery-fire-sparked-by-drone-attack-russia-downs-four-uavs",
    "2023-09-20",
    "Ukraine and Russia launched waves of drone attacks overnight with reports of a fire at an oil refinery in Ukraine's "
    "Poltava region and four Ukrainian drones being shot down over two regions in Russia's west, officials say.\n\nThe "
    "General Staff of Ukraine's Armed Forces said air defence systems shot down 17 of 24 drones that Russia launched "
    "against targets in Ukraine.\n\nThe Ukrainian drones were shot down over Russia's Belgorod region and the Oryol "
    "region, the Russian Ministry of Defence said. The aircraft-type drones were shot down between 9pm (18:00 GMT on "
    "Tuesday) and 11:45pm (20:45 GMT), the ministry said on Telegram.\n\nA Russian-language news portal reported that a "
    "drone could have been involved in a fire that engulfed 1,200 tonnes of fuel near Sochi airport.",
    [
        c(RU, "2023-09-20", 24, 24, None, "exact", False, "general staff", inter=17),
        c(UA, "2023-09-20", 4, 4, None, "exact", False, NA, inter=4),
    ],
    "the four drones came late on Tuesday: dated by the next morning as a night's attack; source of the four is the lead's "
    "'officials' and the ministry: unscored",
)

p(
    "h3-liga-025",
    "LIGA.net",
    "https://news.liga.net/en/politics/news/kremenchugskiy-npz-byl-atakovan-dronami-shahed-136-nachalsya-pojar-zavod-ostanovlen",
    "2023-09-20",
    "Kremenchuk refinery shut down after Russian drone attack\nRussia attacked the Kremenchuk oil refinery, in the "
    "Poltava region, with Shahed-136 kamikaze drones overnight on Wednesday, Dmytro Lunin, the head of the Poltava "
    "regional military administration, said.\n\nIn Kremenchuk, an explosive hit the refinery and a fire broke out.\n\nIn "
    "total, Russia launched 24 kamikaze drones into Ukraine, with 17 of them shot down, the Ukrainian Air Force Command "
    "said in a statement.",
    [c(RU, "2023-09-20", 24, 24, None, "exact", False, "air force", inter=17)],
    "published inferred from 'overnight on Wednesday' (20 Sep 2023, the same night as the Al Jazeera report)",
)

p(
    "h3-kyivpost-026",
    "Kyiv Post",
    "https://www.kyivpost.com/post/32799",
    "2024-05-17",
    'The Russian Ministry of Defense announced a massive overnight drone attack on Russian regions, during which "more '
    'than 100 Ukrainian drones" were allegedly intercepted in the south of the country, over occupied Crimea, and the '
    "Black Sea.\n\nAccording to a statement from the Russian ministry, 51 drones were destroyed over occupied Crimea, 44 "
    "over the Krasnodar region, six over the Belgorod region, six over the Black Sea, and one over the Kursk region.\n\n"
    "In the Russian city of Tuapse, a fire broke out at a local oil refinery ignited by a Ukrainian drone attack. "
    'Representatives of the local authorities confirmed that "as a result of the fall" of one of the two drones, "an '
    'explosion occurred on the territory of the refinery."',
    [
        c(UA, "2024-05-17", 100, 100, None, "more_than", False, "defence ministry", inter=100),
        c(
            UA,
            "2024-05-17",
            51,
            51,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            51,
            "Crimea",
        ),
        c(
            UA,
            "2024-05-17",
            44,
            44,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            44,
            "Krasnodar region",
        ),
        c(
            UA,
            "2024-05-17",
            6,
            6,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            6,
            "Belgorod region",
        ),
        c(
            UA,
            "2024-05-17",
            6,
            6,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            6,
            "Black Sea",
        ),
        c(
            UA,
            "2024-05-17",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Kursk region",
        ),
    ],
    "'one of the two drones' at Tuapse is a local hit detail, not a separate count",
)

p(
    "h3-muraselon-027",
    "Muraselon",
    "https://en.muraselon.com/2024/05/ukraine-launches-massive-air-attack-as-russian-mod-issues-a-statement/",
    "2024-05-17",
    "Ukraine launches massive air attack as Russian MOD issues a statement\n\nUkrainian media confirmed that Kiev forces "
    "launched a massive air attack last night with more than 100 suicide drones on vital sites in Crimea and other sites "
    "in Russia.\n\nRussian air defense systems intercepted and destroyed 51 Ukrainian unmanned aerial vehicles (UAVs) "
    "over the Crimean Peninsula and 44 drones over the Krasnodar Region. In addition, air defense forces intercepted six "
    "Ukrainian UAVs over the Belgorod Region and one drone over the Kursk Region, Russia's Defense Ministry reported.",
    [
        c(UA, "2024-05-17", 100, 100, None, "more_than", False, NA, inter=NA),
        c(
            UA,
            "2024-05-17",
            51,
            51,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            51,
            "Crimean Peninsula",
        ),
        c(
            UA,
            "2024-05-17",
            44,
            44,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            44,
            "Krasnodar Region",
        ),
        c(
            UA,
            "2024-05-17",
            6,
            6,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            6,
            "Belgorod Region",
        ),
        c(
            UA,
            "2024-05-17",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Kursk Region",
        ),
    ],
    "published inferred ('reported on Friday', the same night as the Kyiv Post report); 'in addition' here adds regions",
)

p(
    "h3-bunatimes-028",
    "Korrespondent (Buna Times)",
    "https://bunatimes.com/world/167735.html",
    "2023-05-16",
    'The Russian military allegedly "destroyed" the American Patriot air defence system in Kyiv, the spokesman of the '
    "Russian Defense Ministry, Lieutenant-General Igor Konashenkov, said at a briefing on Tuesday, May 16.\nThis is not "
    'the first time that Russia has made such claims: in January 2023, Russia announced the "destruction" of about 60 '
    "HIMARS installations, although Ukraine received no more than 20 units.\nRecall that on the night of May 16, Russia "
    "attacked Ukraine with missiles and drones. Air defense forces shot down all 27 targets, including six Kinzhal "
    "missiles.",
    [c(RU, "2023-05-16", 27, NA, NA, "exact", False, NA, inter=27)],
    "'shot down all 27' gives the launched count; HIMARS counts are equipment, not a barrage",
)

p(
    "h3-nyt-029",
    "The New York Times (Applied Web)",
    "https://appliedweb.org/2023/05/16/ukraine-says-it-shot-down-hypersonic-russian-missiles-over-kyiv/",
    "2023-05-16",
    "Ukraine Says It Shot Down Hypersonic Russian Missiles Over Kyiv\n\nUkraine's air defense shot down six of the most "
    "sophisticated conventional weapons in Russia's arsenal, hypersonic Kinzhal missiles, according to Ukrainian and "
    "American officials, during a barrage of missiles and drones aimed at Kyiv on Tuesday.\n\nRussia's Defense Ministry "
    "said at least one Kinzhal had hit an American-made Patriot system, in one of the largest aerial assaults by Moscow "
    "since early March.",
    [],
    "shot-down-only and a hit: no launched figure",
)

p(
    "h3-urdupoint-030",
    "Sputnik (UrduPoint)",
    "https://www.urdupoint.com/en/world/russias-kinzhal-missile-destroys-patriot-sys-1692443.html",
    "2023-05-16",
    "Russia's Kinzhal Missile Destroys Patriot System In Kiev - Defense Ministry\n\nMOSCOW (Sputnik - 16th May, 2023) The "
    "Russian Kinzhal hypersonic missile has destroyed the Patriot air defense system in Kiev, the Defense Ministry said "
    "on Tuesday.\n\nThe ministry also said that the Russian air defense systems have intercepted seven Storm Shadow "
    "long-range cruise missiles over the past day. In addition, the ministry said that Ukraine lost up to 215 military "
    "in the Donetsk direction over the past 24 hours.",
    [c(UA, "2023-05-16", 7, None, 7, "exact", False, "defence ministry", inter=7)],
    "Ukrainian-fired Storm Shadows downed 'over the past day': as in the dev corpus (tass-001), the ministry's "
    "past-day figure is that day's claim (corrected after first contact: first labelled a period); troop losses are "
    "not weapons",
)

p(
    "h3-tass-031",
    "TASS",
    "https://tass.com/defense/1618257",
    "2023-05-16",
    "MOSCOW, May 16. /TASS/. Russian forces delivered a strike with a Kinzhal hypersonic missile against a US-made "
    "Patriot air defense system in Kiev over the past day, Defense Ministry Spokesman Lieutenant-General Igor "
    "Konashenkov reported on Tuesday.\n\nThe US Department of Defense claimed on May 9 that Ukraine had shot down "
    "Russia's latest Kinzhal hypersonic missile by a Patriot air defense system delivered to Kiev.\n\nThe Kinzhal is "
    "Russia's latest system with hypersonic aero-ballistic missiles carried by specially equipped MiG-31K "
    "fighter-interceptors.",
    [],
    "a single hit and a single shoot-down: no barrage figure",
)

p(
    "h3-ifpnews-032",
    "Reuters (IFP News)",
    "https://ifpnews.com/russia-pounds-kyiv-other-ukrainian-regions-in-mass-drone-and-missile-attack/",
    "2025-09-28",
    "Ukraine's military announced that Russia launched 595 drones and 48 missiles overnight and its air defences shot "
    "down 568 drones and 43 missiles. It added that the main target of the strike was the capital Kyiv.\n\nPresident "
    "Volodymyr Zelensky stated the attack, which lasted more than 12 hours, damaged a cardiology clinic, factories and "
    'residential buildings.\n\nRussia\'s defence ministry said on Sunday it had carried out a "massive" attack on '
    "Ukraine using long-range air and sea-based weapons and drones to target military infrastructure, including "
    "airfields.",
    [c(RU, "2025-09-28", 643, 595, 48, "exact", False, "military", inter=611)],
)

p(
    "h3-opindia-033",
    "OpIndia",
    "https://www.opindia.com/news-updates/russia-launches-massive-missile-and-drone-attack-on-several-regions-of-ukraine-including-kyiv/",
    "2025-09-28",
    "Russia launched a fresh missile attack on Ukraine on Sunday (28th September). A barrage of missiles and drones was "
    "launched by Moscow on several regions of Ukraine, including Kyiv. At least four people have reportedly died.\n\nAs "
    "per reports, Ukraine's military said that 595 drones and 48 missiles were launched by Russia overnight, out of which "
    "568 drones and 43 missiles were intercepted by Ukraine's air defence system. The Russian air strike included Kh-101, "
    'Kalibr, Iskander-M, and Kinzhal systems.\n\n"A massive Russian attack on Ukraine lasted for more than 12 hours. '
    "Savage strikes, a deliberate, targeted terror against ordinary cities – nearly 500 attack drones and over 40 "
    'missiles, including Kinzhal missiles," Volodymyr Zelenskyy wrote on X on September 28, 2025.',
    [
        c(RU, "2025-09-28", 643, 595, 48, "exact", False, "military", inter=611),
        c(RU, "2025-09-28", 540, 500, 40, "about", False, "president"),
    ],
    "the president's rounder figure is his own claim (it does not round 643)",
)

p(
    "h3-ravenews-034",
    "Rave News",
    "https://ravenewsonline.com/russia-launches-massive-aerial-assault-on-ukraine-killing-four-and-injuring-dozens",
    "2025-09-28",
    "Russia has carried out one of the largest aerial attacks of the war on Ukraine, firing over 600 drones and missiles "
    "in a coordinated overnight bombardment that left four dead and dozens injured.\nThe assault, which began in the early "
    "hours of Sunday, September 28, targeted multiple cities and critical infrastructure across the country.\nAccording "
    "to the Ukrainian air force, Russia deployed 595 drones and 48 missiles, including cruise and ballistic types.\n"
    "Ukrainian air defenses intercepted 43 cruise missiles and neutralized most of the drones.\nIn Kyiv, four people "
    "were killed—including a 12-year-old girl—and 42 others were injured. In Zaporizhzhia, 31 people sustained injuries.",
    [c(RU, "2025-09-28", 643, 595, 48, "exact", False, "air force", inter=NA)],
    "published inferred from the date in the text; 'over 600' is the lead's rounding; 'one of the largest' is no record",
)

p(
    "h3-abcau-035",
    "ABC News (Australia) / Reuters",
    "https://newsapp.abc.net.au/news/2025-09-28/russian-missile-and-drone-barrage-kills-four/105828200",
    "2025-09-28",
    'Ukraine has accused Russia of pounding the country with "hundreds" of drones and missiles overnight, killing at '
    "least four people in the capital.\nUkrainian President Volodymyr Zelenskiy said on Sunday that around 500 drones "
    'and more than 40 missiles had been launched during the attack.\n"Moscow wants to continue fighting and killing and '
    'deserves only the harshest pressure from the world," he said on the Telegram app.\nIn the wider Kyiv region '
    "Russian strikes have left at least 27 wounded, Ukrainian authorities said.",
    [c(RU, "2025-09-28", 540, 500, 40, "about", False, "president")],
    "'hundreds' gives way to the president's numbers for the same night",
)

p(
    "h3-kyivindependent-036",
    "The Kyiv Independent",
    "https://kyivindependent.com/russian-attacks-in-ukraine/",
    "2025-08-28",
    "Russian attacks against Ukraine killed at least 23 civilians and injured at least 62 others over the past day, "
    "regional authorities said on Aug. 28.\n\nRussia launched 598 drones overnight, including Shahed attack drones and "
    "decoys, as well as 31 missiles, among them two Kh-47 Kinzhal ballistic missiles, nine Iskander-M or North Korean "
    "KN-23 ballistic missiles, and 20 Kh-101 cruise missiles, Ukraine's Air Force reported.\n\nUkrainian air defenses "
    "intercepted 563 drones and 26 missiles. Drones and missiles struck 13 different locations, and debris fell on 26 "
    "others, according to the statement.\n\nSevere damage to critical infrastructure initially left over 60 towns and "
    "villages without power, though only 15 remain without electricity as of 12:30 p.m. local time.",
    [c(RU, "2025-08-28", 629, 598, 31, "exact", False, "air force", inter=589)],
    "the missile breakdown (2 + 9 + 20) sums to the stated 31",
)

p(
    "h3-nationalherald-037",
    "AP (National Herald)",
    "https://www.nationalheraldindia.com/international/mass-russian-drone-and-missile-attack-kills-12-injures-48-in-ukraines-capital",
    "2025-08-28",
    "A mass Russian drone and missile attack on Ukraine's capital, including a rare strike in the centre of the city, "
    "early on Thursday, 28 August, killed at least 12 people and wounded 48, local authorities said.\n\nIt was the first "
    "major Russian combined attack on Kyiv in weeks. Russia launched 598 strike drones and decoys and 31 missiles of "
    "different types across the country, according to Ukraine's Air Force, making it one of the war's biggest air "
    "attacks.\n\nRussia's Ministry of Defence said on Thursday it shot down 102 Ukrainian drones overnight, mostly in "
    "the country's southwest. A drone attack sparked a blaze at the Afipsky oil refinery in the Krasnodar region.",
    [
        c(RU, "2025-08-28", 629, 598, 31, "exact", False, "air force"),
        c(UA, "2025-08-28", 102, 102, None, "exact", False, "defence ministry", inter=102),
    ],
)

p(
    "h3-united24-038",
    "United24 Media",
    "https://united24media.com/latest-news/kellogg-russian-strikes-on-kyiv-undermine-trumps-peace-efforts-11183",
    "2025-08-28",
    "US Special Representative for Ukraine Keith Kellogg stated that Russia's latest mass aerial attack poses a threat "
    "to ongoing American efforts to achieve peace. According to Kellogg, the strike was the second largest of the "
    'full-scale war, involving 600 drones and 31 missiles.\n"Last night Russia launched the second largest aerial '
    'attack of the war with 600 drones and 31 missiles," he wrote on X on August 28, 2025.\nIn the early hours of '
    "August 28, Russia carried out its second-largest aerial attack since the start of the full-scale war, launching "
    "631 missiles and drones against Ukraine. Ukrainian Air Defense Forces intercepted 589 targets, but at least 18 "
    "people were killed in Kyiv, including three children, and 48 others were injured.",
    [c(RU, "2025-08-28", 631, 600, 31, NA, False, NA, inter=NA)],
    "published inferred from the quoted post; Kellogg's 600 + 31 and the outlet's 631 are one figure; 'second largest' "
    "is not a record",
)

p(
    "h3-babel-039",
    "Babel",
    "https://babel.ua/en/news/120979-the-death-toll-from-the-shelling-of-august-28-continues-to-rise-in-kyiv",
    "2025-08-28",
    "The number of victims in Kyiv due to a Russian strike on the night of August 28 has increased to 23.\nThis was "
    "reported by the head of the Kyiv City Military Administration (KCMA) Tymur Tkachenko.\n- On the night of August 28, "
    'the Russians launched almost 600 drones and 31 missiles over Ukraine, including "Kinzhal" and "Iskander" '
    "missiles. Two missiles hit a residential building in Kyiv. KCMA reported the record consequences of the attack — "
    "damage was recorded in all districts of the city in 33 places.\n- The offices of Ukrainska Pravda, Radio Liberty, "
    "the European Investment Bank, the EU mission, and the British Council were damaged during the attack.",
    [c(RU, "2025-08-28", 631, 600, 31, "about", False, NA)],
    "published inferred; 'record consequences' is about damage, not the barrage; two missiles hitting a building are hits",
)

p(
    "h3-pravdaru-040",
    "Pravda.ru",
    "https://english.pravda.ru/news/hotspots/163891-russia-missile-strikes-kyiv/",
    "2025-08-28",
    "Russian Armed Forces carried out new missile strikes on targets in Kyiv and its suburbs, with powerful explosions "
    "reported across the city. The aftermath of the attack was recorded in more than 20 districts of Kyiv.\n\nReports of "
    "explosions began around midnight on August 28. According to Ukraine's Air Force, the country was hit overnight by "
    "598 drones and 31 missiles, as reported by Strana.ua.\n\nMilitary correspondent Alexander Kots stated that the drone "
    "attacks reached almost the entire territory of Ukraine, striking everything from airfields to railway "
    "infrastructure.",
    [c(RU, "2025-08-28", 629, 598, 31, "exact", False, "air force")],
    "'hit by' here is the barrage as the air force counted it, not hits",
)

p(
    "h3-pravdaru-041",
    "Pravda.ru",
    "https://english.pravda.ru/news/hotspots/160605-ukrainian-drones-moscow/",
    "2024-09-10",
    "As many as 144 Ukrainian drones attack Central Russia, including Moscow region\n\nThe Armed Forces of Ukraine "
    "launched 144 drones at Russia on September 10 at night, with the Bryansk region being the target of the most massive "
    "attack, the Defense Ministry said.\n\n20 UAVs were shot down over the Moscow region,\n\n14 — over the Kursk region,\n\n"
    "13 — over the Tula region,\n\n8 — over the Belgorod region,\n\n7 — over the Kaluga region.\n\n5 — over the Voronezh "
    "region,\n\n4 — over the Lipetsk region,\n\n1 — over the Oryol region of Russia.\n\nThe largest number of unmanned "
    "aerial vehicles — 72 drones — were shot down over the Bryansk region.\n\nAir defense forces shot down six drones "
    "over the Ramenskoye urban district near Moscow. One of the drones crashed into an apartment building. Fifty-four "
    "out of a total of 102 apartments in the building were damaged.",
    [
        *mod(
            "2024-09-10",
            144,
            [
                (20, "Moscow region"),
                (14, "Kursk region"),
                (13, "Tula region"),
                (8, "Belgorod region"),
                (7, "Kaluga region"),
                (5, "Voronezh region"),
                (4, "Lipetsk region"),
                (1, "Oryol region"),
                (72, "Bryansk region"),
            ],
        ),
        c(UA, "2024-09-10", 6, 6, None, "exact", False, NA, "local", 6, "Ramenskoye"),
    ],
    "'the largest number … 72' is no record; '54 out of 102 apartments' is not a weapon count; qualifier of the "
    "headline's 'as many as' is the ministry's plain 144",
)

p(
    "h3-kyivpost-042",
    "Kyiv Post",
    "https://www.kyivpost.com/post/38739",
    "2024-09-10",
    "Ukraine launched a massive drone strike overnight, with up to 144 unmanned aerial vehicles (UAVs) targeting "
    "multiple regions across Russia, including the capital Moscow, the Russian Defense Ministry reported on Tuesday, "
    "Sept. 10.\n\nAccording to the ministry's statement, Russian air defenses intercepted 72 drones over the Bryansk "
    "region, 20 over Moscow, 14 over Kursk, 13 over Tula, and 25 more across 5 other regions.\n\nThe attack marks one of "
    "the largest drone assaults against Russia since the beginning of the war.",
    [
        c(UA, "2024-09-10", 144, 144, None, "up_to", False, "defence ministry", inter=NA),
        c(
            UA,
            "2024-09-10",
            72,
            72,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            72,
            "Bryansk region",
        ),
        c(
            UA,
            "2024-09-10",
            20,
            20,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            20,
            "Moscow",
        ),
        c(UA, "2024-09-10", 14, 14, None, "exact", False, "defence ministry", "local", 14, "Kursk"),
        c(UA, "2024-09-10", 13, 13, None, "exact", False, "defence ministry", "local", 13, "Tula"),
    ],
    "'25 more across 5 other regions' is a remainder of the 144, not a claim of its own",
)

p(
    "h3-sootoday-043",
    "AP (SooToday)",
    "https://sootoday.com/world-news/over-140-ukrainian-drones-target-multiple-russian-regions-including-moscow-authorities-say-9498260",
    "2024-09-10",
    "Over 140 Ukrainian drones overnight targeted multiple Russian regions, including the capital Moscow and the "
    "surrounding areas, Russian officials reported Tuesday, in one of the biggest Ukrainian drone attacks on Russian soil "
    "in the 2 1/2-year war.\n\nThe attack prompted the authorities to temporarily shut down three airports just outside "
    "Moscow. A total of 48 flights were diverted to other airports.\n\nIn Moscow, Mayor Sergei Sobyanin counted over a "
    "dozen drones heading toward Moscow that were shot down by air defenses as they were approaching the city.\n\n"
    'Overall, Russia\'s Defense Ministry said it "intercepted and destroyed" 144 Ukrainian drones over nine Russian '
    "regions.\n\nIt is the second massive Ukrainian drone attack on Russia this month. On Sept. 1, the Russian military "
    "said it intercepted 158 Ukrainian drones over a dozen regions.",
    [
        c(UA, "2024-09-10", 144, 144, None, "exact", False, "defence ministry", inter=144),
        c(UA, "2024-09-10", 12, 12, None, "more_than", False, "mayor", "local", 12, "Moscow"),
        c(UA, "2024-09-01", 158, 158, None, "exact", False, "military", inter=158),
    ],
    "the lead's 'over 140' is the rounded 144; flights diverted are not weapons",
)

p(
    "h3-printyourfood-044",
    "Telegram repost (aggregator)",
    "https://preproduction.printyourfood.com/ea625d78-45ea-482c-af06-81a5e15e3b33",
    "2024-09-01",
    "A Ukrainian drone crashed near residential buildings in the Ramenskoye district of the Moscow region.\n\nAdding:\n\n"
    "27 enemy drones intercepted and destroyed over Bryansk region overnight — governor\n\nAlso:\n\nThe Russian Defense "
    "Ministry reports a massive drone attack tonight - 158 drones were shot down.\n\n46 UAVs were shot down over the "
    "Kursk region, 34 over the Bryansk region, 28 over the Voronezh region, 14 over the Belgorod region, eight over the "
    "Ryazan region, two over Moscow, seven over the Moscow region, five over the Kaluga region, four over the Lipetsk "
    "region, three over the Tula region, two drones each over the Tambov and Smolensk regions, and one each over the "
    "Oryol, Tver and Ivanovo regions.",
    [
        c(
            UA,
            "2024-09-01",
            27,
            27,
            None,
            "exact",
            False,
            "governor",
            "local",
            27,
            "Bryansk region",
        ),
        *mod(
            "2024-09-01",
            158,
            [
                (46, "Kursk region"),
                (34, "Bryansk region"),
                (28, "Voronezh region"),
                (14, "Belgorod region"),
                (8, "Ryazan region"),
                (2, "Moscow"),
                (7, "Moscow region"),
                (5, "Kaluga region"),
                (4, "Lipetsk region"),
                (3, "Tula region"),
                (2, "Tambov region"),
                (2, "Smolensk region"),
                (1, "Oryol region"),
                (1, "Tver region"),
                (1, "Ivanovo region"),
            ],
        ),
    ],
    "ticker style; the governor's 27 and the ministry's 34 for Bryansk are two sources' figures",
)

p(
    "h3-sputnik-045",
    "Sputnik",
    "https://sputnikglobe.com/amp/20231214/russia-destroys-intercepts-ukrainian-drones-over-moscow-kaluga-regions---mod-1115566919.html",
    "2023-12-14",
    '"This night, an attempt by the Kiev regime to carry out a terrorist attack by aircraft-type UAVs on facilities on '
    "the territory of the Russian Federation was stopped. Air defense systems on duty destroyed and intercepted nine "
    'Ukrainian unmanned aerial vehicles over the territories of the Kaluga and Moscow regions," the ministry said.\n'
    "Ukraine has been sending drones and missiles into the Russian territory almost daily since it launched a "
    "counteroffensive in early June.",
    [c(UA, "2023-12-14", 9, 9, None, "exact", False, "defence ministry", inter=9)],
    "one figure over two regions is the national figure",
)

p(
    "h3-euromaidan-046",
    "Euromaidan Press (am1.news copy)",
    "https://am1.news/usconservative/topic/euromaidanpress/6-slug-russia-stockpiling-drones-for-large-scale-attacks-on-ukraine-defense-express-euromaidan-press",
    "2025-09-08",
    "Russia continues to amass large numbers of strike drones for coordinated attacks on Ukraine, with recent assaults "
    "involving hundreds of unmanned aerial vehicles at once, Ukrainian defense news portal Defense Express reports.\n"
    "Over the night of 6-7 September, Ukraine faced the largest drone attack of the full-scale war. Russian forces "
    "launched 810 Shahed attack drones, alongside multiple decoy and imitation UAVs. The assault also included nine "
    "Iskander-K cruise missiles and four Iskander-M/KN-23 ballistic missiles.\nUkraine's defenses intercepted 747 drones "
    "and four cruise missiles.\nThis strike follows a string of large-scale attacks. On 2-3 September, Russian forces "
    "launched 502 drones; on 29-30 August, 537; and on 27-28 August, 598.\nIn July and August, raids consistently "
    "involved over 500 drones. According to Ukrainian military intelligence, Russia's defense industry currently produces "
    "roughly 2,700 Shahed drones per month.",
    [
        c(RU, "2025-09-07", None, NA, 13, "vague", True, None, inter=751),
        c(RU, "2025-09-03", 502, 502, None, "exact", False, None),
        c(RU, "2025-08-30", 537, 537, None, "exact", False, None),
        c(RU, "2025-08-28", 598, 598, None, "exact", False, None),
    ],
    "published inferred (after 7 Sep 2025); 'alongside multiple decoy … UAVs' names an uncounted component: total open; "
    "'night of 6-7 September' is dated by its morning; 'raids consistently involved over 500' is a description, not a "
    "tally; production is not a barrage",
)

p(
    "h3-kyivindependent-047",
    "The Kyiv Independent",
    "https://kyivindependent.com/russia-has-launched-over-6-100-attack-drones-at-ukraine-since-start-of-2024-zelensky-says",
    "2024-10-20",
    "Russia has launched a total of 6,130 Shahed-type drones since the start of 2024, President Volodymyr Zelensky said "
    "in his evening address on Oct. 20.\n\nOn Aug. 26, Russia launched its largest attack on Ukraine so far with 127 "
    "missiles and 109 drones, while Ukraine downed 102 missiles and 99 drones, according to the Air Force.\n\nRecently, "
    "Russia appears to have switched tactics to use more drones in its attacks, with the country utilizing 129 "
    "Shahed-type drones in its attack earlier this week on Oct. 18, Zelensky said.\n\nOn Oct. 9, Ukraine's military "
    "struck a base storing 400 Iranian Shahed-type drones near the village of Oktyabrsky in Russia's Krasnodar Krai.",
    [
        c(RU, None, 6130, 6130, None, "exact", False, "president", "period"),
        c(RU, "2024-08-26", 236, 109, 127, "exact", True, "air force", inter=201),
        c(RU, "2024-10-18", 129, 129, None, "exact", False, "president"),
    ],
    "a stored stock of 400 drones is not a barrage",
)

p(
    "h3-daily8-048",
    "DW (Daily8 copy)",
    "https://test.daily8.com/en/article/c92773a0d076a0125f9111e1d17c238c",
    "2025-08-01",
    "Russia's drone attacks on Ukraine hit record high in July\nAccording to the AFP news agency, data published by "
    "Ukraine's air force showed that Russia fired 6,297 long-range drones into Ukraine last month, up by nearly 16 percent "
    "compared with June.\nThe Kyiv Independent reported that Russia launched a record 6,129 Shahed-type drones in July, 14 "
    "times more than in the same month last year, when Russia launched just 423 drones.\nIn just one night on July 9, "
    "Russian forces launched a record 741 drones and decoys on Western Ukraine, more than the number of drones it "
    "launched in the entire month of July last year.\nRussia's attacks continued right up until the end of the month, "
    "with an attack on Kyiv on July 31 killing at least 31 people. Ukrainian President Volodymyr Zelenskyy said that "
    "Russia used more than 300 drones and eight missiles in the attack.",
    [
        c(RU, None, 6297, 6297, None, "exact", NA, NA, "period"),
        c(RU, None, 6129, 6129, None, "exact", NA, NA, "period"),
        c(RU, None, 423, 423, None, "exact", False, NA, "period"),
        c(RU, "2025-07-09", 741, NA, NA, "exact", True, NA),
        c(RU, "2025-07-31", 308, 300, 8, "more_than", False, "president"),
    ],
    "published inferred (early August 2025: 'last month' = July); monthly tallies are periods",
)

p(
    "h3-windycity-049",
    "Windy City Times",
    "https://windycitytimes.news/2025/08/01/exclusive-ukraine-faces-1300-surge-in-russian-drone-attacks-6300-uavs-launched",
    "2025-08-01",
    "In the heat of June, the skies over Ukraine became a battleground of a new kind. Russian forces, according to the "
    "Telegram channel Mash, unleashed an unprecedented wave of drone strikes, hurling approximately 6,300 unmanned aerial "
    "vehicles at Ukrainian targets.\nThis number represents a 1300% surge compared to the same period last year, when "
    "only 426 drones were recorded.\nAt the end of July, Military Watch Magazine, citing satellite images, revealed a "
    "sprawling complex in Elabuga, Tatarstan, dedicated to the mass production of the 'Geran-2' strike drone. Over 100 "
    "units are reportedly being manufactured daily.",
    [
        c(RU, None, 6300, 6300, None, "about", NA, NA, "period"),
        c(RU, None, 426, 426, None, "exact", False, NA, "period"),
    ],
    "a month's tally called 'unprecedented' (record flag on a period unscored); daily production is not a barrage",
)

p(
    "h3-euromaidan-050",
    "Euromaidan Press",
    "https://euromaidanpress.com/2023/08/03/russia-launched-1961-shahed-drones-against-ukraine-zelenskyy/",
    "2023-08-03",
    'Russia has launched at least 1,961 "Shahed" drones against Ukraine since the beginning of the full-scale invasion, '
    "according to President Zelenskyy's statement.\n\nIn his words: \"In total, the terrorists have already launched at "
    'least 1,961 "Shahed" drones against Ukraine, and a significant portion of them have been successfully shot down. '
    'Unfortunately, not all of them."',
    [c(RU, None, 1961, 1961, None, "at_least", False, "president", "period")],
    "a since-the-invasion tally said twice",
)

p(
    "h3-europeans24-051",
    "Europeans24",
    "https://europeans24.com/2026/01/500-drones-a-zelenskyy-warns-of-russias-massive-scaling-of-shahed-production",
    "2026-01-20",
    "500 Drones A Day: Zelenskyy Warns of Russia's Massive Scaling of Shahed Production\n\nSpeaking from the capital on "
    "Tuesday, January 20, 2026, Zelenskyy revealed that Russian manufacturing has reached a capacity of roughly 500 "
    "Shahed-type drones per day, with plans to double that figure by year's end.\n\nAccording to Ukrainian "
    "Commander-in-Chief Oleksandr Syrskyi, Russia currently averages 404 units daily, but specific factory spikes have "
    "now hit the 500 mark. Ukraine plans to deploy 1,000 interceptors daily to counter the threat.",
    [],
    "production capacity and interceptor plans: no barrage",
)

p(
    "h3-unn-052",
    "UNN (citing CNN)",
    "https://unn.ua/en/news/russian-drone-factory-in-alabuga-rapidly-expanding-cnn",
    "2025-07-25",
    "The drone production plant in Russia's Alabuga is expanding, CNN reports, referring to satellite images. According "
    "to media estimates, after construction is completed, the buildings will be able to accommodate up to 40,000 "
    "workers.\n\nThe publication summarizes that in June 2025 alone, Russia launched almost 5,500 Shahed drones or their "
    "analogues at Ukraine. This is 16 times more than in June 2024, and more than 30% more than in the previous month. On "
    "July 9, a record 728 drones were launched at Ukraine in one night.",
    [
        c(RU, None, 5500, 5500, None, "about", False, NA, "period"),
        c(RU, "2025-07-09", 728, 728, None, "exact", True, NA),
    ],
    "published inferred (late July 2025, after the Zvezda broadcast the CNN report describes)",
)

p(
    "h3-tribune-053",
    "AP (The Tribune)",
    "https://www.tribuneindia.com/news/world/us-announces-patriot-missiles-for-ukraine-as-part-of-6-billion-aid-615110",
    "2024-04-27",
    "Washington, April 26\n\nThe United States will provide Ukraine additional Patriot missiles for its air defence systems "
    "as part of a massive USD 6 billion additional aid package, Defence Secretary Lloyd Austin announced on Friday.\n\nThe "
    "missiles will be used to replenish previously supplied Patriot air defence systems and are part of a package that "
    "also includes more munitions for the National Advanced Surface-to-Air Missile Systems.\n\nUkrainian President "
    "Volodymyr Zelenskyy discussed the need for Patriots at the Ukraine Defence Contact Group, a coalition of about 50 "
    "countries gathering virtually.",
    [],
    "aid package: not a barrage",
)

p(
    "h3-euromaidan-054",
    "Euromaidan Press",
    "https://euromaidanpress.com/2022/12/21/white-house-confirms-that-upcoming-security-assistance-to-ukraine-includes-patriot-air-defense-system/",
    "2022-12-21",
    "Today US President Joe Biden will announce a significant new package of nearly $2 billion of security assistance for "
    "Ukraine, which will contain a Patriot missile battery, the White House informed.\n\nA Patriot missile battery "
    "includes six launchers. Patriots can shoot down ballistic missiles, which is a capability Ukraine's air defense "
    "currently lacks.\n\nRussia continues launching missile barrages and kamikaze drones to destroy critical civilian "
    "infrastructure in Ukraine. Currently, almost half of the Ukrainian energy system is out of order due to Russian "
    "missile strikes, according to Ukraine's PM Denys Shmyhal.",
    [],
    "aid, launchers in a battery, 'almost half' of the grid: none is a barrage",
)

p(
    "h3-babel-055",
    "Babel",
    "https://babel.ua/en/news/87080-russians-damaged-15-energy-infrastructure-facilities-air-defense-shot-down-73-missiles",
    None,
    "Russians damaged 15 energy infrastructure facilities. Air defense shot down 73 missiles\n\nThe enemy fired more than "
    "90 missiles at Ukraine, of which the anti-aircraft defense shot down 73. This was announced by the Deputy Chairman "
    "of the Presidential Office Kyrylo Tymoshenko.\n\nAir Force spokesman Yuriy Ignat announced on the air of the "
    "telethon that Russia had launched 10 Iranian-made Shahed-136/131 kamikaze drones. All 10 were destroyed in the "
    'south of Ukraine.\n\n"We have good air defense results. Out of more than 90 missiles, 73 were shot down. This is '
    'quite a decent result," Ignat said.\n\nIn this attack the Russians involved 14 strategic aviation Tu-95 '
    "missile-carrying aircraft, ships of the Black Sea Fleet and Iranian kamikaze drones.",
    [
        c(RU, None, 90, None, 90, "more_than", False, "officials", inter=73),
        c(RU, None, 100, 10, 90, "more_than", False, "air force", inter=83),
    ],
    "no published date; the deputy head's missiles-only figure and the air force's drones + missiles are two claims; "
    "14 aircraft are launch platforms",
)

p(
    "h3-onlineua-056",
    "Online.ua",
    "https://news.online.ua/en/air-defense-forces-shot-down-57-drones-during-massive-russian-attack-890075/",
    "2025-01-23",
    "Air defense forces shot down 57 drones during massive Russian attack\n\nOn the night of January 23, Russian "
    "occupation forces launched a massive attack on Ukraine, using 92 strike drones. Air defense forces managed to shoot "
    "down 57 drones, another 27 simulator drones were lost in the air without negative consequences, and three remain in "
    "the air.\n\nThe enemy launched the attack on January 22 at 7:00 PM, launching 92 Shahed strike drones and simulator "
    "drones of various types from five directions: Millerovo, Orel, Kursk, Bryansk, and Primorsko-Akhtarsk.\n\nIn "
    "addition, the occupiers launched four Iskander-M/KN-23 ballistic missiles from the territory of the Voronezh region "
    "towards Zaporizhia.",
    [c(RU, "2025-01-23", 96, 92, 4, "exact", False, "air force", inter=84)],
    "'in addition … four ballistic missiles' completes the night; an evening start on 22 Jan ends the morning of 23 Jan",
)

p(
    "h3-afp-057",
    "AFP (Lemmy repost)",
    "https://sh.itjust.works/post/31136552",
    "2025-01-15",
    "Russia launched dozens of missiles and drones at the Ukrainian energy sector, Kyiv said Wednesday, ramping up a "
    "months-long bombing campaign.\nThe barrage came just one day after Kyiv said it had carried out its largest aerial "
    "attack of the war on Russian army factories and energy hubs hundreds of kilometres from the front line.\nThe "
    "Ukrainian air force said Russia had deployed 43 cruise and ballistic missiles and 74 attack drones in the overnight "
    "barrage that appeared to have targeted sites mainly in western Ukraine.\nBut the Ukrainian air force said 30 "
    "missiles had been shot down as well as 47 drones.",
    [c(RU, "2025-01-15", 117, 74, 43, "exact", False, "air force", inter=77)],
    "published inferred (the Wednesday after Ukraine's 14 Jan 2025 strike); Ukraine's 'largest aerial attack' has no figure",
)

p(
    "h3-newsfront-058",
    "News Front",
    "https://en.news-front.su/2024/01/24/russian-air-defence-forces-shot-down-over-50-afu-uavs-in-24-hours",
    "2024-01-24",
    "Russian air defence forces shot down over 50 AFU UAVs in 24 hours\n\nThe Russian Defence Ministry said that Russian "
    "air defence systems shot down 51 Ukrainian drones, HIMARS MLRS shells and two Tochka-U missiles over the day.\n\n"
    '"Air defence forces shot down eight HIMARS multiple rocket launchers and two Tochka-U tactical missiles. In '
    'addition, 51 Ukrainian unmanned aerial vehicles were destroyed," the statement said.\n\nEarlier, the Defence '
    "Ministry said that the Russian Armed Forces launched a group strike on 23 January against the facilities of "
    "Ukraine's military-industrial complex.",
    [c(UA, "2024-01-24", 53, 51, 2, "exact", False, "defence ministry", inter=NA)],
    "the ministry's 'over the day' figure is that day's claim as in the dev corpus (tass-001; corrected after first "
    "contact: first labelled a period); HIMARS rockets are not missiles",
)

p(
    "h3-pledgetimes-059",
    "AFP (Pledge Times)",
    "https://pledgetimes.com/russia-responds-to-us-and-european-tank-shipments-with-bombing-strikes-in-ukraine/",
    "2023-01-26",
    "Ukrainian anti-aircraft defense shot down 47 missiles out of a total of 55 launched by Russia this Thursday in a "
    'new "massive" attack, assured the head of the armed forces of Ukraine, Valery Zaluzhny.\n\n"The Russian '
    'Federation today launched a massive missile attack on the territory of Ukraine. The enemy launched 55 missiles" '
    'from the air and sea, Zaluzhny said on Telegram, adding that his forces "destroyed 47 cruise missiles, 20 of them '
    'in the capital area."\n\nThe Ukrainian air force specified that among the 55 missiles there were two of the KH-47 '
    "Kinzhal type and four KH-59.\n\nAccording to Kyiv, Russia launched dozens of missiles and drones on Thursday, mainly "
    "against Ukrainian energy facilities.",
    [c(RU, "2023-01-26", 55, None, 55, "exact", False, "military", inter=47)],
    "20 downed near the capital is interception only; the Kinzhal/Kh-59 counts are parts of the 55",
)

p(
    "h3-pravda-060",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/12/25/7490643/",
    "2024-12-25",
    "President Volodymyr Zelenskyy has said that Russian forces fired more than 70 missiles and more than 100 attack "
    "drones during a large-scale attack on Ukraine's energy infrastructure on Christmas Day. He also noted that "
    "Ukrainian defenders had managed to shoot down more than 50 missiles and a significant number of drones.\n\nQuote: "
    '"Today, Putin deliberately chose Christmas for an attack. What could be more inhumane? Over 70 missiles, including '
    'ballistic ones, and more than a hundred attack drones. The targets are our energy infrastructure."\n\nDetails: As '
    "of 09:00-10:00, the Air Force reported that missiles were flying toward different regions of the country. The "
    "all-clear was given at 10:21.",
    [c(RU, "2024-12-25", 170, 100, 70, "more_than", False, "president", inter=NA)],
)

p(
    "h3-wbjb-061",
    "NPR (WBJB)",
    "https://www.wbjb.org/2024-12-25/russia-targets-ukrainian-energy-infrastructure-on-christmas-day",
    "2024-12-25",
    "Russia launched a massive missile and drone barrage targeting Ukraine's energy infrastructure on Wednesday, "
    "prompting Ukrainians to take shelter in metro stations on Christmas morning.\n\nThe strikes included 78 air, "
    "ground, and sea-launched missiles as well as 106 Shaheds and other types of drones, Ukraine's air force said. It "
    "claimed to have intercepted 59 missiles and 54 drones, with 52 more drones being jammed.\n\nAt least one person was "
    "killed in the Dnipro region, Vice Prime Minister Oleksii Kuleba said, adding that heating was disrupted for 155 "
    "residential buildings. He also said 500,000 people in the Kharkiv region were without heat.\n\nUkrainian Foreign "
    "Minister Andrii Sybiha said one Russian missile passed Moldovan and Romanian airspace.",
    [c(RU, "2024-12-25", 184, 106, 78, "exact", False, "air force", inter=165)],
    "one missile crossing Moldova and Romania is not a separate barrage",
)

p(
    "h3-onlineua-062",
    "Online.ua",
    "https://news.online.ua/en/russia-launched-12-missiles-at-kharkiv-part-of-the-city-without-heating-888923/",
    "2024-12-25",
    "Russia launched a massive missile strike on Kharkiv, launching 12 missiles that hit energy infrastructure, leaving "
    "much of the city without heating.\n\nAs reported by the mayor of Kharkiv, Igor Terekhov, on the morning of December "
    "25, Kharkiv was subjected to another massive rocket attack. The enemy launched 12 missiles, purposefully hitting "
    "boiler houses, CHP plants, and other energy facilities. Four people were injured.\n\nRussia launched another massive "
    "attack on Ukraine's critical infrastructure on December 25. According to President Volodymyr Zelensky, Russia has "
    "fired more than 70 missiles and more than 100 drones.",
    [
        c(RU, "2024-12-25", 12, None, 12, "exact", False, "mayor", "local", NA, "Kharkiv"),
        c(RU, "2024-12-25", 170, 100, 70, "more_than", False, "president"),
    ],
    "the mayor's 12 is the city's share of the national attack",
)

p(
    "h3-newsx-063",
    "NewsX",
    "https://www.newsx.com/world/russias-christmas-strike-over-70-missiles-and-100-drones-hit-ukraines-energy-grid/",
    "2024-12-25",
    "Russia launched a devastating attack on Ukraine this Christmas, unleashing more than 79 missiles and 100 drones on "
    "the country's energy infrastructure.\n\nRussia has launched a barrage of over 79 missiles and more than 100 drones "
    "on Ukraine, targeting critical energy infrastructure across Ukraine.\n\nOn Christmas, Zelenskyy shared the grim news: "
    '"What could be more inhumane?" Zelenskyy said in a post on X. "Over 70 missiles, including ballistic ones, and '
    'more than 100 attack drones."\n\nZelenskyy said that over 50 missiles and many drones were shot down by Ukrainian '
    "forces.",
    [
        c(RU, "2024-12-25", 179, 100, 79, "more_than", False, None),
        c(RU, "2024-12-25", 170, 100, 70, "more_than", False, "president", inter=NA),
    ],
    "the outlet's own (mistyped) 79 and the president's 70 are two figures",
)

p(
    "h3-kyivindependent-064",
    "The Kyiv Independent",
    "https://kyivindependent.com./russia-terrorizes-ukraine-with-mass-missile-drone-attack-on-christmas-morning",
    "2024-12-25",
    "Russia launched a mass aerial attack against Ukraine on Dec. 25, targeting cities across the country with missiles "
    "and drones.\n\nThe northeastern city of Kharkiv was among the hardest hit. At least six people were injured, "
    "Governor Oleh Syniehubov said.\n\nRussia launched 78 missiles and 106 drones, the Air Force said. Ukraine shot down "
    "55 Kh-101/Kh-55/Kalibr cruise missiles and four Kh-59/Kh-69 missiles, as well as 54 Shahed-type drones and other "
    'types of drones, according to the report. Another 52 drones were "lost."\n\nThe Air Force reported that Russian '
    "Tu-95 strategic bombers had taken flight overnight.",
    [c(RU, "2024-12-25", 184, 106, 78, "exact", False, "air force", inter=165)],
)

p(
    "h3-espreso-065",
    "Espreso",
    "https://global.espreso.tv/russian-war-crimes-massive-russian-attack-on-christmas-eve-victims-in-kharkiv-explosions-across-ukraine",
    "2024-12-25",
    "On Christmas Eve, December 24, and into Christmas Day, December 25, the Russian army launched Shahed-type drones and "
    "missiles at Ukraine.\nAt approximately 6 a.m., the Russian military launched ballistic missiles targeting Kharkiv, "
    "the Air Force reported.\nAs of 6:10 a.m., at least seven explosions had been reported.\nBy 6:37 a.m., one casualty "
    "had been reported in the Saltivskyi district. As of 8:13 a.m., the number of victims in Kharkiv had risen to six.",
    [],
    "live-blog style; explosions and victims only",
)

p(
    "h3-crooksandliars-066",
    "The New York Times (Crooks and Liars)",
    "https://crooksandliars.com/2025/09/poland-shoots-down-russian-drones-its",
    "2025-09-10",
    "Poland said yesterday that it had shot down Russian drones that entered its airspace during a huge attack on targets "
    "across the border in Ukraine.\n\nIt was not clear in the early aftermath exactly how many drones had crossed into "
    "Poland. The Ukrainian Air Force put the figure at eight or more, part of a broader Russian attack overnight that sent "
    "415 drones into Ukraine. The Polish military said the number of drones in its airspace had been more than a dozen. "
    "Mr. Tusk cited a total of 19, according to Polish television.",
    [c(RU, "2025-09-10", 415, 415, None, "exact", False, "air force")],
    "drones that strayed into Poland are not a barrage; the Ukrainian night is",
)

p(
    "h3-kyivpost-067",
    "AFP (Kyiv Post)",
    "https://kyivpost.com/index.php/post/23600",
    "2023-11-03",
    'Russia launched 40 drones overnight in a "massive" attack on Ukrainian cities and infrastructure but over half of '
    "them were downed, officials said on Friday.\n\n\"Last night there were about 40 'Shaheds'. More than half of them were "
    "shot down,\" President Volodymyr Zelensky said in a post on social media.\n\nUkraine's air force said it shot down 24 "
    "of the drones as well as a Russian missile.\n\nLviv governor Maksym Kozytsky said Russian drone strikes hit five "
    "critical infrastructure sites.\n\nRussia's defence ministry said overnight it shot down two Ukrainian drones over its "
    "Belgorod region, which borders Ukraine.",
    [
        c(RU, "2023-11-03", 40, 40, NA, NA, False, NA, inter=NA),
        c(
            UA,
            "2023-11-03",
            2,
            2,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            2,
            "Belgorod region",
        ),
    ],
    "published inferred (a Friday in early November 2023, after an 'October 21' strike it mentions); the lead's 40 and "
    "the president's 'about 40' are one claim; a missile shot down leaves the missile count open",
)

p(
    "h3-kyiv24-068",
    "Kyiv24",
    "https://en.kyiv24.news/news/russians-launched-26-iranian-shahed-drones-over-ukraine-21-of-them-were-shot-down",
    None,
    "Yesterday, Russians launched 26 Iranian Shahed drones over Ukraine, with 21 being shot down by Ukrainian forces, the "
    'General Staff of the Armed Forces of Ukraine reported in its summary.\n"Over the past day, the enemy inflicted 3 '
    "missile and 57 aviation strikes, in particular, using 26 UAVs of the Shahed-136 type. 21 of them were destroyed by our "
    "defenders. Russian aggressors also carried out 69 shelling with rocket artillery on the positions of our troops and "
    'settlements," the statement reads.',
    [c(RU, None, 26, 26, None, "exact", False, "general staff", "period", NA)],
    "no published date; the General Staff's daily summary is a period tally; strike and shelling counts are not weapons",
)

p(
    "h3-abcnews-069",
    "ABC News (K105.3)",
    "https://www.k1053.com/2026/02/03/russia-hits-ukraine-energy-targets-with-hundreds-of-drones-missiles-ahead-of-talks",
    "2026-02-03",
    "Russia hits Ukraine energy targets with hundreds of drones, missiles, ahead of talks\n\n(LONDON) — Ukrainian President "
    'Volodymyr Zelenskyy urged "maximum pressure" on Russia after Moscow fired hundreds of drones and missiles into '
    "Ukraine overnight into Tuesday morning.\n\nUkraine's air force said Russia launched 71 missiles and 450 drones into "
    "the country overnight, of which 38 missiles and 412 drones were shot down or suppressed. Twenty-seven missiles and 31 "
    "drones impacted across 27 locations, the air force said.\n\nThe strike was the largest reported by the Ukrainian air "
    "force of the year so far, and the largest overall number of munitions launched in a single night since the night of "
    "Dec. 27.\n\nThe number of missiles fired on Monday night was also unusually high, and the largest total for a single "
    "night since April 24, according to air force data analyzed by ABC News.",
    [c(RU, "2026-02-03", 521, 450, 71, "exact", False, "air force", inter=450)],
    "'largest of the year' / 'largest since' are not records; the compared nights carry no figure",
)

p(
    "h3-jlw-070",
    "JLW newsletter",
    "https://jlw-newsletter.pages.dev/jlw-2026-02-03-ukraine-war.html",
    "2026-02-03",
    "521 Munitions, One Night, Zero Lights\nBetween February 2nd and 3rd, Russia launched what the Ukrainian Air Force "
    'called the "most powerful" combined strike of 2026: 71 missiles and 450 drones targeting energy infrastructure '
    "across the country. Kyiv, Kharkiv, and Odesa went dark.\nThe barrage came immediately after the expiration of a 7-day "
    "US-brokered halt on strikes against Kyiv.\nThe 86% drone ratio tells a story the Kremlin won't say out loud. Ukraine's "
    "air defenses intercepted a significant portion, but against 450 simultaneous inbound threats, some always get "
    "through.",
    [c(RU, "2026-02-03", 521, 450, 71, "exact", False, "air force")],
    "the headline's '521 munitions' is the same claim; 'most powerful … of 2026' is no record; the night of 2-3 Feb is "
    "dated by its morning",
)

p(
    "h3-devdiscourse-071",
    "Reuters (Devdiscourse)",
    "https://www.devdiscourse.com/article/headlines/3818291-overnight-assault-russia-targets-ukraines-energy-sector",
    "2026-02-26",
    "Overnight Assault: Russia Targets Ukraine's Energy Sector\nIn a significant escalation, Russia launched 420 drones "
    "and 39 missiles targeting Ukraine's energy infrastructure. President Volodymyr Zelenskiy reported numerous injuries, "
    "including children, with damage across eight regions.\nRussia launched a concerted attack overnight, deploying 420 "
    "drones and 39 missiles to target Ukraine's critical energy sector and infrastructure, President Volodymyr Zelenskiy "
    "announced.",
    [c(RU, "2026-02-26", 459, 420, 39, "exact", False, "president")],
)

p(
    "h3-newsmax-072",
    "Reuters (Newsmax)",
    "https://www.newsmax.com/world/globaltalk/russia-ukraine-missiles/2026/02/26/id/1247490/",
    "2026-02-26",
    "Russia fired a barrage of drones and missiles at Ukraine's energy sector and railway infrastructure overnight on "
    "Thursday, injuring dozens of people, officials said.\n\nPresident Volodymyr Zelenskyy said Russia launched 420 drones "
    "and 39 missiles, including 11 ballistic ones, to target Ukraine's energy sector and other critical infrastructure.\n\n"
    "Ukrainian air defense units shot down 374 drones and 32 missiles, the air force said, but five Russian ballistic "
    "missiles and 46 drones hit 32 sites.\n\nAt least 14 people were injured in the Kharkiv region, Kharkiv Governor Oleh "
    "Syniehubov said on Telegram, adding that the city itself had been attacked by two missiles and 17 drones.\n\n"
    "Zaporizhzhia Governor Ivan Fedorov said Russian drones damaged 19 apartment buildings.",
    [
        c(RU, "2026-02-26", 459, 420, 39, "exact", False, "president", inter=406),
        c(RU, "2026-02-26", 19, 17, 2, "exact", False, "governor", "local", NA, "Kharkiv"),
    ],
    "the city's 2 + 17 is its share of the night",
)

p(
    "h3-newsfinale-073",
    "AP (News Finale)",
    "https://newsfinale.com/local-news/russias-escalating-assault-devastating-attack-on-ukraines-power-grid-claims-4-lives",
    "2026-01-13",
    "KYIV – Russia unleashed another extensive drone and missile assault on Ukraine, the second such attack in just four "
    "days, Ukrainian officials reported on Tuesday.\n\nAccording to Ukrainian President Volodymyr Zelenskyy, the overnight "
    "offensive saw Russia deploy nearly 300 drones, along with 18 ballistic and seven cruise missiles, targeting eight "
    "different regions.\n\nOne of the attacks in the northeastern Kharkiv region resulted in four fatalities at a mail "
    "depot.\n\nJust four days prior, a similarly intense wave of drones and missiles had been launched by Russia. During "
    "that assault, a new and potent hypersonic missile was used for only the second time in the war.",
    [c(RU, "2026-01-13", 325, 300, 25, "about", False, "president")],
    "published inferred (the Tuesday four days after the second Oreshnik launch, 9 Jan 2026); the earlier wave has no "
    "figure; one hypersonic missile is not a barrage count",
)

p(
    "h3-kjfk-074",
    "KJFK News",
    "https://kjfk.news/2026/01/28/ukrainian-drones-target-russian-airfields-in-bold-sbu-operation",
    "2026-01-28",
    "Ukrainian drones have reportedly struck 15 Russian aircraft across five different airfields deep behind the front "
    "lines.\n\nThe operation, attributed to Ukraine's Security Service (SBU), targeted a mix of advanced and older "
    "aircraft, including 11 Sukhoi and MiG fighter jets, three helicopters, and an Antonov An-26 cargo plane. The destroyed "
    "aircraft are said to be worth over $1 billion.\n\nThis operation follows a previous strike by the same unit, which "
    "reportedly disabled or destroyed $4 billion worth of Russian air defense systems, including S-300, S-350, and S-400 "
    "missile launchers.",
    [],
    "targets hit and equipment destroyed: no barrage figure",
)

p(
    "h3-alrafy-075",
    "CNN (Alrafy News)",
    "https://alrafynews.com/photo-kyiv-attack-drones-cnn/",
    "2022-10-17",
    'A wave of "kamikaze" drone attacks on Kyiv on Monday morning resulted in the death of at least one person and sounded '
    "warning sirens across the Ukrainian capital while commuters went to work.\nThe Kyiv attack appears to be part of a "
    "broader Russian attack involving drones and cruise missiles. The Ukrainian Air Force said it had destroyed 37 "
    '"kamikaze" drones made in Iran and three cruise missiles in the southern and eastern parts of the country early on '
    "Monday.",
    [],
    "interception-only figures",
)

p(
    "h3-yenisafak-076",
    "Anadolu (Yeni Safak)",
    "https://www.yenisafak.com/en/video-gallery/world/at-least-23-russian-kamikaze-drone-attacks-prevented-in-2-days-says-zelenskyy-3654490",
    "2022-10-27",
    "At least 23 Russian kamikaze drone attacks prevented in 2 days, says Zelenskyy\n\nUkrainian President Volodymyr "
    "Zelenskyy announced on Thursday (Oct. 27) that Russia has carried out 8,000 air strikes and 4,500 missile attacks so "
    "far in the war. At least 30 kamikaze drones were launched by the Russian forces to the territory of Ukraine in the last "
    "two days, Zelenskyy added.",
    [
        c(RU, None, 4500, None, 4500, "exact", False, "president", "period"),
        c(RU, None, 30, 30, None, "at_least", False, "president", "period"),
    ],
    "as in set 2 (h2-hindustantimes-003): the war-long missile tally and the two-day drone tally are periods; 'air "
    "strikes' are sorties",
)

p(
    "h3-cnnlive-077",
    "CNN live blog (proxy copy)",
    "http://www.initialnews.com/scribble/index.php?page=&url=https%3A%2F%2Fedition.cnn.com%2Feurope%2Flive-news%2Frussia-ukraine-war-news-10-17-22%2Fh_2bacb4f476d4fb55111c1246b63c02c2",
    "2022-10-17",
    'Dozens of "kamikaze" drones from the south of Ukraine destroyed, Air Force says\n\nOctober 17, 2022 Russia-Ukraine '
    "news\n\nThe Ukrainian Defense Ministry said it destroyed 37 Iranian-made Shahed-136s overnight Sunday and on Monday. "
    '"In the past 13 hours, #UAarmy shot down 37 Iranian Shahed-136 drones and 3 cruise missiles launched by Russian '
    'terrorists," the ministry said on Twitter.\n\nUkrainian forces said they hit 11 Shahed-136s in northern and central '
    "regions of the country. Earlier, the Air Force said 26 drones were downed in the south of the country.\n\nSome "
    'context: Russia has ordered 2,400 "kamikaze" drones from Iran, according to Ukrainian President Volodymyr Zelensky.',
    [],
    "shot-down-only figures and an order of drones: no launched figure",
)

p(
    "h3-euromaidan-078",
    "Euromaidan Press",
    "https://euromaidanpress.com/2022/10/17/russia-strikes-kyiv-with-shahed-drones-building-on-fire-updates",
    "2022-10-17",
    "Capital Kyiv was under a drone attack from early morning of 17 October. As of 20.00 four were killed in the attack.\n"
    "According to Klitschko, 28 drones attacked Kyiv, most of which were shot down. Five objects were struck, energy "
    "infrastructure objects among them, said Prime Minister Denys Shmyhal.\nAccording to Ukraine's Air Force spox Yuriy "
    "Ihnat, Russia launched 43 Shahed-136 suicide drones for the attack, 37 of which were destroyed by Ukraine's aviation, "
    "anti-air defense, and other defense units.",
    [
        c(RU, "2022-10-17", 28, 28, None, "exact", False, "mayor", "local", NA, "Kyiv"),
        c(RU, "2022-10-17", 43, 43, None, "exact", False, "air force", inter=37),
    ],
    "the mayor's city figure and the air force's national one",
)

p(
    "h3-kyivindependent-079",
    "The Kyiv Independent",
    "https://kyivindependent.com/national/russia-launches-first-ever-kamikaze-drone-attack-on-kyiv",
    "2022-10-17",
    "Russia launches first-ever kamikaze drone attack on Kyiv, kills 4 (UPDATED)\n\nKYIV – Russia launched its first-ever "
    "attack on the Ukrainian capital using Iranian-made Shahed-136 drones early on Oct. 17, Kyiv Mayor Vitali Klitschko "
    "reported.\n\nThe bodies of four civilians, including a six months pregnant woman, have been found under the rubble of "
    "the residential building, Klitschko reported.\n\nKamikaze drones struck Kyiv Oblast for the first time on Oct. 5, "
    "hitting an undisclosed building in Bila Tserkva, located some 75 kilometers south of the capital.",
    [],
    "'first-ever' attack without a figure; casualties and distances only",
)

p(
    "h3-devdiscourse-080",
    "Reuters (Devdiscourse)",
    "https://www.devdiscourse.com/article/law-order/2568815-russia-says-it-downed-three-ukrainian-drones-over-russian-regions",
    "2023-08-24",
    "Russia says it downed three Ukrainian drones over Russian regions\nThe Russian Defence Ministry said early on "
    "Thursday air defence systems had shot down three Ukrainian drones over Russian regions.\nTwo drones were downed over "
    "the Bryansk region that borders Ukraine and one more - over the Kaluga region that is closer to Moscow.",
    mod("2023-08-24", 3, [(2, "Bryansk region"), (1, "Kaluga region")]),
    "figures in words",
)

p(
    "h3-devdiscourse-081",
    "Reuters (Devdiscourse)",
    "https://www.devdiscourse.com/article/headlines/2556857-russia-shoots-down-3-ukrainian-drones-over-russia---defence-ministry",
    "2023-08-13",
    "Russia shoots down 3 Ukrainian drones over Russia - defence ministry\nRussian air defences shot down at least three "
    "Ukrainian drones over western regions of Russia on Sunday, the defence ministry said.\nTwo drones were shot down over "
    "Belgorod region and another over the Kursk region, the defence ministry said. Drone air strikes deep inside Russia "
    "have increased in recent months. Civilian areas of the capital were hit later in May and a Moscow business district "
    "was targeted twice in three days earlier this month.",
    [
        c(UA, "2023-08-13", 3, 3, None, NA, False, "defence ministry", inter=3),
        c(
            UA,
            "2023-08-13",
            2,
            2,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            2,
            "Belgorod region",
        ),
        c(
            UA,
            "2023-08-13",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Kursk region",
        ),
    ],
    "headline '3' vs lead 'at least three': qualifier unscored; the original's clause on an earlier single drone over the "
    "Kremlin is left out (background, not this night)",
)

p(
    "h3-kyivindependent-082",
    "The Kyiv Independent",
    "https://kyivindependent.com/nobot/russia-allegedly-downs-3-drones-approaching-moscow-as-putin-prepares-victory-day-parade/",
    "2025-05-06",
    "Russian air defense allegedly shot down three drones heading toward Moscow on May 6, Moscow Mayor Sergei Sobyanin "
    "said.\n\nThe news comes ahead of Russia's May 9 Victory Day celebrations.\n\nDuring the attack, temporary restrictions "
    "were imposed on air traffic over Moscow, as well as over Kaluga, Tambov, Yaroslavl, and Nizhny Novgorod.\n\nOvernight "
    "on May 6, Russia also reported intercepting 19 drones headed toward Moscow, marking the second consecutive night that "
    "drones reportedly targeted the Russian capital.",
    [
        c(UA, "2025-05-06", 3, 3, None, "exact", False, "mayor", "local", 3, "Moscow"),
        c(UA, "2025-05-06", 19, 19, None, "exact", False, NA, "local", 19, "Moscow"),
    ],
    "a daytime figure and the night's figure for the capital (daytime flag not labelled)",
)

p(
    "h3-devdiscourse-083",
    "Reuters (Devdiscourse)",
    "https://www.devdiscourse.com/article/law-order/3518728-russian-defence-claims-mass-downing-of-ukrainian-drones",
    None,
    "Russian Defence Claims Mass Downing of Ukrainian Drones\nRussian air defence units reportedly downed 291 Ukrainian "
    "drones, as announced by the Russian Defence Ministry on Sunday. The statement further detailed the destruction of two "
    "guided aircraft bombs and three projectiles from Czech-made Vampire multiple rocket launch systems.\nIn addition to "
    "these defences, Russian warplanes and drones launched strikes on Ukrainian drone production facilities and command "
    "centres.",
    [c(UA, None, 291, 291, None, "exact", False, "defence ministry", NA, 291)],
    "no published date; glide bombs and MLRS rockets are not counted; scope unscored (a daily summary or a night)",
)

p(
    "h3-ipledge-084",
    "ipledge2nigeria (agency copy)",
    "https://www.ipledge2nigeria.net/2023/05/09/russia-attacks-ukraine-with-large-drones-ahead-of-victory-day/",
    "2023-05-08",
    "Russia unleashed one of the largest drone swarms on Ukraine in months, as the country prepared to mark the May 9 "
    "holiday celebrating the defeat of Nazi Germany.\n\nKyiv's mayor said Russia had fired as many as 60 Iranian-made "
    "kamikaze drones at Ukrainian targets. He added that it included 36 at the capital, all of which had been shot down.\n\n"
    "A food warehouse was also set ablaze by a missile in the Black Sea city of Odessa, where officials reported three "
    "people were injured.\n\nRussia is preparing for Tuesday's Victory Day parade.",
    [
        c(RU, "2023-05-08", 60, 60, None, NA, False, "mayor"),
        c(RU, "2023-05-08", 36, 36, None, "exact", False, "mayor", "local", 36, "Kyiv"),
    ],
    "published inferred (written on Monday 8 May: 'Tuesday's Victory Day parade' is still to come); one missile hitting a "
    "warehouse is a hit",
)

p(
    "h3-frontierpost-085",
    "Anadolu (The Frontier Post)",
    "https://thefrontierpost.com/ukraine-says-russia-launched-drone-attack-on-kyiv-second-night-in-row/",
    None,
    'KYIV (AA): Russia launched a "wave" of drone attacks on Kyiv for the second night in a row, the capital\'s military '
    "administration said on Sunday.\n\nPopko said about a dozen Russian drones were hit by air defense forces in Kyiv and "
    "its outskirts, with no casualties or critical damage reported.\n\nUkraine's air force claimed in a separate statement "
    "that 15 out of 20 Russian drones were shot down.",
    [c(RU, None, 20, 20, None, "exact", False, "air force", inter=15)],
    "no reliable published date; the dozen over Kyiv is interception only",
)

p(
    "h3-scandals-086",
    "AFP (Scandals.pk)",
    "https://scandals.pk/index.php/news/4006/Politics/August-28-2024/Deadly-Russian-strikes-pound-Ukraine-for-2nd-day",
    "2024-08-28",
    "KYIV - Russia fired a wave of attack drones and missiles at Ukraine that killed at least four people, authorities said "
    "Tuesday after the second night of heavy strikes across the war-battered nation.\nUkraine's air force said Tuesday it "
    "downed half of the 10 missiles and 60 of the 81 attack drones launched from several regions of Russia and from "
    "occupied Crimea.\nRussia fired hundreds of drones and missiles at Ukraine on Monday, battering the country's already "
    "weakened energy grid, officials said.\nOn Monday, President Volodymyr Zelensky said Moscow launched at least 127 "
    'missiles and 109 drones in "one of the largest Russian attacks". Of those, 102 missiles and 99 drones were shot down, '
    'according to Ukrainian Air Force Commander Mykola Oleshchuk, who described it as Russia\'s "most massive" attack.',
    [
        c(RU, "2024-08-27", 91, 81, 10, "exact", False, "air force", inter=65),
        c(RU, "2024-08-26", 236, 109, 127, "at_least", True, "president", inter=201),
    ],
    "printed the day after: 'said Tuesday' dates the second night; 'half of the 10' = 5 missiles downed; Monday's "
    "'hundreds' gives way to the president's figure",
)

p(
    "h3-worldstockmarket-087",
    "CNN Brasil (World Stock Market)",
    "https://www.worldstockmarket.net/russia-launches-new-wave-of-drone-attacks-in-ukraine",
    None,
    "On Wednesday, Russia launched a new wave of drone strikes against several regions of Ukraine, including the capital, "
    "according to Ukrainian officials.\nUkraine's Air Force Command said 21 of the 26 Iranian-made Shahed drones fired by "
    "Russia were destroyed, with no casualties or extensive damage reported.\nAccording to Serhii Popko, head of Kiev's "
    "military administration, the capital was hit by Shahed drones on Wednesday for the third time in six days.\nIn "
    "eastern Ukraine, regional military chief Serhiy Lysak said the air force had shot down seven drones over the city.",
    [c(RU, None, 26, 26, None, "exact", False, "air force", inter=21)],
    "no published date",
)

p(
    "h3-dmarketforces-088",
    "dpa (Dmarketforces)",
    "https://dmarketforces.com/ukraine-reports-another-50-overnight-drone-attacks/",
    None,
    "Ukraine Reports Another 50 Overnight Drone Attacks\n\nRussia has showered Ukraine with a new wave of drone attacks "
    "overnight, the Ukrainian Air Force reported on Wednesday morning.\n\nForty-one of the 48 combat drones launched by the "
    "Russian army have been repelled, the air force said on Telegram.\n\nRussia had been waging a war against the "
    "neighbouring country for more than 21 months and has been ramping up its overnight drone attacks over the past few "
    "days.",
    [c(RU, None, 48, 48, None, "exact", False, "air force", inter=41)],
    "no published date; the headline's 50 is the rounded 48; figures in words",
)

p(
    "h3-jpost-089",
    "Reuters (The Jerusalem Post)",
    "https://www.jpost.com/breaking-news/article-756208",
    None,
    "Russia says it shot down 73 Ukrainian drones over last 24 hours",
    [c(UA, None, 73, 73, None, "exact", False, NA, "national", NA)],
    "headline only; a 24-hour downed count is that day's claim as in the dev corpus (reuters-ua-ru-003; corrected "
    "after first contact: first labelled a period); no published date",
)


def main() -> None:
    PASSAGES.write(HERE)


if __name__ == "__main__":
    main()
