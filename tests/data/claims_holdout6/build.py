# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the SIXTH held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news after sets 1-5 were all tuned
on. Each passage is lightly paraphrased from a real English news article found with the
project's search tool (no URL is shared with tests/data/claims_holdout{,2,3,4,5}/; URL and
published date kept where the page gives one); names, numbers, dates and the grammatical shape
of each sentence are as in the original. The set leans on small, non-record nights (2022-2026),
Reuters/AFP/AP/dpa rewrites, Moscow mayor one-liners, TASS evening and daytime windows, governors'
regional counts, hits and shoot-down-only reports, production and capacity figures, and a few
live-blog and weekly figures.
Run `python tests/data/claims_holdout6/build.py` to regenerate the JSONL after editing a label.

FIRST CONTACT (labels committed at 38d2b45, extractor at the same commit, run 2026-11-22): 71
passages (20 with no claim), 105 expected claims (RU->UA 32, UA->RU 73; national 40, local 64,
period 1), 100 predicted. Key (direction, event_date, total): P 0.670, R 0.638, F1 0.654;
records-feed leaks 3. The failure classes are in docs/claims/holdout6-first-contact.md. Label
commit 87c48fa afterwards only respelled TASS region names as the text gives them (location).

AFTER TUNING (f79277b..51d3acb, general rules for the failure classes, 35 k6-* dev passages;
labels untouched): P 0.961, R 0.943, key F1 0.952, 1 leak. Set 6 is no longer held-out.

