# ruff: noqa: E501  (a data file: passages and URLs are kept on long lines)
"""Build `passages.jsonl`: the EIGHTH held-out claim set, hand-labelled before any run.

A fresh, independent estimate of the extractor on unseen news after sets 1-7 were all tuned
on. Each passage is lightly paraphrased from a real English news article found with the
project's search tool (no URL is shared with tests/data/claims_holdout{,2,3,4,5,6,7}/; URL and
published date kept where the page gives one); names, numbers, dates and the grammatical shape
of each sentence are as in the original. The set mixes 2022-2026 Russian nights as rewritten by
Reuters, AP, AFP and local outlets (with and without a date on the page), a region's shoot-downs
and a capital's share, Ukraine's neighbours (fragments, airspace incursions), border governors'
one-drone and few-drone lines from Bryansk, Kursk, Belgorod, Rostov and Sevastopol, the
ministry's region lists and the March 2025 and September 2024 nights on Moscow, Storm Shadow
days, a week's tally, and pages with no figure at all. Run
`python tests/data/claims_holdout8/build.py` to regenerate the JSONL after editing a label.

65 passages from 65 articles (18 with no claim), 73 expected claims (RU->UA 24, UA->RU 49;
national 29, local 42, period 1, 1 with scope not scored), labelled and committed before any
extractor run; 31 pages give no published date.

FIRST CONTACT (labels at 4a6566b, extractor at 3e597ac, run 2026-11-22): 65 predicted; key
(direction, event_date, total) P 0.754, R 0.671, F1 0.710; 2 records-feed leaks. The failure
classes are in docs/claims/holdout8-first-contact.md.

AFTER TUNING (eighth generalisation pass, general rules for the recurring classes, 19 k8-* dev
passages; labels untouched): P 0.861, R 0.849, key F1 0.855, no leak. Set 8 is no longer
held-out.

Labels follow set 7's conventions: intercepted = everything neutralised (shot down +
jammed/lost); UA->RU claims from Russia's defence ministry count what it downed
(launched_total = intercepted) and every region in its list is a `local` claim; RU->UA
shot-down-only figures are not claims, nor are hits, explosions, strikes or expected figures;
"all N" shot down is a launch figure; "dozens"/"hundreds" with no number is a `vague` claim with
a null total; period tallies have scope "period" and a null event_date; "nearly/almost" and
mixed qualifiers are `about`; a lead's rounded figure is the same claim as the detailed one; a
figure tied to one city/region under 100 is `local`; a governor's repeat of the ministry's
figure for his region is the same claim; an evening window belongs to the night that ends the
next morning, a daytime window to its own day; kinds given in separate sentences of one report
make one claim. A field given as NA is left out: the text is ambiguous, so it is not scored.
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
    "h8-infobalkans-001",
    "InfoBalkans (AFP)",
    "https://infobalkans.com/2023/06/20/massive-overnight-drone-attack-kiev-ukrainian-officials",
    "2023-06-20",
    "'Massive' overnight drone attack on Kiev: Ukrainian officials\n\nRussian forces launched a major drone assault on Kiev "
    "overnight as well as attacking other regions, Ukrainian officials said early Tuesday, but there were no immediate "
    'reports of casualties.\n\n"Almost two dozen enemy targets were detected and destroyed by the forces and means of our '
    'air defence in the airspace around Kiev," the city military administration said.\n\nIn Lviv to the west, "critical '
    'infrastructure" was hit by drones, the head of the regional administration Maksym Kozytski wrote on Telegram.\n\n'
    "Three Shahed drones were also shot down over the southern region of Mykolaiv, governor Vitaliy Kim said on Telegram.\n\n"
    "The Ukrainian General Staff later said that, of the 30 drones launched by Russian forces overnight, 28 were shot down "
    "by Ukrainian air defences.",
    [c(RU, "2023-06-20", 30, 30, None, "exact", False, "general staff", inter=28)],
    "Kyiv's 'almost two dozen' and Mykolaiv's three are shoot-downs, not claims",
)

p(
    "h8-prothomalo-002",
    "Prothom Alo (AFP)",
    "https://en.prothomalo.com/international/europe/7iv57xjjrs",
    "2023-08-03",
    "Almost 15 drones were downed during an overnight attack on Kyiv, Ukrainian officials said early on Thursday, in the "
    'second strike on the capital in as many days.\n\nAir defence forces "detected and destroyed almost 15 air targets", '
    "said Sergiy Popko, head of the Kyiv city military administration, without specifying who launched the attack.\n\n"
    "Early information indicated no damage or casualties, he said. Popko said the attackers had used a barrage of Shahed "
    "drones, in an onslaught that lasted three hours.",
    [],
    "shoot-downs over the capital only",
)

p(
    "h8-menafn-003",
    "MENAFN (Ukrinform)",
    "https://menafn.com/1108741821/Air-Defense-Forces-Shoot-Down-About-15-Shahed-Drones-That-Attacked-Kyiv",
    "2024-10-03",
    "Air Defense Forces Shoot Down About 15 Shahed Drones That Attacked Kyiv\n\nUkraine's air defense forces destroyed about "
    "15 Shahed strike drones that the Russian aggressors used to attack Kyiv overnight into Thursday, October 3.\n\nThe Kyiv "
    "City Military Administration reported this on Telegram. The air raid alert in the Ukrainian capital lasted for more "
    "than five-and-a-half hours. The enemy launched the first groups of drones before midnight, and new UAVs were constantly "
    'added throughout the night.\n\n"Air defense forces and means detected and hit approximately 15 attack drones in the '
    "airspace around and above Kyiv,\" said Serhii Popko, head of the city's military administration.",
    [],
    "shoot-downs over the capital only",
)

p(
    "h8-trtworld-004",
    "TRT World (Reuters)",
    "https://www.trtworld.com:443/article/18197431",
    "2024-08-19",
    "Ukraine's air defence units have repelled Russia's overnight air attack, including on Kiev, destroying all 11 drones "
    "that Moscow launched, targeting Ukraine's territory, Ukraine's air force has said.\n\nThe Air Force said on the "
    "Telegram messaging app on Monday that the drones were destroyed over the Mykolaiv, Cherkasy, Vinnytsia, Kiev, "
    "Dnipropetrovsk, Kharkiv, Sumy, and Donetsk regions.\n\nReuters' witnesses heard blasts in what sounded like air defence "
    "units at work on Kiev's outskirts early on Monday.",
    [c(RU, "2024-08-19", 11, 11, None, "exact", False, "air force", inter=11)],
)

p(
    "h8-liga-005",
    "LIGA.net",
    "https://news.liga.net/en/kiev/news/vintage-car-museum-in-kyiv-oblast-damaged-in-russian-drone-attack-photos",
    None,
    "There is damage from the Shahed attack in four districts of Kyiv Oblast\n\nDuring an overnight Russian drone attack, "
    "debris from a downed aerial target damaged a building housing a retro car museum in Kyiv Oblast, reported Mykola "
    "Kalashnyk, the acting head of the regional military administration.\n\nThe State Emergency Service extinguished a fire "
    "covering 600 square meters. Preliminary reports indicate that nine vehicles were destroyed and 27 were damaged in the "
    "hangar.\n\nThe Air Force of the Armed Forces of Ukraine reported that Russia launched a total of 100 drones in the "
    "evening and overnight. 65 were shot down, and 28 were lost from radars. The attack affected the Odesa, Kyiv, Sumy, "
    "Poltava, Cherkasy, Chernihiv, and Kharkiv oblasts.",
    [c(RU, None, 100, 100, None, "exact", False, "air force", inter=93)],
    "no published date; intercepted = shot down + lost from radar",
)

p(
    "h8-alarabiya-006",
    "Al Arabiya (Reuters)",
    "https://english.alarabiya.net/News/world/2023/07/02/Ukraine-says-destroyed-Russia-s-overnight-drone-attack-on-Kyiv-first-in-12-days",
    "2023-07-02",
    "Ukraine says destroyed Russia's overnight drone attack on Kyiv, first in 12 days\n\nRussia launched an overnight drone "
    "attack on Kyiv and the surrounding region after a 12-day break, with air defense systems destroying all the weapons on "
    "their approach, Ukrainian military officials said on Sunday.\n\nThe country's air force said that the attack included "
    'eight Iranian-made Shahed drones and three cruise missiles which were shot down.\n\n"Another enemy attack on Kyiv," '
    "Serhiy Popko, who heads Kyiv's military administration, said on Telegram.\n\nThree private houses were damaged as a "
    "result of falling drone debris in the Kyiv region, injuring one person.",
    [c(RU, "2023-07-02", 11, 8, 3, "exact", False, "air force", NA, 11)],
    "the air force's parts (8 drones, 3 missiles) make the attack's size; scope not scored (an attack 'on Kyiv and the surrounding region' told by the air force)",
)

p(
    "h8-thenews-007",
    "The News International (AFP)",
    "https://www.thenews.com.pk/print/1071040-ukraine-says-it-shoots-down-volley-of-russian-hypersonic-missiles",
    None,
    "KYIV: Ukraine said on Tuesday it had downed six advanced Russian hypersonic missiles during an overnight barrage of "
    'missiles and drones, in a new show of its bolstered air defence systems.\n\n"Another unbelievable success for the '
    "Ukrainian Air Forces! Last night, our sky defenders shot down SIX russian hypersonic Kinzhal missiles and 12 other "
    'missiles," Defence Minister Oleksiy Reznikov said on Twitter.\n\nThe statement came just over a week after Ukraine said '
    "it had downed its first Kinzhal hypersonic missile using US-supplied systems. Ukraine said early on Tuesday that it "
    "destroyed all of the 18 missiles and nine drones launched by Russia overnight.\n\nSome debris fell in several districts "
    "of Kyiv, including on its zoo, injuring three people, mayor Vitali Klitschko said.",
    [c(RU, None, 27, 9, 18, "exact", False, NA, inter=27)],
    "no published date (the night of 16 May 2023); the minister's six and 12 are shoot-downs, parts of the 18",
)

p(
    "h8-ibtimes-008",
    "IBTimes (Reuters)",
    "https://ibtimes.com/russia-launches-heavy-air-raid-kyiv-ukraine-says-all-missiles-shot-down-3693511",
    None,
    "Russia Launches Heavy Air Raid On Kyiv, Ukraine Says All Missiles Shot Down\n\nRussia unleashed an air strike of "
    '"exceptional" intensity on Kyiv early on Tuesday, but Ukraine said it shot down all 18 missiles fired at it overnight '
    "including six hypersonic missiles.\n\nBright flashes lit up the night sky over Kyiv during the eighth air attack on the "
    "capital this month.\n\nThe Ukrainian military said all 18 missiles, six Iranian Shahed drones and three reconnaissance "
    "drones fired at Ukraine by Russia overnight were shot down though it did not make clear how many were launched at the "
    "capital.\n\nIt said the missiles shot down included six Kinzhal ballistic missiles fired from aircraft, nine Kalibr "
    "cruise missiles launched from ships in the Black Sea and three Iskander land-based missiles.",
    [c(RU, None, 27, 9, 18, "exact", False, "military", inter=27)],
    "no published date (16 May 2023); the lead's 18 missiles and the full 27 are one claim; the kinds of missile are parts",
)

p(
    "h8-swissinfo-009",
    "Swissinfo (Reuters)",
    "https://www.swissinfo.ch/eng/russia-attacks-ukraine-with-missiles%2C-drones%2C-ukraine-military-says/87434417",
    "2024-08-25",
    "Russia attacks Ukraine with missiles, drones, Ukraine military says\n\n(Reuters) - Russia launched several missiles and "
    "drones overnight targeting northern and eastern Ukraine, Kyiv's military said on Sunday, with air defence systems "
    'destroying most of the weapons before they reached their targets.\n\n"Most of the missiles did not reach their '
    'targets," the air force said, adding that Russia launched an Iskander-M ballistic missile, an Iskander-K cruise '
    "missile and six guided air missiles. It did not specify how many missiles were destroyed.\n\nThe air force said Russia "
    "launched nine attack drones, with Ukraine's air defence systems destroying eight of them over the Mykolaiv region.\n\n"
    "Oleh Sinehubov, governor of the Kharkiv region, posted that seven people were injured in the Russian attacks.",
    [c(RU, "2024-08-25", 17, 9, 8, "exact", False, "air force", inter=NA)],
    "missiles (1+1+6) and drones in two sentences of one report: one claim",
)

p(
    "h8-aljazeera-010",
    "Al Jazeera",
    "https://www.aljazeera.com/news/2023/11/26/russia-downs-ukrainian-drones-missiles-day-after-its-attack-on-kyiv?traffic_source=KeepReading",
    "2023-11-26",
    "Russia downs Ukrainian drones, missiles day after its attack on Kyiv\n\nRussian air defences have intercepted Ukrainian "
    'drones over several regions inside its territory, including Moscow, just a day after Kyiv reported the "largest drone '
    'attack" on Ukraine since Moscow invaded the country.\n\n"Air defence destroyed four Ukrainian drones over the territory '
    "of the Bryansk, Smolensk and Tula regions,\" Russia's Ministry of Defence said in a statement on Sunday. Earlier, Russia "
    "said some drones were shot down over the Moscow region.\n\nThe Russian army said it had also downed two Ukrainian "
    "missiles headed for Russia over the Sea of Azov.\n\nUkraine, meanwhile, said its air defence had downed eight out of "
    "nine drones over the country on Sunday.\n\nOn Saturday, Ukraine said Moscow had launched 75 drones into the country, "
    "mostly aimed at the capital.",
    [
        c(UA, "2023-11-26", 4, 4, None, "exact", False, "defence ministry", inter=4),
        c(UA, "2023-11-26", 2, None, 2, "exact", False, NA, "local", 2, "Sea of Azov"),
        c(RU, "2023-11-26", 9, 9, None, "exact", False, NA, inter=8),
        c(RU, "2023-11-25", 75, 75, None, "exact", True, NA, inter=NA),
    ],
    "Saturday's 75 is the 'largest drone attack' of the lead; the Moscow region's drones have no count",
)

p(
    "h8-factnet-011",
    "Fact.net.in",
    "https://www.fact.net.in/amp/story/world/russia-downs-110-ukrainian-drones-while-ukraines-kryvyi-rih-struck-by-russias-ballistic-missiles",
    None,
    "Russian air defences intercepted more than 100 Ukrainian drones on Sunday, according to Moscow officials, as a ballistic "
    "missile attack injured 17 people in the Ukrainian city of Kryvyi Rih.\n\nThe Russian Defence Ministry reported that 110 "
    "drones were shot down during the overnight attack, which spanned seven Russian regions. Kursk, a border region, was "
    "heavily targeted, with 43 drones reportedly destroyed. The local governor, Gleb Nikitin, stated that four firefighters "
    "were injured during efforts to repel the drone assault in Dzerzhinsk.\n\nThis large-scale drone attack follows a similar "
    "incident in late September, during which Russia's Ministry of Defense reported the destruction of 125 Ukrainian drones "
    "across multiple regions.\n\nMeanwhile, in Kryvyi Rih, two Russian ballistic missiles struck the city late Saturday "
    "night. Ukraine's air force reported that Russia had launched a total of 49 drones and two Iskander-M ballistic missiles "
    "overnight, with 31 drones shot down across 12 regions, including Kyiv. Another 13 drones were suspected to have been "
    "neutralized by electronic defences.",
    [
        *mod(None, 110, [(43, "Kursk")]),
        c(UA, None, 125, 125, None, "exact", False, "defence ministry", inter=125),
        c(RU, None, 51, 49, 2, "exact", False, "air force", inter=NA),
    ],
    "no published date (6 October 2024); the lead's 'more than 100' is the 110; late September's 125 is an earlier night",
)

p(
    "h8-omanobserver-012",
    "Oman Observer (Reuters)",
    "https://www.omanobserver.om/ampArticle/1177275",
    None,
    "Russia pounds Ukraine in mass drone and missile attack\n\nKYIV: Russia launched hundreds of drones and missiles at Kyiv "
    "and other parts of Ukraine early on Sunday, killing at least four people, in one of the most sustained attacks on the "
    "capital since the full-scale war began. Neighbouring Poland closed its airspace near two southeastern cities.\n\n"
    "Ukraine's military said that Russia launched 595 drones and 48 missiles overnight and its air defences shot down 568 "
    "drones and 43 missiles. It noted that the main target of the strike was the capital Kyiv.\n\nPresident Volodymyr "
    "Zelensky said the attack, which lasted more than 12 hours, damaged a cardiology clinic, factories and residential "
    "buildings.",
    [c(RU, None, 643, 595, 48, "exact", False, "military", inter=611)],
    "no published date (28 September 2025); the lead's 'hundreds' is the same attack",
)

p(
    "h8-yahoo-013",
    "Yahoo News UK (The Independent)",
    "https://uk.news.yahoo.com/russia-targets-ukraine-energy-infrastructure-083522396.html",
    None,
    "Russia targets Ukraine energy infrastructure with 'one of largest' missile and drone attacks of war\n\nRussia launched "
    'around 120 missiles and 90 drones in a "massive" combined air strike on Ukraine\'s energy infrastructure that killed at '
    "least seven people, Ukrainian authorities said on Sunday.\n\nThe attack early on Sunday marked Russia's largest air "
    "strike on Ukraine in almost three months.\n\nUkrainian President Volodymyr Zelensky said various types of drones were "
    "deployed, including Iranian-made Shaheds, as well as cruise, ballistic and aircraft-launched ballistic missiles.\n\n"
    "Ukrainian defence forces shot down 140 air targets, Mr Zelensky said in a statement on Telegram.",
    [c(RU, None, 210, 90, 120, "about", False, "officials", inter=140)],
    "no published date (17 November 2024); 'largest in almost three months' and 'one of largest' are not records",
)

p(
    "h8-charm-014",
    "Charm Retirement News (AP)",
    "https://news.charm-retirement.com/russia-launches-massive-attack-on-ukraine-with-93-missiles-200-drones",
    None,
    "Russian forces launched a powerful aerial strike on Ukraine's energy infrastructure on Friday, firing 93 missiles and "
    "nearly 200 drones, Ukrainian President Volodymyr Zelensky announced.\n\nZelensky described the attack as one of the "
    "heaviest to date. He said it was part of Russia's ongoing campaign to destroy Ukraine's energy grid.\n\nHe added that "
    "Ukrainian air defenses successfully intercepted 81 of the incoming missiles.\n\nAmong the downed projectiles were 11 "
    "cruise missiles, which were targeted by Western-supplied F-16 fighter jets.",
    [c(RU, None, 293, 200, 93, "about", False, "president", inter=NA)],
    "no published date (13 December 2024); 93 exact and 'nearly 200' make a mixed total: about; 81 are missiles only",
)

p(
    "h8-voiceofvienna-015",
    "Voice of Vienna",
    "https://voiceofvienna.org/2024/12/russia-intensifies-aerial-assault-on-ukraines-energy-infrastructure",
    "2024-12-13",
    "KYIV, UKRAINE - Russia launched a large-scale aerial attack on Ukraine on Friday, targeting the nation's energy "
    "infrastructure with waves of cruise missiles and drones.\n\nUkraine's air force reported overnight strikes involving "
    "drones followed by swarms of cruise missiles. Air-launched Kinzhal ballistic missiles were also deployed against "
    "western Ukraine.\n\nFriday's attack follows a similar massive raid on November 28, when roughly 200 missiles and drones "
    "left over a million households without power.\n\nOn November 21, Russia employed its hypersonic Oreshnik missile for "
    "the first time, striking an industrial plant in Dnipro.",
    [c(RU, "2024-11-28", 200, None, None, "about", False, None, inter=None)],
    "published inferred (Friday's Kinzhal and energy strike of 13 December 2024; URL gives 2024/12); the Oreshnik is one missile with no barrage figure",
)

p(
    "h8-unn-016",
    "UNN",
    "https://unn.ua/en/news/russian-attacks-on-dnipropetrovsk-region-three-shaheds-were-shot-down-at-night-infrastructure-was-hit-by-shelling",
    "2024-05-22",
    "In the Dnipropetrovsk region, three Shahed attack drones were shot down at night, Russian troops attacked Nikopol region "
    "with artillery and drones, damaging infrastructure and power lines, Chairman of the Dnipropetrovsk RMA Serhiy Lysak "
    "said on Wednesday.\n\nAt night, 3 Shaheds were destroyed over the region. They were eliminated in the Dnipro, Pavlograd "
    "and Kryvyi Rih districts, Lysak said.\n\nSince the evening, the invaders have shelled the area three times with "
    "artillery. There were the same number of kamikaze drone strikes.\n\nAir Defense Forces destroyed 24 of the 24 "
    '"Shahed" drones.',
    [c(RU, "2024-05-22", 24, 24, None, "exact", False, NA, inter=24)],
    "the region's three are shoot-downs; 'the same number of kamikaze drone strikes' is not a barrage",
)

p(
    "h8-rbc-017",
    "RBC-Ukraine",
    "https://newsukraine.rbc.ua/news/ukrainian-air-defense-forces-down-seven-russian-1717047411.html",
    "2024-05-30",
    "Ukrainian Air Defense Forces down seven Russian Shahed drones in Dnipropetrovsk region\n\nLast night, Ukraine's Defense "
    "Forces shot down seven Shahed drones in four districts of the Dnipropetrovsk region, citing Serhii Lysak, head of the "
    "Dnipropetrovsk Regional Military Administration.\n\nAccording to him, the drones were shot down in the Kryvyi Rih, "
    "Synelnykove, Pavlohrad, and Dnipro districts.\n\nOn the evening of Wednesday, May 29, the aggressor attacked Ukraine "
    "with Shahed drones. Alarms were declared in many regions. Later, explosions were heard in Dnipro and its suburbs.",
    [],
    "a region's shoot-downs only",
)

p(
    "h8-fakti-018",
    "Fakti.bg (Reuters, BTA)",
    "https://fakti.bg/en/world/938219-over-20-russian-drones-shot-down-in-24-hours",
    None,
    "The Ukrainian Air Force announced today that its air defenses had shot down 21 drones with which Russia attacked "
    "Ukrainian territory last night, Reuters reported.\n\nThe attacks were carried out over 6 regions. Twenty-two drones "
    "have disappeared from radar.\n\nMeanwhile, the General Staff of the Ukrainian army reported that over the past 24 hours "
    "there have been 186 battles on the front line. Russian forces have subjected Ukrainian troops and settlements to over "
    "5,000 shelling, including 188 rockets.",
    [],
    "shot down and lost from radar, but no launch figure; battles and shelling are not barrages",
)

# --- Ukraine's neighbours -----------------------------------------------------------------
p(
    "h8-euromaidanpress-019",
    "Euromaidan Press",
    "https://euromaidanpress.com/2023/09/13/romania-finds-possible-drone-fragments-condemns-russia-attacks-on-ukraine-danube-ports/",
    "2023-09-13",
    "On 13 September, Romania's National Defense Ministry said that the country's Air Force identified \"fragments that "
    'could have originated from a drone" dispersed across "several dozens of meters" in Tulcea County facing Ukraine\'s '
    "Izmail district across the Danube River.\n\nThe ministry noted that a Russian drone attack took place early on the same "
    "day that damaged port infrastructure in southern Ukraine's Izmail district just across the border from Romania.",
    [],
    "drone fragments on a neighbour's soil are not a barrage claim",
)

p(
    "h8-pravda-020",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/07/25/7467370/",
    "2024-07-25",
    "Romanian military, instructed to inspect the Romanian Danube bank after a Russian drone attack on Ukrainian ports, found "
    "metal fragments that could be the wreckage of downed Shaheds, Digi24 reported.\n\nOn the night of 24-25 July, an "
    "air-raid warning was issued for Romanian settlements on the Danube for the second night in a row. Romania deployed F-16 "
    "fighter jets during the attack.\n\nOn the morning of 25 July, the commander of the Ukrainian Air Force said that three "
    "Shaheds that attacked southern Ukraine at night had flown into Romanian territory and then disappeared from Ukrainian "
    "air defence.",
    [],
    "three drones that strayed into a neighbour are not a barrage",
)

p(
    "h8-newssprinters-021",
    "News Sprinters (Kyiv Independent)",
    "https://newssprinters.com/index.php/world/drone-remnants-found-in-moldova-near-border-with-ukraine/17/02/2024",
    "2024-02-17",
    "Fragments of a Shahed-type drone were found in Moldova in a field two kilometers from the country's border with Ukraine, "
    "the Moldovan Border Police reported on Feb. 17.\n\nThe discovery comes a week after Moldova found a warhead containing "
    "50 kilograms of explosives near the crash site of a Russian Shahed drone. Chisinau suspected the drone was shot down by "
    "Ukrainian air defense during a Russian attack against Odesa Oblast overnight on Feb. 9-10.",
    [],
    "wreckage found, no barrage figure",
)

p(
    "h8-atlantisthemes-022",
    "Atlantis Themes",
    "https://atlantisthemes.com/?p=33097",
    None,
    "Two F-16 fighters belonging to the Romanian army and two Eurofighters from the German air police took off after two "
    "drones violated Romanian airspace, the Ministry of Defense in Bucharest announced, explaining that violations were "
    "detected near the border between Romania and Ukraine.\n\nOn the night of September 9 alone, around 20 Russian drones "
    "entered Polish airspace. On September 19, three Russian military jets violated Estonian airspace for 12 minutes.",
    [],
    "drones entering a neighbour's airspace are not barrage claims",
)

# --- Ukraine's drones on Russia: governors and the ministry ----------------------------
p(
    "h8-pledgetimes-023",
    "Pledge Times",
    "https://pledgetimes.com/ukrainian-armed-forces-drone-attacks-bryansk-region/",
    "2024-09-05",
    "Governor Bogomaz: Ukrainian Armed Forces drone destroyed over Bryansk region\n\nA drone of the Armed Forces of Ukraine "
    "attempted to attack the Bryansk region, Governor Alexander Bogomaz reported on Telegram.\n\nHe specified that the air "
    "defense forces destroyed an aircraft-type drone over the region's territory. No one was hurt, no damage was recorded, "
    "Bogomaz added.\n\nSoon after, the governor informed about a new attempt at attack by the Ukrainian Armed Forces. "
    "Another enemy drone was destroyed over the region, his report says.",
    [
        c(UA, "2024-09-05", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region"),
        c(UA, "2024-09-05", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region"),
    ],
    "two reports, two single drones ('a new attempt')",
)

p(
    "h8-pledgetimes-024",
    "Pledge Times",
    "https://pledgetimes.com/ukrainian-armed-forces-drone-destroyed-in-russian-region/",
    "2024-09-17",
    "Governor Bogomaz: Air Defense Forces Destroyed Ukrainian Drone Over Bryansk Region\n\nBryansk Region Governor Alexander "
    "Bogomaz said that a Ukrainian unmanned aerial vehicle had been destroyed over the region. He reported this in his "
    "Telegram-channel.\n\nBogomaz wrote that an attempt by the Armed Forces of Ukraine to carry out a terrorist attack using "
    "drones was thwarted in the region. The Air Defense Forces of the Russian Defense Ministry detected and shot down a "
    "Ukrainian aircraft-type drone.",
    [c(UA, "2024-09-17", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region")],
)

p(
    "h8-pledgetimes-025",
    "Pledge Times",
    "https://pledgetimes.com/three-ukrainian-drones-destroyed-in-russian-region/",
    "2024-09-09",
    "Bogomaz: Air defense forces destroyed three Ukrainian drones over the territory of the Bryansk region\n\nBryansk Region "
    "Governor Alexander Bogomaz announced that three unmanned aerial vehicles of the Armed Forces of Ukraine were discovered "
    "and destroyed over the region's territory.\n\nBogomaz reported that an attempt by the Ukrainian Armed Forces to carry "
    'out a terrorist attack using drones was thwarted in the region. "Three aircraft-type unmanned aerial vehicles were '
    'detected and destroyed by the air defense forces of the Russian Defense Ministry," he noted.',
    [c(UA, "2024-09-09", 3, 3, None, "exact", False, "governor", "local", 3, "Bryansk region")],
    "the headline and the quote are one figure",
)

p(
    "h8-pledgetimes-026",
    "Pledge Times",
    "https://pledgetimes.com/ukrainian-armed-forces-drone-shot-down-in-russian-region/",
    "2024-08-11",
    "Bryansk Region Governor Bogomaz: Regional Air Defense Destroys Ukrainian UAV\n\nBryansk Region Governor Alexander Bogomaz "
    "announced that an unmanned aerial vehicle of the Armed Forces of Ukraine had been destroyed in the region.\n\nBogomaz "
    'clarified that air defense forces shot down an aircraft-type drone over the region.\n\n"There are no casualties or '
    'damage," he emphasized.\n\nOn the night of August 8-9, four Ukrainian Armed Forces drones attempted to attack the '
    "Bryansk region. They were destroyed by air defense forces.",
    [
        c(UA, "2024-08-11", 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region"),
        c(UA, "2024-08-09", 4, 4, None, "exact", False, NA, "local", 4, "Bryansk region"),
    ],
    "the night of 8-9 August is an earlier attack",
)

p(
    "h8-pledgetimes-027",
    "Pledge Times",
    "https://pledgetimes.com/ukraine-tries-to-attack-russian-region-with-aircraft-type-drone/",
    None,
    "Bryansk Governor Bogomaz: Air Defense System Shot Down Aircraft-Type Drone\n\nUkraine attempted to attack the Bryansk "
    "region with an aircraft-type drone, the region's governor, Alexander Bogomaz, reported on his Telegram channel.\n\n"
    "According to the official, the drone was destroyed by a Russian air defense system.\n\nThe drone shot down by air "
    "defense became the fifth drone in a day that attempted to attack the Bryansk region.",
    [c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region")],
    "no published date; 'the fifth drone in a day' is an ordinal",
)

p(
    "h8-oreanda-028",
    "Oreanda News",
    "https://www.oreanda-news.com/en/gosudarstvo/russian-air-defense-forces-destroyed-uavs-over-the-bryansk-region/article1515556/",
    None,
    "The Russian air defense forces destroyed an unmanned aerial vehicle in the sky over the Bryansk region, the governor "
    "of the region, Alexander Bogomaz, said on Telegram.\n\nAccording to him, the Russian military stopped an attempt by the "
    'Armed Forces of Ukraine to carry out a terrorist attack using a drone. "An airplane-type UAV was destroyed over the '
    'Navlinsky district by the air defense forces of the Ministry of Defense of the Russian Federation," he stressed.\n\n'
    "Earlier, the Bryansk governor announced a drone strike by the Armed Forces of Ukraine on the Starodubsky district. Two "
    "kamikaze drones attacked the cars of a local agricultural enterprise.",
    [
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, "Bryansk region"),
        c(UA, None, 2, 2, None, "exact", False, "governor", "local", None, NA),
    ],
    "no published date; the two kamikaze drones are an earlier, separate attack",
)

p(
    "h8-thedefensepost-029",
    "The Defense Post (AFP)",
    "https://www.thedefensepost.com/2024/05/24/ukrainian-drone-russia-tatarstan/",
    "2024-05-24",
    "Ukrainian Drone Downed Deep Inside Russia's Tatarstan\n\nRussia on Thursday said it had downed a Ukrainian drone in its "
    "central Tatarstan region, hundreds of kilometers from the border between the two countries.\n\nMoscow's defense "
    'ministry said it had "destroyed a drone over the territory of the Republic of Tatarstan."\n\nThe mayor of the city of '
    "Yelabuga - some 1,100 kilometres from the Ukraine border - said air defense had worked over the industrial hub.\n\n"
    "Russian aviation officials said the region's main airport in Kazan had faced more than three hours of restrictions "
    "after the attack. He said eight airplanes were grounded following the attack.",
    [c(UA, "2024-05-23", 1, 1, None, "exact", False, "defence ministry", "local", 1, "Tatarstan")],
    "'on Thursday' in Friday's story: 23 May 2024; the headline and the ministry's line are one drone",
)

p(
    "h8-bnnbreaking-030",
    "BNN Breaking",
    "https://bnnbreaking.com/international-affairs/unprecedented-ukraine-drone-strike-targets-tatarstan-injuring-12-beyond-800-miles",
    None,
    "Ukraine has escalated its military strategy by launching a drone attack deep into Russian territory, specifically "
    "targeting the Tatarstan region, over 800 miles from the conflict's frontline. The strikes, which occurred around the "
    "early hours of the morning, targeted key facilities in Yelabuga and Nizhnekamsk, including a drone production site and "
    "an oil refinery.\n\nTatarstan's regional leader, Rustam Minnikhanov, downplayed the incident, stating that the strikes "
    'caused "no serious" damage and that production operations remained unaffected.',
    [],
    "no figure (800 miles is a distance, 12 the injured of the headline)",
)

p(
    "h8-novayagazeta-031",
    "Novaya Gazeta Europe",
    "https://novayagazeta.eu/articles/2023/05/04/drones-attack-oil-refineries-in-russias-krasnodar-rostov-regions-en-news",
    "2023-05-04",
    "A drone attacked the Novoshakhtinsk oil refinery overnight, says Vasily Golubev, the governor of Russia's Rostov region.\n\n"
    '"An unmanned aerial vehicle crashed into the constructions of the inter-workshop flyover of the plant, after which it '
    'exploded," he said. Golubev also added no casualties had been recorded.\n\nThe Ilsky oil refinery in the Krasnodar '
    "region also caught fire. According to a TASS source in emergency services, it happened as a result of a drone attack.\n\n"
    'Another drone was taken down over the Voronezh region, says local governor Alexander Gusev. "Today, early in the '
    'morning, the air defence system detected and successfully destroyed a UAV in the sky over the Voronezh region," he '
    "wrote.\n\nRussia's military attacked Ukraine with Iranian Shahed-136/131 drones earlier today. The Ukrainian military "
    "states a total of 24 UAVs were launched, and 18 of those were downed.",
    [
        c(UA, "2023-05-04", 1, 1, None, "exact", False, "governor", "local", None, "Rostov region"),
        c(UA, "2023-05-04", 1, 1, None, "exact", False, "governor", "local", 1, "Voronezh region"),
        c(RU, "2023-05-04", 24, 24, None, "exact", False, "military", inter=18),
    ],
    "the Ilsky refinery's drone attack has no count",
)

p(
    "h8-themoscowtimes-032",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2024/05/01/ukrainian-drone-strikes-target-russian-oil-refineries-reports-a85000",
    "2024-05-01",
    "Ukrainian drones have targeted several regions in central and southwestern Russia, the Russian Defense Ministry said "
    "Wednesday, as Ukrainian media reported that Kyiv was behind alleged attacks against at least two Russian oil "
    'refineries.\n\n"Air defense forces destroyed and intercepted 6 Ukrainian drones, three of which were over the Voronezh '
    'region, one over the Ryazan region, one over the Belgorod region and one over the Kursk region," the Russian Defense '
    "Ministry said in a statement.\n\nRyazan region Governor Pavel Malkov said no one was reported injured or killed in the "
    "attempted drone attack in that region.",
    mod(
        "2024-05-01",
        6,
        [(3, "Voronezh region"), (1, "Ryazan region"), (1, "Belgorod region"), (1, "Kursk region")],
    ),
)

p(
    "h8-newsbreak-033",
    "NewsBreak (The Independent)",
    "https://www.newsbreak.com/news/2644318528264/ukrainian-drone-strikes-major-russian-oil-refinery-in-rostov-region",
    "2022-06-22",
    "A suspected Ukrainian drone hit a major oil refinery in Russia's Rostov region on Wednesday (22 June) causing a large "
    "fire at the site.\n\nVideo footage shows the UAV flying low over the Novoshakhtinsk oil refinery, close to the Ukrainian "
    "border.\n\nVasily Golubev, governor of the Rostov region, confirmed the attack, claiming two unidentified drones struck "
    "the site and crashed there.",
    [c(UA, "2022-06-22", 2, 2, None, "exact", False, "governor", "local", None, "Rostov region")],
    "the lead's 'a suspected drone' and the governor's two are one attack",
)

p(
    "h8-prothomalo-034",
    "Prothom Alo (AFP)",
    "https://en.prothomalo.com/amp/story/international/europe/fjwp0harmf",
    None,
    "A Russian regional governor said on Thursday that Ukrainian drone and missile attacks on a bordering region had been "
    '"neutralised" but had caused a fire at an oil refinery.\n\nRussia\'s southern Rostov region, which borders Ukraine, was '
    '"subjected to a massive attack by the enemy", local governor Yuri Slyusar said on Telegram at around 6 am local time.\n\n'
    '"More than three dozen UAVs and three missiles" were deployed, he said, adding that the Russian air defence services '
    'were activated across several cities in the region.\n\nWhile "most of the air targets were neutralised", a fire broke '
    "out at an oil refinery, he said.\n\nRussia's border regions have been hit frequently by Ukrainian fire, with two "
    "separate attacks last week targeting Rostov as well as western Bryansk region.",
    [c(UA, None, 39, 36, 3, "more_than", False, "governor", "local", NA, "Rostov region")],
    "no published date (19 December 2024); 'more than three dozen' is a number",
)

p(
    "h8-alarabiya-035",
    "Al Arabiya (Reuters)",
    "https://english.alarabiya.net/News/world/2023/01/16/Russia-downs-drone-over-Sevastopol-Russian-installed-governor-says-",
    "2023-01-16",
    "Russia downs drone over Sevastopol, Russian-installed governor says\n\nRussian anti-aircraft defenses shot down a drone "
    "over the city of Sevastopol on the Crimean Peninsula, the city's Russian-installed governor said on the Telegram "
    "messenger app on Monday.\n\nThe city has come under attack repeatedly since Russia ordered tens of thousands of troops "
    "into Ukraine on February 24, 2022.\n\nRussian officials have blamed Ukraine for the attacks.",
    [c(UA, "2023-01-16", 1, 1, None, "exact", False, "governor", "local", 1, "Sevastopol")],
)

p(
    "h8-sputniknews-036",
    "Sputnik",
    "https://sputniknews.com/20230116/drone-shot-down-over-sevastopol-bay-in-crimea-governor-says-1106386619.html",
    "2023-01-16",
    "An unmanned aerial vehicle (UAV) was shot down by air defense systems off the coast of the Russian city of Sevastopol "
    'in Crimea, Governor Mikhail Razvozhayev said.\n\n"Air defense systems shot down a UAV over the [Sevastopol] bay," '
    "Razvozhayev said on Telegram late on Sunday night, adding that all services are running as usual following the "
    "incident. Ukrainian forces have attacked Crimea using drones multiple times since the start of the year. All of the "
    "UAVs were shot down by Russian air defense. In October of last year, Ukraine carried out a massive drone attack on "
    "vessels of the Russian Black Sea Fleet in Sevastopol.",
    [c(UA, "2023-01-16", 1, 1, None, "exact", False, "governor", "local", 1, "Sevastopol")],
    "late Sunday night belongs to the night ending Monday 16 January",
)

p(
    "h8-pledgetimes-037",
    "Pledge Times",
    "https://pledgetimes.com/ukrainian-kamikaze-drone-exploded-in-the-russian-region/",
    "2024-02-03",
    "Belgorod governor Gladkov: a kamikaze drone of the Ukrainian Armed Forces exploded in the village of Dolgoe\n\nA "
    "kamikaze drone of the Armed Forces of Ukraine attacked the outskirts of the village of Dolgoye, Valuysky urban "
    "district, Belgorod region, the head of the region Vyacheslav Gladkov announced on Telegram.\n\nNo one was injured as a "
    "result of the explosion, but a communications infrastructure facility was damaged.\n\nEarlier, Gladkov reported that the "
    "Ukrainian Armed Forces shelled the village of Zadorozhny. Two private households were damaged.\n\nIn addition, on the "
    "morning of February 3, the Russian Ministry of Defense announced that air defense systems had shot down four Ukrainian "
    "drones over the territory of the Belgorod region. In addition, two drones were destroyed over the Volgograd region, and "
    "another one over the Rostov region.",
    [
        c(
            UA,
            "2024-02-03",
            1,
            1,
            None,
            "exact",
            False,
            "governor",
            "local",
            None,
            "Belgorod region",
        ),
        c(
            UA,
            "2024-02-03",
            4,
            4,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            4,
            "Belgorod region",
        ),
        c(
            UA,
            "2024-02-03",
            2,
            2,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            2,
            "Volgograd region",
        ),
        c(
            UA,
            "2024-02-03",
            1,
            1,
            None,
            "exact",
            False,
            "defence ministry",
            "local",
            1,
            "Rostov region",
        ),
    ],
    "the ministry gives no national total; the kamikaze drone is its own attack",
)

p(
    "h8-socialbites-038",
    "Social Bites",
    "https://socialbites.ca/news/514454",
    None,
    "Belgorod Region Governor Vyacheslav Gladkov said on his Telegram channel that two people lost their lives as a result of "
    "the Ukrainian Armed Forces' unmanned aerial vehicles attack on the village of Rozhdestvenka.\n\n\"The outskirts of the "
    "village of Rozhdestvenka in the Grayvoronsky urban district were attacked by the Armed Forces of Ukraine with the help "
    'of three kamikaze drones," the report said.\n\nBefore that the Ministry of Defense of the Russian Federation reported '
    "that Russian air defense systems stopped the Ukrainian army's attempt to attack targets in the Belgorod region with "
    "unmanned aerial vehicles. Also on March 8, the head of the Belgorod region reported that air defense forces destroyed "
    "an aircraft-type UAV in the Krasnoyaruzhsky region.",
    [
        c(UA, None, 3, 3, None, "exact", False, "governor", "local", None, "Belgorod region"),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, NA),
    ],
    "no published date; the ministry's line has no count",
)

p(
    "h8-newsasfacts-039",
    "News as Facts (SCMP)",
    "https://newsasfacts.com/news/112040",
    None,
    "The Russian Defense Ministry says that it has destroyed 281 Ukrainian drones in the past week, including 29 over western "
    "Russia. (South China Morning Post)",
    [c(UA, None, 281, 281, None, "exact", False, "defence ministry", "period", 281)],
    "a week's tally; the 29 are part of it",
)

p(
    "h8-voiceofvienna-040",
    "Voice of Vienna (Hurriyet)",
    "https://voiceofvienna.org/2023/04/russia-launches-drone-attack-on-ukraines-odesa/",
    None,
    "Russia launches drone attack on Ukraine's Odesa\n\nRussia launched a drone attack on Ukraine's southern port city of "
    'Odesa early Wednesday but there were no reports of casualties, authorities said.\n\n"At night, the enemy carried out an '
    'attack by UAVs of the Shahed-136 type on the Odesa region," Yuriy Kruk, head of the Odesa district military '
    "administration, said.\n\nIn an update on Telegram, General Mykola Oleshchuk, commander of the Ukrainian Air Force, said "
    '10 out of 12 "kamikaze" drones had been destroyed by the Odesa air defences.\n\nUkraine\'s general staff said over the '
    "past day Russia had launched four missile and 60 air strikes, along with 58 rocket attacks, causing injuries to "
    "civilians.",
    [c(RU, None, 12, 12, None, "exact", False, "air force", "local", 10, "Odesa")],
    "no full published date (April 2023); the general staff's strikes are not barrage figures",
)

p(
    "h8-politico-041",
    "Politico Europe",
    "https://www.politico.eu/article/ukrainian-drone-attack-moscow-closes-2-major-airports/",
    "2025-06-08",
    "Two major airports serving Moscow were temporarily closed early Sunday, Russian officials said, during a Ukrainian drone "
    "strike targeting the Russian capital.\n\nRussia air defense units destroyed multiple Ukrainian drones flying toward the "
    'city Sunday morning, Moscow Mayor Sergei Sobyanin said on the Telegram platform.\n\n"To ensure the safety of civil '
    "aircraft flights, temporary restrictions on arrivals and departures have been introduced at Vnukovo and Domodedovo "
    'airports," according to the Federal Agency for Air Transport.',
    [],
    "'multiple drones' is no figure (not 'dozens' or 'hundreds')",
)

p(
    "h8-babel-042",
    "Babel",
    "https://babel.ua/en/news/78792-one-of-the-biggest-attacks-lviv-oblast-was-subjected-to-a-massive-missile-strike-by-russia",
    None,
    '"One of the biggest attacks." Lviv oblast was subjected to a massive missile strike by Russia\n\nThe Russian occupiers '
    'launched a massive missile strike in the Lviv oblast at night, the mayor of Lviv Andriy Sadovy reported.\n\n"That night '
    "in the Lviv region, there were two air alarms and 2 massive waves of rocket flights. No missile landed in Lviv. The air "
    'defense forces worked well," said the mayor.\n\n"It really was one of the biggest attacks on the Lviv region in terms '
    'of the number of missiles," Sadovyi explained.',
    [],
    "two waves and two alarms are not a missile count",
)

p(
    "h8-censor-043",
    "Censor.NET",
    "https://censor.net/en/photonews/3563714/belgorod-attacked-by-drones-on-16-july-what-is-known",
    None,
    "UAVs attack Belgorod: Governor Gladkov claims there are dead and injured\n\nThe Russian city of Belgorod was attacked by "
    'unidentified drones on the evening of 16 July. "Belgorod is under attack by enemy drones, one person was killed and '
    'five were injured," Gladkov said.\n\nSix households were damaged in the attack, and emergency services are working on '
    "the ground. The governor showed a video of an allegedly Ukrainian drone being shot down on its approach to the city.",
    [],
    "no count of the drones; the video's drone is not a reported figure",
)

p(
    "h8-unn-044",
    "UNN",
    "https://unn.ua/en/news/massive-drone-attack-on-kharkiv-there-has-already-been-one-arrival",
    None,
    'Massive drone attack on Kharkiv: there has already been one "arrival"\n\nA massive attack of enemy drones was recorded '
    'in Kharkiv, one of them hit the Osnovyansky district of the city, Mayor Igor Terekhov reported.\n\n"We have already had '
    "one 'arrival' in the city, first in the Osnovianskyi district. We are looking into the details,\" the mayor said.\n\n"
    "Terekhov added that there are many attack drones in the sky over the city and urged residents to be careful.",
    [],
    "one hit is not a barrage figure",
)

# --- Ukraine's big nights on Russia and the border governors -------------------------------
p(
    "h8-politico-045",
    "Politico Europe",
    "https://www.politico.eu/article/russia-reports-largest-drone-attack-on-10-regions-as-ukraine-to-meet-united-states-peace-talks/",
    None,
    "KYIV - Ukraine launched its biggest drone attack on Moscow since the start of the war with Russia on Monday night, "
    "according to Russian officials, hours before a delegation from Kyiv was due to meet with United States representatives "
    "for peace talks in Saudi Arabia.\n\nThe Russian military said it shot down 337 Ukrainian drones over 10 Russian regions, "
    'while media reports said that at least one person was killed and several wounded.\n\n"The most massive drone attack on '
    'Moscow has been repelled tonight. Some 74 drones were shot down near Moscow, and hundreds at different frontiers," the '
    "city's Mayor Sergei Sobyanin said in a statement.",
    [
        c(UA, None, 337, 337, None, "exact", NA, "military", inter=337),
        c(UA, None, 74, 74, None, "about", NA, "mayor", "local", 74, "Moscow"),
    ],
    "no published date (11 March 2025); the mayor's 'hundreds at different frontiers' is a share of the 337",
)

p(
    "h8-imarabic-046",
    "IM Arabic",
    "https://en.imarabic.com/?p=45481",
    None,
    "Largest Attack in Three Years: 337 Ukrainian Drones Fall into the Russian Trap\n\nOn Monday night into Tuesday, Russia "
    "shot down 337 Ukrainian drones launched at several regions, including 91 over Moscow, according to a statement from the "
    "Russian Ministry of Defense.\n\nThis marks the largest attack on Russian territory since the beginning of the Ukraine war "
    "in February 2022, primarily targeting the outskirts of Moscow and the Kursk region, which borders Ukraine, where 126 "
    "drones were downed, according to the statement.\n\nThe Ministry of Defense confirmed that 91 drones were intercepted "
    "around the capital and 126 over the Kursk region.\n\nAt least one person was killed and three others injured in "
    "Moscow's southern suburbs, according to regional governor Andrey Vorobyov.",
    mod(None, 337, [(91, "Moscow"), (126, "Kursk region")], rec=True),
    "no published date (11 March 2025); the headline, the lead and the repeat are one tally",
)

p(
    "h8-breitbart-047",
    "Breitbart",
    "https://breitbart.com/europe/2024/09/10/ukraine-launches-large-scale-drone-attack-on-russia/amp",
    "2024-09-10",
    "Ukraine launched a major drone attack against Moscow and several other Russian cities on Monday night - possibly the "
    "largest Ukrainian offensive involving unmanned aerial vehicles since the war began in 2022.\n\nThe Russian military "
    "claimed it destroyed 144 of Ukraine's drones, but some damage and fatalities were still reported.\n\nThe governor of the "
    "Moscow region, Andrey Vorobyov, said 20 Ukrainian drones were shot down in his area, but others were able to damage "
    "apartment buildings and houses in the towns of Lyubertsy and Ramenskoye.\n\nRussian civil and military officials said "
    "more drones were intercepted over Tula, Belgorod, Kaluga, Voronezh, Lipetsk, Oryol, and Kursk.\n\nThree airports outside "
    "Moscow were shut down temporarily during the attack, causing 48 flights to be diverted.",
    [
        c(UA, "2024-09-10", 144, 144, None, "exact", NA, "military", inter=144),
        c(UA, "2024-09-10", 20, 20, None, "exact", False, "governor", "local", 20, "Moscow region"),
    ],
    "'possibly the largest' is hedged (record not scored)",
)

p(
    "h8-tass-048",
    "TASS",
    "https://tass.com/emergencies/1822467",
    None,
    "KURSK, July 28. /TASS/. Twelve Ukrainian drones were shot down over Russia's borderline Kursk Region, the region's "
    'acting governor, Alexey Smirnov, said.\n\n"Twelve more Ukrainian fixed-wing unmanned aerial vehicles were shot down in '
    'the Oboyansky and Medvensky districts by our defenders! Thanks to air defense forces!" he wrote on his Telegram '
    "channel.\n\nEarlier, he said that a Ukrainian drone had been destroyed in the Medvensky district.",
    [
        c(UA, None, 12, 12, None, "exact", False, "governor", "local", 12, "Kursk Region"),
        c(UA, None, 1, 1, None, "exact", False, "governor", "local", 1, NA),
    ],
    "the dateline gives no year; 'twelve more' after an earlier single drone: two reports",
)

p(
    "h8-rt-049",
    "RT",
    "https://www.rt.com/russia/594127-moscow-ukraine-attack-kursk/",
    None,
    "Kiev launched nearly a dozen drones while a saboteur group attempted to break through the border, the governor of Kursk "
    "Region has said\n\nRussian air defense systems intercepted 11 Ukrainian drones over Kursk Region and repelled an attempt "
    "by Kiev's forces to break through the border, Governor Roman Starovoyt reported on Tuesday morning.\n\nIn a video "
    "published on Telegram, the governor reported that it was a restless night for the region as it came under a massive "
    "drone raid.",
    [c(UA, None, 11, 11, None, "exact", False, "governor", "local", 11, "Kursk Region")],
    "no published date; the lead's 'nearly a dozen' is the 11",
)

p(
    "h8-mehrnews-050",
    "Mehr News (TASS)",
    "https://en.mehrnews.com/news/188693/Russia-air-defense-shot-down-2-Ukrainian-drones-near-Kursk",
    "2022-07-03",
    '"Tonight, on approach to Kursk, our air defenses shot down two Ukrainian Strizh drones. Thanks to the competent actions '
    'of the military, there were no casualties," Governor of the Kursk region Roman Starovoyt wrote on his Telegram channel '
    "on Sunday, according to TASS news agency.\n\nThe last drone in the Kursk region was shot down on June 28. Prior to this, "
    "several UAVs were shot down in the border areas of the region.\n\nGovernor of the Belgorod Region Vyacheslav Gladkov "
    "said earlier that a series of loud sounds had been heard in Belgorod early in the morning and a private house had caught "
    "fire. Three people died and four were injured.",
    [
        c(UA, "2022-07-03", 2, 2, None, "exact", False, "governor", "local", 2, "Kursk"),
        c(UA, "2022-06-28", 1, 1, None, "exact", False, NA, "local", 1, "Kursk region"),
    ],
    "'several UAVs' earlier is no figure",
)

p(
    "h8-themoscowtimes-051",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2022/06/29/russia-says-shot-down-intruding-drone-near-ukraine-border-a78137",
    "2022-06-29",
    "Russia said Wednesday it had shot down a Ukrainian drone overnight, marking the latest cross-border intrusion on a "
    "Russian border region amid Moscow's invasion of Ukraine. Kursk region Governor Roman Starovoit said a Soviet-era Tu-141 "
    "reconnaissance drone crossed into Russian airspace late Tuesday before being shot down. Footage shared by Starovoit "
    "showed what he said were fragments of the downed drone.\n\nStarovoit said there were no injuries or damage from the "
    "intrusion.",
    [c(UA, "2022-06-29", 1, 1, None, "exact", False, "governor", "local", 1, "Kursk region")],
    "late Tuesday belongs to the night ending Wednesday",
)

p(
    "h8-legitgov-052",
    "Legitgov (RT)",
    "https://www.legitgov.org/ukrainian-drones-attack-russian-city-governor",
    None,
    "Ukrainian drones attack Russian city - governor\n\nSeveral UAVs were shot down near Kursk, the top regional official has "
    "said. Several Ukrainian drones have been shot down near the Russian city of Kursk, regional governor Roman Starovoyt said "
    'in the early hours of Friday. Starovoyt urged residents to stay calm, adding that the capital of the region was "under '
    'the firm protection of our military."',
    [],
    "'several' is no figure; the page's dates disagree",
)

p(
    "h8-meduza-053",
    "Meduza",
    "https://meduza.io/en/news/2023/05/15/russia-s-defense-ministry-claims-having-intercepted-storm-shadow-missile",
    "2023-05-15",
    "Russia's Defense Ministry claims to have intercepted Storm Shadow missile\n\nIn its daily briefing, the Russian Defense "
    "Ministry announced that, within the past 24 hours, the Russian air defense had intercepted a long-range Storm Shadow "
    "missile. The agency did not specify where or when exactly the missile had been shot down.\n\nThis is the first time the "
    "Russian military has made such a claim.\n\nOn Monday, May 15, the Russian-backed authorities in the annexed Luhansk "
    "region of Ukraine said that two long-range missiles had been launched at Luhansk that day.\n\nIn the summer of 2022, "
    "Russia's Defense Ministry claimed to have disabled six HIMARS missile systems delivered from the U.S. to Ukraine.",
    [
        c(UA, "2023-05-15", 1, None, 1, "exact", False, "defence ministry", inter=1),
        c(UA, "2023-05-15", 2, None, 2, "exact", False, NA, "local", None, "Luhansk"),
    ],
    "the ministry's past-day figure is that day's claim; six HIMARS systems are launchers, not a barrage",
)

p(
    "h8-shafaq-054",
    "Shafaq News",
    "https://www.shafaq.com/en/World/Russia-strikes-Kyiv-with-drones-and-missiles-20-casualties-reported",
    "2025-06-06",
    "Russia launched a wave of drone and missile attacks on Ukraine overnight, causing over 20 casualties in the capital Kyiv, "
    'Ukrainian officials said on Friday.\n\n"Kyiv came under another attack involving UAVs and ballistic missiles," the State '
    "Emergency Service of Ukraine wrote on Telegram.\n\nKyiv Mayor Vitali Klitschko confirmed four deaths and 20 injuries. "
    'Ternopil\'s regional military administration chief described it as "the most massive" air assault to date.\n\nMeanwhile, '
    "Ukrainian drones reportedly hit Russia's Tula region, injuring three. Moscow Mayor Sergei Sobianin noted that ten drones "
    "targeting the capital were intercepted overnight.",
    [c(UA, "2025-06-06", 10, 10, None, "exact", False, "mayor", "local", 10, "Moscow")],
    "the Russian night on Ukraine has no figure; 'the most massive' for Ternopil has no count",
)

p(
    "h8-devdiscourse-055",
    "Devdiscourse (Reuters)",
    "https://www.devdiscourse.com/article/science-environment/3449140-drone-onslaught-kyiv-under-attack-amidst-nighttime-chaos",
    "2025-06-06",
    "Drone Onslaught: Kyiv Under Attack Amidst Nighttime Chaos\n\nIn a severe escalation overnight, Russian drones attacked "
    "Ukraine's capital, Kyiv, causing fires and chaos across the city early Friday morning.\n\nTymur Tkachenko, who heads the "
    "city's military administration, reported waves of drones targeting the city, with air defense units actively trying to "
    "counter the assault. He also alerted residents to the potential threat of ballistic missile strikes.\n\nDrones "
    "reportedly hit the upper floors of an apartment building in Darnytskyi district, causing a fire.",
    [],
    "waves of drones, no figure",
)

# --- Russian missiles and mixed nights ---------------------------------------------------
p(
    "h8-indianwitness-056",
    "Indian Witness",
    "https://www.indianwitness.com/amp/news/international/russia-launches-massive-drone-and-missile-attack-on-kyi",
    None,
    "Russia Launches Massive Drone and Missile Attack on Kyiv, Killing Four\n\nRussia launched a ferocious overnight assault on "
    "Ukraine with 595 exploding drones and 48 missiles, killing at least four people and injuring 70 in the deadliest barrage "
    "on the capital since last month's strike that claimed 21 lives.\n\nTymur Tkachenko, head of the Kyiv City "
    "Administration, confirmed the casualties, revealing that 10 were wounded in the city alone. Ukraine's air force reported "
    "intercepting or jamming 566 drones and 45 missiles.\n\nIn Zaporizhzhia, regional head Ivan Fedorov reported 27 wounded, "
    "including three children.",
    [c(RU, None, 643, 595, 48, "exact", False, NA, inter=611)],
    "no published date (28 September 2025)",
)

p(
    "h8-editorji-057",
    "Editorji (AP)",
    "https://www.editorji.com/world-news/russia-s-kalibr-cruise-missiles-hit-buildings-in-ukraine-22-dead-1657847632183",
    None,
    "Russia's Kalibr cruise missiles hit buildings in Ukraine, 22 dead\n\nRussian missiles that struck a city in central "
    "Ukraine killed at least 22 people and wounded more than 100 Thursday, Ukrainian authorities said.\n\nOfficials said "
    "Kalibr cruise missiles fired from a Russian submarine in the Black Sea struck civilian buildings in Vinnytsia, which is "
    "268 kilometers southwest of the capital, Kyiv. Vinnytsia region Gov. Serhiy Borzov said Ukrainian air defenses downed "
    "two of the total four missiles that were launched.\n\nNational Police Chief Ihor Klymenko said only six of the dead have "
    "been identified so far, while 39 people are still missing.",
    [c(RU, None, 4, None, 4, "exact", False, "governor", "local", 2, "Vinnytsia")],
    "no published date (14 July 2022); a daytime strike on one city",
)

p(
    "h8-bolnews-058",
    "BOL News",
    "https://www.bolnews.com/world/2023/02/russia-launches-missiles-from-black-sea-says-kyiv/",
    "2023-02-18",
    "Russia launches missiles from Black Sea, says Kyiv\n\nRussia had fired four cruise missiles at Ukraine from the Black "
    "Sea, Ukrainian Armed Forces' Air Force Command said on Telegram on Saturday.\n\n\"On February 18 Russian occupation forces "
    'launched four Kalibr-type cruise missiles at Ukraine from the Black Sea area," it said. "Two missiles were intercepted '
    'by the air defense."\n\nAccording to Serhiy Hamaliy, the head of the Khmelnytskyi region military administration, two '
    "explosions were reported in the city of Khmelnytskyi on Saturday. The shock wave damaged civilian buildings, three "
    "educational facilities, and 11 cars.",
    [c(RU, "2023-02-18", 4, None, 4, "exact", False, "air force", inter=2)],
    "the lead and the quote are one figure",
)

p(
    "h8-newstikok-059",
    "NewsTikTok (CBC News)",
    "https://newstikok.com/russia-ukraine-airstrikes-1-6929391cmprss/",
    None,
    "Russia launches missile, drone barrage against Ukraine after promise of retaliation\n\nRussia launched a multi-wave "
    "overnight attack on Ukraine with 70 air-assault weapons, including cruise and hypersonic missiles as well as "
    "Iranian-made drones, Kyiv's air force said Sunday, and at least 10 missiles appear to have made their way through air "
    "defences.\n\nSerhiy Tiurin, deputy governor of Khmelnytskyi region, said a military airfield in Starokostiantyniv was "
    "among several targets and a fire had broken out at a grain silo.\n\nSerhiy Tyurin said three waves of missiles hit the "
    "Starokostiantyniv area, damaging several buildings.",
    [c(RU, None, 70, None, None, "exact", False, "air force", inter=NA)],
    "no published date (6 August 2023); 'at least 10' got through, not a launch figure; three waves are not a count",
)

p(
    "h8-tbsnews-060",
    "TBS News (Reuters)",
    "https://www.tbsnews.net/world/russia-strikes-ukraine-cruise-missiles-black-sea-and-caspian-sea-387958",
    "2022-03-20",
    "Russia strikes Ukraine with cruise missiles from Black Sea and Caspian Sea\n\nRussia struck Ukraine with cruise missiles "
    "from ships in the Black Sea and Caspian Sea, and launched hypersonic missiles from Crimean airspace, the Russian defence "
    'ministry said on Sunday.\n\n"Kalibr cruise missiles were launched from the waters of the Black Sea against the Nizhyn '
    "plant that repairs Ukrainian armoured vehicles,\" spokesman Igor Konashenkov said.\n\nRussia's invasion of Ukraine has "
    "killed thousands of people, displaced more than 3 million and raised fears of a wider confrontation.",
    [],
    "launches with no count",
)

p(
    "h8-73165info-061",
    "73165-info (AP)",
    "http://www.73165-info.com/news/world/europe/russia-s-violation-of-poland-s-airspace-is-the-most-serious-in-a-string-of/article_f0fc588e-47b2-5365-b31b-5dcd219505a8.html",
    None,
    "BUCHAREST, Romania (AP) - Russia's violation of Poland's airspace with drones on Wednesday marks the most serious "
    "cross-border incident into a NATO member country since the war in Ukraine began.\n\nThe overnight incident in Poland "
    "drew a military response by NATO in shooting down multiple drones. Since Russia fully invaded Ukraine in 2022, Croatia "
    "and Romania, and non-NATO member Moldova have reported multiple airspace violations and have found drone fragments on "
    "their territory.\n\nJust weeks after the war started, a 6-ton Soviet-era military drone armed with explosives drifted "
    "uncontrolled from the Ukrainian war zone over Romania and Hungary. About 40 parked cars were damaged in the explosion.",
    [],
    "incursions into neighbours, no barrage figure",
)

p(
    "h8-inkorr-062",
    "Inkorr (Glavcom)",
    "https://inkorr.com/en/rosijska-gerbera-pid-cas-ataki-na-ukrainu-vpala-u-litvi-269708",
    None,
    "Russian 'Gerbera' fell in Lithuania during the attack on Ukraine\n\nThe Russian drone 'Gerbera' crashed in Lithuania "
    "during the morning attack on Ukraine after flying there from Belarus, Lithuanian Defense Minister Arvydas Anusauskas "
    "confirmed.\n\nAlong with strike drones like 'Shahed' / 'Geran', Russians have launched a significant number of decoy "
    "drones, which they call 'Parody'. This is intended to increase the burden on Ukrainian air defenses.",
    [],
    "one decoy in a neighbour; 'a significant number' is no figure",
)

p(
    "h8-bossutv-063",
    "Bossu TV",
    "https://bossutv.thebossu.com/russian-strikes-cut-power-and-heat-to-thousands-in-ukraine",
    None,
    "Russia has launched a large overnight barrage of drones and missiles on Ukraine, knocking out power, heat and water for "
    "tens of thousands of people in several major cities.\n\nIn Kyiv, Mayor Vitali Klitschko said around 3,500 apartment "
    "buildings were left without heating after critical facilities were hit. More than 100,000 families also lost "
    "electricity.\n\nUkraine's air force reported that Russia fired 24 ballistic missiles, one cruise missile and 219 drones "
    "during the attack. Air defences shot down or neutralised 16 missiles and 197 drones, but several still reached their "
    "targets.\n\nIn Dnipro, regional governor Oleksandr Ganzha said a combined missile and drone strike wounded four people.",
    [c(RU, None, 244, 219, 25, "exact", False, "air force", inter=213)],
    "no published date (February 2026)",
)

p(
    "h8-newstellers-064",
    "Newstellers (agencies)",
    "https://newstellers.ng/zelensky-renewed-russian-strikes-kill-2-in-ukraine",
    None,
    "Two people were killed, and 10 were injured in renewed Russian missile and drone attacks across Ukraine, President "
    "Volodymyr Zelensky said on Thursday, as Moscow intensified strikes on the country's energy infrastructure.\n\n\"The "
    'main targets of the attack were energy facilities in Kyiv, Odesa, and Dnipro," Zelensky wrote on Telegram.\n\nIn the '
    'latest wave of attacks, Zelensky said Russia deployed 219 combat drones and 25 missiles.\n\n"Most were neutralised, '
    'but unfortunately not all," he said.',
    [c(RU, None, 244, 219, 25, "exact", False, "president", inter=None)],
    "no published date (February 2026)",
)

p(
    "h8-newsio-065",
    "Newsio (Sky News)",
    "https://newsio.com/2024/10/04/russia-launches-drone-attack-across-ukraine-as-kyiv-responds-with-strikes-on-airfields/?amp=1",
    "2024-10-04",
    "Russian forces launched a major attack across 15 Ukrainian regions overnight, authorities said, damaging energy "
    "infrastructure and residential buildings.\n\nThe Ukrainian air force said it shot down 78 out of 105 drones, 15 of which "
    "were hit over Kyiv and surrounding areas during the five-hour attack.\n\nHours later, Ukraine attacked Russia's "
    "Borisoglebsk military airfield and warehouses for guided bombs in the Voronezh region.\n\nOn Thursday, the Ukrainian "
    "military said it used ATACMS ballistic missiles provided by the US to strike a Russian radar station.",
    [c(RU, "2024-10-04", 105, 105, None, "exact", False, "air force", inter=78)],
    "the 15 over Kyiv are a share of the shoot-downs; the ATACMS strike has no count",
)

PASSAGES.write(HERE)
