# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the SECOND held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news: the first held-out set
(tests/data/claims_holdout/) was used to tune the extractor. Each passage here is lightly
paraphrased from a real English news article found with the project's search tool (no URL
is shared with the first set; URL and published date kept); names, numbers, dates and the
grammatical shape of each sentence are as in the original. Nobody tunes on this set: it is
measured, not fixed against. Run `python tests/data/claims_holdout2/build.py` to regenerate
the JSONL after editing a label here.

Labels follow the first set's conventions, restated here: intercepted = everything neutralised (shot down + jammed/lost); UA->RU claims
from Russia's defence ministry count what it downed (launched_total = intercepted) and every
region in its list is a `local` claim; RU->UA shot-down-only figures are not claims; a total
is open (null, `vague`) when the figure sentence names an uncounted component; period
tallies have scope "period" and a null event_date; "nearly/almost" and mixed qualifiers are
`about`; a lead's rounded figure is the same claim as the detailed one. A field given as NA
is left out: the text is ambiguous, so it is not scored. Passages without a recoverable
published date carry `published: null` (their relative dates cannot be resolved, so event
dates are null); a published date inferred from the text is said in `notes`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: shared helpers
from holdout_labels import NA, RU, UA, Passages, c, mod

HERE = Path(__file__).resolve().parent
PASSAGES = Passages()
p = PASSAGES.add


# --- 2022 ---------------------------------------------------------------------
p(
    "h2-kyivindependent-001",
    "The Kyiv Independent",
    "https://kyivindependent.com/news-feed/18-russian-cruise-missiles-shot-down-in-ukraine-in-one-morning",
    "2022-10-22",
    "Eighteen Russian cruise missiles were brought down by air defense systems in Ukraine on the morning of Oct. 22, "
    "the Air Force of Ukraine reported.\n\nAt 7 a.m., Russia began a massive missile attack on critical energy "
    "infrastructure across Ukraine. According to Ukraine's Air Force, Russia attacked from two directions. At least 10 "
    "planes fired 17 cruise missiles of the Х-101 type from Russia's Rostov Oblast. In addition, at least 16 Kalibr "
    "cruise missiles were launched from ships in the Black Sea.\n\nThe Air Force said that 13 of the X-101 missiles and "
    "five of the Kalibr missiles were shot down, meaning 12 missiles may have reached their targets.",
    [c(RU, "2022-10-22", 33, None, 33, "at_least", False, "air force", inter=18)],
    "total = 17 Kh-101 + at least 16 Kalibr; the lead's 18 is the shot-down count",
)

p(
    "h2-interfax-002",
    "Interfax-Ukraine",
    "https://en.interfax.com.ua/news/general/867626.html",
    "2022-10-24",
    "Only in the first half of the day on October 22, the Ukrainian Air Force shot down 20 cruise missiles, as well as "
    'more than ten Iranian "Shahed" drones, President of Ukraine Volodymyr Zelensky said in a video statement on '
    'Saturday.\n\n"Certainly, we still do not have the technical ability to shoot down 100% of Russian missiles and '
    'attack drones. But now most cruise missiles, most drones are shot down," he said.',
    [],
    "shot-down-only figures for RU->UA are not claims",
)

p(
    "h2-hindustantimes-003",
    "Bloomberg (Hindustan Times)",
    "https://www.hindustantimes.com/world-news/ukraines-zelensky-says-most-drone-monsters-launched-by-russia-downed-101666946349659.html",
    "2022-10-28",
    "Ukraine has downed 23 out of more than 30 Iranian Shahed drones launched by Russia in the past two days, according "
    'to President Volodymyr Zelenskiy who called them "metal monsters." Ukrainian forces also shot down a Kh-59 cruise '
    "missile, two Ka-52 attack helicopters and another Su-25 fighter jet during the same period.\n\nRussia has launched "
    "4,500 missile strikes and carried out more than 8,000 air-raids on Ukraine since the beginning of its invasion in "
    "late February, Zelenskiy said in his regular nightly address to the nation.",
    [
        c(RU, None, 30, 30, None, "more_than", False, "president", "period", 23),
        c(RU, None, 4500, None, 4500, "exact", False, "president", "period"),
    ],
    "two-day tally and since-the-invasion tally are period aggregates",
)

p(
    "h2-kyivindependent-004",
    "The Kyiv Independent",
    "https://kyivindependent.com/news-feed/air-force-russian-troops-fire-100-missiles-at-ukraine",
    "2022-11-15",
    "Russia launched about 100 missiles at Ukrainian cities on Nov. 15 in its latest mass attack on critical "
    "infrastructure, according to Ukraine's Air Force spokesman Yurii Ihnat.\n\nThe scale of the strike exceeded the "
    "Oct. 10 attack when 84 rockets were fired at Ukraine, Ihnat said.\n\nIhnat said that some of the missiles were "
    "downed by air defense but did not specify the number.",
    [
        c(RU, "2022-11-15", 100, None, 100, "about", NA, "air force"),
        c(RU, "2022-10-10", 84, None, 84, "exact", False, "air force"),
    ],
    "'exceeded the Oct. 10 attack' is a comparison: record flag unscored",
)

p(
    "h2-npr-005",
    "NPR (Iowa Public Radio)",
    "https://www.iowapublicradio.org/news-from-npr/news-from-npr/2022-11-15/russia-launches-missiles-at-cities-across-ukraine-poland-reports-explosions",
    "2022-11-15",
    "Russia unleashed a wave of missile strikes Tuesday at cities across Ukraine, hitting residential buildings and "
    "knocking out electricity in urban areas, in one of the most intense air assaults of the war.\n\nIn Ukraine, the "
    "air force said Russia fired about 100 missiles at Ukraine over the course of several hours on Tuesday afternoon "
    "and evening.",
    [c(RU, "2022-11-15", 100, None, 100, "about", False, "air force")],
)

p(
    "h2-uacrisis-006",
    "Ukraine Crisis Media Center",
    "https://uacrisis.org/en/day-265",
    "2022-11-15",
    "In the early afternoon on November 15, an air raid alert was declared across all of Ukraine. Russia launched "
    "roughly 100 missiles in what the Ukrainian Air Force said was the largest strike since the invasion, exceeding "
    "the October 10 attack.\n\nDeputy head of the Office of the President Kyrylo Tymoshenko said that 90 missiles were "
    'fired, of which 70 were shot down by air defenses. "The enemy launched more than 90 missiles on Ukraine, of which '
    "70 were intercepted by Ukraine's air defenses,\" Tymoshenko said. Near Kyiv, Ukraine's air defenses intercepted "
    "18 of the 21 missiles.",
    [
        c(RU, "2022-11-15", 100, None, 100, "about", True, "air force"),
        c(RU, "2022-11-15", 90, None, 90, "more_than", False, "officials", inter=70),
        c(RU, "2022-11-15", 21, None, 21, "exact", False, "officials", "local", 18, "Kyiv"),
    ],
    "published inferred: day 265 of the invasion = 15 Nov 2022; Tymoshenko's 90 / 'more than 90' is one claim",
)

p(
    "h2-euromaidan-007",
    "Euromaidan Press",
    "https://euromaidanpress.com/2022/11/18/russian-missile-attacks-destroy-up-to-50-of-ukrainian-energy-system-ukraines-pm/",
    "2022-11-18",
    "Ukraine's Prime Minister Denys Shmyhal says that almost half of Ukrainian energy infrastructure is out of order "
    "due to Russian missile strikes.\n\nOn November 15 alone, Russia launched around 100 missiles hitting power grids "
    "all over the country, Shmyhal says.",
    [c(RU, "2022-11-15", 100, None, 100, "about", False, "prime minister")],
)

p(
    "h2-pledgetimes-008",
    "Pledge Times",
    "https://pledgetimes.com/poland-urgent-meeting-for-russian-missiles-that-would-have-hit-the-border/",
    "2022-11-15",
    "According to that information, two rockets fell on the village of Przewodów in the province of Lublin and caused "
    'the death of two people.\n\nRussia launched "a hundred" missiles at Ukraine on Tuesday, hitting various energy '
    "infrastructures in different regions, a spokesman for the Ukrainian air force said.",
    [c(RU, "2022-11-15", 100, None, 100, NA, False, "air force")],
    "'a hundred' spelled out; qualifier left unscored; the two rockets in Poland are not a barrage figure",
)

p(
    "h2-wpsd-009",
    "AP (WPSD Local 6)",
    "https://www.wpsdlocal6.com/news/russian-missiles-cross-into-poland-during-strike/article_0728a088-6526-11ed-a810-c7aa9fdbfc95.html",
    "2022-11-15",
    "KYIV, Ukraine (AP) — Russia pounded Ukraine's energy facilities with its biggest barrage of missiles yet, striking "
    "targets across the country and causing widespread blackouts.\nA senior U.S. intelligence official said missiles "
    "crossed into NATO member Poland, where two people were killed.",
    [],
    "record language without a figure is not a claim",
)

