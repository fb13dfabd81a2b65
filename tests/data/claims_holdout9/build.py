# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the NINTH held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news after sets 1-8 were tuned on
(first contact taken after set 8's fixes). Each passage is lightly paraphrased from a real
English news article found with the project's search tool (no URL is shared with
tests/data/claims_holdout{,2,3,4,5,6,7,8}/; URL and published date kept where the page gives
one); names, numbers, dates and the grammatical shape of each sentence are as in the original.
The set mixes the 2022 October missile days and the Kalibr ships, 2023-2025 Russian nights as
rewritten by Reuters, AFP, AP, CNN and VOA on aggregator and regional sites, a region's and a
city's own counts (Lviv, Kharkiv, Kyiv, Sumy, Dnipropetrovsk), monthly, yearly and city tallies,
records (188 drones, 8,150 in a month, the biggest raid on Moscow), Ukraine's neighbours
(Romania, Moldova, Latvia, Lithuania, Poland), naval drones and boats (not aerial), border
governors' one- and two-drone lines (Belgorod, Bryansk, Voronezh, Kursk, Sevastopol, Leningrad),
the ministry's region lists (one with 14 regions), refinery raids, Storm Shadow and ATACMS days,
and pages with no figure. Run `python tests/data/claims_holdout9/build.py` to regenerate the
JSONL after editing a label.

66 passages from 66 articles (17 with no claim), 92 expected claims (RU->UA 32, UA->RU 60;
national 28, local 59, period 4, 1 with scope not scored), labelled and committed before any
extractor run; 33 pages give no published date.

