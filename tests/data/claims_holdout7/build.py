# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the SEVENTH held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news after sets 1-6 were all tuned
on. Each passage is lightly paraphrased from a real English news article found with the
project's search tool (no URL is shared with tests/data/claims_holdout{,2,3,4,5,6}/; URL and
published date kept where the page gives one); names, numbers, dates and the grammatical shape
of each sentence are as in the original. The set mixes the 2022 missile nights, the May 2023
Kinzhal night, Crimea and Sevastopol drone nights, one-drone governor and ministry lines,
the 2025 record nights as rewritten by aggregators, weekly, monthly and war-long tallies,
refinery raids, and many pages whose only figures are shoot-downs, explosions or threats.
Run `python tests/data/claims_holdout7/build.py` to regenerate the JSONL after editing a label.

61 passages from 61 articles (11 with no claim), 81 expected claims (RU->UA 32, UA->RU 49;
national 24, local 49, period 6, 2 with scope not scored), labelled and committed before any
extractor run.

FIRST CONTACT (labels at 05bd998, extractor at e9746c1, run 2026-11-22): 81 predicted; key
(direction, event_date, total) P 0.815, R 0.815, F1 0.815; no records-feed leak. The failure
classes are in docs/claims/holdout7-first-contact.md.

AFTER TUNING (29160ca..f577526, general rules for the recurring classes, 17 k7-* dev passages;
labels untouched): P 0.939, R 0.951, key F1 0.945, no leak. Set 7 is no longer held-out.

Labels follow set 6's conventions: intercepted = everything neutralised (shot down +
jammed/lost); UA->RU claims from Russia's defence ministry count what it downed
(launched_total = intercepted) and every region in its list is a `local` claim; RU->UA
shot-down-only figures are not claims, nor are hits, explosions or expected figures; a total is
open (null, `vague`) when the figure sentence names an uncounted component; "dozens"/"hundreds"
with no number is a `vague` claim with a null total; period tallies have scope "period" and a
null event_date; "nearly/almost" and mixed qualifiers are `about`; a lead's rounded figure is the
same claim as the detailed one; a figure tied to one city/region under 100 is `local`; a
governor's repeat of the ministry's figure for his region is the same claim; an evening window
belongs to the night that ends the next morning, a daytime window to its own day. A field given
as NA is left out: the text is ambiguous, so it is not scored. Passages without a recoverable
published date carry `published: null` (their undated figures: event_date null).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c, mod

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- 2022: the autumn missile nights ----------------------------------------------
p(
    "h7-voanews-001",
    "VOA",
    "https://www.voanews.com/a/russian-missiles-hit-ukrainian-capital-other-cities-/6783103.html",
    "2022-10-10",
    "Deadly Russian missile strikes hit Ukraine's capital on Monday, part of a barrage of what the Ukrainian military "
    "said was 75 missiles launched at the country.\n\nKyiv police said most of the strikes hit the centre of the city, "
    "killing at least five people and wounding 12 others. Explosions were also reported in Lviv, Dnipro and Kharkiv. "
    "Ukraine's military said it shot down 41 of the Russian missiles.\n\nKyiv was last attacked in June.",
    [c(RU, "2022-10-10", 75, None, 75, "exact", False, "military", inter=41)],
)

p(
    "h7-alarabiya-002",
    "Al Arabiya",
    "https://english.alarabiya.net/News/world/2022/12/31/Ukraine-shot-down-12-of-20-Russian-missiles-Army",
    "2022-12-31",
    "Ukraine shot down 12 of 20 Russian missiles: Army\n\nUkraine's air defense shot down 12 out of 20 missiles launched "
    "by Russia on Saturday afternoon, hours before New Year's Eve celebrations, the Ukrainian army said.\n\nRussia "
    '"launched more than 20 cruise missiles... Our air defense destroyed 12 cruise missiles," Ukraine\'s commander-in-chief '
    "General Valeriy Zaluzhny said on social media, adding that six of them were shot down over the capital Kyiv.\n\n"
    "Attacks were also reported in the southern Mykolaiv region, where governor Vitaliy Kim said at least two people "
    "were wounded.",
    [c(RU, "2022-12-31", 20, None, 20, NA, False, "military", inter=12)],
    "the lead's '20' and the quote's 'more than 20' are one claim (qualifier not scored); a daytime wave",
)

p(
    "h7-thegoaspotlight-003",
    "The Goa Spotlight",
    "https://thegoaspotlight.com/2022/10/31/russia-launches-50-missiles-at-ukraines-energy-infrastructure/",
    "2022-10-31",
    "Russia launched a wave of cruise missiles at hydroelectric dams and other key infrastructure across Ukraine on "
    "Monday, with explosions reported in the capital Kiev and at least 10 other cities and regions.\n\nUkraine's air "
    "command said it shot down 44 of 50 enemy missiles. Video footage suggested that several missiles were intercepted "
    "in the skies over Kiev shortly after 8:00 am. The cruise missiles were fired from Russian aircraft flying north of "
    "the Caspian Sea and the Rostov region.",
    [c(RU, "2022-10-31", 50, None, 50, "exact", False, "air force", inter=44)],
)

p(
    "h7-sparkchronicles-004",
    "Spark Chronicles",
    "https://sparkchronicles.com/russian-missiles-over-the-city-of-zaporizhzhia-dozens-under-the-rubble-world/",
    None,
    "Russian missiles over the city of Zaporizhzhia: 'Dozens under the rubble'\n\nThe Russian army launched seven missile "
    "attacks on residential buildings in Zaporizhzhia, in southeastern Ukraine, the head of the regional military "
    "administration Oleksandr Starukh said. So far there are two women killed and six civilians injured.\n\nRussian "
    "forces also struck infrastructure in the Osnovyanskyi district of Kharkiv overnight, mayor Ihor Terekhov said.\n\n"
    "Meanwhile, six Russian kamikaze drones (out of a total of 12) that had attacked the regions of Odessa and Mykolaiv "
    "were shot down by Ukrainian air defence units, the Southern Operational Command said, according to Ukrinform.",
    [c(RU, None, 12, 12, None, "exact", False, "military", NA, 6, NA)],
    "'seven missile attacks' is a strike count; the 12 drones span two regions (scope not scored)",
)

# --- 2023 ------------------------------------------------------------------------
p(
    "h7-lbcgroup-005",
    "LBCI",
    "https://www.lbcgroup.tv/news/world/703295/kyiv-says-it-shoots-down-volley-of-russian-hyperso/en",
    "2023-05-16",
    "Kyiv says it shoots down volley of Russian hypersonic missiles\n\nUkraine said on Tuesday it had shot down six "
    "Russian Kinzhal missiles in a single night, thwarting a weapon Moscow has touted as all but unstoppable.\n\nAir raid "
    "sirens blared across nearly all of Ukraine early on Tuesday.\n\nThe six Kinzhals were among a volley of 18 missiles "
    "Russia fired at Ukraine overnight, lighting up Kyiv with flashes and raining debris after they were blasted from "
    "the sky.\n\nRussia's defense ministry claimed to have destroyed a US-built Patriot system with a Kinzhal missile. "
    "But the commander-in-chief of Ukraine's armed forces, Valeriy Zaluzhnyi, said all had been successfully intercepted.",
    [c(RU, "2023-05-16", 18, None, 18, "exact", False, NA, inter=18)],
)