p(
    "h2-amu-010",
    "Reuters (Amu TV)",
    "https://amu.tv/30008/",
    "2022-12-29",
    "Russia fired scores of missiles into Ukraine early on Thursday (December 29), targeting Kyiv, the northeastern "
    "city of Kharkiv and other cities in a massive aerial bombardment, Ukrainian authorities said.\n\nUkraine's "
    "military said it shot down 54 missiles out of more than 69 launched by Russia in an attack that began at 7 a.m. "
    "local time. Air raid sirens sounded across the country.\n\nThe attacks followed an overnight assault by "
    "'kamikaze' drones.",
    [c(RU, "2022-12-29", 69, None, 69, "more_than", False, "military", inter=54)],
    "published inferred from 'Thursday (December 29)' and the New Year context; the drones came in a separate earlier wave",
)

p(
    "h2-chicagoland-011",
    "Chicagoland Chronicle",
    "https://chicagolandchronicle.com/the-russian-criminal-campaign-is-continuing-with-large-air-strikes-on-infrastructure-energy-and-the-environment/",
    None,
    "As Ukraine prepared to welcome the New Year, Russia started one of the largest missile attacks of the war on "
    "energy infrastructure. The 69 cruise missiles as well as armed drones attacked civilian targets. The strikes on "
    "Thursday were the 10th large-scale bombardment of Ukraine's power grid since the beginning of September.\n\n"
    "According to the Kyiv military, air defense units brought down 54 of the 69 cruise missiles fired by Russian forces.",
    [c(RU, None, None, None, 69, "vague", False, NA, inter=NA)],
    "no published date; drones named but uncounted: total open",
)

# --- 2023 ---------------------------------------------------------------------
p(
    "h2-brecorder-012",
    "Reuters (Business Recorder)",
    "https://brecorder.com/news/amp/40250582",
    "2023-07-02",
    "KYIV: Russia launched an overnight drone attack on Kyiv after a 12-day break, a Ukrainian military official said "
    'on Sunday, with air defence systems preliminarily destroying all targets on their approach.\n"Another enemy '
    "attack on Kyiv,\" Serhiy Popko, a colonel general who heads Kyiv's military administration, said on Telegram.\n"
    "Kyiv and a number of central and eastern regions were under air raid alerts for about an hour after 2 a.m. local time.",
    [],
    "published inferred (the 12-day break ended on 2 July 2023); no figure",
)

p(
    "h2-thecourier-013",
    "AP (The Courier)",
    "https://www.thecourier.co.uk/news/uk-world/4605466/russian-drone-strikes-on-odesa-region-cause-fires-at-port/",
    "2023-08-02",
    "Russian troops hit port infrastructure in Ukraine's Odesa region with Shahed drones overnight, the Ukrainian "
    "military has reported.\n\nSince July 17, Russian forces have fired dozens of drones and missiles at the port of "
    "Odesa and the region's river ports.\n\nUkraine's Air Force intercepted 23 Shahed drones over Ukraine overnight, "
    "according to its morning update, mostly in Odesa and Kyiv.\n\nSerhii Popko, the head of Kyiv City Administration, "
    "reported that all 10 drones fired at Kyiv were intercepted.",
    [c(RU, "2023-08-02", 10, 10, None, "exact", False, "officials", "local", 10, "Kyiv")],
    "the national 23 is shot-down-only; 'all 10 fired at Kyiv' gives a launched count",
)

p(
    "h2-kyivindependent-014",
    "The Kyiv Independent",
    "https://kyivindependent.com/russia-launches-20-drones-overnight-strikes-odesa-grain-storage/",
    "2023-08-23",
    "Russia launched an overnight drone attack on Odesa Oblast and damaged a grain storage facility on the Danube, "
    "Governor Oleh Kiper said on Aug. 23.\n\nThe Ukrainian Air Force said that Russia launched 20 Shahed attack drones "
    "at Ukraine overnight on Aug. 23.\n\nEleven of the drones were destroyed, nine of which were downed over Odesa "
    "Oblast. The other two were downed over Zaporizhzhia Oblast, according to the Air Force.\n\nRussia has targeted "
    "Ukrainian ports at least eight times since Moscow pulled out of the Black Sea Grain initiative on July 17.",
    [c(RU, "2023-08-23", 20, 20, None, "exact", False, "air force", inter=11)],
)

p(
    "h2-messenger-015",
    "The Messenger",
    "https://themessenger.com/news/russian-drones-blitz-odesa-hitting-grain-warehouses",
    "2023-08-23",
    "Russia damaged more grain warehouses in the Odesa region overnight in a barrage of 20 drones on storage facilities "
    "on the Danube river, officials said early Wednesday.\nThe strike marked Russia's eighth attack on port facilities "
    "since it pulled out of the Black Sea Grain Initiative.\nEleven drones were shot down as they flew across southern "
    "Ukraine from Russian bases on the eastern shore of the Sea of Azov, more than 350 miles away, officials said.",
    [c(RU, "2023-08-23", 20, 20, None, "exact", False, "officials", inter=11)],
)

p(
    "h2-thenewsdept-016",
    "TV Net (The News Dept)",
    "https://thenewsdept.com/world-news/282259.html",
    "2023-09-30",
    "The Ukrainian Air Defense Forces shot down two Russian cruise missiles and 20 Iranian attack drones on Saturday "
    "night, the Ukrainian Air Force said in a statement.\n\nRussian forces attacked Ukraine with missiles and drones from "
    "11 pm on Friday evening to 5 am on Saturday.\n\nA total of eight different types of missiles and 35 Iranian-made "
    '"Shahed-136/131" unmanned aerial vehicles were fired at critical infrastructure and military facilities from '
    "the north and south.",
    [c(RU, "2023-09-30", 43, 35, 8, "exact", False, "air force", inter=22)],
    "published inferred (page dated Sunday 1 Oct 2023, the attack ended Saturday morning); judgement: 'eight different "
    "types of missiles' read as eight missiles",
)

p(
    "h2-zlive-017",
    "Zlive Network",
    "https://zlive-network.com/russia-sends-its-shaheds-into-ukraine-but-putins-attack-ends-in-disaster/",
    "2023-10-23",
    "Over 600 days have passed since the escalation of Russia's war of aggression against Ukraine. Yet on October 23, "
    "Moscow is again attacking Ukraine with drones and missiles, citing the Ukrainian Air Force.\n\nThe Ukrainian Air "
    "Force states that it intercepted all drones and a missile launched by Russia the previous night. All 14 drones "
    "were destroyed, according to Ukraine. Thirteen of them were of the Iranian Shahed type. A cruise missile was also "
    "destroyed, the Air Force said via Telegram in the morning.",
    [c(RU, "2023-10-23", 15, 14, 1, "exact", False, "air force", inter=15)],
    "published inferred from 'October 23' and 'over 600 days'",
)

p(
    "h2-voa-018",
    "Voice of America (Nashi Groshi)",
    "https://nashigroshi.com/news/2023/11/22/37467.htm",
    "2023-11-22",
    "Ukraine said Wednesday Russia launched 14 drones and a cruise missile as part of its latest attacks.\n\nThe "
    "Ukrainian air force said its air defenses downed all of the drones, which were directed at parts of central, "
    "southeastern and western Ukraine.\n\nThe Ukrainian military also said the Russian X-22 missile fell into a field "
    "in the Zaporizhzhia region without reaching its target.",
    [c(RU, "2023-11-22", 15, 14, 1, "exact", False, "air force", inter=NA)],
)

p(
    "h2-brecorder-019",
    "AFP (Business Recorder)",
    "https://www.brecorder.com/news/40274739/ukraine-says-downed-russian-barrage-rare-iran-drone",
    "2023-11-23",
    "KYIV: Russia attacked Ukraine with more than a dozen attack drones and a cruise missile, the Ukrainian air force "
    "said Wednesday, claiming to have downed all the drones.\n\nThe air force said the barrage had been launched from "
    'southeast Russia and that air defence units in several central regions had "destroyed all 14 enemy '
    'Shahed-131/136 drones."\n\n"The X-22 cruise missile failed to reach its target and landed in Zaporizhzhia region '
    'in an open area," it added.',
    [c(RU, "2023-11-22", 15, 14, 1, "exact", False, "air force", inter=NA)],
    "published the next morning (03:19 PKT): 'said Wednesday' is 22 Nov; 'more than a dozen' is the lead's rounding of 14",
)