Labels follow sets 7 and 8's conventions: intercepted = everything neutralised (shot down +
jammed/lost); UA->RU claims from Russia's defence ministry count what it downed
(launched_total = intercepted) and every region in its list is a `local` claim (a list with no
national total gives only the local claims); a governor's or an outlet's one- or two-drone line
on Russia is a `local` claim; RU->UA shot-down-only figures are not claims, nor are hits,
explosions, strikes, capacities ("up to eight on combat duty") or drones that strayed into a
neighbour; a Ukrainian region's or city's own attack count ("attacked Lviv region with 15
missiles", "all four targets" over a region) is `local`; "all N" shot down is a launch figure;
naval drones, boats and HIMARS rockets are not aerial weapons; "dozens"/"hundreds" with no number
is a `vague` claim, "several"/"a large number" is no claim; period tallies have scope "period"
and a null event_date; "nearly/almost" and mixed qualifiers are `about`; a lead's rounded figure
is the same claim as the detailed one; kinds given in separate sentences of one report make one
claim; an evening window belongs to the night that ends the next morning, a daytime attack to
its own day. A field given as NA is left out: the text is ambiguous, so it is not scored.
Passages without a recoverable published date carry `published: null` (their undated figures:
event_date null).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c, mod

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- Russian nights on Ukraine ------------------------------------------------------
p(
    "h9-kyivpost-001",
    "Kyiv Post (AFP)",
    "https://www.kyivpost.com/post/25157",
    "2023-12-07",
    "Ukraine said Thursday that Russia had launched a swarm of Iranian-designed attack drones overnight that damaged port "
    "infrastructure in the southern Odesa region and left one civilian dead.\n\nOfficials in Kyiv say Russian forces have "
    "been stockpiling drones and missiles for attacks on Ukraine's struggling energy grid over the winter months.\n\n"
    '"A total of 18 Shahed-136/131 attack UAVs were launched," the Ukrainian air force said, adding that it had destroyed '
    "15 of the unmanned aerial vehicles.\n\nThe head of the Black Sea region of Odesa, Oleg Kiper, said separately that for "
    'several hours drones attacked the Izmail port district. "A warehouse, an elevator, and trucks were damaged. The driver '
    'of one of the trucks was killed," he added.',
    [c(RU, "2023-12-07", 18, 18, None, "exact", False, "air force", inter=15)],
)

p(
    "h9-euromaidanpress-002",
    "Euromaidan Press",
    "https://euromaidanpress.com/2023/09/03/russia-targets-odesa-river-ports-with-25-kamikaze-drones-ukraine-downs-22-of-those/",
    "2023-09-03",
    'Overnight on 2/3 September, Russia attacked Ukrainian Danube ports in Odesa Oblast with 25 Shahed "kamikaze" drones. '
    "Ukraine's Air Force says 22 of those were downed. The rest hit the port infrastructure, injuring two civilians, the "
    "Operational Command South (OC South) reported.\n\nAccording to the Air Force, the attack came in several waves of the "
    "Iranian-made Shahed-136/131 one-way attack drones from the south and southeast: from Cape Chauda in the occupied "
    "Crimea and Russia's Primorsko-Akhtarsk. The drones targeted the southwestern part of Odesa Oblast.\n\nThe OC South "
    "says a hit on the port infrastructure caused a fire, which firefighters quickly extinguished.",
    [c(RU, "2023-09-03", 25, 25, None, "exact", False, "air force", NA, 22, NA)],
    "the air force's whole attack, aimed at one region: scope and place not scored",
)

p(
    "h9-devdiscourse-003",
    "Devdiscourse (Reuters)",
    "https://www.devdiscourse.com/article/law-order/2497591-ukraine-says-russia-fired-kinzhal-missiles-in-overnight-air-strike",
    "2023-06-22",
    "Ukraine says Russia fired 'Kinzhal' missiles in overnight air strike\n\nRussia fired cruise and ballistic missiles and "
    "strike drones at targets in Ukraine in the early hours of Thursday, causing damage in the cities of Odesa and Kryvyi "
    "Rih, Ukrainian officials said.\n\nUkrainian air defences downed three of the four drones fired in the overnight attack "
    'involving three Kinzhal hypersonic and three cruise missiles, the Air Force said in a statement.\n\n"...The enemy '
    'rockets did not reach their targets in the Dnipropetrovsk region," the air force said. The drones were shot down over '
    "the Black Sea region of Odesa, but one of them struck a warehouse, regional administration spokesman Serhiy Bratchuk "
    "said.\n\nIn the Kryvyi Rih area, a Russian missile strike damaged at least 10 homes, the regional administration said.",
    [c(RU, "2023-06-22", 10, 4, 6, "exact", False, "air force", inter=NA)],
    "four drones and three + three missiles in one sentence: one attack of 10",
)

p(
    "h9-turan-004",
    "Turan (CNN)",
    "https://turan.az/en/in-world/russia-launches-cruise-missile-barrage-on-ukraine-after-long-pause-775160",
    "2023-12-08",
    "Russia launches cruise missile barrage on Ukraine after long pause\n\nCNN: Russia fired a barrage of cruise missiles at "
    "targets in Ukraine early Friday morning after a nearly 80-day pause, Ukrainian officials said.\n\nThe air raid in Kyiv "
    "lasted almost two hours but all missiles heading towards the Ukrainian capital were destroyed by air defenses, according "
    "to Serhii Popko, head of the Kyiv city military administration.\n\nIn the eastern Kharkiv region, one person was killed "
    "and several others injured in overnight strikes. Russia struck Kharkiv with six S-300 missiles, the head of Kharkiv "
    "region's military administration Oleh Syniehubov wrote on Telegram.\n\nThe barrage of 19 missiles across Ukraine was "
    "the first such attack in more than two months.\n\nEmergency service teams respond to damage in Kharkiv, eastern "
    "Ukraine, December 8, 2023.\n\nOf the 19 missiles fired, 14 were destroyed in the Kyiv and Dnipropetrovsk regions, "
    'according to Yurii Ihnat, spokesman for the Ukrainian Air Force Command.\n\n"After a long pause of 79 days, the enemy '
    "resumed attacks with cruise missiles launched by Tu-95MS strategic aircraft. Preliminarily, approximately 10 bomber "
    'missile carriers fired cruise missiles of the Kh-101/555/55 type," Popko wrote on Telegram Friday.\n\nThe latest major '
    "cruise missile attack on Ukraine was on September 21, with 43 missiles launched and 36 intercepted, according to data "
    "from the Air Force.",
    [
        c(RU, "2023-12-08", 19, None, 19, "exact", False, "air force", inter=14),
        c(RU, "2023-12-08", 6, None, 6, "exact", False, "governor", "local", NA, "Kharkiv"),
        c(RU, "2023-09-21", 43, None, 43, "exact", False, "air force", inter=36),
    ],
    "published from the photo caption (8 December 2023); Kharkiv's six S-300 are a city's figure (local); ten bombers are aircraft, not weapons; 21 September is an earlier attack",
)

p(
    "h9-sawtbeirut-005",
    "Sawt Beirut (Arab News)",
    "https://english.sawtbeirut.com/world/ukraine-says-downed-13-cruise-missiles-overnight/",
    None,
    "Ukraine says downed 13 cruise missiles overnight\n\nOn Friday, Ukraine announced that it had intercepted and destroyed "
    "a full barrage of 13 cruise missiles launched by Russian forces overnight. The missiles were reportedly targeting an "
    "airfield in the western part of Ukraine.\n\n\"Thirteen of the occupiers' cruise missiles were destroyed on June 23... "
    'This time the attack was aimed at a military airfield in the Khmelnytskyi region," the Ukrainian air force said on '
    'social media.\n\n"The launches were carried out around midnight from the Caspian Sea from four Tu-95MS bombers," the '
    "air force statement said.\n\nThe mayor of Khmelnytskyi Oleksandr Symchyshyn reported explosions in the town. Ukraine "
    "also said that it had shot down a Russian reconnaissance drone overnight.",
    [c(RU, None, 13, None, 13, "exact", False, "air force", inter=13)],
    "the page's own date is a site header (April 2024), not the story's: published null (the night of 23 June 2023); 'a full barrage of 13' launched and all downed; the reconnaissance drone is a shoot-down",
)

p(
    "h9-odessajournal-006",
    "Odessa Journal",
    "https://odessa-journal.com/russia-attacked-kyiv-with-kamikaze-drones/",
    None,
    "Russia attacked Kyiv with kamikaze drones\n\nAfter 06:00 on December 14, explosions thundered in the Shevchenkivskyi "
    "district of Kyiv. The Kyiv regional military administration said air defense had worked in the region.\n\nOver the "
    "Kyiv region and the capital, the Ukrainian military shot down 13 enemy drones.\n\nAs a result of the morning attack of "
    "Shaheds on the capital, 5 buildings were damaged, but there were no casualties.\n\nAccording to the head of the Kyiv "
    "city military administration, Serhii Popko, Kyiv has undergone two waves of attacks by enemy drones. According to the "
    "Command of the Air Force, the attack UAVs flew from the direction of the eastern coast of the Sea of Azov.",
    [],
    "a region's and capital's shoot-downs only",
)

p(
    "h9-devdiscourse-007",
    "Devdiscourse (Reuters)",
    "https://www.devdiscourse.com/article/law-order/3424124-drone-onslaught-kyivs-night-of-vigil",
    None,
    "Drone Onslaught: Kyiv's Night of Vigil\n\nKyiv faced a tense night as over 10 Russian drones were reported in its "
    "airspace, with more anticipated. The head of the Kyiv military administration warned of potential missile threats.\n\n"
    "Timur Tkachenko, head of Kyiv's military administration, alerted the public via Telegram about the increasing threat: "
    '"More are coming," he stated, indicating a complex night ahead with possible missile threats from strategic aircraft.'
    "\n\nReuters witnesses confirmed that anti-aircraft units were actively engaged across the city.",
    [c(RU, None, 10, 10, None, "more_than", False, NA, "local", None, "Kyiv")],
    "no published date; drones in a city's airspace (not shoot-downs) with 'more coming': a local count",
)

p(
    "h9-thefrontierpost-008",
    "The Frontier Post (AFP)",
    "https://thefrontierpost.com/drone-attack-sets-russian-refinery-ablaze/",
    None,
    "Drone attack sets Russian refinery ablaze\n\nMOSCOW (AFP): A fire erupted at a major Russian oil refinery in the "
    "southwestern Volgograd region overnight after a drone attack blamed on Ukraine, the regional governor said Saturday.\n\n"
    "\"Last night, the air defence and electronic jamming repelled an attack by drones in the Volgograd region's "
    'Kalachyovsky and Zakanalye districts," governor Andrei Bocharov said on Telegram. "A fire started at the Volgograd '
    'refinery after one of the downed drones fell," he said.\n\nThe Russian army said air defence electronic jamming had '
    "brought down or intercepted four drones in the region of Belgorod which borders Ukraine, two in Volgograd and one more "
    "in the Rostov-on-Don area.\n\nMeanwhile, Ukraine's air force on Saturday said it downed nine out of 14 drones launched "
    "by Russia over southern and central regions overnight. Kyiv said most of the drones were directed at energy "
    "facilities in the central Dnipropetrovsk region.",
    [
        c(UA, None, 4, 4, None, "exact", False, "army", "local", 4, "Belgorod"),
        c(UA, None, 2, 2, None, "exact", False, "army", "local", 2, "Volgograd"),
        c(UA, None, 1, 1, None, "exact", False, "army", "local", 1, "Rostov-on-Don"),
        c(RU, None, 14, 14, None, "exact", False, "air force", inter=9),
    ],
    "no published date (3 February 2024); the army's list has no national total: one local claim a region",
)

p(
    "h9-localnewswave-009",
    "Local News Wave",
    "https://localnewswave.com/article/1019795622555009024",
    None,
    "Ukrainian drones attacked one of Russia's largest oil refineries overnight, igniting a fire and causing explosions, "
    "according to Ukrainian military sources and Russian officials. The strike occurred at the Kirishi refinery in the "
    "northwestern Leningrad region.\n\nThe Ukrainian General Staff reported explosions and a fire at the site.\n\nLeningrad "
    "Governor Alexander Drozdenko stated that three drones were intercepted in the Kirishi area, with debris from the downed "
    "drones causing the fire. He confirmed that there were no injuries and that the fire was extinguished. Russian officials "
    "reported that over 80 Ukrainian drones were shot down across various regions, including occupied Crimea and the Sea of "
    "Azov, during the same night.\n\nIn a related event, multiple Russian drones entered Polish airspace, prompting NATO to "
    "deploy fighter jets.",
    [
        c(UA, None, 3, 3, None, "exact", False, "governor", "local", 3, "Kirishi"),
        c(UA, None, 80, 80, None, "more_than", False, "officials", inter=80),
    ],
    "no published date (14 September 2025); drones into Poland have no count",
)

p(
    "h9-reutersmirror-010",
    "Reuters (mirror)",
    "http://3.127.128.221/2025/08/14/russia-reports-fire-at",
    "2025-08-14",
    "Russia reports fire at Volgograd refinery after Ukrainian drone attack\n\nMOSCOW (Reuters) - Fallen debris from "
    "Ukrainian drones caused a fire at an oil refinery in Russia's Volgograd, the governor said on Thursday.\n\n"
    '"Firefighters quickly began extinguishing the fire. According to preliminary data, there were no casualties," Andrey '
    "Bocharov said on Telegram.\n\nLukoil, the owner of the refinery, has not yet responded to a Reuters request for "
    "comment.\n\nRussia's defence ministry said air defence systems had intercepted and destroyed 44 Ukrainian drones "
    "overnight, including nine over Volgograd region.",
    mod("2025-08-14", 44, [(9, "Volgograd region")]),
)

p(
    "h9-newsrescue-011",
    "NewsRescue (RT)",
    "https://newsrescue.com/ukrainian-drone-attacks-russian-oil-refinery-media/",
    None,
    "Ukrainian drone attacks Russian oil refinery - media\n\nAccording to emergency officials, an oil refinery caught fire in "
    "the Krasnodar Region of southern Russia on Friday morning. According to the Baza news outlet, the fire started after a "
    "Ukrainian drone attacked the building.\n\nThe fire was promptly extinguished, and no one was injured, according to "
    "emergency services.\n\nSeveral drones also assaulted the complex early Thursday morning, causing a fire to break out.\n\n"
    "Sevastopol Governor Mikhail Razvozhayev stated on Thursday that a drone was shot down by air defences near Crimea's "
    "Belbek airfield.\n\nRussia reported on Wednesday that two Ukrainian drones attempted to attack the Kremlin in an attempt "
    "to assassinate President Vladimir Putin. Kiev denied any role in the raid.",
    [
        c(UA, None, 1, 1, None, "exact", False, "Baza", "local", NA, "Krasnodar Region"),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Belbek"),
        c(UA, None, 2, 2, None, "exact", False, NA, "local", NA, "Kremlin"),
    ],
    "no published date (May 2023); 'several drones' has no count",
)

p(
    "h9-breakinglatest-012",
    "Breaking Latest News (AFP)",
    "https://www.breakinglatest.news/health/war-ukraine-russia-todays-news-ukraine-the-most-intense-attack-of-2023-on-kiev-in-the-night/",
    None,
    "Two oil refineries in southwestern Russia affected\n\nDrones have struck two oil refineries in southwestern Russia near "
    "Ukraine, local media and authorities said, the day after a suspected drone attack on the Kremlin. A first fire broke "
    "out in a tank of an oil plant in Ilsky, Krasnodar region, after an attack carried out by an unidentified drone, "
    "according to emergency services cited by TASS and RIA Novosti.\n\nAbout an hour later, Vasily Golubev, governor of the "
    "Rostov region bordering Ukraine, said a drone had crashed on a local refinery near the village of Kiselevka. The drone "
    'caused an explosion and a fire that was "immediately" put out by factory staff.\n\nThe governor of the Voronezh region '
    "said on Telegram that the local air defense had destroyed a drone in the early morning hours, with no casualties or "
    "damage.\n\nRussia on Wednesday said it had shot down two Ukrainian drones that had targeted the Kremlin in Moscow.",
    [
        c(UA, None, 1, 1, None, "exact", False, "emergency services", "local", NA, "Ilsky"),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", NA, "Kiselevka"),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Voronezh region"),
        c(UA, None, 2, 2, None, "exact", False, NA, "local", 2, "Kremlin"),
    ],
    "no published date (4 May 2023); 'two oil refineries' are targets, not a count of drones",
)