p(
    "h7-thenational-006",
    "The National",
    "https://www.thenationalnews.com/world/uk-news/2023/05/16/kyiv-downs-six-hypersonic-missiles-in-exceptional-overnight-attack/",
    "2023-05-16",
    "Kyiv downs six hypersonic missiles in 'exceptional' overnight attack\n\nUkraine shot down six hypersonic missiles "
    'after Russia launched an "exceptional" attack on Kyiv overnight.\n\nUkraine\'s Air Force said 18 missiles of various '
    "types were launched, including drones, cruise and ballistic missiles. All were intercepted and shot down, according "
    'to Air Force spokesman Yurii Ihnat.\n\nThey included six "Kinzhal" aero-ballistic missiles launched from MiG-31K '
    "aircraft, nine cruise missiles from ships in the Black Sea and three land-based S-400 missiles, said Mr Ihnat.",
    [c(RU, "2023-05-16", 18, NA, 18, "exact", False, "air force", inter=18)],
    "6 + 9 + 3 = 18 missiles; 'including drones' is the outlet's slip (drones not scored)",
)

p(
    "h7-dunyanews-007",
    "Dunya News",
    "https://dunyanews.tv/index.php/en/World/724320-In-first,-Kyiv-says-it-shoots-down-volley-of-Russian-\\'hypersonic\\'-missil",
    "2023-05-16",
    "In first, Kyiv says it shoots down volley of Russian 'hypersonic' missiles\n\nUkraine said on Tuesday it had shot "
    "down six Russian Kinzhal missiles in a single night.\n\nWhen asked about the Ukrainian claim, Russian Defence "
    "Minister Sergei Shoigu dismissed it, the RIA news agency reported. The number of claimed Ukrainian missile "
    'intercepts in general is "three times greater than the number we launch", RIA quoted Shoigu as saying.',
    [],
    "shoot-downs only; Shoigu's ratio is not a figure",
)

p(
    "h7-nhk-008",
    "NHK World",
    "https://www3.nhk.or.jp/nhkworld/en/news/20230517_34/",
    "2023-05-17",
    "Ukraine military says its air defense systems shot down Russian Kinzhal missiles\n\nRussia conducted intensive "
    "airstrikes on Ukraine's capital Kyiv and other locations on Tuesday. Ukraine's military said its air defense systems "
    "shot down Russian Kinzhal missiles which Moscow says are hypersonic.\n\nThe British defense ministry said Ukraine "
    "achieved its first ever shoot-down of a Kinzhal missile on May 3, and that Russia has likely lost several more "
    "Kinzhals since.",
    [],
    "no launch figure",
)

p(
    "h7-menafn-009",
    "Ukrinform via MENAFN",
    "https://menafn.com/1107218218/Enemy-Attacks-Odesa-Region-With-Drones-Hitting-Logistics-Infrastructure",
    "2023-10-10",
    "The logistics infrastructure was hit in an enemy drone attack in Odesa region overnight Tuesday.\n\nOleh Kiper, the "
    "head of the regional military administration, reported this on Telegram. According to him, the enemy repeatedly "
    "attacked Odesa region with combat drones for three hours at night. Ukraine's air defense forces destroyed 23 Shahed "
    "drones over Odesa region.\n\nAs Ukrinform reported, on the night of October 10, the Ukrainian defense forces "
    "destroyed 27 out of 36 Russian Shahed-type attack UAVs in the south of Ukraine.",
    [c(RU, "2023-10-10", 36, 36, None, "exact", False, NA, NA, 27, NA)],
    "the region's 23 is a shoot-down only",
)

p(
    "h7-radiofree-010",
    "Radio Free Asia (Reuters)",
    "https://radiofree.asia/2023/08/12/russia-says-20-ukrainian-drones-destroyed-over-crimea",
    "2023-08-12",
    "Russia says 20 Ukrainian drones destroyed over Crimea\n\nRussian defence ministry says 20 Ukrainian drones were shot "
    "down and electronically suppressed in an early morning attack.",
    [c(UA, "2023-08-12", 20, 20, None, "exact", False, "defence ministry", "local", 20, "Crimea")],
)

p(
    "h7-devdiscourse-011",
    "Devdiscourse (Reuters)",
    "https://www.devdiscourse.com/article/law-order/2534407-russia-says-ukraine-fired-17-drones-at-crimea",
    None,
    "The Russian Defence Ministry said on Monday that Ukraine tried to attack Crimea overnight using 17 drones, but that "
    "the attack was foiled and that there were no casualties. It said eleven of the drones crashed into the Black Sea "
    "after being repressed by anti-drone equipment, three fell on Crimean territory and three were destroyed by "
    "air-defences.\n\nReuters was not able to independently verify the report.",
    [c(UA, None, 17, 17, None, "exact", False, "defence ministry", "local", NA, "Crimea")],
)

p(
    "h7-jpost-012",
    "The Jerusalem Post (Reuters)",
    "https://www.jpost.com/breaking-news/article-755634",
    None,
    "Russia military says it downed two Ukrainian drones near Crimea\n\nThe Russian Defense Ministry said early on "
    "Tuesday the military jammed two Ukrainian drones over the Black Sea on Monday night. The drones crashed into the "
    "water at around 23.00 local time, 40 kilometers to the northwest from Crimea, the military said.\n\nThe Defense "
    "Ministry also said that the military downed two Ukrainian drones over the Bryansk region bordering Ukraine.\n\nThe "
    "Moscow mayor said earlier that Russian air defense systems shot down two drones near Moscow.",
    [
        c(UA, None, 2, 2, None, "exact", False, "defence ministry", "local", 2, "Black Sea"),
        c(UA, None, 2, 2, None, "exact", False, "defence ministry", "local", 2, "Bryansk region"),
        c(UA, None, 2, 2, None, "exact", False, "mayor", "local", 2, "Moscow"),
    ],
)

p(
    "h7-marketscreener-013",
    "MarketScreener (Reuters)",
    "https://in.marketscreener.com/quote/currency/US-DOLLAR-RUSSIAN-ROUBLE--2370597/news/Russian-air-defences-down-drones-missiles-in-Black-Sea-area-ministry-says-45684113/",
    None,
    "Russian air defences down drones, missiles in Black Sea area, ministry says\n\nAn initial ministry report on Telegram "
    'said air defence units "thwarted an attempted terrorist attack" by intercepting five drones over the Black Sea at '
    "about 8 p.m. (1700 GMT).\n\nA second report said four Ukrainian guided missiles were intercepted and destroyed at "
    "12.30 a.m. on Saturday over Crimea.\n\nReuters could not independently verify the Russian accounts.\n\nRussia's "
    "Defence Ministry said its air defence units had downed a total of 36 Ukrainian drones over Crimea on Thursday.",
    [
        c(UA, None, 5, 5, None, "exact", False, "defence ministry", "local", 5, "Black Sea"),
        c(UA, None, 4, None, 4, "exact", False, "defence ministry", "local", 4, "Crimea"),
        c(UA, None, 36, 36, None, "exact", False, "defence ministry", "local", 36, "Crimea"),
    ],
    "no published date: the evening, 12.30 a.m. and Thursday figures stay undated",
)