p(
    "h2-breitbart-020",
    "AP (Breitbart)",
    "https://www.breitbart.com/europe/2023/12/29/pictures-russia-launches-biggest-air-raid-of-the-year-with-122-missiles-and-36-drones-says-ukraine/",
    "2023-12-29",
    "KYIV, Ukraine (AP) – Russia launched 122 missiles and a score of drones against Ukrainian targets, officials said "
    "Friday, killing at least 20 civilians across the country in what an air force official said was the biggest "
    'aerial barrage of the war.\nAir Force commander Mykola Oleshchuk wrote on Telegram that it was "the most massive '
    "aerial attack\" since Russia's full-scale invasion in February 2022.\nAccording to the Ukrainian air force, the "
    "previous biggest assault was in November 2022 when Russia launched 96 missiles against Ukraine. This year, the "
    "biggest was 81 missiles on March 9, air force records show.",
    [
        c(RU, "2023-12-29", None, None, 122, "vague", True, "officials"),
        c(RU, None, 96, None, 96, "exact", NA, "air force"),
        c(RU, "2023-03-09", 81, None, 81, "exact", NA, "air force"),
    ],
    "'a score of drones' is uncounted: total open; 'in November 2022' has no day, so date null",
)

p(
    "h2-sundiata-021",
    "Sundiata Post",
    "https://sundiatapost.com/russia-launches-122-missiles-on-ukraine-kills-30/",
    "2023-12-29",
    "Russia, on Friday, December 29, launched 122 missiles and 36 drones against Ukrainian targets, killing about 30 "
    'civilians across the country.\n\nThe result was "the most massive aerial attack" since Russia\'s full-scale '
    "invasion in February 2022, Air Force Commander Mykola Oleshchuk wrote on his Telegram channel.\n\nIt topped the "
    "previous biggest assault, in November 2022 when Russia launched 96 missiles, and this year's biggest, with 81 "
    "missiles on March 9, according to air force records.",
    [
        c(RU, "2023-12-29", 158, 36, 122, "exact", True, "air force"),
        c(RU, None, 96, None, 96, "exact", NA, "air force"),
        c(RU, "2023-03-09", 81, None, 81, "exact", NA, "air force"),
    ],
    "published inferred from 'Friday, December 29' and 'this year's biggest … March 9'",
)

p(
    "h2-thenewdispatch-022",
    "The New Dispatch",
    "https://www.thenewdispatch.com/russian-attacks-the-port-of-odesa/",
    None,
    "The Defence Forces of South Ukraine reported on Telegram that Russia had launched missiles at the southern port "
    "of Odesa, causing significant damage, particularly to grain stores.\n\nThe Ukrainian military disclosed that "
    "Russia launched a formidable assault, using 19 drones and 2 Onyx supersonic missiles, accompanied by 12 Kalibr "
    "missiles. Ukraine shot down all 19 drones and 11 Kalibr missiles.",
    [c(RU, None, 33, 19, 14, "exact", False, "military", inter=30)],
    "no published date",
)

p(
    "h2-independent-023",
    "The Independent",
    "https://www.independent.co.uk/news/world/europe/russia-ukraine-news-today-putin-weapons-latest-b2461754.html",
    "2023-12-11",
    "Russia has launched a \"concerted campaign\" intended to damage Ukraine's key energy infrastructure, Britain's "
    "Ministry of Defence said.\n\nIn its latest defence intelligence update, it said the Russian Air Force had conducted "
    'a "major wave" of strikes overnight on Thursday December 7.\n\nInitial reports indicate the majority of these '
    "missiles were intercepted by Ukrainian air defences and while one civilian was killed, there appears to be "
    "minimal infrastructural damage.",
    [],
    "an attack described without a figure",
)

# --- 2024 ---------------------------------------------------------------------
p(
    "h2-polskieradio-024",
    "Polskie Radio",
    "https://www.polskieradio.pl/395/9766/Artykul/3309465,russia-fired-500-missiles-drones-on-ukraine-in-five-days-zelensky",
    "2024-01-03",
    "Ukraine's president has said that since December 29, Russia has launched at least 500 missiles and unmanned aerial "
    "vehicles against his country.\n\nVolodymyr Zelensky made the statement in a video address to the nation on Tuesday "
    'night. He said that over the past 5 days, Russia had fired nearly 300 missiles and over 200 "Shahed" drones '
    "against Ukraine.\n\nOn Friday, Russia launched the largest attack of the war, killing at least 39 Ukrainian "
    "civilians, the Reuters news agency reported.",
    [c(RU, None, 500, 200, 300, "at_least", False, "president", "period")],
    "one five-day tally said twice",
)

p(
    "h2-liga-025",
    "LIGA.net",
    "https://news.liga.net/en/politics/news/rossiya-nanesla-raketnyy-udar-po-regionam-povrezhdeny-tes-i-ges-ukrenergo",
    None,
    "Russia massively attacked energy facilities in Ukraine overnight: thermal and hydroelectric power plants in the "
    "center and west of the country were damaged, Ukrenergo reported.\n\nOn March 22, 2024, the Russians carried out the "
    "largest attack on the energy system of Ukraine during the entire war. For the attack, they used 63 kamikaze drones "
    "and 88 missiles of various types. Anti-aircraft defense managed to shoot down 55 Shahed UAVs and 37 missiles.",
    [c(RU, "2024-03-22", 151, 63, 88, "exact", NA, None, inter=92)],
    "no published date; the dated earlier attack is the claim; 'largest attack on the energy system': record flag unscored",
)

p(
    "h2-rbc-026",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/eight-russian-missiles-hit-dnipro-hpp-prosecutor-1711114034.html",
    "2024-03-22",
    "On March 22, eight Russian missiles struck the Dnipro Hydroelectric Power Plant, leaving it incapacitated, according "
    "to Yurii Bielousov of the Prosecutor General's Office.\n\"Along with today's assault, the Russians have repeatedly "
    'targeted 136 energy infrastructure objects in Ukraine," he said.\nOn the night of March 22, Russians launched a '
    "massive attack on Ukraine, releasing over 150 drones and missiles. Air defense forces shot down 55 Shahed drones "
    "and 37 missiles.",
    [c(RU, "2024-03-22", 150, None, None, "more_than", False, None, inter=92)],
    "eight missiles hitting one plant are hits, not a launched barrage",
)

p(
    "h2-kyivindependent-027",
    "The Kyiv Independent",
    "https://kyivindependent.com/ukraine-war-latest-russia-hits-zaporizhzhias-dnipro-hydroelectric-power-plant-amid-massive-attack/?utm_source=substack&amp;utm_medium=email",
    "2024-03-23",
    "Key developments on March 22:\n\n  • Zaporizhzhia's Dnipro Hydroelectric Power Plant hit amid Russian attack on "
    "energy infrastructure\n  • Air Force: Ukraine downs 92 of 151 Russian aerial targets overnight on March 22\n  • "
    "Commander: Russia gathers 100,000-strong force, possibly for summer offensive\n\nRussia launched another large-scale "
    "drone and missile attack against Ukrainian cities overnight on March 22, targeting Kharkiv, Zaporizhzhia, and "
    "Kryvyi Rih, primarily aiming at the energy infrastructure.",
    [c(RU, "2024-03-22", 151, None, None, "exact", False, "air force", inter=92)],
    "published just after midnight: the attack is dated 22 March",
)

p(
    "h2-onlineua-028",
    "Online.ua",
    "https://news.online.ua/en/zelenskyy-says-russia-used-over-60-shaheds-and-almost-90-missiles-on-large-scale-attack-on-ukraine-875358/",
    "2024-03-22",
    "President Volodymyr Zelenskyy reported that on March 22, Russia launched more than 60 Shahed kamikaze drones and "
    "almost 90 missiles of various types.\nThe Russians launched 12 missile attacks on Zaporizhzhia — there were "
    "wounded. In Kharkiv, the Russians have struck energy facilities more than 15 times, damaging critical "
    "infrastructure.",
    [c(RU, "2024-03-22", 150, 60, 90, "about", False, "president")],
    "mixed 'more than'/'almost' → about; strike counts on single cities are hits, not claims",
)

p(
    "h2-swissinfo-029",
    "Reuters (Swissinfo)",
    "https://www.swissinfo.ch/eng/ukraine-downs-all-29-russia-launched-drones-during-overnight-attack%2C-air-force-says/86871127",
    None,
    "KYIV (Reuters) – Ukraine's air force said on Thursday that it shot down all 29 Russia-launched drones over eight "
    "Ukrainian regions during an overnight attack, which officials said caused only minor damage.\n\nRussia also "
    "launched three Kh-59 guided missiles during the attack, the air force said in a statement.\n\nThe governor of the "
    "southern Mykolaiv region said that the air force shot down five drones there. Eight more drones were downed over "
    "the southern region of Kherson, its governor said.",
    [c(RU, None, 32, 29, 3, "exact", False, "air force", inter=NA)],
    "no published date; regional shot-down counts are not claims",
)