p(
    "h9-tass-013",
    "TASS",
    "https://tass.com/politics/2035019",
    None,
    "MOSCOW, October 25. /TASS/. Air defenses shot down 121 Ukrainian drones over Russian regions last night, the Russian "
    'Defense Ministry said in a statement.\n\n"On-duty air defenses intercepted and destroyed 121 Ukrainian fixed-wing '
    "unmanned aerial vehicles (UAVs) over Russian regions last night. Twenty drones were shot down over the Rostov Region, "
    "19 over the Volgograd Region, 17 over the Bryansk Region, 12 over the Kaluga Region, 11 over the Smolensk Region, nine "
    "over the Belgorod Region, another nine over the Moscow Region (including seven UAVs heading towards Moscow), eight over "
    "the Voronezh Region, eight more over the Leningrad Region, two over the Novgorod Region, another two over the Ryazan "
    'Region, two more over the Tambov Region, one over the Tver Region and one more over the Tula Region," the statement '
    "reads.",
    mod(
        None,
        121,
        [
            (20, "Rostov Region"),
            (19, "Volgograd Region"),
            (17, "Bryansk Region"),
            (12, "Kaluga Region"),
            (11, "Smolensk Region"),
            (9, "Belgorod Region"),
            (9, "Moscow Region"),
            (8, "Voronezh Region"),
            (8, "Leningrad Region"),
            (2, "Novgorod Region"),
            (2, "Ryazan Region"),
            (2, "Tambov Region"),
            (1, "Tver Region"),
            (1, "Tula Region"),
        ],
    ),
    "dateline without a year (2025): published null; the seven heading towards Moscow are part of the Moscow Region's nine",
)