Labels follow set 5's conventions: intercepted = everything neutralised (shot down +
jammed/lost); UA->RU claims from Russia's defence ministry count what it downed
(launched_total = intercepted) and every region in its list is a `local` claim; RU->UA
shot-down-only figures are not claims, nor are hits; a total is open (null, `vague`) when the
figure sentence names an uncounted component; period tallies have scope "period" and a null
event_date; "nearly/almost" and mixed qualifiers are `about`; a lead's rounded figure is the
same claim as the detailed one; a figure tied to one city/region under 100 is `local`; "also"
adds a kind to the night's figure; an evening window ("8 p.m. to 11 p.m.", "late Tuesday",
"Saturday night") belongs to the night that ends the next morning, a daytime window to its own
day. A field given as NA is left out: the text is ambiguous, so it is not scored. Passages
without a recoverable published date carry `published: null` (their undated figures:
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


# --- 2022-2023 -------------------------------------------------------------------
p(
    "h6-euroweeklynews-001",
    "Euro Weekly News",
    "https://euroweeklynews.com/2022/06/22/russia-sends-44-kalibr-cruise-missiles-towards-ukraine-in-black-sea/",
    "2022-06-22",
    "Russia sends 44 Kalibr cruise missiles towards Ukraine in Black Sea\n\nRussia has reportedly sent 44 Kalibr cruise "
    "missiles towards Ukraine in the Black Sea, after Crimean oil rigs were hit by Ukrainian missile strikes. Natalia "
    'Gumenyuk, head of the press centre of Operational Command South, told a briefing: "At the moment there are five '
    "cruise missile surface carriers and a cruise missile submarine in the Black Sea, its northwestern part, blocking "
    'navigation. Thus, a total of 44 Kalibr cruise missiles are now directed towards Ukraine."\n\nThe news follows '
    "three missile strikes by Ukraine's Armed Forces on Chernomorneftegaz drilling rigs, according to Crimean leader "
    "Sergey Aksyonov, who said the first strike was delivered at 8:37 am Moscow time.",
    [],
    "missiles carried on ships (a capacity), not launched; the rig strikes are strike counts",
)

p(
    "h6-breitbart-002",
    "Breitbart",
    "https://breitbart.com/europe/2022/10/17/pics-kamikaze-drones-rain-down-kyiv/amp",
    "2022-10-17",
    "Residents of Kyiv woke up to a swarm of so-called 'kamikaze' drones on Monday morning. Police officers and "
    "servicemen took potshots at the drones with small arms as they swooped on the city, which suffered at least four "
    "strikes, according to city officials.\nThe air force claims to have downed six drones over the Odesa region and "
    "nine over the Mykolaiv region in overnight attacks, along with three cruise missiles, per Ukrainian state media.\n"
    '"All night and all morning, the enemy terrorises the civilian population. Kamikaze drones and missiles are '
    'attacking all of Ukraine," President Volodymyr Zelensky said on Telegram.',
    [],
    "shoot-downs and strikes only: no launch figure",
)

p(
    "h6-nv-003",
    "NV (New Voice of Ukraine)",
    "https://english.nv.ua/nation/ukrainian-military-destroys-223-iranian-made-suicide-drones-since-their-first-use-in-ukraine-50277802.html",
    "2022-10-19",
    "Ukrainian military destroys 223 Iranian-made suicide drones since their first use in Ukraine\n\nIn 36 days, the "
    "Ukrainian military shot down 223 Shahed-136 kamikaze drones, Ukraine's Air Force Command reported on Telegram on "
    "Oct. 19. The use of Iranian drones was first reported on Sept. 13, after a Shahed-136 was shot down near "
    "Kupyansk, Kharkiv Oblast.\n\nThe latest mass attack by the Iranian drones was on Kyiv on the morning of Oct. 17. "
    "Five people were killed. On the morning of Oct. 18, Russia once again struck Kyiv; at least three air strikes were "
    "recorded in the Desnyanskyi district.",
    [],
    "a shoot-down tally over 36 days; no launch figure",
)

p(
    "h6-cnn-004",
    "CNN (mirror)",
    "https://244.18.118.34.bc.googleusercontent.com/ukraines-military-says-13-kamikaze-drones-shot-down/",
    "2022-10-19",
    "Ukraine's military says 13 \"kamikaze\" drones shot down\n\nUkraine's military said it shot down 13 kamikaze drones "
    'over the southern Mykolaiv region overnight, according to a statement on Telegram Wednesday.\n"During the night '
    "of October 18-19, the enemy attacked the Mykolaiv region twice with 'Shahed-136' kamikaze drones,\" the statement "
    "read. \"Eleven were shot down by the air defense of air command 'South', two more by the National Guard and the "
    'State Border Service."\nAccording to President Volodymyr Zelensky, Russia has ordered 2,400 Shahed-136 drones from '
    "Iran.",
    [],
    "a region's shoot-downs only; the 2,400 is an order",
)

p(
    "h6-nv-005",
    "NV (New Voice of Ukraine)",
    "https://english.nv.ua/nation/ukrainian-air-defenses-shoot-down-10-iranian-shahed-136-suicide-drones-in-mykolaiv-oblast-overnight-50278566.html",
    "2022-10-22",
    "Ukrainian air defenses shoot down 10 Iranian Shahed-136 suicide drones in Mykolaiv Oblast overnight\n\nAir defences "
    "in Mykolaiv Oblast shot down 10 enemy Shahed-136 suicide drones on Oct. 22, overnight, the South Operational Command "
    "reported on Facebook. According to the command, one more drone was downed in the neighboring Kirovohrad Oblast.",
    [],
    "shoot-downs only",
)

p(
    "h6-kyivindependent-006",
    "The Kyiv Independent",
    "https://kyivindependent.com/uncategorized/ukrainian-forces-downs-16-kamikaze-drones-overnight",
    "2022-10-23",
    "Ukrainian forces down 16 kamikaze drones overnight\n\nUkraine's Air Force reported on Oct. 23 that 14 Iranian-made "
    '"Shahed-136" kamikaze drones were shot down in Mykolaiv Oblast overnight. Two more kamikaze drones were destroyed '
    "in Ukraine's eastern and northern regions.\n\nRussia has previously used Iranian-made kamikaze drones to attack "
    "other areas, including Kyiv on Oct. 17, where their attack killed five people.",
    [],
    "shoot-downs only",
)

p(
    "h6-thepecohub-007",
    "The Peco Hub (AP rewrite)",
    "https://thepecohub.com/?p=10549",
    "2023-03-09",
    "The latest Russian missile barrage against Ukraine's civilian infrastructure marked one of the largest such attacks "
    "in months.\nOn Thursday, Russia fired more than 80 missiles in a massive effort to overwhelm Ukrainian air defenses "
    "and cripple the energy system.\nUkraine's military chief, General Valerii Zaluzhnyi, said that Russia launched 81 "
    "missiles and eight exploding Iranian-made Shahed drones in a barrage early Thursday, and Ukraine's air defenses "
    "downed 34 missiles and four drones.\nAccording to Zaluzhnyi, those missiles included six hypersonic Kinzhal "
    "missiles. Air force spokesman Yurii Ihnat said Ukraine lacks assets to intercept the Kinzhal and the older Kh-22.\n"
    "Moscow didn't say how many missiles were fired, but claimed they hit the designated targets.",
    [c(RU, "2023-03-09", 89, 8, 81, "exact", False, "military", inter=38)],
    "the lead's 'more than 80' rounds the 81; 'one of the largest in months' is not a record; six Kinzhals are a part",
)

p(
    "h6-yahoonz-008",
    "Reuters via Yahoo News NZ",
    "https://nz.news.yahoo.com/ukraine-shoots-down-multiple-missiles-083137786.html",
    "2023-05-26",
    "Ukraine shoots down multiple missiles and drones\n\nRussia has stepped up missile and drone attacks on Ukraine this "
    "month, mainly on logistics and infrastructure before an expected Ukrainian counteroffensive.\n\nThe Ukrainian air "
    "force said it had shot down 10 missiles fired from the Caspian Sea, 23 Iranian-made Shahed drones and two "
    "reconnaissance drones.\n\nIt said a total of 17 missiles and 31 drones had been launched during the attacks, which "
    "started at around 10:00 p.m. on Thursday (May 25) and continued until 5:00 a.m. on Friday.\n\nSeveral drones and "
    "missiles hit targets in the Kharkiv and Dnipropetrovsk regions, officials said.",
    [c(RU, "2023-05-26", 48, 31, 17, "exact", False, "air force", inter=35)],
    "an attack from Thursday evening to Friday morning is Friday's",
)

p(
    "h6-devdiscourse-009",
    "Reuters via Devdiscourse",
    "https://www.devdiscourse.com/article/law-order/2583404-russia-says-it-downs-ukraine-launched-drone-over-bryansk-region",
    "2023-09-06",
    "Russia says it downs Ukraine-launched drone over Bryansk region\nThe Russian defence ministry said its air defence "
    "systems destroyed a Ukraine-launched drone just before midnight on Tuesday over the Bryansk region, which borders "
    "Ukraine.\nAlexander Bogomaz, governor of the Bryansk region, said on Telegram that there was no destruction or "
    "casualties. Reuters could not independently verify the report.",
    [
        c(
            UA,
            "2023-09-06",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Bryansk region",
        )
    ],
    "'just before midnight on Tuesday' is the night that ended Wednesday morning",
)

p(
    "h6-lbua-010",
    "LB.ua",
    "https://en.lb.ua/news/2023/09/16/22508_russia_launches_five_iskander.html",
    "2023-09-16",
    "Russia launches five Iskander missiles at Kharkiv\n\n5 civilians were wounded.\n\nOn the morning of 16 September, the "
    "occupants launched 5 missiles at the Kholodnohirskyy district of Kharkiv, the head of the Kharkiv Regional Military "
    "Administration Oleh Synyehubov reported.\n\nAccording to Serhiy Bolvinov, head of the Investigative Department of "
    'the regional police, Russians attacked Kharkiv with Iskanders. "There are damaged buildings, five wounded and a '
    'seven-meter-long crater," he said.\n\nRussians fired at eight regions of Ukraine over the past day.',
    [c(RU, "2023-09-16", 5, None, 5, "exact", False, "governor", "local", NA, "Kharkiv")],
    "a governor's count for his city",
)

p(
    "h6-pravda-011",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2023/09/16/7420093/",
    "2023-09-16",
    "Russians attack Kharkiv with Iskander missiles, injuring 5 people\nThe Russians fired Iskander missiles on Kharkiv's "
    "Kholodnohirsky district on the morning of September, injuring 5 civilians.\nSource: Oleh Syniehubov, head of the "
    "Kharkiv Oblast Military Administration, on Telegram.\nDetails: Syniehubov reported that the occupiers fired five "
    "S-300 missiles on the city's Kholodnohirsky district.\nUpdate: Later, Serhii Bolvinov of the National Police in "
    "Kharkiv Oblast specified that these were actually Iskander-K missiles.",
    [c(RU, "2023-09-16", 5, None, 5, "exact", False, "governor", "local", NA, "Kharkiv")],
    "",
)

p(
    "h6-kyivindependent-012",
    "The Kyiv Independent",
    "https://kyivindependent.com/governor-russian-overnight-missile-attack-hits-civilian-infrastructure-in-kharkiv",
    "2023-09-17",
    "Governor: Russian overnight missile attack hits civilian infrastructure in Kharkiv\n\nFour Russian S-300 missiles hit "
    "a civilian enterprise in the city of Kharkiv overnight on Sept. 17, Kharkiv Oblast governor Oleh Syniehubov "
    "reported.\n\nThe attack occurred at around 12:30 a.m., causing a fire.\n\nAt around 11 a.m. on Sept. 16, five "
    "Russian Iskander cruise missiles hit the regional capital, injuring six civilians.\n\nA 23-year-old man was injured "
    "by artillery fire in the village of Petropavlivka.",
    [],
    "hits, not launch figures",
)

p(
    "h6-sputnikglobe-013",
    "Sputnik",
    "https://sputnikglobe.com/amp/20230917/russian-air-defense-destroys-another-ukrainian-drone-over-moscow-region---mayor-1113425610.html",
    "2023-09-17",
    '"Another drone that tried to carry out an attack on Moscow was shot down tonight by air defense forces in the '
    'Ramensky District of the Moscow Region. According to preliminary data, there are no damages or casualties," '
    "Sobyanin said on Telegram.\nAt the same time, the Russian Defense Ministry said that air defense also shot down a "
    "Ukrainian fixed-wing drone over the Domodedovsky District of the Moscow Region.\nThe attack was one of several "
    "thwarted by Russian air defenses across Russia and Crimea.",
    [
        c(UA, "2023-09-17", 1, 1, None, "exact", False, "mayor", "local", 1, NA),
        c(UA, "2023-09-17", 1, 1, None, "exact", False, "defence ministry", "local", 1, NA),
    ],
    "two districts, two drones, two sources",
)

p(
    "h6-yahoo-014",
    "The Hill via Yahoo News",
    "https://news.yahoo.com/russia-unleashes-largest-drone-attack-154451804.html",
    "2023-11-25",
    "Ukraine's military said that Russia has launched its most intense drone attack since the beginning of the war in "
    "2022, targeting the capital for over six hours.\n\nKyiv was the main target, air force commander Mykola Oleshchuk "
    "wrote online.\n\nRussia launched 75 Iranian-made drones against Ukraine in total, according to The Associated Press, "
    "74 of which Ukraine's air force said were destroyed. An air force spokesman later confirmed that air defenses shot "
    "down 66 air targets in the regions surrounding Kyiv.\n\nKyiv city administration head Serhii Popko said the Saturday "
    'morning attack was "the most massive air attack by drones on Kyiv."\n\nAs many as 17,000 people were without power '
    "because of the attack, and 77 residential buildings lost electricity.",
    [c(RU, "2023-11-25", 75, 75, None, "exact", True, NA, inter=74)],
    "'most intense drone attack since the beginning of the war' is a record; the 66 are the capital's share",
)

p(
    "h6-devdiscourse-015",
    "Reuters via Devdiscourse",
    "https://www.devdiscourse.com/article/law-order/2746928-ukraine-shoots-down-14-drones-overnight---air-force",
    "2023-12-15",
    "Ukraine shoots down 14 drones overnight - air force\nUkraine shot down all 14 drones launched at its territory by "
    'Russia overnight, its air force said on Friday morning.\n"All 14 enemy drones were shot down by mobile fire groups '
    'of the Air Force and Defence Forces of Ukraine within Mykolaiv, Kherson, Khmelnytskyi and Poltava regions," the air '
    "force wrote on Telegram.",
    [c(RU, "2023-12-15", 14, 14, None, "exact", False, "air force", inter=14)],
    "",
)

p(
    "h6-clearstory-016",
    "Clearstory News",
    "https://clearstory.news/2023/12/28/russian-defense-forces-successfully-intercept-drone-attacks-in-crimea/",
    "2023-12-28",
    "Russian Defense Forces Successfully Intercept Drone Attacks in Crimea\n\nSevastopol Governor Mikhail Razvozhaev has "
    "announced that the air defense system shot down a drone over the sea, he wrote on Telegram.\n\nAccording to "
    "preliminary reports, one unmanned aerial vehicle (UAV) was destroyed.\n\nOn December 26, it was revealed that "
    'Ukrainian forces had targeted the landing ship "Novocherkassk" near Feodosia using long-range Storm Shadow and '
    "SCALP missiles, citing air force spokesman Yuriy Ignat.\n\nOn December 23, the Russian military held drills to "
    "counter drone attacks in Crimea.",
    [c(UA, "2023-12-28", 1, 1, None, "exact", False, "governor", "local", 1, NA)],
    "the Feodosia strike has no figure",
)

p(
    "h6-dw-017",
    "DW live blog (mirror)",
    "https://tiue.org/dw/en/ukraine-updates-russia-launches-massive-missile-attack/live-67847911",
    "2023-12-29",
    "Ukraine updates: Russia launches 'massive missile attack'\nExplosions were heard across Kyiv, and air alerts were "
    "issued as Russian missiles struck several parts of the country early on Friday.\nThe deadly wave of attacks killed "
    "at least 30 people and wounded almost 160 more, according to Ukrainian officials.\nMeanwhile, one of the Russian "
    "projectiles briefly strayed into Polish territory.\nDeath toll rises to 30\nInterior Minister Igor Klymenko "
    "confirmed the figures on Telegram.\nRussia launched 122 missiles and dozens of drones against Ukrainian targets, "
    "Ukrainian officials said Friday.\nPoland summons Russian diplomat over airspace breach\nThe Polish military said the "
    "missile traveled about 40 kilometers over 3 minutes before crossing back.",
    [c(RU, "2023-12-29", None, None, 122, "vague", NA, "officials")],
    "'dozens of drones' leaves the total open",
)

# --- 2024 ------------------------------------------------------------------------
p(
    "h6-menafn-018",
    "Ukrinform via MENAFN",
    "https://menafn.com/1107730490/Ukraines-Air-Defense-Forces-Shoot-Down-11-Shahed-Drones-In-Odesa-Region-Overnight",
    "2024-01-17",
    "Ukrainian defenders destroyed 11 enemy attack drones during an overnight attack on the Odesa region, the Southern "
    'Defense Forces said on Telegram.\n\n"At night, the enemy attacked the southern regions with Shahed-131/136 strike '
    "drones. Air defense units worked for almost three hours. One drone was destroyed in the Mykolaiv region and another "
    'in the Kirovohrad region," the post reads.\n\nIn the Odesa region, 11 drones were shot down as they approached the '
    "coast. Three people were injured, and 130 residents were evacuated from a damaged building.",
    [],
    "shoot-downs only",
)

p(
    "h6-alarabiya-019",
    "Reuters via Al Arabiya",
    "https://english.alarabiya.net/News/world/2024/01/18/Ukraine-military-says-shot-down-22-out-of-33-Russian-drones-overnight-",
    "2024-01-18",
    "Ukraine military says shot down 22 out of 33 Russian drones overnight\n\nRussia launched 33 drones and 2 missiles at "
    'Ukraine overnight, with air defenses destroying 22 drones, the Ukrainian military said on Thursday.\n\n"The main '
    "areas of attack were the south and north. The Ukrainian Air Force and Defense Forces destroyed 22 enemy drones. "
    'Several more drones did not reach their targets," the air force said on Telegram.',
    [c(RU, "2024-01-18", 35, 33, 2, "exact", False, NA, inter=22)],
    "",
)

p(
    "h6-alarabiya-020",
    "Reuters via Al Arabiya",
    "https://english.alarabiya.net/News/world/2024/02/08/Ukraine-says-it-downed-11-out-of-17-Russia-launched-drones",
    "2024-02-08",
    "Ukrainian air defense and mobile drone hunter groups shot down 11 out of 17 Russia-launched drones over four regions, "
    "the air force said on Thursday.\n\nIt said the Iranian-made Shahed drones were downed over the Odesa and Mykolayiv "
    "regions, the Dnipropetrovsk region and the central Vinnytsia region.\n\nRegional officials said the attack damaged "
    "more than 20 residential houses and commercial buildings in Mykolayiv.",
    [c(RU, "2024-02-08", 17, 17, None, "exact", False, "air force", inter=11)],
    "",
)

p(
    "h6-kyivindependent-021",
    "The Kyiv Independent",
    "https://kyivindependent.com/air-force-ukraine-downs-16-out-of-18-drones-launched-overnight/",
    "2024-02-25",
    "Ukrainian forces shot down 16 out of 18 Shahed-type drones launched by the Russian military overnight on Feb. 25, "
    "the Air Force announced.\n\nThe drones were destroyed over Poltava, Kyiv, Khmelnytskyi, Mykolaiv, Kirovohrad, "
    "Dnipropetrovsk, Zaporizhzhia, and Kherson oblasts.\n\nAccording to the Southern Defense Forces, Russia also launched "
    "two Kh-31P anti-radar missiles from tactical aircraft over the Black Sea towards Odesa Oblast. Both missiles were "
    "intercepted.\n\nGovernor Serhii Lysak reported that a drone destroyed an outbuilding in the Nikopol district.\n\n"
    "Ukrainian forces reportedly downed 23 out of 31 Russian drones launched overnight on Feb. 23.",
    [
        c(RU, "2024-02-25", 20, 18, 2, "exact", False, NA, inter=18),
        c(RU, "2024-02-23", 31, 31, None, "exact", False, NA, inter=23),
    ],
    "'also launched' adds the two missiles to the night",
)

p(
    "h6-straitstimes-022",
    "Reuters via The Straits Times",
    "https://www.straitstimes.com/world/europe/ukraine-says-it-downed-33-out-of-37-russian-drones-infrastructure-in-odesa-region-hit",
    "2024-03-08",
    "Ukrainian air defence shot down 33 out of 37 Russian drones launched in an overnight attack that damaged an "
    "infrastructure facility in the Odesa region, officials and the military said on Friday.\n\nThe military South "
    "command said 18 Shahed drones were downed over the Odesa region, and another four over Mykolaiv and Kherson.\n\n"
    '"At night the enemy again attacked the Odesa region with drones. Unfortunately, it was not possible to prevent the '
    'hits," said governor Oleh Kiper.\n\nThe drones were launched from Crimea and attacked in several waves.\n\nUkrainian '
    "navy officials said this week that Russia had launched over 880 attack drones and over 170 missiles on the Odesa "
    "region since July last year.",
    [
        c(RU, "2024-03-08", 37, 37, None, "exact", False, NA, inter=33),
        c(RU, None, 1050, 880, 170, "more_than", False, "navy", "period", NA, NA),
    ],
    "the navy's eight-month tally for one region is a period claim",
)

p(
    "h6-yahoouk-023",
    "Evening Standard via Yahoo UK",
    "https://uk.news.yahoo.com/ukraine-launches-wave-drone-attacks-092645617.html",
    "2024-03-12",
    "Ukraine launches wave of drone attacks on Russia\n\nUkraine launched a wave of drone attacks on Russia including the "
    "Moscow region on Tuesday, hitting at least one oil refinery.\n\nAt least 25 drones and seven missiles were used in "
    "the large-scale air strikes, Russia's defence ministry said.\n\nRussia's defence ministry said it had downed 25 "
    "Ukrainian drones over Russian regions including Moscow, Leningrad, Belgorod, Kursk, Bryansk, Tula and Oryol.\n\n"
    '"An attempt by the Kyiv regime to carry out a terrorist attack using 25 drones on objects in the territory of the '
    'Russian Federation was stopped," the ministry said.\n\nGleb Nikitin, governor of the Nizhny Novgorod region, '
    "reported a drone attack on a fuel refinery in the Kstovo industrial zone.",
    [c(UA, "2024-03-12", 32, 25, 7, "at_least", False, "defence ministry", inter=NA)],
    "the 25 downed are the drones of the 25 + 7",
)

p(
    "h6-newser-024",
    "Newser (AP rewrite)",
    "https://newser.com/story/347835/major-drone-attacks-hit-russia-during-election.html",
    "2024-03-17",
    "Ukraine launched a massive new wave of drone attacks Sunday on Russia as voters cast ballots on the final day of "
    "the presidential election. The Russian Defense Ministry reported downing 35 Ukrainian drones overnight, including "
    "four in the Moscow region. Moscow Mayor Sergei Sobyanin said a fifth drone, close to Domodedovo airport, was downed "
    "on Sunday morning. According to the ministry, two drones were shot down over the Kaluga region and four in the "
    "Yaroslavl region.\nMore drones were downed over the Belgorod, Kursk and Rostov regions and the Krasnodar region, "
    "the ministry said.\nThe Ukrainian military said 14 Russian drones had been shot down over the Odesa region Sunday, "
    "after a ballistic missile assault on Odesa on Friday that killed at least 21 people. Russian forces also launched "
    "five S-300 anti-aircraft guided missiles at areas of the Kharkiv and Donetsk regions, as well as two X-59 guided "
    "missiles in the Chernihiv region, the Ukrainian air force said Sunday.",
    [
        *mod(
            "2024-03-17", 35, [(4, "Moscow region"), (2, "Kaluga region"), (4, "Yaroslavl region")]
        ),
        c(UA, "2024-03-17", 1, 1, None, "exact", False, "mayor", "local", 1, NA),
        c(RU, "2024-03-17", 7, None, 7, "exact", False, "air force", inter=NA),
    ],
    "the Odesa 14 are shoot-downs only; the missiles over three regions are the night's launched figure",
)

p(
    "h6-alarabiya-025",
    "Reuters via Al Arabiya",
    "https://english.alarabiya.net/News/world/2024/06/06/ukraine-downs-17-out-of-18-drones-used-in-russia-s-overnight-attack",
    "2024-06-06",
    "Ukraine downs 17 out of 18 drones used in Russia's overnight attack\n\nThe Ukrainian air force shot down 17 out of "
    "18 Shahed-type drones over four regions during Russia's overnight attack on Thursday, according to the military.\n\n"
    "The attack caused a fire at an infrastructure facility in the Khmelnytskyi region, where one drone was shot down, "
    "the regional governor said. Eight drones were shot down over the southern region of Mykolaiv.\n\nRussian forces "
    "also used two Iskander-M ballistic missiles to attack the Dnipropetrovsk region, the military said.",
    [c(RU, "2024-06-06", 20, 18, 2, "exact", False, "military", inter=17)],
    "'also used' adds the two Iskanders to the night's figure",
)

p(
    "h6-tbsnews-026",
    "Reuters via TBS News",
    "https://www.tbsnews.net/worldbiz/europe/russian-drones-hit-energy-targets-knock-out-power-ukraines-sumy-region-857461",
    "2024-05-22",
    "Russian drones hit energy targets, knock out power in Ukraine's Sumy region\n\nRussian drones struck energy sites "
    "early on Wednesday and knocked out power to some parts of the Sumy region, officials said.\n\nThe Sumy regional "
    "authority said the drones hit the cities of Shostka and Konotop. Ukraine's air force shot down seven drones used in "
    "the attack, according to the regional authorities.\n\nThe Ukrainian military said it had shot down all 24 drones "
    "Russia launched in the overnight attack, which targeted five other regions in the south and east.",
    [c(RU, "2024-05-22", 24, 24, None, "exact", False, "military", inter=24)],
    "the seven over Sumy are a regional share",
)

p(
    "h6-kyivpost-027",
    "Kyiv Post",
    "https://www.kyivpost.com/post/33284",
    "2024-05-26",
    "Russian forces launched yet another attack against Ukraine on Sunday morning, May 26, firing Shahed drones and "
    "missiles from at least 4 strategic bombers.\n\nThe Ukrainian Air Force reported that air defense units had "
    "intercepted 31 Shahed drones and 12 Kh-101/Kh-555 cruise missiles overnight, protecting regions including Mykolaiv, "
    "Poltava, Zaporizhzhia and Odesa.\n\nGovernor Vitalii Kim of the Mykolaiv region said air defence units intercepted "
    "three drones over the area.\n\nIn Zhmerynka, three four-story buildings, seven private houses and six cars were "
    "damaged.",
    [],
    "interceptions only: no launch figure",
)

p(
    "h6-rasputin-028",
    "Guardian live blog (mirror)",
    "https://rasputin.lol/day-829-of-ww3-russia-launched-a-barrage-of-missiles-and-drones-on-saturday-morning-damaging-ukrainian-energy-facilities-in-the-donetsk-zaporizhzhia-dnipropetrovsk-kyrovohrad-and-ivano-frankivsk",
    "2024-06-01",
    "Russian drones damage energy facilities in five regions across Ukraine\nRussia launched a barrage of missiles and "
    "drones on Saturday morning, damaging energy facilities in five regions, officials have said.\nThe grid operator "
    "Ukrenergo said the attack damaged facilities in the Donetsk, Zaporizhzhia, Dnipropetrovsk, Kirovohrad and "
    'Ivano-Frankivsk regions.\n"This morning the Russians launched another strike on Ukrainian energy facilities. Since '
    "March it is already the sixth massive, complex, missile and drone attack against the civilian energy "
    'infrastructure," Ukrenergo said.\nAir defences shot down 35 of 53 Russian missiles and 46 of 47 drones.',
    [c(RU, "2024-06-01", 100, 47, 53, "exact", False, NA, inter=81)],
    "'35 of 53' and '46 of 47' give the launch figures",
)

p(
    "h6-pledgetimes-029",
    "Pledge Times",
    "https://pledgetimes.com/two-russian-officials-25-ukrainian-drones-that-attacked-bryansk-and-kursk-destroyed/",
    "2024-07-01",
    "Bryansk Governor Alexander Bogomaz said on Telegram that Russian air defense systems had shot down 18 drones over "
    "Bryansk, which borders Ukraine.\n\nHe added that the attacks came in several waves, according to Reuters.\n\nAlexei "
    "Smirnov, the governor of Kursk, said on Telegram that 7 Ukrainian drones were destroyed over the region.\n\nBoth "
    "said there were no injuries or serious damage.\n\nOn Sunday, the Russian Defense Ministry reported that air defenses "
    "destroyed 36 Ukrainian drones over the Kursk, Lipetsk, Voronezh, Bryansk, Oryol, and Belgorod regions overnight.",
    [
        c(
            UA,
            "2024-07-01",
            18,
            18,
            None,
            "exact",
            False,
            "governor",
            "local",
            18,
            "Bryansk region",
        ),
        c(UA, "2024-07-01", 7, 7, None, "exact", False, "governor", "local", 7, "Kursk region"),
        c(UA, "2024-06-30", 36, 36, None, "exact", False, "defence ministry", inter=36),
    ],
    "the governors' counts are Monday's; the ministry's 36 is Sunday's night",
)

p(
    "h6-devdiscourse-030",
    "Reuters via Devdiscourse",
    "https://www.devdiscourse.com/article/law-order/3005754-ukraine-defends-against-shahed-drone-assault",
    "2024-07-04",
    "Ukraine shot down 21 out of 22 Shahed drones used in a Russian attack overnight, its air force reported on "
    "Thursday.\n\nThe drones were shot down over six regions in northern and central Ukraine. The governor of Chernihiv "
    "said one drone struck a facility in his region; over 5,000 consumers remained without power on Thursday morning.\n\n"
    "The Dnipropetrovsk regional governor said air defence shot down two drones over his region.",
    [c(RU, "2024-07-04", 22, 22, None, "exact", False, "air force", inter=21)],
    "",
)

p(
    "h6-anews-031",
    "Anadolu via A News",
    "https://www.anews.com.tr/world/2024/08/20/ukrainerussian-airstrike-targets-energy-facilities-in-sumy-region",
    "2024-08-20",
    "Ukraine said early Tuesday that energy facilities in the Sumy region were targeted during an overnight Russian "
    'airstrike.\n\n"On the night of August 20, the enemy launched a rocket attack on the energy facilities of the Hlukhiv '
    'community," the Sumy Regional Military Administration said. 72 settlements and more than 18,500 people were left '
    "without electricity.\n\nAir force commander Mykola Oleshchuk said on Telegram that air defenses downed three "
    "missiles and 25 attack drones during the overnight airstrike, over the Kyiv, Dnipropetrovsk, Mykolaiv, Kherson, "
    "Vinnytsia, Khmelnytskyi, Kirovohrad, Sumy, and Chernihiv regions.",
    [],
    "shoot-downs only; no launch figure",
)

p(
    "h6-latimes-032",
    "Los Angeles Times",
    "http://161.35.110.226/world-nation/story/2024-10-06/russia-strikes-ukraine-with-drones-and-missiles",
    "2024-10-06",
    "Russia strikes Ukraine with drones and missiles\n\nRussian forces attacked Ukraine overnight with 87 Shahed drones "
    "and four different types of missiles, officials said Sunday.\n\nA 49-year-old man was killed in the Kharkiv region "
    "after his car was hit by a drone, said Gov. Oleh Sinegubov.\n\nUkraine's air force said air defenses had destroyed "
    "56 of the 87 drones and two missiles over 14 regions, including Kyiv.\n\nAnother 25 drones disappeared from radar "
    '"presumably as a result of anti-aircraft missile defense," it said.\n\nZelensky will present his "victory plan" '
    "at the Oct. 12 Ramstein meeting.",
    [c(RU, "2024-10-06", None, 87, None, "vague", False, NA, inter=83)],
    "missiles of four types without a count leave the total open",
)

p(
    "h6-spokesman-033",
    "dpa via The Spokesman-Review",
    "https://www.spokesman.com/stories/2024/oct/30/russian-drone-attack-on-kyiv-injures-at-least-nine/",
    "2024-10-30",
    "At least nine people were injured in Kyiv during overnight Russian drone attacks, military officials reported on "
    "Wednesday.\n\nDamage was also reported to a kindergarten. This marked the 19th drone attack on the city in October "
    "alone.\n\nThe Ukrainian Air Force stated that the Russian military deployed 62 unmanned aerial vehicles against "
    "targets in Ukraine. Of these, 33 were reportedly shot down over 10 regions while contact was lost with 25 others.\n\n"
    "Russia also reported Ukrainian drone attacks. According to the Ministry of Defence, 23 Ukrainian combat drones "
    "were shot down over six Russian regions.",
    [
        c(RU, "2024-10-30", 62, 62, None, "exact", False, "air force", inter=58),
        c(UA, "2024-10-30", 23, 23, None, "exact", False, "defence ministry", inter=23),
    ],
    "'19th drone attack' counts attacks",
)

p(
    "h6-menafn-034",
    "Ukrinform via MENAFN",
    "https://menafn.com/1108847022/Russians-Launch-Nighttime-Missile-Strike-On-Dnipropetrovsk-Region",
    "2024-11-04",
    "Russians Launch Nighttime Missile Strike On Dnipropetrovsk Region\nOvernight, Russian forces launched a missile "
    "strike on the Dnipro district and also attacked the Nikopol area, Serhii Lysak, Chief of the Dnipropetrovsk "
    'Regional Military Administration, said on Telegram.\n"At night, the aggressor attacked the Dnipro district with a '
    'missile. A fire broke out, which was extinguished by rescue workers," he wrote.\nA kamikaze drone struck the '
    "Nikopol district center, and artillery targeted the Marhanets community.",
    [c(RU, "2024-11-04", 1, None, 1, "exact", False, "governor", "local", NA, NA)],
    "one missile at one district; the Nikopol drone is a hit",
)

p(
    "h6-gibbspress-035",
    "Reuters via Gibbs Press",
    "https://gibbspress.com/ukraine-launches-major-drone-attack-on-moscow",
    "2024-11-10",
    "MOSCOW (Reuters) - Ukraine attacked Moscow on Sunday with at least 25 drones, forcing the temporary closure of two "
    "major airports, Russian officials said, in what was the biggest Ukrainian drone strike on the Russian capital to "
    "date.\nMayor Sergei Sobyanin said the drones were destroyed in the Ramenskoye and Kolomensky districts of the Moscow "
    "region and in Domodedovo city.\nThe Ramenskoye district was last targeted in September in what was then Ukraine's "
    "biggest attack on the Russian capital, when air defence units destroyed 20 drones.\nSeparately, Ukrainian drones "
    "set several buildings on fire in the Kaluga and Bryansk regions overnight, governors said. The Russian ministry "
    "said it had destroyed 17 drones over the Bryansk region.",
    [
        c(UA, "2024-11-10", 25, 25, None, "at_least", NA, "officials", "local", NA, NA),
        c(UA, None, 20, 20, None, "exact", NA, NA, "local", 20, NA),
        c(
            UA,
            "2024-11-10",
            17,
            17,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            17,
            "Bryansk region",
        ),
    ],
    "a record on the capital is not the national record (not scored); September without a day stays undated",
)

p(
    "h6-kiro7-036",
    "AP via KIRO 7",
    "https://kiro7.com/news/world/russia-launches/B7XXZAL2MNAPXCIFSOROI3O3Y4",
    "2024-12-13",
    "Russia targets Ukrainian infrastructure with a massive attack of cruise missiles and drones\n\nKYIV, Ukraine (AP) - "
    "Russia on Friday launched a massive aerial attack against Ukraine, involving dozens of cruise missiles and drones, "
    "the latest such strike aimed at crippling the electricity system.\n\nUkraine's air force reported multiple strike "
    "drones launched overnight followed by swarms of cruise missiles. It said Russia also used air-launched ballistic "
    "Kinzhal missiles against western regions.\n\nA similar massive attack on Nov. 28 involved about 200 missiles and "
    "drones and left more than a million households without power.",
    [
        c(RU, "2024-12-13", None, None, None, "vague", False, NA),
        c(RU, "2024-11-28", 200, None, None, "about", False, NA),
    ],
    "'dozens of cruise missiles and drones' is the night's only figure; 28 November is dated by the text",
)

p(
    "h6-glasno-037",
    "Glasno",
    "https://glasno.com.ua/en/aktualno-2/nchna-ataka-dronami-na-kivschin-25-grudn-1",
    "2024-12-25",
    "In the Kyiv region, several enemy drones were shot down during a nighttime attack, and debris fell in two areas. "
    'Parts of the downed drones damaged several houses, a cafe and trucks.\n"As of 09:10, 12 trucks, three private '
    'houses, a cafe, and a gas station sign were damaged," the regional police reported.\nAfter the nighttime Shahed '
    "attack, Russia launched a massive missile strike in the morning on energy facilities in the Kharkiv, Dnipropetrovsk, "
    "Poltava, and Kirovohrad regions.\nPresident Volodymyr Zelensky said the Russians launched over 70 missiles and more "
    "than a hundred drones in the Christmas attack. According to preliminary information, air defense destroyed 50 "
    "missiles and a significant portion of the UAVs.\nOne of the cruise missiles crossed the airspace of Moldova.",
    [c(RU, "2024-12-25", 170, 100, 70, "more_than", False, "president", inter=NA)],
    "",
)

p(
    "h6-trtworld-038",
    "TRT World",
    "https://www.trtworld.com:443/article/18249014",
    "2024-12-31",
    "Russia strikes Kiev, other Ukrainian regions with missiles and drones\n\nUkraine's air force on Tuesday reported a "
    "ballistic missile threat at 3:00 a.m., with at least two explosions heard in Kiev minutes later.\n\nAnother missile "
    "alert was issued at 8:00 a.m. followed by at least one explosion. Missile debris fell in the Darnytskyi district.\n\n"
    "In the Sumy region, the mayor of Shostka, Mykola Noha, said 12 residential buildings had been damaged as well as "
    "two educational facilities.\n\nAround half of Ukraine's energy infrastructure has been destroyed during the war.",
    [],
    "no barrage figure",
)

# --- 2025-2026 -------------------------------------------------------------------
p(
    "h6-opinionest-039",
    "Opinionest (BBC rewrite)",
    "https://opinionest.net/ukraine-unleashes-massive-drone-attack-on-russia-oil-refinery-in-flames",
    "2025-01-24",
    "Ukraine has reportedly carried out a significant drone attack on a Russian oil refinery, part of a broader offensive "
    "involving at least 121 drones targeting multiple regions, including Moscow.\nRussia claimed its air defenses "
    "intercepted all 121 drones, which were aimed at 13 regions, including Ryazan and Moscow, asserting that no damage "
    "occurred.\nIn Bryansk, the Kremniy factory suspended operations after sustaining damage from six drones, according "
    "to the regional governor.\nRussia's defense ministry reported intercepting six drones over Moscow, 20 in Ryazan, "
    "and others in border regions such as Bryansk.",
    [
        *mod("2025-01-24", 121, [(6, NA), (20, "Ryazan region")]),
    ],
    "the lead's 'at least 121' is the ministry's 121; six drones hitting a factory are hits",
)

p(
    "h6-newspravda-040",
    "News-Pravda",
    "https://news-pravda.com/world/2025/04/03/1206104.html",
    "2025-04-03",
    "A couple of hours ago, drones were reported approaching Moscow.\nTemporary restrictions were introduced at Vnukovo "
    "(from 23:43), Domodedovo and Zhukovsky airports; planes due to land circled above the capital.\nMayor Sobyanin has "
    'since said: "The air defense forces of the Ministry of Defense repelled the attack of a drone flying to Moscow. '
    'Emergency services specialists are working at the site of the fall of the debris."',
    [c(UA, "2025-04-03", 1, 1, None, "exact", False, "mayor", "local", 1, "Moscow")],
    "",
)

p(
    "h6-newspravda-041",
    "News-Pravda",
    "https://news-pravda.com/world/2025/05/21/1352961.html",
    "2025-05-21",
    "Sobyanin: The Defense Ministry's air defense forces repelled an attack by two UAVs flying toward Moscow. Emergency "
    "services are working at the site of the fallen debris.\nToday, 16 drones were shot down while approaching Moscow.",
    [c(UA, "2025-05-21", 16, 16, None, "exact", False, NA, "local", 16, "Moscow")],
    "the two are part of the day's running 16",
)

p(
    "h6-newsforall-042",
    "BBC via NewsForAll",
    "https://newsforall.eu/bbc-world/ukraine-officials-report-eight-dead-in-russian-airstrikes-across-the-country",
    "2025-05-25",
    "At least eight people have been killed and over 30 injured in Ukraine by Russian drone and missile attacks "
    "overnight. These attacks come after Kyiv experienced one of the heaviest assaults since the start of the invasion. "
    "On Saturday night, Russia's defence ministry said its air defence units shot down or intercepted 95 Ukrainian "
    "drones over several Russian regions, including Moscow. Flights at Moscow's airports were temporarily suspended.\n"
    "The Kyiv regional head, Mykola Kalashnyk, said three people were killed and 10 injured. In Mykolaiv, the body of an "
    "elderly man was recovered from a five-storey building hit by a drone.\nThe defence ministry said Ukrainian drones "
    "targeted eight Russian regions, with 95 drones destroyed and intercepted within a four-hour period. Moscow Mayor "
    "Sergei Sobyanin confirmed that 12 drones heading towards the capital were shot down.",
    [
        c(UA, "2025-05-25", 95, 95, None, "exact", False, "defence ministry", inter=95),
        c(UA, "2025-05-25", 12, 12, None, "exact", False, "mayor", "local", 12, "Moscow"),
    ],
    "'Saturday night' in Sunday's story is the night into Sunday; the Russian attack on Ukraine has no figure",
)

p(
    "h6-walx-043",
    "Walx News",
    "https://walx.news/2025/09/10/novorossiysk-mayor-warns-of-imminent-drone-attack-urges-residents-to-take-immediate-precautions",
    "2025-09-10",
    "A drone attack threat has been announced in Novorossiysk, a port city on Russia's Black Sea coast. Mayor Andrey "
    "Kravchenko posted a message on his Telegram channel late Tuesday, urging residents to avoid windows and move to "
    "lower floors or basements.\nHis Telegram channel, which has over 150,000 followers, has become a key conduit for "
    "emergency updates.\nMeanwhile, the Russian Ministry of Defense said that on the evening of September 9th, Russian "
    "air defense forces intercepted and destroyed 22 Ukrainian drone aircraft.",
    [c(UA, "2025-09-10", 22, 22, None, "exact", False, "defence ministry", inter=22)],
    "an evening tally belongs to the night that ends the next morning",
)

p(
    "h6-tass-044",
    "TASS",
    "https://tass.com/politics/2011265",
    "2025-09-03",
    "MOSCOW, September 3. /TASS/. Russian air defenses intercepted and destroyed 105 Ukrainian drones over Russian "
    'regions overnight, the Defense Ministry reported.\n"Between 11:00 p.m. Moscow time on September 2 and 7:00 a.m. '
    "Moscow time on September 3, air defenses intercepted and destroyed 105 Ukrainian fixed-wing drones: 25 over the "
    "Rostov Region, 24 over the Bryansk Region, 20 over the Krasnodar Region, 15 over the Black Sea, ten over the Kaluga "
    'Region, eight over Crimea, two over the Sea of Azov, and one over the Smolensk Region," the statement said.',
    mod(
        "2025-09-03",
        105,
        [
            (25, "Rostov Region"),
            (24, "Bryansk Region"),
            (20, "Krasnodar Region"),
            (15, "Black Sea"),
            (10, "Kaluga Region"),
            (8, "Crimea"),
            (2, "Sea of Azov"),
            (1, "Smolensk Region"),
        ],
    ),
    "",
)

p(
    "h6-tass-045",
    "TASS",
    "https://tass.com/politics/2013611",
    "2025-09-07",
    "MOSCOW, September 7. /TASS/. The Russian air defense systems destroyed 31 Ukrainian UAVs in four hours over the "
    'regions, the Defense Ministry said.\n"On September 6, from 8 p.m. Moscow time to midnight, 31 Ukrainian unmanned '
    "aerial vehicles of the airplane type were destroyed by the air defense systems on duty: 21 over the territory of "
    "the Belgorod Region, six over the territory of the Voronezh Region, and two UAVs were shot down over the "
    'territories of the Bryansk Region and the Republic of Crimea," it said.',
    mod(
        "2025-09-07",
        31,
        [(21, "Belgorod Region"), (6, "Voronezh Region"), (2, "Bryansk Region"), (2, "Crimea")],
    ),
    "an evening window (8 p.m. to midnight) belongs to the night ending on the 7th; 'two ... over A and B' is two each",
)

p(
    "h6-tass-046",
    "TASS",
    "https://tass.com/politics/2043531",
    "2025-11-13",
    "MOSCOW, November 13. /TASS/. Air defenses shot down 34 Ukrainian drones over Russian regions and the Black Sea in "
    'three hours on Thursday night, the Russian Defense Ministry said.\n\n"On-duty air defenses destroyed 34 Ukrainian '
    "fixed-wing unmanned aerial vehicles between 8:00 p.m. and 11:00 p.m. Moscow time on November 13. Nine drones were "
    "shot down over the Belgorod Region, four over Crimea, three over the Voronezh Region, another three over the Rostov "
    'Region, one over the Kursk Region, and 14 over the Black Sea," the statement reads.',
    mod(
        "2025-11-14",
        34,
        [
            (9, "Belgorod Region"),
            (4, "Crimea"),
            (3, "Voronezh Region"),
            (3, "Rostov Region"),
            (1, "Kursk Region"),
            (14, "Black Sea"),
        ],
    ),
    "an evening window belongs to the night ending the next morning",
)

p(
    "h6-pravda-047",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/09/9/7529942/",
    "2025-09-09",
    "Russian drones attack Zaporizhzhia: fire breaks out, one injured\nExplosions were heard in Zaporizhzhia Oblast amid "
    "the threat of Russian drones on the night of 8-9 September. A fire broke out in the city and a woman was injured.\n"
    "Source: Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, on Telegram\nDetails: Shortly after "
    "midnight, Ukraine's Air Force reported drones in the northern part of the oblast heading west.\nFedorov reported at "
    "00:48 that explosions had been heard, and later that the Russians had attacked Zaporizhzhia with drones and a house "
    "had caught fire.\nUpdated: Fedorov later reported that a 66-year-old woman had been injured.",
    [],
    "no figure",
)

p(
    "h6-newspravda-048",
    "News-Pravda",
    "https://news-pravda.com/russia/2025/12/04/1909351.html",
    "2025-12-04",
    "Air defense systems have destroyed a drone that was flying toward Moscow, the city's mayor Sergey Sobyanin said on "
    "his Max channel.\n\"An unmanned aerial vehicle heading for Moscow has been shot down by the Defense Ministry's air "
    'defense forces," the statement said.',
    [c(UA, "2025-12-04", 1, 1, None, "exact", False, "mayor", "local", 1, "Moscow")],
    "",
)

p(
    "h6-todayinusa-049",
    "Today in USA and World",
    "https://todayinusandworld.com/?p=4523",
    "2025-12-27",
    "Poland Scrambles Fighter Jets After Russian Missile and Drone Barrage Hits Kyiv\n\nKYIV, DECEMBER 27 - Polish fighter "
    "jets were scrambled near the Ukrainian border overnight after Russia launched one of its largest aerial assaults on "
    "Kyiv, killing at least one person and injuring 28 others, according to the State Emergency Service.\n\nThe attack "
    "involved nearly 500 drones and around 40 missiles, Ukrainian officials said, targeting civilian neighbourhoods and "
    "energy infrastructure.\n\nPoland shares a 530-kilometre (320-mile) border with Ukraine. Polish officials confirmed "
    "there was no breach of Polish airspace.\n\nEmergency services evacuated 68 elderly residents from a retirement home.",
    [c(RU, "2025-12-27", 540, 500, 40, "about", False, "officials")],
    "'one of its largest' is not a record",
)

p(
    "h6-tass-050",
    "TASS",
    "https://tass.com/politics/2068581",
    "2026-01-04",
    "MOSCOW, January 4. /TASS/. Air defenses intercepted or destroyed 41 Ukrainian unmanned aerial vehicles over eight "
    'Russian regions in a span of three hours on Sunday evening, the Defense Ministry reported.\n\n"Between 8:00 p.m. '
    "and 11:00 p.m. Moscow time on January 4, air defense capabilities intercepted or destroyed 41 Ukrainian fixed-wing "
    "unmanned aerial vehicles, namely 14 over the Kursk Region, seven over the Moscow Region, including two drones "
    "flying toward Moscow, six over the Ryazan Region, four each over the Belgorod and Lipetsk regions, three over the "
    'Vladimir Region, two over the Tver Region and one over the Voronezh Region," the ministry specified.',
    mod(
        "2026-01-05",
        41,
        [
            (14, "Kursk Region"),
            (7, "Moscow Region"),
            (6, "Ryazan Region"),
            (4, "Belgorod region"),
            (4, "Lipetsk region"),
            (3, "Vladimir Region"),
            (2, "Tver Region"),
            (1, "Voronezh Region"),
        ],
    ),
    "an evening window belongs to the night ending the next morning; the two toward Moscow are a share",
)

p(
    "h6-devdiscourse-051",
    "Reuters via Devdiscourse",
    "https://www.devdiscourse.com/article/headlines/3764351-russian-attack-hits-infrastructure-target-in-western-lviv-region-governor-says",
    "2026-01-09",
    "Russian attack hits infrastructure target in western Lviv region, governor says\nA Russian attack struck an "
    "infrastructure target in western Ukraine's Lviv region, Regional Governor Maksym Kozytskyi said on Telegram early "
    "on Friday.\nKozytskyi said he would provide further details in due course.",
    [],
    "no figure",
)

p(
    "h6-tass-052",
    "TASS",
    "https://tass.com/defense/2094027",
    "2026-03-01",
    "MOSCOW, March 1. /TASS/. Air defense forces intercepted and destroyed 84 Ukrainian drones in the past three hours "
    'over Russian regions on Sunday, the Russian Defense Ministry reported.\n"Between 2:00 p.m. and 5:00 p.m. Moscow time '
    "on March 1, on-duty air defenses intercepted and destroyed 84 Ukrainian fixed-wing unmanned aerial vehicles: 34 UAVs "
    "were shot down over the Black Sea, 24 over Crimea, 11 over the Krasnodar Region, 7 over the Belgorod Region, 5 over "
    'the Azov Sea, 2 over the Kursk Region and one over the Bryansk Region," the statement said.',
    mod(
        "2026-03-01",
        84,
        [
            (34, "Black Sea"),
            (24, "Crimea"),
            (11, "Krasnodar Region"),
            (7, "Belgorod Region"),
            (5, "Azov Sea"),
            (2, "Kursk Region"),
            (1, "Bryansk Region"),
        ],
    ),
    "a daytime window is its own day",
)

# --- undated pages ---------------------------------------------------------------
p(
    "h6-pledgetimes-053",
    "Pledge Times",
    "https://pledgetimes.com/seven-ukrainian-drones-destroyed-over-russian-region/",
    None,
    "Acting Governor Smirnov: seven Ukrainian Armed Forces drones were shot down over the Kursk region\n\nRussian air "
    "defense forces shot down seven Ukrainian unmanned aerial vehicles over the Kursk region, Acting Governor Alexey "
    "Smirnov reported on his Telegram channel.\n\nHe said aircraft-type drones were destroyed in the Fatezhsky, "
    "Konyshevsky, Kurchatovsky and Kursk districts, and asked residents not to approach the wreckage.\n\nEarlier, nine "
    "drones of the Armed Forces of Ukraine attacked the Bryansk region. There were no reports of casualties or damage.",
    [
        c(UA, None, 7, 7, None, "exact", False, "governor", "local", 7, "Kursk region"),
        c(UA, None, 9, 9, None, "exact", False, NA, "local", NA, "Bryansk region"),
    ],
    "several districts of one region: one local figure",
)

p(
    "h6-deccanherald-054",
    "Reuters via Deccan Herald",
    "https://deccanherald.com/international/world-news-politics/russia-launches-17-drones-on-ukraine-14-destroyed-1206482.html",
    None,
    "Russia sent 17 Iranian-made Shahed drones to attack Ukraine overnight, Ukraine's Air Force command said early on "
    'Tuesday, with its air-defence systems destroying 14 of them.\n\n"In total, up to 17 launches of UAV attacks were '
    'recorded, presumably from the eastern coast area of the Sea of Azov," the command said on Telegram.\n\nYuriy Kruk, '
    'head of the regional military administration in Odesa, said the region was struck with a number of drones. "As a '
    'result of the work of the air defence systems, there is damage," Kruk said.',
    [c(RU, None, 17, 17, None, "exact", False, "air force", inter=14)],
    "'up to 17 launches' repeats the 17",
)

p(
    "h6-unn-055",
    "UNN",
    "https://unn.ua/en/news/at-night-over-odesa-18-shaheds-were-shot-down-there-are-hits",
    None,
    'At night, Odesa was attacked by "shaheds": 18 drones were shot down, the Southern Defense Forces reported. A hit '
    "damaged a recreational facility building and started a fire that was quickly put out.\n\nThe repetition of "
    'maneuvers over residential and industrial areas of Odesa posed a real threat to civilians. "18 barrage munitions '
    'were shot down," the statement reads.\n\nA private house with a pier was also damaged.',
    [],
    "shoot-downs only",
)

p(
    "h6-censor-056",
    "Censor.NET",
    "https://censor.net/en/news/3436240/moscow_was_attacked_by_two_drones_antiaircraft_defense_shot_them_down",
    None,
    "Two drones were shot down over Moscow by Russian air defense forces, Moscow Mayor Sergei Sobyanin announced.\n\n"
    'According to him, one drone was shot down in the Domodedovo area and another near the Minsk highway.\n\n"There is '
    'currently no information on injuries caused by falling debris. Emergency services are working at the scene," he '
    "said.\n\nThe Russian Defence Ministry says drones attempted to attack targets in the Moscow region but were "
    "destroyed.",
    [c(UA, None, 2, 2, None, "exact", False, "mayor", "local", 2, "Moscow")],
    "the ministry's statement has no figure",
)

p(
    "h6-1xeber-057",
    "1news.media",
    "https://en.1xeber.media/news/2262-ukrainian-drone-shot-down-over-moscow.html",
    None,
    "Ukrainian drone shot down over Moscow\nA Ukrainian drone flying towards Moscow has been shot down, the mayor of the "
    "Russian capital, Sergey Sobyanin, announced.\nDue to the drone attack, Moscow's Domodedovo and Zhukovsky airports "
    "have been closed.",
    [c(UA, None, 1, 1, None, "exact", False, "mayor", "local", 1, "Moscow")],
    "",
)

p(
    "h6-qatarpress-058",
    "SANA via Qatar Press",
    "https://qatarpress.qa/russian-air-defense-repels-a-massive-ukrainian-drone-attack-on-crimea/",
    None,
    "Russian air defense repels a massive Ukrainian drone attack on Crimea\n\nAir defense and electronic warfare systems "
    "repelled an attack by more than 10 drones against Crimea and Sevastopol at night, the Governor of Sevastopol Mikhail "
    'Razvozhaev said on Telegram.\n\n"One drone lost control and fell in a tree line about 5 km away; the second was '
    'downed over sea near Cape Chersonesos, and the third one over sea from the northern breakwater side," he wrote.\n\n'
    "More than ten drones in total were sent against Crimea and Sevastopol, Razvozhaev noted.",
    [c(UA, None, 10, 10, None, "more_than", False, "governor", "local", NA, NA)],
    "the three described are parts of the 'more than 10'",
)

p(
    "h6-telegraf-059",
    "Telegraf",
    "https://telegraf.org.ua/en/news/chetyire-vrazheskih-bpla-atakovali-lvovs-1",
    None,
    "Four Russian drones attacked the Lviv region overnight on Friday, causing damage, the head of the regional military "
    'administration, Maksym Kozytskyi, reported.\n"This night, four enemy combat drones targeted the Lviv region. Air '
    'defense forces and mobile fire groups operated at 100%. All enemy targets were destroyed," he wrote.\nIn one of the '
    "villages of the Lviv district, debris from a Shahed damaged a house, leaving a crater 4 meters across.",
    [c(RU, None, 4, 4, None, "exact", False, "governor", "local", 4, "Lviv region")],
    "a governor's count for his region",
)

p(
    "h6-menafn-060",
    "Ukrinform via MENAFN",
    "https://menafn.com/1110708821/Energy-Infrastructure-Damaged-In-Lviv-Region-Due-To-Missile-And-Drone-Attack",
    None,
    'Energy Infrastructure Damaged In Lviv Region Due To Missile And Drone Attack\n"During the night and in the morning, '
    "the Lviv region suffered a massive attack by combat drones and missiles. During the air raid, which lasted more than "
    '6 hours, critical energy infrastructure facilities were damaged," Kozytskyi said.\nThe head of the regional '
    "administration also said air defense shot down some drones and at least two unidentified missiles in the region.\n"
    "An explosion in an office building in Duliby, Stryi district, killed one person and injured three.",
    [],
    "a region's shoot-downs only",
)

p(
    "h6-devdiscourse-061",
    "Devdiscourse",
    "https://www.devdiscourse.com/article/law-order/3267244-ukraine-defends-capital-amid-overnight-drone-assault",
    None,
    "Ukraine Defends Capital Amid Overnight Drone Assault\nUkraine's air defence forces engaged in repelling a Russian "
    "drone attack on Kyiv overnight. The capital's military administration urged residents to stay in shelters, its "
    "chief Timur Tkachenko said on Telegram.",
    [],
    "no figure",
)

p(
    "h6-pledgetimes-062",
    "Pledge Times",
    "https://pledgetimes.com/ukraine-repulses-massive-drone-attack-on-kiev/",
    None,
    'Kiev\'s armed forces said they repulsed a "massive" drone attack launched by the Russian army against the capital '
    "overnight, with some damage from debris, the head of the Kyiv military administration, Serhiy Popko, said on "
    'Telegram. "Tonight the attacker again carried out a massive drone strike. All detected air targets were '
    'destroyed," he said. Debris caused a fire in a building in the Darnytskyi district.',
    [],
    "no figure",
)

p(
    "h6-vesti-063",
    "Vesti.bg (embedded post)",
    "https://www.vesti.bg/sviat/ruski-dronove-atakuvaha-zaporozhie-ima-zhertva-i-mnogo-raneni-6218974",
    None,
    "Russia struck Zaporizhzhia with 5 Shahed drones, the regional governor reports. The attack caused a fire in one of "
    "the city's districts. Preliminary reports indicate no casualties; more information is awaited.",
    [c(RU, None, 5, 5, None, "exact", False, "governor", "local", NA, "Zaporizhzhia")],
    "a governor's count for his city",
)

p(
    "h6-questiqa-064",
    "Questiqa",
    "https://questiqa.com/russias-largest-air-attack-hits-kyiv-government-building-raises-tensions-in-ukraine",
    None,
    "Russia has launched its largest air attack since the onset of the conflict in Ukraine.\nThe assault involved over "
    "800 drones and decoys, targeting Ukraine overnight. For the first time, a key government building in Kyiv was "
    "struck, resulting in a severe fire. Missile strikes also hit the capital.\nThree people lost their lives, including "
    "a one-year-old child, and 18 others were injured.",
    [c(RU, None, 800, 800, None, "more_than", True, NA)],
    "a page without a date; the missiles are not counted but are not in the figure's sentence",
)

p(
    "h6-virginradio-065",
    "AFP via Virgin Radio Dubai",
    "https://virginradiodubai.com/trending/international-news/ukraine-shoots-down-russian-drones-overnight",
    None,
    "Ukraine shoots down Russian drones overnight\n\nUkraine's air force said it had shot down 24 of 26 drones launched "
    "from Russia overnight over four regions.\n\nFalling debris in the Odesa region injured one person and damaged 20 "
    "homes and four garages, said governor Oleh Kiper.\n\nUkraine's energy ministry said Russia had attacked energy "
    "infrastructure in six regions over the past day.",
    [c(RU, None, 26, 26, None, "exact", False, "air force", inter=24)],
    "",
)

p(
    "h6-zawya-066",
    "Reuters via Zawya",
    "https://www.zawya.com/en/world/uk-and-europe/ukraine-shoots-down-34-out-of-35-russian-drones-air-force-q54wja97",
    None,
    "Ukraine's air defence shot down 34 out of 35 Russian drones launched in a major overnight attack on 12 Ukrainian "
    "regions, the air force said on Thursday.\n\nRussia launched Iranian-made Shahed drones in several waves from about "
    "8:00 p.m. to 3:30 a.m., the air force said.\n\nAir alerts in many regions lasted for hours.",
    [c(RU, None, 35, 35, None, "exact", False, "air force", inter=34)],
    "",
)

p(
    "h6-newdelhitimes-067",
    "VOA via New Delhi Times",
    "https://www.newdelhitimes.com/ukraine-russia-trade-widespread-drone-attacks/",
    None,
    "The militaries of Ukraine and Russia each reported Thursday shooting down a large number of drones used in overnight "
    "attacks.\n\nUkrainian air defenses destroyed 78 of 105 Russian drones, Ukraine's air force said, over the Cherkasy, "
    "Chernihiv, Dnipropetrovsk, Kharkiv, Kyiv, Odesa, Poltava and other regions.\n\nSerhii Popko said air raid warnings "
    "in Kyiv lasted more than five hours.\n\nRussia's Defense Ministry said it shot down 113 Ukrainian drones, with more "
    "than half destroyed over the Belgorod region.\n\nBelgorod Governor Vyacheslav Gladkov said the attacks injured one "
    "person. Russian air defenses also shot down drones over the Bryansk, Kursk and Voronezh regions.",
    [
        c(RU, None, 105, 105, None, "exact", False, "air force", inter=78),
        c(UA, None, 113, 113, None, "exact", False, "defence ministry", inter=113),
    ],
    "'more than half' over Belgorod is a share",
)

p(
    "h6-swissinfo-068",
    "Reuters via Swissinfo",
    "https://www.swissinfo.ch/eng/russia-says-it-downs-59-ukrainian-drones%2C-including-two-heading-towards-moscow/88202416",
    None,
    "Russia says it downs 59 Ukrainian drones, including two heading towards Moscow\n\nRussia's air defence units "
    "destroyed 59 Ukrainian drones overnight, including two heading towards Moscow, the defence ministry said on Monday.\n\n"
    "Forty-five drones were destroyed over the Bryansk region, the ministry said on Telegram.\n\nIn addition to the two "
    "downed over the Moscow region, drones were also destroyed over the Kursk, Belgorod and Tula regions.\n\nAlexander "
    "Bogomaz, governor of the Bryansk region, said all drones launched at the region were destroyed.",
    mod(None, 59, [(45, "Bryansk region"), (2, "Moscow region")]),
    "",
)

p(
    "h6-ukranews-069",
    "Ukrainian News",
    "https://ukranews.com/en/news/1009400-factory-in-tatarstan-in-russia-to-produce-6-000-shaheds-every-year-wsj",
    None,
    "Factory in Tatarstan in russia to produce 6,000 Shaheds every year - WSJ\n\nThe russian factory in Alabuga plans to "
    "produce 6,000 Shahed attack drones a year. At the end of April it was already ahead of schedule and had delivered "
    "4,500 drones, The Wall Street Journal reports.\n\nRussian businessmen signed the deal at the end of 2022 with a "
    "$1.7 billion offer, partly paid in gold bars.\n\nM3 Albatross reconnaissance drones are also produced in Alabuga.",
    [],
    "production",
)

p(
    "h6-wdmdtv-070",
    "WDMD TV",
    "https://wdmdtv.com/?p=25251",
    None,
    "Ukrainian Drones Strike Russian Port City, Governor Says\n\nAccording to Krasnodar Krai Governor Veniamin Kondratyev, "
    "a Ukrainian drone strike on Novorossiysk left six residential buildings damaged.\n\nOver 170 personnel and fifty "
    "units of equipment were deployed to the scene.\n\nDrone debris pierced the roofs of four multi-family homes, while "
    "two private houses were badly damaged. No one was reported injured.",
    [],
    "no drone figure",
)

p(
    "h6-rbc-071",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/russian-army-launched-missile-attack-on-dnipro-1727412945.html",
    "2024-09-27",
    "Russian army launched missile attack on Dnipro at night: Consequences reported\n\nRussian forces attacked Dnipro "
    "overnight with missile weaponry, damaging an industrial facility and causing a fire, said Serhii Lysak, head of the "
    'Dnipropetrovsk Regional Military Administration. The strike came shortly after midnight.\n\n"It was restless '
    "during the night in the Nikopol area. The enemy targeted Nikopol itself and the Marhanets community, using a "
    'kamikaze drone and heavy artillery," he said.',
    [],
    "no count of missiles; the kamikaze drone is a hit in a shelling report",
)


if __name__ == "__main__":
    PASSAGES.write(HERE)