p(
    "h2-swissinfo-030",
    "Reuters (Swissinfo)",
    "https://www.swissinfo.ch/eng/ukraine-downs-five-russia-launched-drones-during-overnight-attack%2C-air-force-says/86959348",
    "2024-08-16",
    "KYIV (Reuters) - Ukraine shot down all five Russia-launched drones during an overnight attack, the country's air "
    "force said on Friday.\n\nRussian forces also used three ballistic Iskander-M missiles during the attack, according "
    "to the air force's statement on Telegram.\n\nRussia used three Shahed-type drones and two drones of an unidentified "
    "type for the attack, it said.\n\nThe air alert has come on over 1,200 times in Kyiv since the start of the "
    "full-scale invasion, authorities said on Friday.",
    [c(RU, "2024-08-16", 8, 5, 3, "exact", False, "air force", inter=NA)],
)

p(
    "h2-alarabiya-031",
    "Reuters (Al Arabiya)",
    "https://english.alarabiya.net/News/world/2024/08/17/ukraine-air-defense-downs-all-14-russian-drones-fired-air-force-",
    "2024-08-17",
    "Ukraine's air defenses shot down all 14 Russian drones fired in an overnight attack, the Ukrainian air force said "
    "on Saturday.\n\nThe air force said on Telegram that the Shahed drones were downed over six Ukrainian regions in the "
    "south and center of the country.",
    [c(RU, "2024-08-17", 14, 14, None, "exact", False, "air force", inter=14)],
)

p(
    "h2-swissinfo-032",
    "Reuters (Swissinfo)",
    "https://www.swissinfo.ch/eng/ukraine-says-it-downed-42-drones%2C-one-missile-in-russian-attacks-overnight/87576960",
    None,
    "KYIV (Reuters) – Ukraine's air force said on Thursday it had shot down all 42 drones and one of four missiles used "
    "by Russia during overnight attacks.\n\nAir defences went into operation in nine Ukrainian regions, the air force "
    "said, nearly 31 months after Russia's full-scale invasion.\n\nSerhiy Lysak, the governor of the central "
    "Dnipropetrovsk region, said the air force had shot down one missile over his region.",
    [c(RU, None, 46, 42, 4, "exact", False, "air force", inter=43)],
    "no published date",
)

p(
    "h2-devdiscourse-033",
    "Reuters (Devdiscourse)",
    "https://www.devdiscourse.com/article/law-order/2733686-russia-launches-23-drones-cruise-missiles-overnight-on-ukraine---ukraines-air-force",
    None,
    "Russia launched 23 drones and a cruise missile overnight on Ukraine, Ukraine's air force said on Monday, adding "
    "that its air defence systems destroyed the missile and 18 of the drones before they reached their targets. "
    "Anti-aircraft defence was deployed in at least 9 regions of Ukraine, the air force said on Telegram.",
    [c(RU, None, 24, 23, 1, "exact", False, "air force", inter=19)],
    "no published date",
)

p(
    "h2-devdiscourse-034",
    "Reuters (Devdiscourse)",
    "https://www.devdiscourse.com/article/law-order/2757032-ukraines-air-defence-destroys-28-out-of-31-russia-launched-drones-ukraine-says",
    None,
    "Ukraine's air defence destroys 28 out of 31 Russia-launched drones, Ukraine says\nRussia launched 31 drones and 2 "
    "missiles at Ukraine overnight, mostly targeting the south of the country, with air defences destroying 28 drones "
    "and both missiles, the Ukrainian military said on Monday.",
    [c(RU, None, 33, 31, 2, "exact", False, NA, inter=30)],
    "no published date; the headline's 31 is the drone part of the same claim",
)

p(
    "h2-naharnet-035",
    "AFP (Naharnet)",
    "https://naharnet.com/stories/en/301915-russia-attacks-ukraine-with-48-drones-overnight",
    None,
    "Kyiv said Wednesday that Moscow had launched dozens of Iranian-designed attack drones towards Ukraine overnight "
    'from southern Russia and the annexed Crimean peninsula.\n\n"A total of 48 Shahed-136/131 strike UAVs were '
    'launched," the Ukrainian air force said, adding that defensive systems had downed 41 of them.',
    [c(RU, None, 48, 48, None, "exact", False, "air force", inter=41)],
    "no published date; 'dozens' in the lead is the same attack",
)

p(
    "h2-lbcgroup-036",
    "Reuters (LBCI)",
    "https://www.lbcgroup.tv/news/world-news/785431/russian-air-attack-damages-critical-infrastructure-in-sumy-region-ukra/en",
    None,
    "A Russian air attack damaged critical infrastructure facilities in the Sumy region in northeastern Ukraine, "
    "Ukrainian officials said on Tuesday.\n\nUkraine's air force said on Telegram that its air defense systems "
    "destroyed seven out of the eight drones that Russia launched overnight.\n\nRussia also launched a Kh-69 guided air "
    "missile, the air force said, but added that as a result of its forces' countermeasures, the missile \"did not "
    'reach its target."',
    [c(RU, None, 9, 8, 1, "exact", False, "air force", inter=8)],
    "no published date; the jammed missile counts as neutralised",
)

p(
    "h2-brecorder-037",
    "Reuters (Business Recorder)",
    "https://www.brecorder.com/news/40321323/ukraine-says-russia-launched-67-drones-in-overnight-attack",
    None,
    "KYIV: Ukraine's air force said on Saturday Russia launched a total of 67 long-range drones in a mass overnight "
    "attack, 58 of which it was able to shoot down.\n\nAir defence units were scrambled into action in 11 regions "
    "across Ukraine.\n\nSince the start of its invasion in February 2022, Moscow has launched thousands of missiles and "
    "long-range drones into Ukraine.",
    [c(RU, None, 67, 67, None, "exact", False, "air force", inter=58)],
    "no published date",
)

p(
    "h2-sri-038",
    "Strategic Research Institute (Pakistan)",
    "https://sri.org.pk/as-the-war-approaches-1000-days-russia-launches-a-lethal-onslaught-on-ukraine",
    "2024-11-17",
    "President Zelenskyy of Ukraine said that Moscow launched around 100 drones and 120 missiles.\nAs the world was "
    "ready to commemorate 1,000 days since Moscow's full-scale invasion, Russia launched a huge strike on Ukraine on "
    "Sunday, killing 11 people in many regions.\nAccording to Zelenskyy, Moscow targeted Kiev as well as the southern, "
    "central, and far-western regions with 120 missiles and nearly 100 drones.",
    [c(RU, "2024-11-17", 220, 100, 120, "about", False, "president")],
    "published inferred ('Sunday' before the 1,000th day, 18 Nov 2024); the two phrasings are one claim",
)

p(
    "h2-giornale-039",
    "EPA caption (Giornale di Brescia)",
    "https://www.giornaledibrescia.it/italia-e-estero/mosca-raid-risposta-a-uso-armi-americane-da-parte-di-kiev-kiyoaq5m",
    "2024-11-28",
    "People walk with flashlights amid power cuts following a country-wide drone and rocket shelling in Kyiv, Ukraine, "
    "28 November 2024. Russian troops launched 97 shock drones across Ukraine overnight, as well as 91 missiles of "
    "different types, according to the Air Force Command of Ukraine.",
    [c(RU, "2024-11-28", 188, 97, 91, "exact", False, "air force")],
)

p(
    "h2-24ukraine-040",
    "24 Ukraine",
    "https://24ukraine.com/ukr_2904/russia-launched-347-missiles-over-2-500-attack-drones-at-ukraine-in-november",
    "2024-12-01",
    "Russia launched a total of 347 missiles as well as over 2,500 Shahed-type attack drones at Ukraine in November, "
    "President Volodymyr Zelensky said at a news conference on Dec. 1.\nOvernight on Nov. 17, Russia launched one of the "
    "largest aerial strikes on Ukraine, leaving at least seven civilians dead.\nThe number of drones launched over the "
    "past month marks an increase from the 2,000 Shahed-type drones at Ukraine in October.\nOn Oct. 20, Zelensky said "
    "that a total of 6,130 Shahed-type drones had been launched since the start of 2024.",
    [
        c(RU, None, 2847, 2500, 347, "about", False, "president", "period"),
        c(RU, None, 2000, 2000, None, "exact", False, NA, "period"),
        c(RU, None, 6130, 6130, None, "exact", False, "president", "period"),
    ],
    "monthly and year-to-date tallies",
)

p(
    "h2-miniapp-041",
    "Miniapp News",
    "https://miniapp.news/prev/en/news/what-did-you-do-wrong-to-go-down-the-batting-order--lyon-heard-asking-rahul-on-stump-mic-1735308425530",
    "2024-12-27",
    "Russia launched a devastating attack on Ukraine's energy infrastructure on Christmas Day, with over 70 missiles and "
    "100 drones targeting critical facilities, Ukrainian President Volodymyr Zelensky confirmed. This marked the 13th "
    "large-scale assault on Ukraine's power grid in 2024.",
    [c(RU, "2024-12-25", 170, 100, 70, "about", False, "president")],
    "'13th large-scale assault' is an ordinal, not a figure",
)