p(
    "h9-tass-014",
    "TASS",
    "https://tass.com/russia/1655997",
    None,
    "BELGOROD, August 2. /TASS/. Russia's air defenses have shot down a fixed-wing drone over the Belgorod Region, Governor "
    'Vyacheslav Gladkov wrote on his Telegram channel.\n\n"Our air defense system operated in the Belgorod region and '
    "Yakovlevo urban district to bring down a fixed-wing UAV. Emergency services are clarifying information about the "
    'consequences on the ground," the regional governor said, adding that he has no information about any destruction or '
    "casualties.",
    [c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Belgorod Region")],
    "dateline without a year (2023): published null; the lead and the quote are one drone",
)

p(
    "h9-tass-015",
    "TASS",
    "https://tass.com/politics/1680811",
    "2023-09-26",
    "BELGOROD, September 26. /TASS/. Air defenses shot down a drone as it approached the central Russian city of Belgorod, "
    "said the region's governor, Vyacheslav Gladkov.\n\n\"An air defense system was engaged in the Belgorod District, "
    'shooting down a fixed-wing drone. Emergency services are verifying information about the consequences on the ground," '
    "he said on Telegram.\n\nAccording to preliminary data, there have been no casualties or damage.",
    [c(UA, "2023-09-26", 1, 1, None, "exact", False, "governor", "local", 1, "Belgorod")],
)

p(
    "h9-censor-016",
    "Censor.NET",
    "https://censor.net/en/news/3405599/in_belgorod_region_they_report_on_work_of_air_defense_drone_was_shot_down_there_is_destruction",
    "2023-03-14",
    "In Belgorod region, they report on work of air defense: drone was shot down, there is destruction\n\nThe Governor of "
    "the Belgorod region of the Russian Federation, Vyacheslav Gladkov, reported on the work of the Air Defense Forces over "
    "the territory of the region, Censor.NET reports with reference to Gladkov's Telegram channel.\n\n\"An unmanned aerial "
    "vehicle was shot down by an air defense system over the Belgorod district. The consequences on the ground are being "
    "clarified. According to preliminary data, there are no casualties. There is destruction - the wreckage of the UAV fell "
    'on the roof of the garage of a private residential building," said the Russian official.',
    [c(UA, "2023-03-14", 1, 1, None, "exact", False, "governor", "local", 1, "Belgorod district")],
)

p(
    "h9-pledgetimes-017",
    "Pledge Times",
    "https://pledgetimes.com/drone-shot-down-near-belgorod/",
    None,
    "Governor Gladkov reported a drone shot down near Belgorod\n\nAn unmanned aerial vehicle (UAV) was shot down by the air "
    "defense systems (ADS) on approach to Belgorod. This was announced by the Governor of the Belgorod Region Vyacheslav "
    'Gladkov in his Telegram channel.\n\n"Our air defense system worked over Belgorod and the Belgorod region - a UAV was '
    'shot down on approach to the city," he explained.',
    [c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Belgorod")],
    "the page gives only a month (August 2023): published null",
)

p(
    "h9-pravda-018",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/02/3/7440207/",
    "2024-02-03",
    "Belgorod Oblast Governor claims Russian air defence downed a drone there\n\nSaturday, 3 February 2024, 03:53\n\n"
    "Vyacheslav Gladkov, Governor of Russia's Belgorod Oblast, has said that Russian air defence was activated and downed a "
    "drone in the Novy Oskol city district.\n\nSource: Vyacheslav Gladkov on Telegram\n\nDetails: Gladkov said that drone "
    "wreckage crashed in the rural locality of Podolkhi, shattering windows and damaging the roof, facade and the fence of "
    "one house and a KAMAZ vehicle.",
    [c(UA, "2024-02-03", 1, 1, None, "exact", False, "governor", "local", 1, "Novy Oskol")],
)

p(
    "h9-windycitycrier-019",
    "Windy City Crier",
    "https://windycitycrier.com/?p=21067",
    None,
    "The Kursk Region found itself at the center of a tense standoff on September 14, as Ukrainian drones reportedly "
    "targeted the area, according to a statement from Governor Alexander Khinshtein.\n\nThe governor shared the news via his "
    "Telegram channel, confirming that Russian air defense forces had intercepted one of the drones over the city. The "
    "incident left a corner of a private home damaged on Klykovskaya Street, though no injuries were reported.\n\nOn "
    "September 15, the Russian Ministry of Defense reported that its air defense systems had destroyed 24 Ukrainian drones "
    "during the evening over the Kursk Region.\n\nThis came just days after a similar operation on the night of September "
    "14, when Russian forces claimed to have intercepted 80 Ukrainian drones in a mass attack. Of those, 30 were shot down "
    "over the neighboring Bryansk Region.",
    [
        c(UA, None, 24, 24, None, "exact", False, "defence ministry", "local", 24, "Kursk Region"),
        *mod(None, 80, [(30, "Bryansk Region")]),
    ],
    "no published date (2025); 'one of the drones' over the city is a share of an uncounted raid, not a claim",
)

p(
    "h9-novayagazeta-020",
    "Novaya Gazeta Europe",
    "https://novayagazeta.eu/articles/2023/01/16/russia-installed-authorities-in-crimea-7-drones-downed-in-sevastopol-en-news",
    "2023-01-16",
    "Russia-installed authorities in Crimea: 7 drones downed in Sevastopol\n\nAir defence systems have downed seven drones "
    'over Sevastopol, says Mikhail Razvozhayev, the Russia-installed governor.\n\n"No facilities, either in the city or the '
    "water area, were damaged, all drones were taken down over the sea. Our military calmly repelled the attack of the enemy "
    'UAVs on Sevastopol," he said.\n\nThe first drone was heading for a military airfield in Belbek, Razvozhayev claims. '
    "Locals reported explosions over Sevastopol last night.\n\nRussia carried out a new massive shelling of Ukraine on "
    "Saturday. Explosions were reported in the Kyiv, Lviv, Vinnytsia, Mykolaiv, Odesa, Dnipro, Ivano-Frankivsk, and "
    "Khmelnytskyi regions. Ukraine's army officials say the projectile that hit the apartment block was a Russian Kh-22 "
    "anti-ship missile.",
    [c(UA, "2023-01-16", 7, 7, None, "exact", False, "governor", "local", 7, "Sevastopol")],
    "'the first drone' is one of the seven; Saturday's shelling has no count, the Kh-22 is one hit",
)

p(
    "h9-ecopoliticnews-021",
    "Ecopolitic News (Agerpres)",
    "https://ecopoliticnews.com/mapn-russian-drones-did-not-enter-romanias-airspace",
    None,
    "The drone groups launched by Russia during the night from Tuesday to Wednesday, targeting Ukrainian port infrastructure "
    "close to communities in the northern part of Tulcea County, did not enter Romanian airspace, the National Defence "
    "Ministry (MApN) announced.\n\nTwo Typhoon aircraft of the German Air Force, deployed at the 57th 'Mihail Kogalniceanu' "
    "Air Base for enhanced Air Policing missions, were scrambled to monitor the border area with Ukraine.\n\nResidents in "
    "northern Tulcea County were warned via an RO-Alert message. During the alert, which spanned 90 minutes, six persons "
    "called the 112 emergency number to find out the source of the noises they were hearing.",
    [],
    "a neighbour's alert; no barrage figure",
)

p(
    "h9-pledgetimes-022",
    "Pledge Times (Frankfurter Rundschau)",
    "https://pledgetimes.com/f16-fighter-jets-take-off-on-the-eastern-flank/",
    "2024-07-24",
    "A Russian drone attack on the Ukrainian city of Izmail has triggered alarm in Romania. Fighter jets are also being "
    "deployed as a precaution.\n\nTulcea - Russia attacked port facilities in the city of Izmail in southern Ukraine with "
    "drones on the night of Wednesday (24 July). Three people were injured, Reuters reported with reference to local "
    'authorities.\n\n"At 02:19, two F-16s of the Romanian Air Force took off from the air base in Borcea to monitor the '
    'situation in the airspace," said a statement from the Romanian Ministry of Defense.\n\nThe Kyiv Post also reports that '
    "explosions were reported from the impact of three Russian kamikaze drones in Niculitel, seven kilometers from the "
    "Ukrainian border. The crew of an IAR-330 helicopter reportedly confirmed that the drones fell to the ground and caught "
    "fire. However, Bucharest has not yet confirmed that Russian drones have hit Romania.",
    [],
    "three drones that fell in a neighbour are not a barrage; the attack on Izmail has no count",
)

p(
    "h9-unn-023",
    "UNN",
    "https://unn.ua/en/news/russias-attack-on-lviv-region-jfo-reports-hitting-an-industrial-facility-in-drohobych-one-missile-shot-down",
    "2024-02-07",
    "In the Lviv region, today's hostile attack resulted in a hit on an industrial facility in Drohobych, partial destruction "
    "of the building and a fire on an area of 300 square meters. Also, air defense forces shot down one missile in Stryi "
    "district. This was reported on Wednesday by the head of the Lviv regional military administration Maksym Kozytskyi.\n\n"
    '"Tonight and in the morning, Ukraine has once again experienced a massive missile attack. Unfortunately, there were '
    'hits in the Lviv region. This is an industrial facility in Drohobych," Kozytskyi wrote.\n\nAccording to him, "air '
    'defense forces shot down one missile in Stryi district". "There are no casualties or injuries," he noted.',
    [],
    "a region's shoot-down and a hit, no barrage figure",
)

p(
    "h9-unn-024",
    "UNN",
    "https://unn.ua/en/news/enemy-launches-missile-attack-on-two-critical-infrastructure-facilities-in-lviv-region-rma",
    "2025-01-15",
    "Two critical infrastructure facilities were hit in Lviv region during a morning missile attack by Russian troops - "
    "without casualties, but with damage, the head of the Lviv RMA Maksym Kozytskyi said on Telegram on Wednesday.\n\n"
    '"During the morning alarm, which lasted from 06:12 to 08:12, the enemy attacked Lviv region with cruise missiles. Two '
    "critical infrastructure facilities in Drohobych and Stryi districts were hit. Fortunately, there were no casualties, "
    'but there was damage," Kozytskyi wrote.\n\nDuring the first air alert, which lasted from 01:35 to 02:48, he said, an '
    'enemy attack drone flew into the territory of Lviv region. "Our air defense soldiers managed to destroy it. There were '
    'no casualties, injuries or destruction," said the RMA head.',
    [c(RU, "2025-01-15", 1, 1, None, "exact", False, "governor", "local", 1, "Lviv region")],
    "the region's one drone is its attack count; the cruise missiles have no count",
)

p(
    "h9-babel-025",
    "Babel",
    "https://babel.ua/en/news/85411-the-russians-fired-15-rockets-on-lviv-region-electricity-outages-are-recorded-in-the-region",
    None,
    "Russian troops attacked Lviv region with 15 missiles. Some of them were shot down by air defense forces.\n\nThis was "
    'reported by the head of Lviv Regional Military Administration Maksym Kozytskyi.\n\n"The air alert continues, stay in '
    'shelters," he emphasized.\n\nEarlier, Kozytskyi said that strikes on energy infrastructure facilities of the Lviv region '
    "were recorded.\n\nIn the regional center, the city of Lviv, an explosion was also recorded at a critical infrastructure "
    "facility. Part of the city was left without electricity. There is no hot water.",
    [c(RU, None, 15, None, 15, "exact", False, "governor", "local", NA, "Lviv region")],
    "no published date (October 2022)",
)

p(
    "h9-jpost-026",
    "The Jerusalem Post (Reuters)",
    "https://www.jpost.com/breaking-news/article-752369",
    None,
    "Russian Black Sea Fleet ships destroyed two Ukrainian drones - Russia\n\nThe Russian Defence Ministry said on Tuesday "
    "that one of its Black Sea Fleet ships had destroyed two unmanned Ukrainian naval drones that had attempted to attack it "
    "overnight.\n\nThe ministry said in a statement that its patrol ship - the Sergei Kotov - had been monitoring shipping in "
    "the south-west part of the Black Sea at the time.\n\nIt had opened fire on and destroyed the naval drones and there had "
    "been no casualties, the ministry said.",
    [],
    "naval drones are not aerial weapons",
)

p(
    "h9-alarabiya-027",
    "Al Arabiya (Reuters, TASS)",
    "https://english.alarabiya.net/News/world/2023/09/10/Russian-Black-Sea-fleet-says-destroyed-US-made-military-boats-with-Ukrainian-troops",
    "2023-09-10",
    "Russia's ministry of defense said on Sunday its Black Sea Fleet aviation destroyed three US-made military boats with "
    "Ukrainian troops on board that were heading towards Crimea.\n\n\"This morning, planes of the Black Sea fleet's naval "
    "aviation destroyed three Willard Sea Force high-speed US-made military boats with a landing party of the Ukrainian "
    'armed forces in the western part of the Black Sea," state news agency TASS cited the ministry as saying.\n\nEarlier, '
    "the ministry reported that Russian air defenses had destroyed eight Ukrainian drones off Crimea's Black Sea coast.\n\n"
    "\"Early on September 10, the Kyiv government's attempt to attack facilities on the territory of the Russian Federation "
    'with fixed-wing drones was thwarted," the Russian ministry said. It added: "Missile defense units on duty destroyed '
    'eight unmanned aerial vehicles above the Black Sea waters, off the coast of the Republic of Crimea."',
    [c(UA, "2023-09-10", 8, 8, None, "exact", False, "defence ministry", "local", 8, "Crimea")],
    "boats are not aerial weapons; the eight are told twice",
)

p(
    "h9-brecorder-028",
    "Business Recorder (AFP)",
    "https://brecorder.com/news/amp/40263014",
    None,
    "MOSCOW: Moscow said Wednesday it had destroyed three Ukrainian drone boats in the Black Sea after a Ukrainian attack in "
    "the morning against a shipyard in Russian-annexed Crimea.\n\nThe defence ministry said in a statement on Telegram that "
    'its Black Sea Fleet aviators had "detected and destroyed three unmanned boats of the Ukrainian army".\n\nEarlier on '
    "Wednesday, Russia's defence ministry said that Ukrainian cruise missiles had struck a shipyard in the Crimean port of "
    "Sevastopol overnight.\n\nRussia said that Ukraine used three maritime drones and ten cruise missiles in the attack, "
    "which it claimed damaged two ships undergoing repairs.",
    [c(UA, None, 10, None, 10, "exact", False, "defence ministry", "local", NA, "Sevastopol")],
    "no published date (13 September 2023); maritime drones and boats are not aerial weapons: the attack's aerial size is the ten cruise missiles",
)

p(
    "h9-ironblade-029",
    "Iron Blade Online (Le Monde live)",
    "https://ironbladeonline.com/live-war-in-ukraine-authorities-order-evacuation-of-civilians-in-kherson-region/",
    "2023-09-15",
    "Russia said it destroyed five Ukrainian naval drones in the Black Sea between Wednesday and Thursday, as well as several "
    'aerial drones in the annexed Crimean peninsula. "On Thursday at 5 am local time, the Ukrainian Armed Forces attempted '
    "to attack the Black Sea Navy patrol boat 'Sergei Kotov' in the Black Sea using five naval drones,\" the Russian "
    "Defense Ministry said on Telegram.\n\nAll five devices were destroyed by fire from the Russian ship, the ministry "
    "added. On Wednesday evening, the Russian defence ministry said it had destroyed three Ukrainian naval drones in the "
    'Black Sea.\n\nAlso, on the Crimean peninsula, "air defense assets destroyed eleven aerial drones" early Thursday, the '
    "Russian Defense Ministry reported, without reporting any possible injuries or damage.",
    [c(UA, "2023-09-14", 11, 11, None, "exact", False, "defence ministry", "local", 11, "Crimea")],
    "published Friday; 'early Thursday' is 14 September; naval drones are not aerial",
)

p(
    "h9-newsghana-030",
    "News Ghana (Xinhua)",
    "https://newsghana.com.gh/russian-forces-claim-downed-100-ukrainian-drones/",
    None,
    "The Russian military intercepted over 100 Ukrainian drones Friday overnight, said the Russian Defense Ministry in a "
    "statement.\n\nThe ministry said the air defense system and the Black Sea fleet intercepted 51 drones over Crimea, 44 "
    "over the Krasnodar Territory, six over the Belgorod Region and one over the Kursk Region during the night.\n\n"
    "Meanwhile, Russian warplanes destroyed six drone boats in the waters of the Black Sea, it added.",
    [
        c(UA, None, 100, 100, None, "more_than", False, "defence ministry", inter=100),
        *(
            c(UA, None, n, n, None, "exact", False, "defence ministry", "local", n, place)
            for n, place in (
                (51, "Crimea"),
                (44, "Krasnodar Territory"),
                (6, "Belgorod Region"),
                (1, "Kursk Region"),
            )
        ),
    ],
    "no published date (17 May 2024); the national figure is given only as 'over 100' (the regions add to 102); drone boats are not aerial",
)

p(
    "h9-unn-031",
    "UNN",
    "https://unn.ua/en/news/moldovas-foreign-ministry-condemns-violation-of-the-countrys-airspace-by-two-russian-drones",
    None,
    "Moldova's Foreign Ministry condemns violation of the country's airspace by two Russian drones\n\nTwo Russian decoy "
    "drones crashed in Moldova, violating the country's airspace. Today, two Russian drones used by the Russian army to "
    "attack Ukraine crashed in Moldova. Moldovan Foreign Minister Mihai Popsoi said that this jeopardized the lives of the "
    "country's citizens, UNN reports citing his statement on X.\n\nOn November 10, two Russian drones were spotted in "
    'different areas of Moldova. One of them was reportedly identified as a "Shahed".\n\nWe would like to add that on the '
    "night of November 9-10, Russia launched 145 UAVs at Ukraine, of which more than 60 were destroyed by the Ukrainian Air "
    "Force. Another 10 UAVs left the airspace of Ukraine and continued their movement to Moldova, Russia and Belarus.",
    [c(RU, None, 145, 145, None, "exact", False, NA, inter=NA)],
    "no published date (10 November 2024); the drones that crashed in Moldova are not a barrage",
)

p(
    "h9-latimes-032",
    "Los Angeles Times (AP)",
    "https://cache.nohib.com/world-nation/story/2025-02-13/russian-drones-crash-in-moldova-and-romania-as-airspace-violations-are-reported-overnight",
    "2025-02-13",
    "Russian drones crash in Moldova and Romania as airspace violations are reported overnight\n\nRussian drones crashed in "
    "Moldova and Romania as the two Eastern European neighbors on Thursday reported violations of their airspace during "
    'Russian attacks on neighboring Ukraine.\n\nThe violations put "Moldovan lives at risk," said Moldovan President Maia '
    "Sandu, adding that the drones were Iranian-designed Shahed unmanned aircraft.\n\nAccording to Moldovan border police, "
    "several drones violated Moldova's airspace amid Russia's attack on Ukraine's Reni port. No one was hurt when the two "
    "drones slammed into fields in the country's south. Daniel Voda, a spokesperson for the Moldovan government, said that "
    'both of the drones are of "Russian origin."',
    [],
    "drones in a neighbour are not a barrage",
)

p(
    "h9-pledgetimes-033",
    "Pledge Times",
    "https://pledgetimes.com/a-ukrainian-armed-forces-drone-that-fell-in-voronezh-damaged-a-residential-building/",
    None,
    "Governor Gusev: in Voronezh, debris from a Ukrainian Armed Forces drone damaged the roof of a house\n\nDebris from a "
    "Ukrainian Armed Forces drone damaged the roof of a private house in Voronezh, Governor of the Voronezh region Alexander "
    "Gusev reported on his Telegram channel.\n\nHe clarified that there were no casualties. The head of the region promised "
    "to help the owners of the building with repairs.\n\nEarlier, Gusev reported that two aircraft-type drones were shot down "
    "on approach to Voronezh. The authorities of the Bryansk, Belgorod and Kaluga regions also spoke about the appearance "
    "of drones. In all cases, no one was injured.",
    [c(UA, None, 2, 2, None, "exact", False, "governor", "local", 2, "Voronezh")],
    "no published date; the debris is from one of the two",
)

p(
    "h9-pledgetimes-034",
    "Pledge Times",
    "https://pledgetimes.com/a-large-number-of-ukrainian-armed-forces-drones-destroyed-in-russian-region/",
    "2024-08-13",
    "Governor Gusev: Many Ukrainian Armed Forces drones have been destroyed in the Voronezh Region\n\nVoronezh Region "
    "Governor Alexander Gusev said that a large number of drones of the Armed Forces of Ukraine were destroyed over the "
    "region. He wrote about this in his Telegram channel.\n\nGusev reported that Russian air defense forces and electronic "
    'warfare systems are destroying Ukrainian drones in the Voronezh region. "A large number of aircraft-type drones have '
    'been eliminated. According to preliminary information, there are no casualties," he wrote.\n\nBefore this, Gusev '
    "reported that several Ukrainian aircraft-type drones had been shot down over the region.",
    [],
    "'a large number' and 'several': no figure",
)

p(
    "h9-klas-035",
    "Klas News",
    "http://klas.news/?p=1429",
    None,
    "Over Voronezh Oblast, several unmanned aerial vehicles were shot down at night. This was stated by the region's "
    'governor, Alexander Gusev, in his Telegram channel.\n\n"During the night, the air defense and radio electronic warfare '
    'forces detected and destroyed several UAVs in two districts of the region," reads a message published at 5:56 am '
    "Moscow time.\n\nAccording to preliminary information, there were no injuries or damage, Gusev added.",
    [],
    "'several' drones in two districts: no figure",
)

p(
    "h9-rugbyaddict-036",
    "Rugby Addict (Reuters)",
    "https://rugby-addict.com/en-nz/article/super-rugby/ukraine-launches-largest-drone-attack-on-moscow/67cfdd839e490c682d0cd606",
    None,
    "Ukraine launches largest drone attack on Moscow\n\nA residential house ablaze after Ukraine's drone attack in the "
    "Moscow region, according to the local authorities.\n\nUkraine has launched its biggest drone attack on the Russian "
    "capital with at least 91 drones targeting Moscow, killing at least one person, sparking fires, closing airports and "
    "forcing dozens of flights to be diverted, Russian officials said.",
    [c(UA, None, 91, 91, None, "at_least", True, "officials", "local", NA, "Moscow")],
    "no published date (11 March 2025); 'biggest drone attack on the Russian capital' is a record claim",
)

p(
    "h9-ukranews-037",
    "Ukrainian News Agency",
    "https://ukranews.com/en/news/905921-air-defense-units-shoot-down-1-missile-and-3-kamikaze-drones-in-dnipropetrovsk-region-at-night",
    None,
    "Air Defense Units Shoot Down 1 Missile And 3 Kamikaze Drones In Dnipropetrovsk Region At Night - Governor "
    "Reznichenko\n\nOn Monday night, during a massive Russian attack on the Ukrainian energy infrastructure, air defense units "
    "shot down a guided aviation missile Kh-59 and three Shahed kamikaze drones in the sky over the Dnipropetrovsk Region, "
    'there were no injuries.\n\n"Our sky defenders from the East Air Command gave the enemy no chance. Destroyed all four '
    "enemy air targets. They eliminated the Kh-59MK2 rocket and three kamikaze drones that were going to destroy our energy "
    'infrastructure," Reznichenko wrote.\n\nIt is also reported that last night Nikopol and Marhanets were under the fire of '
    "Russian heavy artillery - more than 20 enemy shells were launched at them.\n\nAs Ukrainian News Agency earlier "
    "reported, during the night attack of the Russian Federation on Ukraine, air defense forces destroyed all 39 Shahed "
    "drones, 2 Orlan-10 UAVs and 1 air missile.",
    [
        c(RU, None, 4, 3, 1, "exact", False, "governor", "local", 4, "Dnipropetrovsk Region"),
        c(RU, None, 42, 41, 1, "exact", False, NA, inter=42),
    ],
    "the page gives only a month (January 2023): published null; 'all four' targets over the region are its attack; 'all 39 Shahed drones, 2 Orlan-10 UAVs and 1 air missile' downed is the night's launch figure; shells are artillery",
)

p(
    "h9-nashigroshi-038",
    "Nashi Groshi (VOA)",
    "https://nashigroshi.com/news/2023/08/24/36694.htm",
    "2023-08-24",
    "A Russian missile attack wounded at least seven people early Thursday in the southeastern Ukrainian city of Dnipro.\n\n"
    "Serhiy Lysak, the regional governor, said on Telegram that six of the injured were hospitalized. Lysak said Ukrainian "
    "air defenses shot down one Russian missile but that strikes from others destroyed a transport facility and damaged a "
    "dozen other buildings.\n\nThe Russian Defense Ministry said its air defenses shot down three Ukrainian drones over "
    "Russian territory. The ministry said two of the drones were shot down in the Bryansk region, which borders Ukraine. "
    "The third drone was destroyed in the Kaluga region, located southwest of Moscow.\n\nUkraine has conducted daily drone "
    "attacks targeting Russian territory during the past week, with Russia reporting it shot down the aircraft or brought "
    "them down by way of electronic jamming.",
    mod("2023-08-24", 3, [(2, "Bryansk region"), (1, "Kaluga region")]),
    "Dnipro's one missile is a shoot-down ('others' hit, no count); 'the third drone' is the Kaluga region's one",
)

p(
    "h9-newsmediastudio-039",
    "News Media Studio",
    "https://newsmediastudio.com/?p=48514",
    None,
    "Ukrainian President Volodymyr Zelensky announced that Ukraine's air defenses - and especially unmanned drone and "
    "electronic warfare units - neutralized over 400 Russian attack drones overnight, with authorities ultimately reporting "
    "interception of more than 415 out of 458 drones and 9 of 45 missiles. The massive barrage killed at least four and "
    "wounded dozens, while damaging critical energy and residential infrastructure in Dnipro, Kharkiv, Kyiv, and other "
    "regions, triggering widespread power outages. Zelensky stressed the urgent need for more US Patriot air defense "
    "systems and missiles.",
    [c(RU, None, 503, 458, 45, "exact", False, NA, inter=NA)],
    "no published date (October 2025); 'over 400' neutralised is a shoot-down figure of the same night",
)

p(
    "h9-rbc-040",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/2-russian-missiles-downuv-over-dnipro-region-1720504425.html",
    "2024-07-09",
    "2 Russian missiles downed over Dnipro region at night\n\nIn the Dnipropetrovsk region, during the night of July 9, two "
    "missiles launched by Russian occupiers were shot down by air defense forces during another attack on the region, "
    'according to the head of the Dnipropetrovsk Regional Military Administration, Serhii Lysak.\n\n"During the night, air '
    'defenders destroyed 2 enemy missiles in the region."\n\nAround midnight on Monday, explosions were heard in Dnipro. '
    "The Air Force Command reported detecting the movement of an enemy missile towards Dnipro.\n\nShelling of Dnipro on July "
    "8\n\nYesterday, the Russian occupiers launched a massive missile strike on Ukrainian cities. The enemy launched 38 "
    "missiles, and air defense forces managed to shoot down 30 aerial targets. Kyiv, Kryvyi Rih, Slovyansk, and Kramatorsk, "
    "as well as Dnipro, were hit.",
    [c(RU, "2024-07-08", 38, None, 38, "exact", False, NA, inter=30)],
    "the region's two missiles are shoot-downs; yesterday's daytime strike is its own day",
)

p(
    "h9-rbc-041",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/russia-s-attack-on-ukraine-13-drones-and-1696310745.html",
    "2023-10-03",
    "Russia's attack on Ukraine: 13 drones and a cruise missile downed over Dnipro region\n\nOn the night of October 3, "
    "Russian forces once again launched an attack on Ukrainian territory. Ukrainian air defense units intercepted and downed "
    "13 kamikaze drones and one cruise missile over the Dnipro region, according to the head of the Dnipropetrovsk Regional "
    "Military Administration, Serhii Lysak.\n\nThe debris from the downed drones caused fires in various locations in "
    "Dnipro, including a private enterprise, a garage, and a vehicle.\n\nOn the night of October 3, air raid alerts were "
    "declared in the southeastern parts of Ukraine due to the use of Russian drones and ballistic missiles.",
    [],
    "a region's shoot-downs only",
)

# --- 2022 missile days and the Kalibr ships ---------------------------------------------
p(
    "h9-abc7news-042",
    "ABC7 News (CNN)",
    "https://abc7news.com/russia-ukraine-war-cruise-missiles/12360845/",
    "2022-10-22",
    "Ukrainian military says 18 Russian cruise missiles destroyed amid attacks on energy infrastructure\n\nSaturday, October "
    "22, 2022\n\nThe Ukrainian military said it used anti-aircraft missile units and mobile fire groups to destroy 18 Russian "
    'cruise missiles during a string of attacks on energy infrastructure across the country Saturday morning.\n\n"18 enemy '
    'cruise missiles were destroyed by aviation, anti-aircraft missile units and mobile fire groups," a post from the Air '
    'Force of the Armed Forces of Ukraine said.\n\n"In addition, the Russians attacked from ships in the Black Sea with '
    'Kalibr cruise missiles. A total of 16 starts," it continued.\n\nSeveral rockets flying towards Kyiv on Saturday were '
    "shot down by air defense forces in the region, Kyiv Mayor Vitali Klitschko said in a separate statement.",
    [c(RU, "2022-10-22", 16, None, 16, "exact", False, "air force", inter=NA)],
    "the 18 are shoot-downs with no launch figure; the Kalibr ships' '16 starts' are a launch figure of the same morning",
)

p(
    "h9-unionleader-043",
    "Union Leader (Reuters)",
    "https://www.unionleader.com/news/military/ukraine-faces-power-cuts-after-russian-strikes-more-flee-kherson/article_f82cbc87-8938-5f2a-baf3-2fbfc9e350e4.html",
    "2022-10-22",
    "Firefighters work to put out a fire at energy infrastructure facilities damaged by a Russian missile strike in an "
    "undisclosed location in Ukraine on Saturday.\n\nKYIV -- More than a dozen Russian missiles pounded critical "
    "infrastructure across Ukraine on Saturday, the Ukrainian air force said, with several regions reporting strikes on "
    "energy facilities and power outages.\n\nAt the same time, Russian occupation authorities in the southern Ukrainian city "
    "of Kherson urged civilians to leave immediately citing what they called a tense military situation.",
    [c(RU, "2022-10-22", 12, None, 12, "more_than", False, "air force", inter=None)],
    "'more than a dozen' missiles in the day's attack",
)

p(
    "h9-republicworld-044",
    "Republic World",
    "https://www.republicworld.com/world-news/russia-ukraine-crisis/two-russian-kalibr-missiles-cross-into-romania-and-moldova-airspace-says-ukraine-articleshow.html",
    "2023-02-10",
    "Ukraine's armed forces chief General Valeriy Zaluzhnyi on Friday said that at least two Kalibr missiles crossed into "
    "neighbouring Romanian and Moldovan airspace before entering Ukraine. The missiles were launched by the Russian forces "
    "from the Black Sea, Zaluzhnyi said.\n\nUkrainska Pravda quoted Kyiv's Air Force spokesperson as saying that Ukraine's "
    "forces could have shot down the missiles but did not do so to avoid the danger to civilians in foreign nations.\n\n"
    '"The Ministry of Defence carefully monitors the situation in the region and strongly condemns the violation of the '
    "airspace of the Republic of Moldova,\" the Moldovan Defence Ministry's statement read.\n\nIn an update on Telegram, "
    "the mayor of Kyiv, Vitali Klitschko, said that Ukraine's air defence systems shot down an estimated 10 missiles over "
    "the capital.",
    [],
    "missiles crossing a neighbour are not a barrage; the capital's ten are shoot-downs",
)

p(
    "h9-bromberries-045",
    "Bromberries (Reuters)",
    "https://bromberries.com/russia-says-frigate-hits-ukraines-military-infrastructure-with-cruise-missiles/",
    None,
    "Russia Says Frigate Hits Ukraine's Military Infrastructure With Cruise Missiles\n\nA frigate of the Russian Black Sea "
    "Fleet launched an attack with four cruise missiles on Ukraine's military infrastructure, Russia's defence ministry said "
    'early on Wednesday.\n\n"The crew of a frigate of the Black Sea Fleet received a task of launching a strike with Kalibr '
    'cruise missiles in the shortest possible time against enemy military infrastructure," the ministry said on Telegram.\n\n'
    "Reuters could not immediately establish when the attack took place.\n\nUkraine's navy said late on Tuesday that the "
    "Russian navy had kept two submarines with a total of up to eight Kalibr missiles on combat duty in the Black Sea as of "
    "Tuesday evening.",
    [c(RU, None, 4, None, 4, "exact", False, "defence ministry", inter=None)],
    "no published date (December 2023); 'up to eight' on combat duty is a capacity, not a launch",
)

# --- tallies, records and the 2024-2026 nights ---------------------------------------------
p(
    "h9-newsmax-046",
    "Newsmax (Breitbart)",
    "https://www.newsmax.com/newsfront/russia-ukraine-record/2024/09/30/id/1182288/",
    "2024-09-30",
    "Russia unleashed a record number of drone and missile strikes on 11 Ukrainian regions overnight, intensifying its "
    "assault and setting a new high for drone attacks in a single month, according to Ukrainian authorities.\n\nThis marked "
    "the 33rd straight night of aerial bombardments across Ukraine, as Russia deployed a record number of drones in "
    "September, the most in a single month since the war began in February 2022.\n\nExplosions echoed through Kyiv as air "
    "defenses worked to fend off waves of drone attacks that lasted five hours.\n\nUkraine has also been enhancing its drone "
    "capabilities, using them for long-range strikes inside Russian territory. On Sunday, Russian officials reported "
    "shooting down more than 100 Ukrainian drones.",
    [c(UA, "2024-09-29", 100, 100, None, "more_than", False, "officials", inter=100)],
    "the record night and month have no figure",
)

p(
    "h9-symplexia-047",
    "Symplexia (Kyiv Independent)",
    "https://news.symplexia.com/2024/11/news/daily-news/russia-sets-new-drone-attack-record-in-overnight-ukraine-barrage",
    "2024-11-26",
    "LONDON - Russia launched a record-high 188 strike drones into Ukraine on Monday night and Tuesday morning, expanding its "
    "long-range campaign against Ukrainian infrastructure.\n\nUkraine's air force said on Telegram that it downed 76 drones. "
    "Another 95 were lost in flight - possibly due to jamming efforts - and five flew into Belarus.\n\nRussia also fired four "
    "Iskander-M ballistic missiles as part of the assault, the air force said. None were shot down.\n\nThe previous largest "
    "attack of 145 drones occurred on Nov. 10.\n\nMonday night's drone attack damaged energy infrastructure in the western "
    "city of Ternopil.\n\nRussia's Defense Ministry, meanwhile, reported the downing of at least 39 Ukrainian drones over "
    "multiple Russian regions on Monday night.",
    [
        c(RU, "2024-11-26", 192, 188, 4, "exact", True, "air force", inter=171),
        c(RU, "2024-11-10", 145, 145, None, "exact", NA, None, inter=None),
        c(UA, "2024-11-26", 39, 39, None, "at_least", False, "defence ministry", inter=39),
    ],
    "published inferred from the URL's month and 'Monday night and Tuesday morning' (26 November 2024); the four Iskanders in the next sentence join the record 188; intercepted = downed + lost in flight",
)

p(
    "h9-swissinfo-048",
    "Swissinfo (Reuters)",
    "https://www.swissinfo.ch/eng/russia-attacked-ukraine-with-more-than-2%2C000-drones-in-october%2C-kyiv-says/87916673",
    None,
    "Russia attacked Ukraine with more than 2,000 drones in October, Kyiv says\n\nKYIV (Reuters) - Russia launched more than "
    "2,000 attack drones at civilian and military targets across Ukraine last month, Kyiv's military said on Friday.\n\n"
    "Moscow has carried out regular air strikes on Ukrainian towns and cities, with the capital Kyiv coming under attack 20 "
    "times in October alone, according to city officials.\n\nUkraine's General Staff said in a statement it had intercepted "
    '1,185 of the 2,023 drones launched last month and that another 738 were "locationally lost".\n\n"In total, since the '
    'beginning of 2024, the enemy has launched 6,987 attack UAVs on the territory of Ukraine," it said.\n\nUkraine said on '
    "Friday it had destroyed 31 drones and one missile in Russia's latest overnight strike.",
    [
        c(RU, None, 2023, 2023, None, "exact", False, "general staff", "period", 1923),
        c(RU, None, 6987, 6987, None, "exact", False, "general staff", "period", None),
    ],
    "no published date (1 November 2024); 'more than 2,000' is the 2,023; the overnight 31 and one are shoot-downs",
)

p(
    "h9-morningoverview-049",
    "Morning Overview",
    "https://morningoverview.com/russia-launched-a-record-8150-long-range-drones-at-ukraine-in-may-up-24-from-april-and-on-track-to-dwarf-those-totals-in-june/",
    None,
    "Russia launched a record 8,150 long-range drones at Ukraine in May, up 24% from April\n\nUkraine's air force tracked a "
    "record 8,150 long-range Russian drones launched against the country in May, a 24 percent increase over April's totals.\n\n"
    "Two separate mass strikes reported during the spring illustrate the scale of individual barrages. In one attack, "
    "Ukraine's Air Force reported that Russia launched roughly 600 drones and about 90 missiles in a single combined assault "
    "that also involved a hypersonic Oreshnik missile aimed at Kyiv, according to The Associated Press.\n\nA separate "
    "barrage, citing Ukrainian President Volodymyr Zelenskyy and other Ukrainian officials, counted 524 attack drones and "
    "22 missiles in a single operation.\n\nThese two documented strikes alone account for more than 1,100 drones and over "
    "100 missiles.",
    [
        c(RU, None, 8150, 8150, None, "exact", True, "air force", "period", None),
        c(RU, None, 690, 600, 90, "about", False, "air force", inter=None),
        c(RU, None, 546, 524, 22, "exact", False, NA, inter=None),
    ],
    "no published date (June 2026); 'more than 1,100 drones and over 100 missiles' is the two strikes added, not an attack",
)

# --- more governors' lines ------------------------------------------------------------------
p(
    "h9-pledgetimes-050",
    "Pledge Times",
    "https://pledgetimes.com/drone-shot-down-in-russian-region-2/",
    None,
    "Governor Bogomaz: drone shot down in Bryansk region\n\nAn air defense system shot down a drone in the Bryansk region. "
    'This was reported by the head of the Russian region, Alexander Bogomaz, in his Telegram channel.\n\n"There are no '
    'casualties or damage. Operational and emergency services are working on the scene," the governor wrote.\n\nEarlier in '
    "the Belgorod region, the head of the Malinovskoye rural settlement, Igor Startsev, was injured as a result of a drone "
    "strike on a car. At the time of the attack, the official was driving to inspect the village of Petrovka, where another "
    "drone dropped explosives.",
    [c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region")],
    "no published date; the Belgorod drone strikes on a car and a village are front-line hits, not a barrage",
)

p(
    "h9-pravda-051",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/02/5/7440372/",
    "2024-02-05",
    "Alexander Bogomaz, Governor of Russia's Bryansk Oblast, has claimed that the Russian air defence system destroyed two "
    'Ukrainian drones over the Vygonichsky district.\n\nSource: Bogomaz on Telegram\n\nQuote: "Air defence forces of the '
    "Russian Defence Ministry destroyed two more aircraft-type UAVs over the Vygonichsky district. There were no casualties "
    'or damage. Emergency services are working at the scene."',
    [
        c(
            UA,
            "2024-02-05",
            2,
            2,
            None,
            "exact",
            False,
            "governor",
            "local",
            2,
            "Vygonichsky district",
        )
    ],
    "the lead and the quote are one claim",
)

p(
    "h9-pledgetimes-052",
    "Pledge Times",
    "https://pledgetimes.com/two-drones-shot-down-in-russian-region/",
    "2024-07-17",
    "Governor Bogomaz: Two Ukrainian drones shot down in Bryansk region\n\nThe air defense system shot down two Ukrainian "
    "drones in the Surazh district of the Bryansk region. This was reported by the head of the Russian region Alexander "
    'Bogomaz in his Telegram channel.\n\n"There are no casualties or damage. Operational and emergency services are working '
    'on the scene. Thank you to our defenders!" the governor wrote.\n\nOn the night of July 16, Ukrainian troops attacked '
    "five Russian regions, one of them was the Voronezh region. According to the Russian Defense Ministry, one drone was "
    "intercepted in the skies over the region.",
    [
        c(UA, "2024-07-17", 2, 2, None, "exact", False, "governor", "local", 2, "Surazh district"),
        c(
            UA,
            "2024-07-16",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Voronezh region",
        ),
    ],
    "five regions is not a drone count",
)

# --- neighbours: Baltic and Belarus ---------------------------------------------------------
p(
    "h9-slobodenpecat-053",
    "Sloboden Pecat",
    "https://www.slobodenpecat.mk/en/ruskiot-dron-shto-padna-vo-letonija-nosel-eksploziv-za-napad-na-ukraina/",
    None,
    "The Russian drone that crashed in Latvia was carrying explosives for an attack on Ukraine\n\nThe Russian military drone "
    "that crashed in Latvia was carrying explosives that were most likely intended for an attack on Ukraine, but the "
    "aircraft strayed into the Baltic state's airspace, Latvian authorities said today.\n\nRomania and Latvia announced "
    "yesterday that they were investigating Russian drones that crashed after entering their airspace.\n\nThe aircraft that "
    "crashed in Latvia is an Iranian-made Shahed drone, said the commander of the Latvian Armed Forces, Leonids Kalnins. The "
    "drone crashed in the area of the village of Gaigalava, about 90 kilometers from the border with Belarus.",
    [],
    "a drone that strayed into a neighbour",
)

p(
    "h9-rbc-054",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/russian-drone-shot-down-in-latvia-was-likely-1725814807.html",
    "2024-09-08",
    "Russian drone shot down in Latvia was likely Shahed\n\nThe drone that recently went down in Latvia could have been a "
    "Russian Shahed. It came in through Belarus, according to Belarusian media.\n\nAccording to media, on Saturday, "
    "September 7, at about six in the morning, a kamikaze drone was spotted in Belarus, flying near Navahrudak.\n\nLatvian "
    "President Edgars Rinkevics said that a Russian military drone had crashed in the eastern part of his country.\n\nOn the "
    "night of September 7, Russians attacked Ukraine with dozens of kamikaze drones. In total, Russia launched 67 drones in "
    "Ukraine, and air defense shot down 58 Shaheds. According to the Ukrainian Air Force, six drones flew to Russia, Belarus, "
    "and the temporarily occupied Luhansk region.\n\nThis is not the first time that Russian drones have flown into Belarus "
    "during attacks in Ukraine. In total, at least nine Shaheds flew into Belarus in July.",
    [c(RU, "2024-09-07", 67, 67, None, "exact", False, "air force", inter=58)],
    "'dozens' is the 67; drones that flew into Belarus are not barrages",
)

p(
    "h9-rbc-055",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/unknown-drone-from-belarus-forces-lithuanian-1752147272.html",
    "2025-07-10",
    "Unknown drone from Belarus forces Lithuanian leaders into shelter\n\nOn Thursday, July 10, fighter jets were alerted in "
    "Lithuania because of an unknown drone from Belarus. The country's leadership hid in shelters, according to the Baltic "
    "news agency BNS.\n\nInitially, it was assumed that a Shahed drone flew over the country, but later, border guards found "
    "that it was a small homemade drone made of plywood and foam. It fell one kilometer from the Belarusian border.\n\nDue "
    "to the violation of airspace, Prime Minister Gintautas Paluckas and Seimas Speaker Saulius Skvernelis were taken to a "
    "shelter by the security service.",
    [],
    "one stray drone in a neighbour",
)

p(
    "h9-censor-056",
    "Censor.NET",
    "https://censor.net/en/news/3508859/russian_drone_crashes_in_latvia",
    "2024-09-08",
    "On Saturday, 7 September, a Russian military drone crashed in eastern Latvia. The UAV flew into Latvian airspace from "
    "Belarus.\n\nThis was reported by the Ministry of Defence of Latvia on X, Censor.NET reports.\n\nThe incident was "
    "recorded in the Rezekne region. An investigation is currently underway.\n\nThis is the first time since Russia's "
    "full-scale invasion of Ukraine that a Russian military UAV has violated Latvian airspace.\n\nEarlier it was reported "
    "that on the night of 7 September, at least 7 Shahed-type kamikaze drones flew into Belarus and, probably for the first "
    "time, one Russian Supercam reconnaissance UAV also entered the country.",
    [],
    "drones that flew into neighbours are not barrages",
)

# --- Sumy: hits without a count ---------------------------------------------------------
p(
    "h9-menafn-057",
    "MENAFN (Ukrinform)",
    "https://menafn.com/1109575133/Russian-Drones-Attack-Sumy-One-Injured-Power-Outages-Reported",
    None,
    'According to Ukrinform, Sumy Regional Military Administration head Oleh Hryhorov reported this on Facebook.\n\n"This '
    "morning, Sumy came under attack by Russian UAVs. Strikes hit industrial facilities and damaged power lines, sparking "
    'fires."\n\nHryhorov confirmed that one person was injured in the attacks, and parts of the regional center remain '
    "without electricity.\n\nSumy's acting mayor, Artem Kobzar, added that the drones - Shahed-type attack UAVs - targeted "
    "two industrial enterprises. One facility sustained five strikes, while the other was hit twice.",
    [],
    "no published date; strikes (hits) are not a barrage figure",
)

p(
    "h9-pravda-058",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/01/27/7495409/",
    "2025-01-27",
    "A Russian drone attack has damaged infrastructure facilities in Sumy and the village of Pishchane in Sumy Oblast. No "
    'casualties have been reported.\n\nSource: Sumy Oblast Military Administration on Telegram\n\nQuote: "The enemy '
    "attacked the Sumy hromada with a UAV at night. The explosions in Sumy and the village of Pishchane damaged "
    'non-residential premises and infrastructure facilities."\n\nDetails: Ukrainian air defences reportedly shot down seven '
    "Russian Shahed drones overnight.",
    [
        c(
            RU,
            "2025-01-27",
            1,
            1,
            None,
            "exact",
            False,
            "regional administration",
            "local",
            None,
            "Sumy",
        )
    ],
    "'attacked the Sumy hromada with a UAV': a community's one drone (local); the seven shot down have no launch figure",
)

# --- a city's tallies, the south, and missiles on Russia -------------------------------------
p(
    "h9-postsen-059",
    "Postsen Czechia (CTK)",
    "https://czechia.postsen.com/world/198409/Russia-fired-five-hypersonic-Zircon-missiles-at-Kiev-Ukraine-claims.html",
    None,
    "Russia fired five hypersonic Zircon missiles at Kiev, Ukraine claims\n\nSince the beginning of the year, Kyiv has faced "
    "more than 180 Russian rocket and drone attacks, the Kyiv military administration said today in an overview published on "
    "Telegram.\n\nRecently, Kiev has again been the target of more extensive airstrikes. Russia has sent 116 cruise missiles, "
    "48 drones and at least 12 Kinzhal and Iskander ballistic missiles at the city since the beginning of the year, Kyiv's "
    "military administration calculated. In five cases, according to it, the Russians attacked the metropolis with Zircon "
    "missiles.\n\nIn Kharkiv, according to the local mayor, Russian airstrikes destroyed all substations and also the "
    "thermal power plant. During a massive attack on energy infrastructure on March 22, Russian forces launched over 20 "
    "missiles at Kharkiv's energy facilities, causing a widespread blackout in the city.",
    [
        c(
            RU,
            None,
            176,
            48,
            128,
            "at_least",
            False,
            "military administration",
            "period",
            None,
            "Kyiv",
        ),
        c(RU, None, 20, None, 20, "more_than", False, "mayor", "local", None, "Kharkiv"),
    ],
    "no published date (1 April 2024); 'more than 180 attacks' counts attacks, not weapons; the five Zircons are a part of the city's tally",
)

p(
    "h9-censor-060",
    "Censor.NET",
    "https://censor.net/en/news/3472490/at_night_enemy_made_swift_attack_on_southern_regions_there_are_hits_ok_south",
    None,
    "The Russians continue the drone terror of the frontline territories of the southern regions. This night the attack was "
    "characterized by a rapid development of events, Colonel Natalia Humeniuk, head of the Joint Coordination Press Center "
    'of the Southern Defense Forces, said during the telethon.\n\n"This night the work of Ukrainian air defense forces was '
    "very intense. The enemy focused on attacking Kherson and Mykolaiv regions. Unfortunately, the hits could not be "
    'avoided," noted Humeniuk.\n\nThe head of Mykolaiv RMA, Vitaliy Kim, said that overnight, air defense forces in '
    "Mykolaiv region destroyed one Shahed-136/131 UAV.",
    [],
    "no published date; a region's one shoot-down, no launch figure",
)

p(
    "h9-voanews-061",
    "VOA",
    "https://www.voanews.com/a/ukraine-reports-downing-18-russian-attack-drones/7383157.html",
    None,
    "Ukraine's military said Monday that Russia attacked the country overnight with 23 Iranian-made Shahed drones along with "
    "a cruise missile.\n\nThe Ukrainian air force reported on Telegram that the military's air defenses shot down 18 of the "
    "23 drones and destroyed the missile.\n\nThe governor of the Mykolaiv region said six of the drones were shot down there, "
    "with the debris from one downed drone damaging an agricultural building.\n\nOfficials in Lviv also reported at least "
    "one drone in that part of the country, but no damage or injuries.\n\nIn Kherson, the regional governor said Russian "
    "shelling during the past 24 hours had killed two people and injured eight others.",
    [
        c(RU, None, 24, 23, 1, "exact", False, "air force", inter=19),
        c(RU, None, 1, 1, None, "at_least", False, "officials", "local", None, "Lviv"),
    ],
    "no published date (27 November 2023); Mykolaiv's six are shoot-downs; Lviv's 'at least one drone' is the region's own count",
)

p(
    "h9-novayagazeta-062",
    "Novaya Gazeta Europe",
    "https://novayagazeta.eu/articles/2024/03/25/multiple-drones-downed-overnight-amid-strikes-on-ukrainian-cities-and-russian-power-plant-en-news",
    "2024-03-25",
    "Multiple drones downed overnight amid strikes on Ukrainian cities and Russian power plant\n\nFour drones were shot down "
    "in the southern Ukrainian city of Mykolayiv overnight, regional Governor Vitaliy Kim said on Telegram Monday, while four "
    "more were downed over nearby Odesa, Ukrainian military authorities reported.\n\nA drone strike on an energy facility in "
    "Mykolayiv caused a fire. Another drone damaged a residential building after it was shot down, injuring 11 people.\n\n"
    "Across the border in the southern Russian region of Rostov, a fire broke out after a drone hit a power plant station in "
    "the city of Novocherkassk on Sunday night. Rostov Governor Vasily Golubev said that the fire had been put out.\n\nThe "
    "Russian Ministry of Defence said on Monday that 11 drones had been shot down in the region overnight.",
    [c(UA, "2024-03-25", 11, 11, None, "exact", False, "defence ministry", "local", 11, "Rostov")],
    "Mykolaiv's and Odesa's fours are shoot-downs; the drone that hit Novocherkassk is one of the region's night, not a count of its own",
)

p(
    "h9-zawya-063",
    "Zawya (Reuters)",
    "https://www.zawya.com/en/world/uk-and-europe/russian-installed-official-says-atacms-missiles-shot-down-over-crimea-p41wikaz",
    "2024-04-30",
    "The Russian-backed head of Crimea said on Tuesday that long-range Army Tactical Missile Systems (ATACMS) were shot down "
    "over the peninsula, which was annexed by Russia in 2014.\n\nSergei Aksyonov posted on Telegram a photo showing what he "
    "described as undetonated submunitions of ATACMS missiles.\n\nAksyonov did not specify when and how many missiles had "
    "been shot down.\n\nThe United States in recent weeks secretly shipped long-range missiles to Ukraine, which has so far "
    "used them twice, a U.S. official said last week.",
    [],
    "no count; 'used them twice' counts occasions",
)

p(
    "h9-pledgetimes-064",
    "Pledge Times",
    "https://pledgetimes.com/russia-says-it-shot-down-two-ukrainian-missiles-in-border-area/",
    None,
    "Russian anti-aircraft defense shot down two Ukrainian missiles in the border province of Bryansk on Sunday, as announced "
    'by the governor of the region, Alexander Bogomaz. "Today, Russian air defense forces shot down two missiles from the '
    'Armed Forces of Ukraine," says his statement on Telegram. Bogomaz said that, as a result of the fall of one of the '
    "missiles, a sawmill in the town of Bytosh was completely destroyed.\n\nThe Telegram channel Mash reported that the "
    "missiles were aimed at the Desnogorsk nuclear power plant and a military airfield in the Kaluga region.\n\nPreliminary "
    "data indicate that the missiles used were the long-range Storm Shadow, produced by the United Kingdom.",
    [c(UA, None, 2, None, 2, "exact", False, "governor", "local", 2, "Bryansk")],
    "the page gives only a month (July 2023): published null",
)

p(
    "h9-sputnikglobe-065",
    "Sputnik",
    "https://sputnikglobe.com/20241121/russian-air-defenses-shoot-down-two-uk-made-storm-shadow-missiles-1120949786.html",
    "2024-11-21",
    "Russian Air Defenses Shoot Down Two UK-Made Storm Shadow Missiles\n\nRussian air defense systems intercepted two UK-made "
    'Storm Shadow cruise missiles over the past 24 hours, the Russian Ministry of Defense reported on Thursday.\n\n"Air '
    "defense systems shot down two UK-made Storm Shadow cruise missiles, six US-made HIMARS rockets, and 67 fixed-wing "
    "drones,\" the ministry stated.\n\nEarlier, Kremlin spokesperson Dmitry Peskov commented on Bloomberg's report about the "
    "use of Storm Shadow missiles targeting the Kursk region, calling it a new escalation.",
    [c(UA, "2024-11-21", 69, 67, 2, "exact", False, "defence ministry", inter=69)],
    "HIMARS rockets are artillery, not counted (as set 6's Tochka-U day); the lead's two Storm Shadows are part of the 69",
)

p(
    "h9-unn-066",
    "UNN",
    "https://unn.ua/en/news/chernihiv-region-was-subjected-to-an-enemy-drone-attack-houses-and-the-village-council-were-damaged",
    None,
    "Chernihiv district was subjected to an enemy drone attack: houses and the village council were damaged\n\nAn enemy "
    "strike by a kamikaze drone in the Chernihiv region today damaged 3 residential buildings, 2 shops and the village "
    'council building, but no one was injured, Chairman of the Chernihiv RMA Vyacheslav Chaus said on Monday.\n\n"Today, as '
    "a result of the hit of a Shahed-type kamikaze drone in Chernihiv district, 3 houses, 2 shops and the village council "
    'building were damaged. Preliminarily without injuries," Chaus said on Telegram.',
    [],
    "no published date; a drone's hit, not an attack figure",
)
PASSAGES.write(HERE)