p(
    "h7-hindustantimes-014",
    "Hindustan Times (Reuters)",
    "https://www.hindustantimes.com/world-news/russia-ukraine-conflict-latest-news-ukrainian-drones-black-sea-vladimir-putin-zelensky-latest-101689479879272-amp.html",
    "2023-07-16",
    "Russia's air defence forces and fleet in the Black Sea intercepted eight Ukrainian drones over the Crimean port of "
    'Sevastopol early on Sunday, a Moscow-installed official said.\n\n"No objects, either in the city or in the water '
    'area were damaged," Mikhail Razvozhayev, the Moscow-installed governor of Sevastopol, said on the Telegram '
    "messaging app.\n\nOne drone was shot down over the sea, five were intercepted by Russia's electronic warfare forces "
    "and two water surface drones were destroyed on the outer shore, he added.",
    [c(UA, "2023-07-16", 8, 8, None, "exact", False, "governor", "local", 8, "Sevastopol")],
    "the governor's eight includes two sea drones; the claim is his figure",
)

p(
    "h7-tass-015",
    "TASS",
    "https://tass.com/russia/1636839",
    "2023-06-23",
    "MOSCOW, June 23. /TASS/. Air defense systems shot down an unmanned aerial vehicle above the western Russian city of "
    "Kursk on Thursday night, the region's Governor Roman Starovoit wrote on his Telegram channel.\n\n\"Our missile "
    "defenses shot down a drone above Kursk. I'm grateful to our military for their service,\" the governor said.",
    [c(UA, "2023-06-23", 1, 1, None, "exact", False, "governor", "local", 1, "Kursk")],
    "'Thursday night' in a Friday story: the night that ended on Friday",
)

p(
    "h7-pledgetimes-016",
    "Pledge Times",
    "https://pledgetimes.com/air-defense-system-shot-down-a-drone-over-kursk/",
    "2023-06-23",
    "An air defense system shot down a drone over Kursk. This was announced on June 23 by the governor of the Kursk "
    "region Roman Starovoit.\n\nStarovoit urged residents not to touch the wreckage of the drone if found.\n\nThe Kiev "
    "regime on the eve made an attempt to carry out an attack on objects in the territory of the Moscow region with the "
    "help of three drones. All of them were suppressed by means of electronic warfare, as a result of which they lost "
    "control and crashed, the Ministry of Defense reported.\n\nAccording to an Izvestia source, two drones fell in the "
    "area of a motorized rifle regiment in the village of Kalininets.",
    [
        c(UA, "2023-06-23", 1, 1, None, "exact", False, "governor", "local", 1, "Kursk"),
        c(
            UA,
            "2023-06-22",
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
    ],
    "'on the eve' of 23 June; the two that fell are part of the three",
)

p(
    "h7-sputnikglobe-017",
    "Sputnik",
    "https://sputnikglobe.com/20230926/russian-air-defense-shoots-down-ukrainian-drone-over-kursk-region---defense-ministry-1113671090.html",
    "2023-09-26",
    "Russian Air Defense Shoots Down Ukrainian Drone Over Kursk Region - Defense Ministry\n\nAir defense systems destroyed "
    "a Ukrainian fixed-wing drone over the territory of Russia's Kursk Region, the Russian Defense Ministry said on "
    'Tuesday.\n\n"On September 26, at about 05:30, an attempt by the Kiev regime to carry out a terrorist attack using a '
    'fixed-wing drone on objects on the territory of the Russian Federation was prevented," the ministry said. "The '
    'Ukrainian unmanned aerial vehicle was destroyed by air defense systems over the territory of the Kursk Region."\n\n'
    "Hours earlier, the Defense Ministry released statements confirming that similar drone strikes were thwarted over "
    "the Belgorod and Kursk regions.",
    [
        c(
            UA,
            "2023-09-26",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Kursk Region",
        )
    ],
)

p(
    "h7-tass-018",
    "TASS",
    "https://tass.com/defense/1659701",
    "2023-08-13",
    "MOSCOW, August 13. /TASS/. Russian air defense forces destroyed a Ukrainian drone over the Kursk Region attempting "
    "to attack facilities on Russia's soil, the Defense Ministry reported on Sunday.\n\n\"At about 11:30 a.m. Moscow time "
    "on August 13, an attempt by the Kiev regime to carry out a terrorist attack by an aircraft-type drone against "
    "facilities on Russian territory was thwarted. Russian air defense capabilities detected and destroyed the Ukrainian "
    'unmanned aerial vehicle over the Kursk Region," the ministry said.\n\nAbout half an hour before that, the Russian '
    "Defense Ministry reported that air defense systems had shot down a Ukrainian unmanned aerial vehicle over the "
    "Belgorod Region.",
    [
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
            "Kursk Region",
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
            "Belgorod Region",
        ),
    ],
)

p(
    "h7-pledgetimes-019",
    "Pledge Times",
    "https://pledgetimes.com/another-ukrainian-drone-destroyed-in-the-skies-over-kursk-region/",
    None,
    "In Kursk region, military shot down a UAV and stopped a terrorist attack\n\nRussian air defense systems in the Kursk "
    "region have thwarted an attempted terrorist attack by the Ukrainian Armed Forces by destroying another drone, the "
    "Ministry of Defense reports.\n\nOn Saturday, at about 18:20 Moscow time, an aircraft-type UAV was spotted in the "
    "skies over the Russian region. The drone was successfully shot down by air defense forces.\n\nBefore this, a "
    "Ukrainian drone was shot down over the Kursk region at around 15:30 Moscow time, and another aircraft-type UAV at "
    "around 13:30 Moscow time.",
    [
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, "Kursk region"),
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, "Kursk region"),
        c(UA, None, 1, 1, None, "exact", False, "defence ministry", "local", 1, NA),
    ],
    "three separate daytime reports of one drone each",
)

p(
    "h7-pravda-020",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2023/08/3/7413969/",
    "2023-08-03",
    "Belgorod Oblast Governor Vyacheslav Gladkov has reported the downing of an unmanned aerial vehicle in the oblast.\n\n"
    'Source: Gladkov on Telegram\n\nQuote: "Our air defence system was activated in the Belgorod district and the '
    'Yakovlevo city district, and an aircraft-type UAV was shot down."\n\nDetails: Gladkov said that "operational '
    'services are establishing information about the aftermath on the ground." According to Gladkov, there is no '
    "information about any damage or casualties.",
    [c(UA, "2023-08-03", 1, 1, None, "exact", False, "governor", "local", 1, NA)],
)

p(
    "h7-pledgetimes-021",
    "Pledge Times",
    "https://pledgetimes.com/the-head-of-the-russian-region-spoke-about-the-downed-aircraft-type-drone/",
    "2023-08-21",
    "Governor Gladkov: Aircraft-type UAV shot down in Belgorod Region\n\nIn the Belgorod region, an unmanned aerial "
    "vehicle of an aircraft type was shot down by means of air defense. This was stated by the head of the Russian border "
    "region Vyacheslav Gladkov in Telegram.\n\nEarlier, on August 21, the Russian Ministry of Defense announced the "
    "destruction of two Ukrainian drones in the sky over this region.\n\nThree private households in the village of "
    "Nikolskoye were damaged by the falling fragments, Gladkov specified.",
    [
        c(UA, "2023-08-21", 1, 1, None, "exact", False, "governor", "local", 1, "Belgorod region"),
        c(UA, "2023-08-21", 2, 2, None, "exact", False, "defence ministry", "local", 2, NA),
    ],
)