p(
    "h2-menafn-042",
    "Ukrinform (MENAFN)",
    "https://menafn.com/1108810628/Russia-Launches-Record-Number-Of-Drones-At-Ukraine-In-September-British-Intel",
    None,
    "Russia within September launched a record monthly number of one-way attack drones over Ukraine since the "
    'beginning of the war, according to the UK Ministry of Defence.\n\n"During September 2024 Russia launched over '
    '1,300 One Way Attack Uncrewed Aerial Vehicles into Ukraine," the report says.\n\nAs Ukrinform reported earlier, '
    "referring to Ukraine's Air Force Command, in September the enemy launched a total of 1,339 Shahed-type attack UAVs "
    "over Ukraine, of which 1,107 were shot down.",
    [
        c(RU, None, 1300, 1300, None, "more_than", True, NA, "period"),
        c(RU, None, 1339, 1339, None, "exact", False, "air force", "period", 1107),
    ],
    "monthly tallies; the UK defence ministry is not Russia's: attribution unscored",
)

p(
    "h2-supremacy-043",
    "Supremacy",
    "https://supremacy.info/news/45975",
    None,
    "The Ukrainian air force defended against one of Russia's most extensive long-range drone attacks of the war, "
    "shooting down all 89 drones launched at Kyiv. The attack primarily targeted Kyiv and the surrounding region, with "
    'local authorities confirming the downing of over 40 drones.\n"This is one of the most massive attacks by '
    'Shahed-131/136 strike drones," the air force stated.\nApproximately 11,500 residents sought shelter in metro '
    "stations throughout the night.",
    [c(RU, None, 89, 89, None, "exact", False, "air force", NA, 89)],
    "no published date; scope unscored ('launched at Kyiv' is the national figure); the local 40 is shot-down-only",
)

p(
    "h2-nation-044",
    "Ukrinform (Nation.ge)",
    "https://nation.ge/index.php?lng=geo&m=5&news_id=27166",
    None,
    "Ukrainian Air Force Commander Lieutenant General Mykola Oleshchuk announced this on Telegram, Ukrinform reports.\n"
    '"As a result of anti-aircraft combat, the Ukrainian Defense Forces managed to shoot down all 24 Shaheds," the '
    "post reads.\nStrike drones were destroyed in the Mykolaiv, Dnipropetrovsk, Zaporizhzhia, Donetsk, Sumy and Odesa "
    "regions.",
    [c(RU, None, 24, 24, None, "exact", False, "air force", inter=24)],
    "no published date; 'all 24' gives the launched count",
)

p(
    "h2-mezha-045",
    "Mezha",
    "https://mezha.net/eng/bukvy/overnight-drone-attack-2/",
    None,
    "During the night, Russian invaders attacked the territory of Ukraine with unmanned aerial vehicles.\n\nUkraine's "
    "air command reported that they managed to destroy 8 out 12 Russian drones.\n\nThe enemy used Iran-made "
    "Shahed-136/131 kamikaze drones launched from Bryansk region of the Russian Federation.",
    [c(RU, None, 12, 12, None, "exact", False, "air force", inter=8)],
    "no published date",
)

p(
    "h2-iha-046",
    "IHA News",
    "https://iha.news/at-least-8-injured-after-russias-overnight-shelling-on-ukraine",
    None,
    "Kharkiv Mayor Ihor Terekhov reported on Telegram that at least 8 were injured in a Russian shelling, which "
    "targeted multiple places, including a critical infrastructure facility, in Kharkiv.\nUkrainian air defenses shot "
    "down 36 rockets and 186 drones out of 194 attack drones and 67 missiles fired by Russia overnight, said the Air "
    "Force Command of Ukraine.",
    [c(RU, None, 261, 194, 67, "exact", False, "air force", inter=222)],
    "no published date",
)

# --- 2025 ---------------------------------------------------------------------
p(
    "h2-censor-047",
    "Censor.NET",
    "https://censor.net/en/videonews/3528419/zelenskyy-on-russian-shelling",
    "2025-01-03",
    "In the first three days of 2025, Russian invaders used more than 300 attack drones and about 20 missiles, "
    "including ballistic missiles, against Ukraine.\nThis was announced by President Volodymyr Zelenskyy on Telegram.\n"
    "According to Zelenskyy, a significant number were shot down or neutralised with electronic warfare. However, there "
    "were hits, and there are wounded and dead.",
    [c(RU, None, 320, 300, 20, "about", False, "president", "period")],
    "published inferred ('the first three days of 2025'); a three-day tally",
)

p(
    "h2-dayfr-048",
    "AFP (Dayfr Euro)",
    "https://euro.dayfr.com/trends/2638921.html",
    "2025-01-15",
    'The Russian Defense Ministry maintained that it had launched a strike on "critically important gas and energy '
    'infrastructure facilities".\nRussia attacked Ukraine with 43 missiles and 74 drones overnight from Tuesday to '
    "Wednesday, the Ukrainian Air Force said. A total of 30 missiles and 47 drones were shot down, while 27 drones did "
    "not hit their targets.\nState electricity provider Ukrenergo reported emergency power cuts in six regions.",
    [c(RU, "2025-01-15", 117, 74, 43, "exact", False, "air force", inter=104)],
    "published inferred (the 15 Jan 2025 retaliation strike after ATACMS on Russia); lost drones count as neutralised",
)

p(
    "h2-thedailyguardian-049",
    "The Daily Guardian",
    "https://thedailyguardian.com/europe/russia-carried-out-its-largest-drone-strike-on-ukraine/",
    "2025-02-23",
    'Ukraine\'s Air Force Command spokesman, Yuriy Ignat, described the assault as a "record" attack, stating that 267 '
    "Russian drones were launched in a single, coordinated strike.\n\nHe noted that approximately 138 drones were "
    "intercepted, while 119 were jammed and disappeared without causing damage. Additionally, Russia launched three "
    "ballistic missiles.\n\nUkraine's President Volodymyr Zelenskiy stated on Sunday that Russia had launched more than "
    "200 drones in an overnight assault, marking the largest drone attack of the war.\n\nZelenskiy highlighted that on "
    'the eve of the third anniversary of the full-scale war, "Russia launched 267 attack drones against Ukraine – the '
    'largest attack since Iranian drones began striking Ukrainian cities and villages."',
    [
        c(RU, "2025-02-23", 270, 267, 3, "exact", True, "air force", inter=257),
        c(RU, "2025-02-23", 200, 200, None, "more_than", True, "president"),
        c(RU, "2025-02-23", 267, 267, None, "exact", True, "president"),
    ],
    "published inferred (eve of the third anniversary, Sunday 23 Feb 2025); one claim per figure and source",
)

p(
    "h2-kyivpost-050",
    "Kyiv Post",
    "https://www.kyivpost.com/post/48651",
    "2025-03-11",
    'Ukraine targeted Moscow in a "massive" overnight drone attack in the early hours of Tuesday, March 11, with '
    "Russia's Defense Ministry claiming it shot down 337 UAVs across the country, marking the largest drone attack on "
    'Russia to date.\n\n"The largest attack of enemy UAVs on Moscow has been repelled. For the moment, 74 UAVs have been '
    "shot down as they approached Moscow,\" mayor Sergei Sobyanin said on Telegram early Tuesday.\n\nRussia's military "
    "shot down 91 drones around the capital, the defense ministry said, adding it downed another 126 over the Kursk "
    "region bordering Ukraine.",
    [
        c(UA, "2025-03-11", 337, 337, None, "exact", True, "defence ministry", inter=337),
        c(UA, "2025-03-11", 74, 74, None, "exact", True, "mayor", "local", 74, "Moscow"),
        c(UA, "2025-03-11", 91, 91, None, "exact", False, "defence ministry", "local", 91, NA),
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
    "'around the capital' is the MoD's Moscow region: location unscored",
)

p(
    "h2-shine-051",
    "Xinhua (Shanghai Daily)",
    "https://www.shine.cn/news/world/2503119754/",
    "2025-03-11",
    "Russia's air defense systems shot down 337 Ukrainian drones overnight, the Russian Ministry of Defense announced "
    "Tuesday on its Telegram channel.\nThose drones included 91 shot down over the Moscow region, 126 over Kursk, 38 "
    "over Bryansk, and 25 over Belgorod, the ministry said.\n\nAccording to the TASS news agency, it was the largest "
    "drone attack Ukraine has launched against Russia in 2025.",
    mod(
        "2025-03-11",
        337,
        [
            (91, "Moscow region"),
            (126, "Kursk region"),
            (38, "Bryansk region"),
            (25, "Belgorod region"),
        ],
        rec=NA,
    ),
    "'largest … in 2025' is not an all-time record: flag unscored",
)

p(
    "h2-tianil-052",
    "Tianil",
    "https://tianil.com.br/?p=222315",
    "2025-04-06",
    "Powerful explosions reverberated through Kyiv in the early hours of Sunday (April 6), as Russia launched a "
    "massive assault with 23 missiles and 109 drones on the Ukrainian capital, leaving at least one dead and three "
    "injured. Poland, a NATO member, scrambled fighter jets to safeguard its airspace.\nThe assault came just two days "
    "after a Russian bombing killed 19 people, including nine children, in Kryvyi Rih.",
    [c(RU, "2025-04-06", 132, 109, 23, "exact", False, None, NA)],
    "published inferred (Kryvyi Rih strike of 4 Apr 2025 two days earlier); scope unscored (the national figure told as 'on the capital')",
)

p(
    "h2-bbc-053",
    "BBC (Niketn mirror)",
    "https://niketn.fr/cd7v0lgg18xo",
    "2025-04-24",
    "Ukraine's State Emergency Service and the Interior Ministry said nine people were killed in Kyiv in Russian attacks "
    "overnight.\nMayor Klitschko wrote that six children and a pregnant woman were among the injured.\nThe Ukrainian "
    "Air Force warned that regions across the country were under threat of air strikes.\nThe Russian Defence Ministry "
    "said in a social media post that 87 Ukrainian drones were destroyed or intercepted overnight over several Russian "
    "regions.",
    [c(UA, "2025-04-24", 87, 87, None, "exact", False, "defence ministry", inter=87)],
)

p(
    "h2-newsbytes-054",
    "NewsBytes",
    "https://www.newsbytesapp.com/news/world/russian-drone-missile-attack-on-kyiv-kills-15-dozens-wounded/story",
    "2025-06-17",
    "At least 15 people were killed and over 100 others injured in an overnight Russian drone and missile attack on "
    "Ukraine, local officials said on Tuesday.\nUkrainian President Volodymyr Zelenskyy said Russia launched 440 drones "
    'and 32 missiles, calling it "one of the most horrifying strikes" on Kyiv.\nRussia launched almost 500 drones at '
    "Ukraine on June 10 in the biggest overnight drone bombardment of the war.\nIt also bombarded Kyiv on April 24, "
    "killing at least 12 people in its deadliest assault on the capital in eight months.",
    [
        c(RU, "2025-06-17", 472, 440, 32, "exact", False, "president"),
        c(RU, "2025-06-10", 500, 500, None, "about", True, None),
    ],
)

p(
    "h2-overviewpress-055",
    "Overview Press (NYT digest)",
    "https://www.overviewpress.com/articleExpanded/9AUmXDTBCCRYKde6C8rWy4/7-9-2025-21/by-fall-russia-will-regularly-launch-over-1-000-drones-in-a-single-attack-on-ukraine-nyt",
    "2025-07-09",
    "The attack on Wednesday, July 9, set a record for the number of drones and missiles launched in a single night "
    "since the start of the war.\nAccording to the Ukrainian Air Force, Russia launched 728 explosive drones and decoys "
    'on Wednesday, 189 more than the previous record-breaking salvo of 539 drones on Friday.\n"As Russian industry '
    "continues to build momentum, military analysts expect that by the fall, Russia will be regularly launching more "
    'than 1,000 drones in a single salvo," the article says.\nYuriy Ihnat of the Air Force said there were 741 air '
    "attack vehicles in total - both missiles and drones, including decoy drones.",
    [
        c(RU, "2025-07-09", 728, 728, None, "exact", True, "air force"),
        c(RU, "2025-07-04", 539, 539, None, "exact", True, "air force"),
        c(RU, "2025-07-09", 741, NA, NA, "exact", True, "air force"),
    ],
    "'on Friday' before Wednesday 9 July is 4 July; a forecast of 1,000 is not a claim",
)

p(
    "h2-swedenherald-056",
    "TT (Sweden Herald)",
    "https://swedenherald.com/article/russia-boosts-drone-production-to-2700-monthly",
    None,
    "The Russian military has significantly increased the production of kamikaze drones, estimates the Ukrainian "
    "intelligence service HUR.\n- With some modifications, they can now build 2,700 per month.\nThe escalation is "
    "evident in increasingly intense attacks. In July, the Russian military set a new record, with 6,200 drones and "
    "other projectiles against Ukraine, reports the news service Ukrinform.",
    [c(RU, None, 6200, NA, None, "exact", True, "media", "period")],
    "production capacity is not a claim; the July tally is a period record",
)

p(
    "h2-bayou-057",
    "Bayou City Crier",
    "https://bayoucitycrier.com/?p=20767",
    None,
    "Late-breaking intelligence from Ukraine's Main Intelligence Directorate (GUR) indicates Russia is nearing a "
    "monthly output of over 6,000 'Shahid' type drones.\nThe cost of producing a single drone has fallen from an average "
    "of $200,000 in 2022 to approximately $70,000 today, attributed to the ramping up of operations at the Alabuga "
    "plant in Tatarstan.",
    [],
    "production and cost figures are not claims",
)

p(
    "h2-saudigazette-058",
    "AP (Saudi Gazette)",
    "https://saudigazette.com.sa/article/654772",
    "2025-09-07",
    "KYIV — Russia unleashed its largest aerial attack on Ukraine since the war began, firing more than 800 drones and "
    "missiles Sunday in a massive assault that struck the heart of Kyiv and damaged the Cabinet of Ministers "
    "building, authorities said.\n\nUkraine's Air Force said Russia launched 810 drones and decoys, along with 13 "
    "missiles of various types.\n\nSpokesperson Yuriy Ihnat confirmed it was the largest Russian drone strike since the "
    "February 2022 invasion.\n\nAir defenses shot down 747 drones and four missiles, the Air Force reported. Still, nine "
    "missiles and 54 drones hit targets at 33 locations across Ukraine.",
    [c(RU, "2025-09-07", 823, 810, 13, "exact", True, "air force", inter=751)],
    "the lead's 'more than 800' is the same claim",
)

p(
    "h2-abplive-059",
    "ABP Live",
    "https://news.abplive.com/news/world/ukraine-hits-back-after-over-800-russian-drones-strike-its-govt-office-1799027",
    "2025-09-07",
    "Kyiv faced a dramatic escalation in hostilities on Sunday, as Russia launched more than 800 drones against Ukraine, "
    "including 13 targeting a central government building, Ukraine's Air Force reported. At least two people have died "
    "in the attacks.\n\nYuriy Ihnat, a spokesperson for Ukraine's Air Force, confirmed to The Associated Press that "
    "Sunday's strike was the largest Russian drone attack since the full-scale invasion began. Alongside drones, Russia "
    "reportedly launched 13 missiles of varying types.",
    [c(RU, "2025-09-07", 813, 800, 13, "more_than", True, "air force", inter=NA)],
    "judgement: the garbled '13 targeting a government building' is the 13 missiles; total = more than 800 + 13",
)

p(
    "h2-telegraphindia-060",
    "NYT (The Telegraph India)",
    "https://www.telegraphindia.com/world/russia-unleashes-record-drone-barrage-on-ukraine-striking-kyivs-cabinet-building-prnt/cid/2121862",
    "2025-09-08",
    "Russia attacked Ukraine on Sunday with the largest drone assault so far in the war, the authorities said, killing "
    "at least five people and breaching air defences in the government district of the capital.\n\nUkraine's air force "
    "said that Russia had launched 805 Iranian-designed Shahed exploding drones and decoys across the country. Russia "
    "also fired 17 cruise and ballistic missiles in the volley, according to the air force, which said nine missiles "
    "and nearly 60 drones had evaded air defences and made impact.",
    [c(RU, "2025-09-07", 822, 805, 17, "exact", True, "air force")],
    "published Monday: 'on Sunday' is 7 Sept",
)

p(
    "h2-tass-061",
    "TASS",
    "https://tass.com/politics/2015885",
    "2025-09-12",
    "MOSCOW, September 12. /TASS/. Air defense forces intercepted and destroyed 221 Ukrainian fixed-wing drones over the "
    "Russian regions overnight, including 9 over the Moscow Region, the Russian Defense Ministry reported.",
    mod("2025-09-12", 221, [(9, "Moscow region")]),
)

p(
    "h2-newszop-062",
    "France 24 (NewsZop)",
    "https://newszop.mobi/english-news/publisher-toi/world/ukraine-hits-russian-rail,-refineries-kyiv-claims-deadly-train-attack-strikes-escalate-conflict/articleshow/1450482051d6ecfdf4d4a79058441a84de925169",
    "2025-09-14",
    "Ukrainian drones struck the Kirishi oil refinery in northwest Russia, one of the country's largest, sparking a fire "
    "after debris from a downed drone fell on the site, Russian officials said Sunday.\nLeningrad region governor "
    "Alexander Drozdenko said three drones were destroyed near Kirishi and that the fire caused by falling debris had "
    "been extinguished without casualties.\nRussia separately reported destroying more than 80 Ukrainian drones "
    "overnight.\nIn another strike on Saturday, a Ukrainian drone hit Bashneft's oil refinery near Ufa, about 1,400 "
    "kilometres from the front lines.",
    [
        c(UA, "2025-09-14", 3, 3, None, "exact", False, "governor", "local", 3, "Kirishi"),
        c(UA, "2025-09-14", 80, 80, None, "more_than", False, "defence ministry", inter=80),
    ],
    "published inferred (the Kirishi strike of Sunday 14 Sept 2025)",
)

p(
    "h2-tass-063",
    "TASS",
    "https://tass.com/politics/2021561",
    "2025-09-26",
    "MOSCOW, September 26. /TASS/. Air defenses intercepted and destroyed 55 Ukrainian drones over Russian regions "
    "overnight, the Russian Defense Ministry reported.\n\n- According to its statement, 20 drones were downed over the "
    "Sea of Azov, 14 over the Rostov Region and Crimea, three over the Krasnodar Region, and one each over the Kursk, "
    "Belgorod, Voronezh, and Tambov Regions.\n\n- In Rostov-on-Don, the facade and windows of a store were damaged, as "
    "well as several cars in a parking lot, Governor Yury Slyusar said.",
    mod(
        "2025-09-26",
        55,
        [
            (20, "Sea of Azov"),
            (14, "Rostov region"),
            (14, "Crimea"),
            (3, "Krasnodar region"),
            (1, "Kursk region"),
            (1, "Belgorod region"),
            (1, "Voronezh region"),
            (1, "Tambov region"),
        ],
    ),
    "'14 over the Rostov Region and Crimea' is 14 each (the list sums to 55 only so)",
)

p(
    "h2-sputnik-064",
    "Sputnik India",
    "https://sputniknews.in/amp/20251213/russian-air-defenses-destroy-41-ukrainian-drones-10213713.html",
    "2025-12-13",
    '"This past night, air defense systems on duty intercepted and destroyed 41 Ukrainian aircraft-type unmanned aerial '
    'vehicles," the ministry said.\nIt said 28 drones were shot down over the Saratov Region, four over the Voronezh '
    "Region, four over the Rostov Region, two over the Belgorod Region, two over Crimea, and one over the Volgograd Region.",
    mod(
        "2025-12-13",
        41,
        [
            (28, "Saratov region"),
            (4, "Voronezh region"),
            (4, "Rostov region"),
            (2, "Belgorod region"),
            (2, "Crimea"),
            (1, "Volgograd region"),
        ],
    ),
)

p(
    "h2-tass-065",
    "TASS",
    "https://tass.com/defense/2062831",
    "2025-12-22",
    "MOSCOW, December 22. /TASS/. Russian air defenses intercepted and destroyed 41 Ukrainian drones over Russian regions "
    'from 8:00 p.m. on December 21 to 7:00 a.m. on December 22 Moscow time, the Defense Ministry reported.\n\n"Over the '
    "past eight hours, on-duty air defenses intercepted and destroyed six Ukrainian fixed-wing drones: three over the "
    "Krasnodar Region, two over the Black Sea, and one over the Bryansk Region. In total, over the past 11 hours, air "
    'defenses have intercepted and destroyed 41 Ukrainian fixed-wing drones," the statement said.',
    mod("2025-12-22", 41, [(3, "Krasnodar region"), (2, "Black Sea"), (1, "Bryansk region")]),
    "judgement: the eight-hour six is a part of the night's 41, not a second attack; its regions are local claims",
)

p(
    "h2-tass-066",
    "TASS",
    "https://tass.com/emergencies/2064185",
    "2025-12-24",
    "MOSCOW, December 24. /TASS/. The Russian Defense Ministry's air defense system shot down two drones flying toward "
    "Moscow, Moscow Mayor Sergey Sobyanin reported on his Max messenger channel.\n\n\"The Defense Ministry's air defense "
    'forces destroyed two drones flying toward Moscow. Emergency services specialists are working at the crash site," '
    "the mayor wrote.\n\nAccording to data published by Sobyanin, a total of five drones flying toward the Russian "
    "capital were shot down in the early hours on Wednesday.",
    [c(UA, "2025-12-24", 5, 5, None, "exact", False, "mayor", "local", 5, "Moscow")],
    "judgement: the two is the latest batch of the night's five",
)

p(
    "h2-euromaidan-067",
    "Euromaidan Press",
    "https://euromaidanpress.com/2026/03/15/russia-fired-1770-drones-at-ukraine-in-one-week",
    "2026-03-15",
    "Russia fired 1,770 drones at Ukraine in one week. Zelenskyy says the factories must be the target.\n\nUkrainian "
    "President Volodymyr Zelenskyy said that Russian forces struck Ukraine with 1,770 armed drones, more than 1,530 "
    "guided bombs, and 86 missiles over the past week, including over 20 ballistic missiles.\n\nHe highlighted that each "
    "of these ballistic missiles contains at least 60 foreign components.",
    [c(RU, None, 1856, 1770, 86, "exact", False, "president", "period")],
    "weekly tally; glide bombs are not counted",
)

# --- 2026 ---------------------------------------------------------------------
p(
    "h2-tass-068",
    "TASS",
    "https://tass.com/politics/2083363",
    "2026-02-07",
    "MOSCOW, February 7. /TASS/. Russian air defenses intercepted and destroyed 82 fixed-wing Ukrainian drones over "
    'various Russian regions overnight, the Russian Defense Ministry said.\n"Between 11:00 p.m. Moscow time on February '
    "6 and 7:00 a.m. Moscow time on February 7, on-duty air defenses intercepted and destroyed 82 fixed-wing Ukrainian "
    "UAVs: 45 over the Volgograd Region, eight over the Bryansk Region, six each over the Rostov and Saratov regions, "
    "four each over the Oryol and Tver regions, three over the Kursk Region, and one each over the regions of Astrakhan, "
    'Belgorod, Voronezh, Kaluga, Lipetsk and Smolensk," the ministry said.',
    mod(
        "2026-02-07",
        82,
        [
            (45, "Volgograd region"),
            (8, "Bryansk region"),
            (6, "Rostov region"),
            (6, "Saratov region"),
            (4, "Oryol region"),
            (4, "Tver region"),
            (3, "Kursk region"),
            (1, "Astrakhan region"),
            (1, "Belgorod region"),
            (1, "Voronezh region"),
            (1, "Kaluga region"),
            (1, "Lipetsk region"),
            (1, "Smolensk region"),
        ],
    ),
    "'six each over X and Y' is one local claim per region",
)

# --- dates not recoverable (published null) -------------------------------------
p(
    "h2-lbc-069",
    "LBC",
    "https://www.lbc.co.uk/article/russia-attacks-ukraine-barrage-missiles-drones-5HjdSfZ_2/",
    None,
    "Russia has attacked Ukraine with a barrage of missiles and drones, killing one person in the Kyiv region, Ukraine's "
    "Emergency Service said.\nUkrainian civilians have endured constant aerial attacks in the almost-four years since "
    "Russia launched its all-out war.\nThe overnight barrage from Russia included 297 drones and 50 missiles of various "
    "types.\nApproximately 274 drones and 33 missiles were shot down or neutralised, according to Ukraine's Air Force.\n"
    "The remaining 14 missiles and 23 drones struck 14 locations, it said, with three missiles unaccounted for.\n"
    "According to Russia's Ministry of Defence, Russian air defences also destroyed 86 Ukrainian drones overnight.",
    [
        c(RU, None, 347, 297, 50, "exact", False, "air force", inter=307),
        c(UA, None, 86, 86, None, "exact", False, "defence ministry", inter=86),
    ],
    "no published date (winter, almost four years into the war)",
)

p(
    "h2-nationalherald-070",
    "National Herald",
    "https://www.nationalheraldindia.com/amp/story/international/all-four-moscow-airports-closed-due-to-spate-of-ukrainian-drone-attacks",
    None,
    "Russia launched a sweeping overnight assault on Ukraine with nearly 300 drones and 50 missiles, killing one person "
    "in the Kyiv region, as Moscow temporarily shut all four of its major airports following a wave of Ukrainian drone "
    "interceptions.\nAccording to Ukraine's Air Force, the overnight barrage consisted of 297 drones and 50 missiles of "
    "various types. Of these, 274 drones and 33 missiles were shot down or neutralised.\nRussia's ministry of defence "
    "said air defence systems destroyed 86 Ukrainian drones. Moscow mayor Sergey Sobyanin said 11 drones heading "
    "towards the capital were shot down within the span of an hour.",
    [
        c(RU, None, 347, 297, 50, "exact", False, "air force", inter=307),
        c(UA, None, 86, 86, None, "exact", False, "defence ministry", inter=86),
        c(UA, None, 11, 11, None, "exact", False, "mayor", "local", 11, "Moscow"),
    ],
    "no published date; the lead's 'nearly 300 drones and 50 missiles' is the same claim",
)

p(
    "h2-oreanda-072",
    "Oreanda News",
    "https://www.oreanda-news.com/en/gosudarstvo/air-defense-destroyed-105-ukrainian-uavs-overnight/article1566816",
    None,
    'Air defense destroyed 105 Ukrainian drones over Russian territory overnight, the Defense Ministry said.\n\n"During '
    "the past night, 105 Ukrainian aircraft-type unmanned aerial vehicles were destroyed and intercepted by air defense "
    'systems on duty," the report says.\n\nIt is noted that 26 of them were destroyed over the Belgorod region, 25 over '
    "Bryansk, 23 over Rostov.",
    mod(None, 105, [(26, "Belgorod region"), (25, "Bryansk region"), (23, "Rostov region")]),
    "no published date",
)

p(
    "h2-saednews-073",
    "SAEDNEWS",
    "https://en.saednews.com/c/1/10123",
    None,
    "Russian air defence forces intercepted and destroyed two drones heading towards Moscow, as announced by the "
    "capital's Mayor Sergey Sobyanin on his Telegram channel.\n\"The Ministry of Defence air defence forces shot down "
    "two unmanned aerial vehicles flying towards Moscow. Emergency service specialists are working at the crash "
    'sites," the mayor was quoted as saying.',
    [c(UA, None, 2, 2, None, "exact", False, "mayor", "local", 2, "Moscow")],
    "no published date",
)

p(
    "h2-thesun-074",
    "Reuters (The Sun Malaysia)",
    "https://thesun.my/world-news/ukraine-targets-moscow-with-drones-for-second-straight-night-officials-say-JB14040687",
    None,
    "RUSSIAN air defence units destroyed a swarm of Ukrainian drones targeting Moscow for the second night in a row, "
    "prompting the closure of the capital's airports, Russian officials said early on Tuesday.\n\nMayor Sergei Sobyanin "
    'said that at least 19 Ukrainian drones were destroyed on their approach to Moscow "from different directions".\n\n'
    "Russia's aviation watchdog Rosaviatsia said it had halted flights at all four airports that serve Moscow.\n\nSince "
    "then, Kyiv has launched several drone attacks on Moscow. Its biggest attack in March killed three people.",
    [c(UA, None, 19, 19, None, "at_least", False, "mayor", "local", 19, "Moscow")],
    "published date inconsistent with the weekday in the text: left null",
)

p(
    "h2-cashwinner-075",
    "Reuters (Cashwinner)",
    "https://cashwinner.info/ukraine-targets-moscow-with-drones-for-third-straight-night-russia-says",
    None,
    "Russia's defense ministry said in a statement that its air defense units destroyed 57 Ukrainian drones, four in "
    "the Moscow region and eight in neighboring regions, within three hours starting at 17:00 GMT on Monday.\nRussian "
    "aviation watchdog Rosaviatsiya said Domodedovo airport and the smaller Zhukovsky airport were briefly closed.\nThe "
    "Russian defense ministry said that over the previous two nights, Russian units destroyed 35 Ukrainian drones in "
    "the Moscow region.",
    [
        c(UA, None, 57, 57, None, "exact", False, "defence ministry", inter=57),
        c(UA, None, 4, 4, None, "exact", False, "defence ministry", "local", 4, "Moscow region"),
        c(
            UA,
            None,
            35,
            35,
            None,
            "exact",
            False,
            "defence ministry",
            "period",
            35,
            "Moscow region",
        ),
    ],
    "no published date; 'eight in neighboring regions' names no single place; a two-night tally is a period",
)

p(
    "h2-civitas-076",
    "Civitas (BBC digest)",
    "https://civitas.global/article/CpP3EQ9pJ3PO",
    None,
    "In a dramatic escalation, Ukraine has reportedly carried out a large-scale drone strike against Russian oil "
    "refineries and infrastructure. At least 121 drones were launched in one of the biggest operations seen in the war "
    "so far, according to Ukrainian officials.\nWhile Russian authorities claimed to have intercepted all 121 drones "
    "aimed at 13 regions - including Moscow and Ryazan - they reported no damage.\nReports emerged that the Kremniy "
    "factory halted operations following a coordinated strike by six drones.",
    [
        c(UA, None, 121, 121, None, "at_least", False, "officials"),
        c(UA, None, 121, 121, None, "exact", False, NA, inter=121),
    ],
    "no published date; one claim per source; six drones hitting one factory are hits, not a barrage figure",
)

p(
    "h2-globalpulse-077",
    "Global Pulse",
    "https://wp.globalpulseonline.com/ukraine-says-it-has-hit-a-major-russian-oil-refinery-with-long-range-drones",
    None,
    "Ukrainian drones targeted a major oil refinery in Russia's Volgograd region for the second time in nearly three "
    "months, according to a statement from Ukraine's general staff on Thursday. The refinery processes over 15 million "
    "tons of crude annually.\nThe Russian Defense Ministry claimed to have intercepted 75 drones overnight across "
    "multiple regions, including annexed Crimea.",
    [c(UA, None, 75, 75, None, "exact", False, "defence ministry", inter=75)],
    "no published date",
)

p(
    "h2-daily8-078",
    "The Telegraph (Daily8)",
    "https://www.daily8.com/en/article/383cfa34a816d0e5f497d2c7c5887636",
    None,
    "Ukraine has launched its second major drone attack in a week against Russian oil refineries hundreds of miles from "
    "its borders.\nIntelligence sources said the refinery had been hit by four Ukrainian drones, causing 'significant "
    "damage'.\nIn the Smolensk region, governor Vasily Anokhin said one drone was intercepted while attempting to "
    "strike a nuclear energy facility.\nRussia's defence ministry said in a statement on Friday that 49 Ukrainian "
    "drones had been downed over the country overnight, including 25 in the southern Rostov region and eight in the "
    "Volgograd region.",
    mod(None, 49, [(25, "Rostov region"), (8, "Volgograd region")]),
    "no published date; hits on one refinery and a single interception are not barrage claims",
)

p(
    "h2-eoc-079",
    "EOC News",
    "https://eoc.news/?p=1296",
    None,
    "A large-scale Ukrainian drone and missile strike targeted an oil refinery in southern Russia late Wednesday night, "
    "as confirmed by both Russian and Ukrainian officials on Thursday.\nAccording to Ukraine's General Staff, the "
    "Novoshakhtinsk oil refinery in Russia's Rostov region was hit during the overnight operation, and a fire broke out "
    "at the site.",
    [],
    "an attack without a figure",
)

p(
    "h2-khaliji-080",
    "Khaliji UWN 24",
    "https://en.khalijiuwn24.com/1212839",
    None,
    "The authorities in Kiev announced that Ukrainian drones targeted a Russian oil refinery in the city of Ryazan "
    'during the night. Kovalenko said: "The Ryazan oil refinery was attacked, after the previous attack on the Saratov '
    'oil refinery, and its operations will be suspended."\n\nUkrinform said that the Saratov oil refinery was targeted '
    "by drones on November 11 and 14.",
    [],
    "dates, not figures",
)

p(
    "h2-overpasses-081",
    "SBS (Overpasses for America)",
    "https://overpassesforamerica.com/russia-launches-massive-kamikaze-drone-attack-on-kyiv-ukraines-air-force-says/",
    None,
    "Russia has launched its biggest Shahed kamikaze drone attack yet on Ukraine, primarily targeting Kyiv, Ukraine's "
    "air force says.\nKyiv mayor Vitali Klitschko said on Saturday fragments from downed drones had struck dwellings and "
    "other buildings, injuring two people.\nUkraine's air force said the attack was Russia's largest Iranian-made drone "
    "strike of the war.",
    [],
    "a record described without a figure",
)

p(
    "h2-sagemskroll-082",
    "Sagemskroll",
    "https://sagemskroll.buzz/russia-launches-record-drone-strike-on-ukraine-biggest-attack-since-war-began",
    None,
    "In a terrifying escalation of the war, Russia has launched its biggest drone attack yet on Ukraine, setting a new "
    "record. According to Ukrainian officials, the wave of attacks was massive in scale and highly coordinated. The air "
    "force confirmed that more than 90 Iranian-made Shahed drones were used in the operation, with most aimed at Kyiv "
    "and other key areas.",
    [c(RU, None, 90, 90, None, "more_than", True, "air force")],
    "no published date",
)

p(
    "h2-menafn-083",
    "MENAFN",
    "https://menafn.com/1110291836/Russia-Launches-Over-1500-Drone-And-Missile-Strikes-On-Ukraine-In-A-Week-Zelensky-Says",
    None,
    "President Volodymyr Zelensky said in a statement on social media that over the past week alone, Russia has "
    "launched nearly 1,500 kamikaze drones, 1,170 guided aerial bombs, and more than 70 missiles against Ukrainian "
    'territory.\n"Since last night, strikes have been reported in Dnipro, Zaporizhzhia, Kharkiv, Chernihiv, and Odesa. '
    'Unfortunately, there are casualties," Zelensky said.',
    [c(RU, None, 1570, 1500, 70, "about", False, "president", "period")],
    "weekly tally; glide bombs are not counted",
)


def main() -> None:
    PASSAGES.write(HERE)


if __name__ == "__main__":
    main()