p(
    "h7-pledgetimes-022",
    "Pledge Times",
    "https://pledgetimes.com/a-ukrainian-drone-was-shot-down-in-the-border-region/",
    None,
    "Gladkov: an aircraft-type UAV was shot down in the Belgorod region\n\nIn the Shebekinsky urban district of the "
    "Belgorod region, our air defense system was activated and an aircraft-type unmanned aerial vehicle was shot down in "
    "the area of the village of Batratskaya Dacha. This was reported by the head of the region Vyacheslav Gladkov in "
    "Telegram.\n\nAccording to preliminary data, there were no casualties or damage.",
    [c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, NA)],
)

p(
    "h7-bykvu-023",
    "Bukvy",
    "https://bykvu.com/eng/bukvy/russian-drone-attack-in-lviv-region/",
    "2023-05-19",
    "At night, Russia launched a drone attack targeting the territory of Lviv region.\n\nLviv mayor Andrii Sadovyi "
    "reported an explosion in the city at about 4 am. He added that the enemy tried to target a critical infrastructure "
    "facility.\n\nRegion governor Maksym Kozytskyi stated that the strike took place between 4 and 5 am with the use of "
    "Shahed-136/131 kamikaze drones. He later added that 5 Russian UAVs were shot down in the region during the night. "
    "No casualties or damage have been reported.",
    [],
    "a region's shoot-downs only",
)

p(
    "h7-tag24-024",
    "TAG24 (dpa)",
    "https://www.tag24.com/topic/ukraine-conflict/ukraine-pummeled-in-russian-air-attack-of-unprecedented-scale-3051935",
    "2023-12-29",
    "Ukraine pummeled in Russian air attack of unprecedented scale\n\nRussia pummeled Ukraine with drones and cruise "
    "missiles on Thursday night and Friday morning, with damage reported across the country.\n\nUkrainian "
    'Commander-in-Chief Valerii Zaluzhnyi called it the "largest air attack" on Ukraine since the beginning of the war '
    "almost two years ago. He said 122 rockets and cruise missiles and 36 drones had targeted the country, with air "
    "defenses intercepting 70% of the attacks.\n\nMore than 10 rockets also fell at night in Kharkiv, Governor Oleh "
    "Syniehubov said.",
    [c(RU, "2023-12-29", 158, 36, 122, "exact", True, "military", inter=NA)],
    "the Kharkiv rockets are hits",
)

p(
    "h7-orissapost-025",
    "Orissa Post (AP)",
    "https://orissapost.com/russia-targets-kyiv-with-ballistic-missiles-intercepted-all-of-them-says-ukraine/amp",
    None,
    "Russia targets Kyiv with ballistic missiles; 'intercepted all of them', says Ukraine\n\nKyiv: Russia fired eight "
    "ballistic missiles at Kyiv early Monday, all of which were shot down, Ukraine's Air Force said.\n\nThe thwarted "
    "attack still left one person injured by shrapnel.\n\nJust over two weeks ago, Kyiv came under what Ukrainian "
    "officials said was the most intense drone attack since the beginning of Russia's full-scale invasion in 2022. "
    "Ukraine's air force said Russia launched 75 Iranian-made Shahed drones against the capital, of which 74 were "
    "destroyed by air defences.\n\nElsewhere in Ukraine Monday, Russia fired 18 drones overnight, and the Air Force "
    "intercepted all of them, mostly over the southern Mykolaiv region.",
    [
        c(RU, None, 8, None, 8, "exact", False, "air force", "local", 8, "Kyiv"),
        c(RU, None, 75, 75, None, "exact", True, "air force", "local", 74, "Kyiv"),
        c(RU, None, 18, 18, None, "exact", False, "air force", "national", 18),
    ],
    "no published date on the page",
)

p(
    "h7-babel-026",
    "Babel",
    "https://babel.ua/en/news/101705-the-russians-attacked-kyiv-with-ballistic-missiles-53-people-were-injured",
    None,
    "At night, the Russians attacked Kyiv with ballistic missiles. As of 09:00, there are 53 victims, including six "
    "children. 20 victims were hospitalized, the Kyiv City Military Administration and mayor Vitaliy Klitschko "
    "reported.\n\nAir defense forces managed to shoot down all the targets, but fragments of rockets fell in four "
    "districts of the capital.\n\nAt night, the Russians launched 10 ballistic missiles and 10 drones over Ukraine — the "
    "Air Defense Forces shot down all of them. All ten targets flying in the direction of the capital on a ballistic "
    "trajectory were shot down by an anti-aircraft missile unit of the Air Force.\n\nLater, the General Staff clarified "
    "that the Russians fired S-400 anti-aircraft guided missiles and Iskander cruise missiles at Kyiv.",
    [c(RU, None, 20, 10, 10, "exact", False, "air force", "national", 20)],
    "'all ten targets' repeats the ten missiles",
)

# --- 2024 ------------------------------------------------------------------------
p(
    "h7-hamodia-027",
    "Hamodia (Reuters)",
    "https://hamodia.com/2024/02/22/ukraine-says-russia-has-launched-over-8000-missiles-4630-drones-during-war/",
    "2024-02-22",
    "Ukraine Says Russia Has Launched Over 8,000 Missiles, 4,630 Drones During War\n\nKYIV (Reuters) – Russia has launched "
    "more than 8,000 missiles and 4,630 drones at targets in Ukraine since its invasion two years ago, Ukrainian air "
    "force spokesperson Yuriy Ihnat said on Thursday.\n\nUkrainian air defenses have shot down 3,605 of the drones, he "
    "said.\n\nIn the latest overnight attack on Thursday, eight out of 10 Russian-launched drones were shot down over "
    "four Ukrainian regions, Ihnat said.",
    [
        c(RU, None, 12630, 4630, 8000, "about", False, "air force", "period", NA),
        c(RU, "2024-02-22", 10, 10, None, "exact", False, "air force", inter=8),
    ],
    "a war-long tally (mixed qualifiers: about)",
)

p(
    "h7-dailypost-028",
    "Daily Post Nigeria",
    "https://dailypost.ng/2024/05/17/russia-intercepts-over-100-ukrainian-drones/",
    "2024-05-17",
    "The Russian military on Friday intercepted over 100 Ukrainian drones overnight.\n\nThe Defence Ministry disclosed "
    "this in a statement.\n\nThe ministry said the air defence system and the Black Sea fleet intercepted 51 drones over "
    "Crimea and 44 over the Krasnodar Territory.\n\nIt also intercepted six over the Belgorod Region and one over the "
    "Kursk Region during the night.\n\nThe ministry added that Russian warplanes had destroyed six drone boats in the "
    "waters of the Black Sea.",
    [
        c(UA, "2024-05-17", 100, 100, None, "more_than", False, "defence ministry", inter=NA),
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
            "Krasnodar Territory",
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
    "the drone boats are not aerial",
)

p(
    "h7-novayagazeta-029",
    "Novaya Gazeta Europe",
    "https://novayagazeta.eu/articles/2024/05/01/russian-oil-refinery-ablaze-amid-media-reports-of-drone-strike-en-news",
    "2024-05-01",
    "Russian oil refinery ablaze amid media reports of drone strike\n\nSix Ukrainian drones were shot down over Russia "
    "overnight, the Russian Defence Ministry reported Wednesday.\n\nThree were destroyed over the Voronezh region in the "
    "west of the country, one each over the Belgorod and Kursk regions, in southwestern Russia, and one in the Ryazan "
    "region in the centre of the country.\n\nSeveral Telegram channels reported that a drone had struck an oil refinery "
    "in the Ryazan region. Mash claimed the refinery had come under attack from multiple drones.",
    mod("2024-05-01", 6, [(3, "Voronezh region"), (1, NA), (1, NA), (1, "Ryazan region")]),
    "'one each over the Belgorod and Kursk regions' is one drone in each",
)

p(
    "h7-tass-030",
    "TASS",
    "https://tass.com/defense/1793577",
    "2024-05-26",
    "MOSCOW, May 26. /TASS/. Russian air defenses shot down 10 Ukrainian unmanned aerial vehicles in the airspace over "
    "the Kursk Region and three more over the Oryol Region this night, the Russian Defense Ministry said in a statement "
    'on Sunday.\n\n"Ten Ukrainian unmanned aerial vehicles were destroyed over the territory of the Kursk Region and '
    'three over the Oryol Region by the air defense means on duty," the ministry stated.',
    [
        c(
            UA,
            "2024-05-26",
            10,
            10,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            10,
            "Kursk Region",
        ),
        c(
            UA,
            "2024-05-26",
            3,
            3,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            3,
            "Oryol Region",
        ),
    ],
    "no national total is given",
)

p(
    "h7-barentsobserver-031",
    "The Barents Observer",
    "https://thebarentsobserver.com/en/security/2024/06/four-olenya-based-tu-95-bombers-took-part-large-scale-missile-attack-ukraines",
    "2024-06-01",
    "Bombers from Olenya attacked Ukraine's energy infrastructure\n\n30 of 35 cruise missiles launched by Russia's Tu-95MS "
    "strategic bombers on the night to Saturday were shot down, but the few that made it through caused severe damage.\n\n"
    "Last night's massive missile and drone attack across Ukraine was mainly targeting energy infrastructure.\n\nIt was at "
    "00:41 am Ukraine's Air Force reported four Tu-95MS bombers from Olenya air base being airborne. In the following "
    "hours a total of 35 Kh-101 or Kh-555 cruise missiles were launched from the Tu-95MS bombers. Of those, 30 were shot "
    "down according to Ukraine's Air Force.",
    [c(RU, "2024-06-01", 35, None, 35, "exact", False, "air force", inter=30)],
    "the bombers' missiles are the only figure",
)

p(
    "h7-tass-032",
    "TASS",
    "https://tass.com/politics/1814275",
    "2024-07-09",
    "KURSK, July 9. /TASS/. The Russian air defense system shot down four aircraft-type unmanned aerial vehicles over the "
    'Kursk region, the acting governor of the region Alexey Smirnov reported in his telegram channel.\n\n"At night, our '
    'air defense fighters shot down four Ukrainian aircraft-type UAVs in the Kursk and Oktyabrsky regions," he wrote.',
    [c(UA, "2024-07-09", 4, 4, None, "exact", False, "governor", "local", 4, "Kursk region")],
)

p(
    "h7-tass-033",
    "TASS",
    "https://tass.com/defense/1836721",
    "2024-09-01",
    "MOSCOW, September 1. /TASS/. Russian air defense systems shot down a Ukrainian drone over the Kursk Region bordering "
    'Ukraine, the Russian defense ministry said.\n\n"At about 3:00 p.m. Moscow time on September 1, 2024, another Kiev '
    "regime's attempted terrorist attack on facilities in Russia's territory with the use of fixed-wing unmanned aerial "
    'vehicles was thwarted. A Ukrainian unmanned aerial vehicle was destroyed over the Kursk Region," it said.',
    [
        c(
            UA,
            "2024-09-01",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Kursk Region",
        )
    ],
)

p(
    "h7-eueast-034",
    "EU-East",
    "http://eu-east.com/world-news/russia-s-massive-missile-and-drone-attacks-causes-power-outages-all-over-ukraine",
    None,
    "Russia launched a large-scale missile attack targeting Ukraine's infrastructure on Thursday, leaving around a "
    "million houses without electricity, Ukraine's Energy Minister reported.\n\nExplosions were heard in several "
    "Ukrainian cities, including Kyiv, Kharkiv, Odesa, Lutsk and Rivne. Ukrainian Air Defence reported that 176 "
    "missiles and drones out of 188 have been intercepted. The Air Force announced a nationwide alert after Russia "
    "launched seven Tu-95 strategic bombers.\n\nZelensky said on November 24 that Russia launched hundreds of KAB guided "
    "aerial bombs, 20 missiles and around 460 attack drones over the past week.",
    [
        c(RU, None, 188, NA, NA, "exact", False, "air force", inter=176),
        c(RU, None, 480, 460, 20, "about", False, "president", "period"),
    ],
    "seven bombers are aircraft, not weapons; the weekly figure leaves out the bombs",
)

p(
    "h7-breakinglatest-035",
    "Breaking Latest News",
    "https://www.breakinglatest.news/world/air-attack-on-kiev-alarm-in-seven-regions/",
    None,
    "Ten Iskander missiles over the Kiev region, all shot down\n\nThe Ukrainian Air Defense Forces shot down all the "
    "Iskander missiles – 10 in total – fired by the Russians against the Kiev region last night, the Kiev military "
    'administration announced, as reported by Ukrinform. "Last night, the enemy again used missiles of the Iskander '
    "operational-tactical missile system targeting civilian and critical infrastructure in the Kyiv region. Ten out of "
    '10 missiles were destroyed by the forces and means of the Air Force," reads the daily report.',
    [c(RU, None, 10, None, 10, "exact", False, NA, "local", 10, NA)],
)

# --- 2025-2026 ---------------------------------------------------------------------
p(
    "h7-pravda-036",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/03/8/7501851/",
    "2025-03-08",
    "The Russian authorities have reported that drones have attacked an oil refinery in Leningrad Oblast.\n\nSource: "
    'Leningrad Oblast Governor Alexander Drozdenko\n\nQuote from Drozdenko: "A UAV attack on Kirishi Refinery in the '
    "Kirishi district was repelled. Air defence downed one drone on approach, while another was destroyed over the "
    "facility's territory.\"\n\nDetails: Drozdenko stated that debris had damaged the external structure of one of the "
    "facility's storage tanks. The refinery had already come under a drone attack a year ago.",
    [c(UA, "2025-03-08", 2, 2, None, "exact", False, "governor", "local", 2, NA)],
    "one + another = two drones",
)

p(
    "h7-interfax-037",
    "Interfax-Ukraine",
    "https://en.interfax.com.ua/news/general/1068688.html",
    "2025-05-02",
    "Russia launches much fewer drones over Ukraine in April vs Feb and March, increases number of missile strikes – CCD\n\n"
    "The Russian occupiers launched 2,560 drones over the territory of Ukraine during April 2025, which is about 1.5-fold "
    "less than in previous months, the Center for Countering Disinformation reported on Telegram on Friday.\n\nAccording "
    "to the data received from the Air Force, the occupiers launched 4,198 drones over Ukraine in March, 3,912 in "
    "February, and 2,567 in January.\n\nAt the same time, in April, the enemy launched 127 cruise, ballistic, and guided "
    "aircraft missiles over Ukraine, which is significantly more than in previous months.",
    [
        c(RU, None, 2687, 2560, 127, "exact", False, NA, "period"),
        c(RU, None, 4198, 4198, None, "exact", False, NA, "period"),
        c(RU, None, 3912, 3912, None, "exact", False, NA, "period"),
        c(RU, None, 2567, 2567, None, "exact", False, NA, "period"),
    ],
    "monthly tallies; April's missiles are given in a later sentence",
)

p(
    "h7-japannews-038",
    "The Japan News (Reuters)",
    "https://japannews.yomiuri.co.jp/news-services/reuters/20250506-252909/",
    "2025-05-06",
    "Russian air defence units destroyed a swarm of Ukrainian drones targeting Moscow for the second night in a row, "
    "prompting the closure of the capital's airports, Russian officials said early on Tuesday.\n\nMayor Sergei Sobyanin "
    'said that at least 19 Ukrainian drones were destroyed on their approach to Moscow "from different directions".\n\n'
    "Three Telegram channels with links to Russian security services said one drone struck an apartment building in the "
    "south of the capital.\n\nSince the war began, Kyiv has launched several drone attacks on Moscow. Its biggest attack "
    "in March killed three people.",
    [c(UA, "2025-05-06", 19, 19, None, "at_least", False, "mayor", "local", 19, "Moscow")],
    "the one drone that struck is a hit",
)

p(
    "h7-startribune-039",
    "Star Tribune (AP)",
    "https://prod-www.startribune.com/ukraine-says-it-struck-a-russian-airbase-as-russia-sent-hundreds-of-drones-into-ukraine/601392287",
    None,
    "LONDON — Ukraine said it struck a Russian air base on Saturday, while Russia continued to pound Ukraine with "
    "hundreds of drones overnight.\n\nUkraine's military General Staff said that Ukrainian forces had struck the "
    "Borisoglebsk air base in Russia's Voronezh region. Last month, Ukraine said it destroyed more than 40 Russian "
    "planes stationed at several airfields deep in Russia's territory.\n\nRussia fired 322 drones and decoys into "
    "Ukraine overnight into Saturday, Ukraine's air force said. Of these, 157 were shot down and 135 were lost, likely "
    "having been electronically jammed.\n\nWaves of drones and missiles targeted Kyiv overnight into Friday in the "
    "largest aerial assault since Russia's invasion of Ukraine began.",
    [c(RU, None, 322, 322, None, "exact", False, "air force", inter=292)],
    "the lead's 'hundreds' is the same night; Friday's record night has no figure here",
)

p(
    "h7-newspointnigeria-040",
    "Newspoint Nigeria",
    "https://newspointnigeria.com/?p=64556",
    None,
    "RUSSIA has launched 479 drones against Ukraine in the biggest overnight drone bombardment of the three-year war, "
    "according to the Ukrainian air force.\n\nThe air force said early on Monday that it had downed 460 drones as well "
    "as 19 missiles launched overnight.\n\nOf the hundreds of projectiles fired at numerous targets, only 10 reached "
    "their destination, Kyiv officials said.\n\nThe mayor of the western city of Rivne, Oleksandr Tretyak, said the "
    'overnight drone launch was "the largest attack" on his region since the start of the war.',
    [c(RU, None, 479, 479, NA, NA, True, "air force", inter=NA)],
    "the 19 missiles are ambiguous (launched or downed): only the drones' 479 is keyed",
)

p(
    "h7-cybernistas-041",
    "Cybernistas (NY Post)",
    "https://cybernistas.com/world-news/russia-launches-biggest-drone-attack-on-ukraine-since-start-of-war-with-almost-500-individual-strikes",
    None,
    "Russia launched almost 500 drones at Ukraine overnight Sunday in its biggest bombardment since the start of the "
    "war.\n\nA total of 479 Shahed drones and 20 missiles were launched at Ukraine by Russian forces overnight, the "
    "Ukrainian air force said in a statement on Monday.\n\nAll but 19 of the drones and one of the missiles were "
    "successfully downed by Ukrainian units, the air force's statement continued.\n\nThe record attacks were in response "
    "to Kyiv's strikes on Russian bases earlier this month, Russia's Defense Ministry said on Monday.",
    [c(RU, None, 499, 479, 20, "exact", True, "air force", inter=479)],
    "the lead's 'almost 500 drones' is the same claim",
)

p(
    "h7-newszop-042",
    "Newszop (Metro Vaartha, AP)",
    "https://10613.read.newszop.com/english-news/publisher-metrovaartha/world/russia-launches-biggest-aerial-attack-on-ukraine-since-start-of-war/articleshow/14504820dfe03771407845bfe2be3244941951f0",
    None,
    "Kyiv | Russia launched its biggest aerial attack against Ukraine overnight, a Ukrainian official said Sunday.\n\n"
    "Russia fired a total of 537 aerial weapons at Ukraine, including 477 drones and decoys and 60 missiles, Ukraine's "
    "air force said. Of these, 249 were shot down and 226 were lost, likely having been electronically jammed.\n\nYuriy "
    "Ihnat, head of communications for Ukraine's air force, said the overnight onslaught was \"the most massive air "
    'strike" on the country.\n\nKherson regional Gov. Oleksandr Prokudin said one person died in a drone strike.',
    [c(RU, None, 537, 477, 60, "exact", True, "air force", inter=475)],
)

p(
    "h7-newsofasia-043",
    "News of Asia",
    "https://newsofasia.net/?p=11945",
    None,
    "At least three people died after Russia unleashed one of its fiercest aerial assaults on Ukraine since the "
    "full-scale invasion began, President Volodymyr Zelenskyy said Friday.\n\nUkraine's air force said Russia deployed "
    "407 drones in a single night – the highest number since the invasion began in February 2022.\n\nZelenskyy also "
    "reported that more than 40 missiles and cruise missiles were fired.\n\nThe Ukrainian military said it intercepted "
    "30 of 36 Kh-101 cruise missiles launched from Tu-95 and Tu-160 strategic bombers. Four of six Iskander-M ballistic "
    "missiles and two Iskander-K cruise missiles were also downed.\n\nIn total, Ukrainian forces said they shot down 199 "
    "combat drones and disabled another 169 decoys. The previous record was 355 drones, detected May 26.",
    [
        c(RU, None, 447, 407, 40, "about", True, NA, inter=NA),
        c(RU, None, 355, 355, None, "exact", NA, NA, inter=NA),
    ],
    "'also' adds the president's missiles to the air force's drones (mixed qualifiers: about)",
)

p(
    "h7-brecorder-044",
    "Business Recorder (Reuters)",
    "https://www.brecorder.com/news/40345641/fire-put-out-at-oil-refinery-in-russias-volgograd-region-after-ukrainian-drone-attack-governor-says",
    None,
    "MOSCOW: An oil refinery in Russia's southern Volgograd region caught fire after an overnight Ukrainian drone attack, "
    "but the blaze has now been put out, the regional governor said on Friday.\n\nAndrei Bocharov, the governor, said on "
    "Telegram that Russian air defences had repelled an attack on his region by eight drones.\n\nRussia's Defence "
    "Ministry said in a statement that 49 Ukrainian drones had been downed over the country overnight, including 25 "
    "drones in the southern Rostov region and eight in the Volgograd region.\n\nDrones had also been detected and "
    "destroyed in the Kursk, Yaroslavl, Belgorod, Voronezh, and Krasnodar regions, it said.",
    [
        c(UA, None, 8, 8, None, "exact", False, NA, "local", 8, "Volgograd region"),
        c(UA, None, 49, 49, None, "exact", False, "defence ministry", inter=49),
        c(UA, None, 25, 25, None, "exact", False, "defence ministry", "local", 25, "Rostov region"),
    ],
    "the governor's eight and the ministry's eight for Volgograd are one claim",
)

p(
    "h7-aggregoctt-045",
    "Kyiv Independent (aggregator copy)",
    "https://aggregoctt.github.io/ukrainian-drones-hit-oil-refinery-in-russia-s-volg-VUn-xVCzjB5YCo__0_9P9w",
    None,
    "Ukrainian drones struck an oil refinery in Russia's Volgograd Oblast overnight on Aug. 19, regional governor Andrei "
    "Bocharov said.\n\nResidents told the outlet Shot that they heard between four and 10 explosions, with drones flying "
    "at low altitude.\n\nRussia's Defense Ministry claimed 13 Ukrainian drones were shot down over the region.\n\n"
    "Lukoil's Volgograd refinery, which has an annual capacity of 14.8 million tons, had already been forced to halt "
    "production after earlier strikes on Aug. 13-14.",
    [c(UA, None, 13, 13, None, "exact", False, "defence ministry", "local", 13, NA)],
    "no year on the page; explosions are not a count",
)

p(
    "h7-ommcom-046",
    "OMM COM News (IANS)",
    "https://ommcomnews.com/world-news/fire-reported-after-drone-attack-at-russian-oil-refinery",
    None,
    "Moscow: A fire broke out at an oil refinery in southern Russia following a drone attack by Ukraine, a "
    "Kremlin-appointed official said on Sunday.\n\nThe night-time raid in the Volgograd region was repelled by the "
    "Russian air defences, Governor Andrey Botsharov wrote on Telegram. However, the falling drone detonated and caused a "
    "fire on the refinery site, which has since been extinguished. There were no casualties, the governor said.",
    [],
    "no figure",
)

p(
    "h7-menafn-047",
    "Ukrinform via MENAFN",
    "https://menafn.com/1110010752/Lviv-Attacked-By-15-Enemy-Drones-Overnight-Damage-Reported",
    "2025-09-03",
    'Lviv Attacked By 15 Enemy Drones Overnight, Damage Reported\n\n"This night, the enemy attacked Lviv with combat '
    'drones. According to preliminary information, there are no casualties or injuries," Kozytskyi stated.\n\nLviv '
    "Mayor Andriy Sadovyi later clarified that the city was targeted by 15 drones. A warehouse facility was partially "
    "destroyed, though the fire has already been extinguished.\n\nAs Ukrinform also reported, the city of Lutsk "
    "sustained damage from Russian drone attacks on September 3.",
    [c(RU, "2025-09-03", 15, 15, None, "exact", False, "mayor", "local", NA, "Lviv")],
)

p(
    "h7-tag24-048",
    "TAG24 (AFP)",
    "https://www.tag24.com/topic/ukraine-conflict/russia-pounds-ukraine-with-deadly-hours-long-missile-and-drone-barrage-3424248",
    None,
    "Russia pounds Ukraine with deadly hours-long missile and drone barrage\n\nKyiv, Ukraine - Russia pounded Ukraine for "
    "hours with hundreds of drones and missiles overnight, killing at least four people, including a 12-year-old girl, "
    "Kyiv said Sunday.\n\nNeighboring Poland scrambled jets to secure its airspace in the wake of the 12-hour barrage.\n\n"
    "At least four people were killed in Kyiv, and more than 40 people were wounded across the Zaporizhzhia, Odesa, "
    "Sumy, Cherkasy, and Mykolaiv regions.",
    [c(RU, None, None, None, None, "vague", False, NA)],
    "'hundreds of drones and missiles' is the night's only figure",
)

p(
    "h7-online-049",
    "Online.ua",
    "https://news.online.ua/en/russia-launched-a-massive-uav-strike-on-the-dnieper-and-the-region-there-are-casualties-895901",
    None,
    "Last night, Russian invaders attacked the Dnipropetrovsk region with strike drones. The shelling damaged "
    "residential infrastructure and injured civilians.\n\nAccording to the head of the Dnipropetrovsk OVA, Serhiy "
    "Lysak, air defense forces shot down 33 enemy drones in the region overnight.\n\nFour people were injured in the "
    "attack in Dnipro. The administrative building was on fire and 12 cars were destroyed, and another 17 were "
    "damaged. 8 residential buildings were also damaged.",
    [],
    "a region's shoot-downs only",
)

p(
    "h7-ukrinform-050",
    "Ukrinform",
    "https://www.ukrinform.net/rubric-ato/4080102-russian-troops-attack-dnipropetrovsk-region-with-missiles-drones-artillery.html",
    None,
    "Russian troops attack Dnipropetrovsk region with missiles, drones, artillery\n\nThe Head of the Dnipropetrovsk "
    'Regional Military Administration, Oleksandr Hanzha, reported this on Telegram. "In the evening, the enemy launched '
    "missiles at the Dnipro district. At night, it attacked Kryvyi Rih with drones. The aggressor also directed UAVs at "
    'Pavlohrad, Ternivka, and the Verbky community," he wrote.\n\nIn the Nikopol area, three private houses were '
    "damaged.\n\nIt is noted that air defense forces destroyed 17 UAVs in the region.",
    [],
    "uncounted missiles and drones; the 17 are shoot-downs",
)

p(
    "h7-unn-051",
    "UNN",
    "https://unn.ua/en/news/russia-attacked-zaporizhzhia-buildings-are-damaged-people-may-be-under-the-rubble",
    None,
    "Russia attacked Zaporizhzhia: buildings are damaged, people may be under the rubble\n\nThe Russian army attacked "
    "Zaporizhzhia. Buildings in the city were damaged, and people may be under the rubble, the head of the Zaporizhzhia "
    "Regional State Administration, Ivan Fedorov, said.\n\nIn addition, a fire broke out in one of the city's districts "
    "as a result of the enemy attack.\n\nAccording to monitoring channels, Zaporizhzhia was attacked by more than 15 "
    '"Shaheds".',
    [c(RU, None, 15, 15, None, "more_than", False, NA, "local", None, "Zaporizhzhia")],
)

p(
    "h7-prologuejournal-052",
    "Prologue Journal (Ukrainska Pravda)",
    "https://prologuejournal.com/?p=839445",
    None,
    "Russians attack Zaporizhzhia and oblast, fire breaks out\n\nRussian troops attacked Zaporizhzhia and the oblast on "
    "Saturday evening; a fire broke out at the site of the strike.\n\nSource: Ivan Fedorov, Head of Zaporizhzhia Oblast "
    "State Administration, on Telegram\n\nDetails: Fedorov reported the threat of attack drones in the oblast after "
    "20:00, followed by the operation of air defence. Fedorov said that up to 10 explosions were heard in Zaporizhzhia.",
    [],
    "explosions are not a launch figure",
)

p(
    "h7-unn-053",
    "UNN",
    "https://unn.ua/en/news/a-drone-targeting-a-critical-infrastructure-facility-was-shot-down-in-lviv-sadovyi",
    None,
    "A drone targeting a critical infrastructure facility was shot down in Lviv – Sadovyi\n\nIn the Lviv community, "
    "defense forces neutralized an enemy drone that was attacking a critical infrastructure facility. This was reported "
    "by Lviv Mayor Andriy Sadovyi.\n\nAccording to him, the incident passed without casualties or serious consequences.",
    [],
    "a shoot-down of one drone over Ukraine: not a claim",
)

p(
    "h7-censor-054",
    "Censor.NET",
    "https://censor.net/en/news/3480250/shahed_uavs_attack_kharkiv_there_are_explosions_in_city_mayor_terekhov",
    None,
    "Russian attack drones attack Kharkiv. Several explosions rang out in the city, Mayor Ihor Terekhov announced.\n\n"
    '"Kharkiv under the attack of the Shahed UAVs. Two explosions in the Osnovyansk district. The third explosion in the '
    'city after Shahed," Terekhov wrote in the Telegram channel.\n\nInformation on victims and destruction is being '
    "clarified.",
    [],
    "explosions only",
)

p(
    "h7-pravda-055",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/04/14/7451145/",
    "2024-04-14",
    "Russia attacks Kharkiv with Shahed drones, explosions heard in the city\n\nKharkiv Mayor Ihor Terekhov has said that "
    'the city is in danger due to an attack by Russian Shahed drones on the night of 13-14 April.\n\nQuote: "Kharkiv is '
    'in the danger zone. The city is under attack by Shahed drones."\n\nUpdate: At 00:30 a few explosions rang out in '
    "Kharkiv. Some of the districts of Kharkiv lost electricity.",
    [],
    "no figure",
)

p(
    "h7-onlytrusted-056",
    "OnlyTrusted (Kyiv Independent)",
    "https://onlytrusted.news/?p=48378",
    None,
    "Air Force reports: 70 Russian drones destroyed overnight\n\nThe Ukrainian Air Force reported that they shot down 70 "
    "Russian drones across the country overnight. These drones were detected in various regions, including Kharkiv and "
    "Odesa.\n\nThe air force also mentioned that they lost track of 74 decoy drones launched alongside the combat "
    "drones. Fortunately, there were no negative consequences from these decoys.",
    [],
    "shoot-downs and lost decoys; no launch figure",
)

p(
    "h7-taarifa-057",
    "Taarifa (AFP)",
    "https://taarifa.rw/several-russian-tu-95-bombers-pound-ukraine/",
    None,
    "Russian forces fired dozens of missiles at Ukraine on Thursday in a blistering wave of strikes targeting energy "
    "infrastructure.\n\nThe Russian missiles killed one person and wounded two more in the capital, Kyiv Mayor Vitaliy "
    "Klitschko said.\n\nUkrainian military spokesman Yuriy Ignat announced the fresh missile salvo, telling local media "
    'that several Russian Tu-95 bombers had launched the attack from the northern Murmansk region.\n\n"We expect more '
    'than 30 missiles, which have already started to appear in various territories. Air defense systems are working," '
    "Ignat said.",
    [c(RU, None, None, None, None, "vague", False, NA)],
    "'dozens of missiles' is a vague claim; 'we expect more than 30' is an expectation",
)

p(
    "h7-rt-058",
    "RT",
    "https://www.rt.com/russia/582120-moscow-region-drone-downed/",
    None,
    "The hostile aircraft was downed in the Moscow region, Sergey Sobyanin has said\n\nAn enemy drone has been detected "
    "and destroyed as it was flying towards the Russian capital, Mayor Sergey Sobyanin said on Thursday morning, adding "
    "that no one was injured and there was no damage on the ground.\n\nThe UAV was shot down over the Voskresensky "
    "district southeast of the capital, the mayor said in a Telegram post.",
    [c(UA, None, 1, 1, None, "exact", False, "mayor", "local", 1, NA)],
)

p(
    "h7-windycitycrier-059",
    "Windy City Crier",
    "https://windycitycrier.com/2026/01/14/moscow-mayor-sobyanin-confirms-drone-shot-down-over-capital-warns-of-heightened-alert",
    "2026-01-14",
    "Moscow Mayor Sobyanin Confirms Drone Shot Down Over Capital\n\nAir defense forces reportedly shot down a drone over "
    "the Russian capital. The confirmation came from Moscow's mayor, Sergey Sobyanin, who shared the news via his channel "
    "on the messaging app Max.\n\nEmergency services specialists, Sobyanin noted, were already on the ground at the site "
    "where the drone's debris had fallen.\n\nTemporary flight restrictions had been imposed at Domodedovo airport hours "
    "earlier, said Artem Korenyako, an official representative of Rosaviatsiya.",
    [c(UA, "2026-01-14", 1, 1, None, "exact", False, "mayor", "local", 1, "Moscow")],
)

p(
    "h7-newszop-060",
    "Newszop (Daily Express)",
    "https://8353.read.newszop.com/english-news/publisher-reachdailyexpress_english/news/ukraine-putin-humiliated-as-ukrainian-drone-attacks-shut-down-moscow-airports/articleshow/14504820b0770a981aa1eacfc83e3706de36819f",
    None,
    "Drone warfare once again forced Moscow into lockdown on Wednesday as three of the capital's four airports abruptly "
    "suspended operations. Mayor Sergei Sobyanin confirmed multiple drones were shot down on approach.\n\nUkraine "
    "launched a large-scale drone offensive overnight, targeting multiple regions in Russia. Russia's Ministry of Defence "
    "said 127 drones were intercepted, including 41 over Bryansk, 37 over Oryol and 31 over Kursk. Others were downed "
    "over Moscow, Vladimir and Ryazan.",
    mod(None, 127, [(41, NA), (37, NA), (31, NA)]),
    "the mayor's 'multiple drones' has no number",
)

p(
    "h7-cp24-061",
    "CP24",
    "https://cp24.com/news/many-ontario-municipalities-using-online-voting-despite-lack-of-provincial-standards-1.6102405",
    None,
    "Ukraine drone attacks briefly shut down Moscow's international airports\n\nAll four international airports around "
    "Moscow temporarily suspended flights Tuesday as Russian forces intercepted more than 100 Ukrainian drones fired at "
    "almost a dozen Russian regions, the Defence Ministry in Moscow said.",
    [c(UA, None, 100, 100, None, "more_than", False, "defence ministry", inter=NA)],
)


if __name__ == "__main__":
    PASSAGES.write(HERE)
