"""Word lists and compiled patterns: weapons, verbs, sources, places, record words.

Everything the rules match on lives here, so extending the extractor to a new
phrasing is usually a one-line change to a list.
"""

from __future__ import annotations

import re
from typing import Final

from processors.claims.fastre import ci

# --------------------------------------------------------------------------- weapons

# Head nouns → category. "total" covers mixed heads ("projectiles", "air attack means").
HEADS: Final[dict[str, str]] = {
    "drone": "drones",
    "drones": "drones",
    "uav": "drones",
    "uavs": "drones",
    "shahed": "drones",
    "shaheds": "drones",
    "shaheed": "drones",
    "shaheeds": "drones",
    "geran": "drones",
    "gerans": "drones",
    "gerbera": "drones",
    "gerberas": "drones",
    "decoy": "drones",
    "decoys": "drones",
    "drone-decoys": "drones",
    "kamikazes": "drones",
    "missile": "missiles",
    "missiles": "missiles",
    # "three Kinzhals", "six Iskanders": a missile model's plural is the noun
    "kinzhals": "missiles",
    "iskanders": "missiles",
    "kalibrs": "missiles",
    "kalibers": "missiles",
    "zircons": "missiles",
    # Some outlets call missiles "rockets"; artillery rockets are screened out in roles.py.
    "rockets": "missiles",
    "projectiles": "total",
    "projectile": "total",
    "weapons": "total",
    "assets": "total",
    "means": "total",
    "vehicles": "drones",
    "vehicle": "drones",
    "craft": "drones",
    "aircraft": "drones",
    "targets": "total",
    "munitions": "total",
    "bombs": "guided_bomb",
    "kabs": "guided_bomb",
}
# Heads that need an aerial modifier to count ("55 weapons" alone is not enough).
WEAK_HEADS: Final[frozenset[str]] = frozenset(
    {
        "weapons",
        "assets",
        "means",
        "vehicles",
        "vehicle",
        "targets",
        "munitions",
        "bombs",
        "craft",
        "aircraft",
    }
)
AERIAL_MODS: Final[frozenset[str]] = frozenset(
    {
        "air",
        "aerial",
        "airborne",
        "attack",
        "unmanned",
        "strike",
        "long-range",
        "guided",
        "glide",
        "air-attack",
        "air-launched",
        "loitering",
        "kamikaze",
        "explosive",
    }
)
# Modifier words allowed between a number and its head noun.
MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "russian",
        "ukrainian",
        "iranian",
        "israeli",
        "enemy",
        "hostile",
        "attack",
        "strike",
        "combat",
        "kamikaze",
        "suicide",
        "explosive",
        "explosive-laden",
        "long-range",
        "medium-range",
        "short-range",
        "air",
        "aerial",
        "airborne",
        "unmanned",
        "guided",
        "glide",
        "cruise",
        "ballistic",
        "hypersonic",
        "aeroballistic",
        "anti-ship",
        "anti-aircraft",
        "air-launched",
        "sea-launched",
        "ground-launched",
        "land-launched",
        "land-based",
        "ground-based",
        # "78 air, ground, and sea-launched missiles": the shared "-launched" left out
        "ground",
        "land",
        "sea",
        "storm",
        "shadow",
        "sea-based",
        "air-based",
        "decoy",
        "dummy",
        "imitation",
        "imitator",
        "simulator",
        "jet",
        "jet-powered",
        "reactive",
        "type",
        "shahed",
        "shahed-type",
        "geran",
        "gerbera",
        "iranian-designed",
        "iranian-made",
        "russian-made",
        "north",
        "korean",
        "north-korean",
        "attack-type",
        "different",
        "various",
        "new",
        "more",
        "additional",
        "other",
        "armed",
        "precision",
        "high-precision",
        "air-attack",
        "heavy",
        "large",
        "massive",
        "such",
        "total",
        "incoming",
        "aircraft-type",
        "airplane-type",
        "plane-type",
        "fixed-wing",
        # what a drone is for: "three reconnaissance drones", "surveillance UAVs"
        "reconnaissance",
        "surveillance",
        "scout",
        "aircraft",
        "russia-launched",
        "ukraine-launched",
        "russian-launched",
        "iran-made",
        "iran-designed",
        "attack-drone",
        "loitering",
        "first-person-view",
        "fpv",
        "long-distance",
        "shock",  # "97 shock drones" (Ukrainian "udarni": attack drones)
        "supersonic",
        "subsonic",
        "tactical",
        "operational",
        "operational-tactical",
        "so-called",
        "separate",
        "attacking",  # "67 out of 73 attacking drones"
        "one-way",  # "59 one-way attack drones"
        "low-flying",
        "explosive-packed",
        "exploding",  # "eight exploding Iranian-made Shahed drones"
        "anti-radar",  # "two Kh-31P anti-radar missiles"
        "one-way-attack",
        "fixed",  # "96 fixed wing drones"
        "wing",
        "downed",
        "shot-down",
    }
)
MODEL_RE: Final = re.compile(
    r"^(?:kh-\d+|shahed|geran|gerbera|iskander|kalibr|kaliber|kinzhal|zircon|tsirkon|"
    r"onyx|oniks|tochka|kab|fab|upab|lancet|molniya|gerbera|harpy|bastion|kh-?\d+\w*|"
    r"s-?\d+\w*|x-?\d+\w*|kn-?\d+\w*|scalp|scalp-eg|atacms|neptune?|taurus|tomahawk|flamingo|"
    r"storm-shadow)(?:[-\w/]*)$"
)

# Breakdown keys from modifier words.
BREAKDOWN_WORDS: Final[dict[str, str]] = {
    "cruise": "cruise",
    "kalibr": "cruise",
    "kaliber": "cruise",
    # Western-supplied missiles, as Russian reports name them
    "atacms": "ballistic",
    "operational-tactical": "ballistic",
    "shadow": "cruise",  # Storm Shadow
    "scalp": "cruise",
    "neptune": "cruise",
    "neptun": "cruise",
    "taurus": "cruise",
    "tomahawk": "cruise",
    "flamingo": "cruise",
    "kh-101": "cruise",
    "kh-555": "cruise",
    "kh-22": "cruise",
    "kh-32": "cruise",
    "kh-59": "cruise",
    "kh-69": "cruise",
    "kh-59/69": "cruise",
    "ballistic": "ballistic",
    "iskander-m": "ballistic",
    "iskander": "ballistic",
    "kn-23": "ballistic",
    "hypersonic": "hypersonic",
    "zircon": "hypersonic",
    "tsirkon": "hypersonic",
    "aeroballistic": "aeroballistic",
    "kinzhal": "aeroballistic",
    "kinzhals": "aeroballistic",
    "iskanders": "ballistic",
    "kalibrs": "cruise",
    "zircons": "hypersonic",
    "shahed": "shahed",
    "shaheds": "shahed",
    "shahed-type": "shahed",
    "geran": "shahed",
    "gerans": "shahed",
    "decoy": "decoy",
    "decoys": "decoy",
    "dummy": "decoy",
    "imitation": "decoy",
    "imitator": "decoy",
    "simulator": "decoy",
    "gerbera": "decoy",
    "gerberas": "decoy",
}


def kind_of(word: str) -> str | None:
    """The breakdown key of a modifier: "cruise", "kinzhal", and a model's variant
    ("kinzhal-47", "iskander-k") by its name."""
    found = BREAKDOWN_WORDS.get(word)
    if found is None and "-" in word and word.split("-", 1)[0] in _VARIANT_NAMES:
        found = BREAKDOWN_WORDS.get(word.split("-", 1)[0])
    return found


# (not "iskander": the Iskander-K is a cruise missile, the Iskander-M a ballistic one)
_VARIANT_NAMES: Final = frozenset({"kinzhal", "kalibr", "kaliber", "zircon", "tsirkon"})


WEAPON_HINT_RE: Final = ci(
    r"drone|\buav|missile|shahed|geran|projectile|air attack|aerial|weapon|decoy|barrage|"
    r"unmanned",
)

# --------------------------------------------------------------------------- verbs and cues

LAUNCH_RE: Final = ci(
    r"(?<!-)\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|attack(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?with|"
    r"us(?:ed|es|ing)|sen[dt]s?|sending|launches|fires|unleash(?:ed|es|ing)?|deploy(?:ed|s|ing)?|hurl(?:ed|s|ing)?|fl(?:ung|ings?|inging)|"
    r"(?:targeted|struck|hit|pounded|bombarded|hammered|battered|pummell?ed|blitzed)\s+"
    r"(?:[\w'’]+\s+){0,6}?with|involv(?:ed|ing|es)|compris(?:ed|ing|es)|consist(?:ed|ing)\s+of|"
    r"(?:barrage|attack|assault|strike|salvo|wave|onslaught|raid|bombardment|volley|swarm)s?|"
    r"includ(?:ed|ing|es)|"
    r"attacked\s+by|targeted\s+by|came\s+under|faced|aimed|directed|head(?:ed|ing)|fl(?:ew|ying)|"
    r"(?:were|was)\s+(?:launched|fired|used)|"
    r"record(?:ed)?|detected|tracked|registered|counted|tallied|spotted|a\s+total\s+of|in\s+total|"
    r"total(?:ed|led)?)\b",
)
INTERCEPT_RE: Final = ci(
    r"\b(?:shot\s+down|shoot(?:s|ing)?\s+down|downed|downs|down(?:ing)?|destroy(?:ed|ing|s)?|"
    r"(?:destruction|interception)\s+of|"
    r"lost\s+track\s+of|"
    r"intercept(?:ed|ing|s)?|neutrali[sz](?:ed|ing|es)?|suppress(?:ed|ing)?|jammed|"
    r"brought\s+down|taken\s+out|took\s+out|repell?ed|eliminat(?:ed|ing)|disabled|"
    r"locationally\s+lost|lost\s+(?:from\s+radar|locationally)|defeated|knocked\s+out|"
    r"parried|repulsed|foiled|thwarted)\b",
)
OUTCOME_AFTER_RE: Final = ci(
    r"^\s*(?:\(\w+\)\s*)?(?:[,—–]\s*(?=(?:were|was|had|have)\b))?"  # "a vehicle (UAV) was …"
    # "an unmanned aerial vehicle of an aircraft type was shot down"
    r"(?:of\s+(?:an?\s+)?[\w-]+\s+type\s+(?=(?:were|was|had|has|have)\b))?"
    # "three drones headed for the capital had been shot down"
    r"(?:(?:headed|heading|flying|approaching|targeting)\s+(?:for\s+|to\s+|towards\s+)?(?:the\s+)?"
    r"[\w-]+(?:\s+region)?\s+(?=(?:had|has|have|were|was)\b)|"
    # "Thirteen Shahed drones, launched from Crimea, were shot down": the participle is an aside
    r",\s*(?:launched|fired)\s+from\s+[^,;.]{1,90},\s+(?=(?:had|have|were|was)\b))?"
    # "drones that entered Poland": the relative pronoun only before a stray
    r"(?:(?:that|which)\s+(?=(?:entered|crossed|strayed|violated|flew)\b))?"
    # "47 drones and all missiles were downed": the verb after the list covers the figure
    r"(?:and\s+all\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:missiles|drones|uavs)\s+(?=(?:were|was)\b))?"
    r"(?:(?:had|have|has|were|was|been|all|reportedly|successfully|either|also|then|may|might|"
    r"could|"
    r"later|of\s+them|of\s+which|subsequently|eventually|still|allegedly)\s+){0,3}[\"“']?"
    # "has been detected and destroyed", "was spotted and shot down"
    r"(?:(?:detected|spotted|tracked|located|identified)\s+and\s+)?"
    r"(?P<kind>shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|jammed|"
    r"brought\s+down|taken\s+out|eliminated|disabled|repelled|lost|"
    r"recorded\s+(?:hitting|striking)|"
    r"hit|struck|reached|landed|got\s+through|penetrated|crashed|fell|entered|violated|crossed|"
    r"strayed|flew\s+(?:into|to|towards?)\s+(?:belarus|russia|poland|moldova|romania)|evaded|"
    r"slipped\s+through|broke\s+through|got\s+past|made\s+impact|"
    r"found\s+(?:their|its)\s+targets?|failed\s+to\s+(?:stop|intercept|down)|"
    r"disappeared\s+from\s+(?:the\s+)?radars?|vanished\s+from\s+(?:the\s+)?radars?)\b",
)
# Not after a hyphen: "British-supplied Storm Shadow missiles", "Iranian-produced drones"
# describe the weapon, not a delivery.
SKIP_RE: Final = ci(
    r"\b(?<!-)(?:produc(?:e|es|ed|ing|tion)|manufactur\w*|mak(?:es|ing)|build(?:s|ing)?|assembl\w+|"
    r"stockpil\w*|arsenal|reserves?|inventor(?:y|ies)|stocks?\s+of|"
    r"deliver\w*(?!\s+(?:a\s+|another\s+)?(?:\w+\s+){0,2}?(?:strike|blow|attack))|"
    r"suppl(?:y|ied|ies|ying)|"
    r"provid\w*|pledg\w*|donat\w*|transfer\w*|purchas\w*|buy(?:s|ing)?|bought|order(?:ed|s)?|"
    r"(?<!from\s)(?<!the\s)(?<!by\s)ship(?:s|ped|ping)|handed\s+over|test-fir\w*|test\s+launch\w*|exercises?|drills?|"
    r"package|receiv\w*|acquir\w*|sell(?:s|ing)?|sold|export\w*|import\w*|contract\w*|"
    r"cost(?:s|ing)?|worth|afford|allocat\w*|fund\w*|request\w*|need(?:s|ed)?|ask(?:ed|s)?\s+for|"
    r"send\s+(?:to\s+)?ukraine|sent\s+to\s+ukraine|sending\s+to\s+ukraine|"
    r"capable|capacity|able\s+to|could|can|might|would|will|plans?\s+to|planning|aims?\s+to|"
    r"may\s+(?:soon\s+)?(?:be\s+able\s+to\s+)?(?:launch|fire|use|send)|"
    r"intends?\s+to|threaten\w*\s+to|prepar\w*|expect\w*|forecast\w*|predict\w*|warn\w*\s+that|"
    r"if|unless|wants?\s+to|seeks?\s+to|hop\w+\s+to|hits?\s+by|impacts?\s+(?:by|of)|"
    r"debris\s+(?:of|from)|"
    # "These two documented strikes alone account for more than 1,100 drones": a sum of attacks
    r"(?:two|three|four|five)\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|raids)\s+(?:\w+\s+)?"
    r"(?:account|accounted)\s+for)\b",
)
RATE_RE: Final = ci(
    r"\b(?:a|per|each|every)\s+(?:day|night|week|month|year)\b"
    r"(?!\s+(?:after|before|earlier|later|ago|prior|on|of|when|in\s+which))|\bdaily\b|\bnightly\b|"
    r"\bweekly\b|\bmonthly\b|\bon\s+average\b|\ban\s+average\s+of\b|\baverag\w+\b",
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
PERIOD_RE: Final = ci(
    r"\b(?:(?:over|in|during|throughout|for)\s+(?:the\s+)?(?:past|last|previous|first|second)\s+"
    r"(?:\w+\s+)?(?:days|weeks?|months?|years?|half|quarter|nights)\b|"
    # ("on Tuesday last week" is one night: dates.py dates it)
    r"(?<!earlier\s)(?<!later\s)(?<!day\s)(?<!day\sof\s)(?:this|last|past|that)\s+(?:week|month|year|weekend)\b|"
    r"over\s+the\s+weekend|"
    r"\bin\s+attacks\b|"
    r"(?:in|during|throughout|since|for)\s+(?:the\s+month\s+of\s+)?" + _MONTHS + r"\b(?!\s+\d)|"
    r"(?:in|during|throughout|since)\s+(?:19|20)\d\d\b|"
    r"since\s+(?:the\s+)?(?:start|beginning|outbreak)\s+of|"
    r"since\s+(?:the\s+(?:full-scale\s+)?(?:invasion|war))|since\s+(?:February|Feb)\s+2022|"
    r"so\s+far\s+(?:this|in)|to\s+date|altogether|cumulative\w*|combined\s+over|"
    r"in\s+(?:a|one|the)\s+(?:single\s+)?(?:week|month)\b|"
    # "Within a week", "In just this one week"
    r"(?:in|within|during|over)\s+(?:just\s+|only\s+)?(?:this|that|the|one|a)\s+(?:(?:one|single|"
    r"past|last|whole|entire)\s+)?(?:week|month|year)\b|"
    r"over\s+(?:\w+\s+)?(?:days|weeks|months|nights)|"
    # "since Friday", "in two days", "within 48 hours": more than one night
    r"since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)|"
    # "since December 29, at least 500 missiles": a tally from a date on, not one attack
    r"since\s+(?:" + _MONTHS + r"\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\b)|"
    r"(?:in|over|within|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|"
    r"several|\d+)\s+(?:days|nights)|(?:in|over|within|during)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:48|72|96)\s+hours|"
    r"(?:week|month|year)-long|(?:week|month|year)\s+(?:total|tally)|"
    # "in the previous heating season", "September alone saw nearly 500"
    r"(?:the\s+)?(?:previous|last|past|this|that|whole|entire)\s+(?:heating\s+|winter\s+)?"
    r"season\b|" + _MONTHS + r"\s+alone\b|"
    r"(?:days|nights|hours)\s+(?:up\s+to|until|through|ending)\b|"
    # "in the same month last year", "the entire month of July"
    r"same\s+(?:month|week|period)\s+(?:last|a|of\s+last)\s+year|"
    r"(?:entire|whole)\s+(?:month|week|year)\b)",
)
# "From May 20 to May 23", "from Saturday to Monday", "between Monday and today": a range of
# days; `context.range_days` measures it (one night, "from Saturday to Sunday", is an attack).
_DAYREF = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    + _MONTHS
    + r"\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b|[0-3]?\d(?:st|nd|rd|th)?(?:\s+(?:of\s+)?"
    + _MONTHS
    + r")?\b)"
)
RANGE_RE: Final = ci(
    r"(?<!night\s)(?<!nights\s)\b(?:from|between)\s+(?P<a>"
    + _DAYREF
    + r")(?:\s+\w+)?\s+(?:to|until|till|through|and|[-–—])\s+(?:the\s+)?(?P<b>"
    + _DAYREF
    + r")"
)
# Daily front-line summaries ("over the past day, … 75 air strikes, 4,000 shelling attacks,
# 1,800 kamikaze drones"): tallies of a day's fighting, never one barrage.
FRONT_LINE_RE: Final = ci(
    r"\b(?:\d[\d,]*\s+(?:combat\s+engagements?|shelling\s+attacks|shellings|air\s*strikes|"
    r"aviation\s+strikes|"
    r"assaults|attacks\s+on\s+(?:positions|settlements))|fpv|first-person[- ]view|"
    # the General Staff's daily summary
    r"general\s+staff\b[^.;]{0,60}?\bsummary|summary\s+(?:by|of)\s+the\s+general\s+staff|"
    r"assaults?\s+on\s+(?:our\s+)?positions|along\s+the\s+front(?:\s*line)?|"
    r"special\s+military\s+operation\s+zone|in\s+the\s+combat\s+zone|on\s+the\s+battlefield|"
    r"front[- ]line\s+(?:positions|settlements|areas))\b"
)
# Phrases that mark a figure as belonging to one attack even if a period phrase is near.
SINGLE_ATTACK_RE: Final = ci(
    r"\bovernight\b|\bin\s+(?:just\s+|only\s+)?(?:a|one)\s+(?:single\s+)?(?:night|attack|strike|"
    r"barrage)\b|"
    r"\bthe\s+night\b|\blast\s+night\b|\bearly\s+(?:on\s+)?\w+day\b|\bnight\s+of\b|"
    # (\b first in every branch: the parser then tests it once for all of them)
    r"\b(?<!said\s)(?<!says\s)(?<!reported\s)(?<!announced\s)"
    r"(?:on|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\bsingle\s+(?:attack|night|strike|barrage)\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+"
    r"(?:attack|strike|barrage|assault|bombardment)\b|\bin\s+which\b",
)

RECORD_RE: Final = ci(
    r"\b(?:record(?:-breaking|-setting)?|largest|biggest|heaviest|most\s+massive|"
    r"unprecedented|all-time|highest|most\s+(?:drones|missiles)|never\s+before|"
    r"most\s+(?:widespread|extensive|intense|powerful)|"
    r"largest-ever|biggest-ever|most\s+ever|the\s+most\s+(?:in\s+(?:a|one)\s+(?:single\s+)?"
    r"(?:night|attack|day)|since|ever))\b",
)
# "surpassing the previous record of 550": the new figure is a record too.
BEATS_RECORD_RE: Final = ci(
    r"\b(?:surpass|eclips|break|broke|beat|exceed|top|smash|shatter|outstrip)\w*\s+(?:the\s+|a\s+)?"
    r"(?:previous\s+|prior\s+|old\s+|earlier\s+)?(?:[\d,]+-\w+\s+)?record|"
    # "728 drones, 189 more than the previous record-breaking salvo of 539"
    r"\bmore\s+than\s+(?:the\s+)?(?:previous|prior|old)\s+record"
)
NOT_RECORD_RE: Final = ci(
    r"\b(?:one\s+of\s+(?:the|its|their|russia['’]s|moscow['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:largest|biggest|"
    r"heaviest|most)|second[- ](?:largest|biggest|"
    r"heaviest|highest)|third[- ](?:largest|biggest)|"
    r"(?:largest|biggest|heaviest|highest|most)\s+(?:[\w-]+\s+){0,8}?in\s+(?:more\s+than\s+|"
    r"over\s+|nearly\s+|almost\s+|about\s+)?(?:a|one|two|three|four|five|six|several|recent|"
    r"many|\d+)?\s*(?:weeks?|months?)\b|"
    r"(?:largest|biggest|heaviest|highest|most)\s+(?:\w+\s+){0,4}?(?:(?:\w+\s+){0,6}?(?=since\s))?"
    r"(?:since|in(?!\s+(?:a|one)\s+(?:single\s+)?(?:night|attack|strike|barrage|day|wave))|this)\s+"
    r"(?!(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:full-scale\s+|"
    r"russia[–-]ukraine\s+|russian\s+|[\w-]+-year\s+)?(?:war|invasion|conflict)|"
    r"(?:the\s+|russia['’]s\s+)?(?:full-scale\s+)?(?:war|invasion|conflict)\s+(?:\w+\s+){0,2}?"
    r"(?:began|started)|"
    # "the biggest … in more than three years of war", "… in the three-year war"
    r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:two|three|four|\d)\s+years\s+of\s+"
    r"(?:the\s+)?(?:full-scale\s+)?(?:war|invasion|conflict|fighting)|"
    r"(?:the\s+)?(?:[\w-]+-year(?:-old)?\s+)(?:war|invasion|conflict)|(?:the\s+)?(?:full-scale\s+)?(?:war|invasion)|(?:February\s+)?2022)"
    r"(?:\w+)|not\s+(?:a\s+)?record|no\s+record|record\s+(?:high|low)\s+(?:temperature|price)|"
    # "The most drones — 126 — were shot down over the Kursk region": most among regions
    r"the\s+most\s+(?:drones|uavs|missiles)\s*[—–-]|"
    r"(?:largest|biggest|highest|greatest|heaviest)\s+(?:number|share|part|portion|"
    r"concentrations?)\b[^.;]{0,70}?\b"
    r"(?:over|above)\b|"
    # "the largest … of the year so far", "the most powerful strike of 2026": this year's
    r"(?:largest|biggest|heaviest|highest|most\s+\w+)[\"”']?\s+(?:[\w\"“”'’-]+\s+){0,8}?of\s+(?:the\s+year|"
    r"this\s+year|20\d\d)\b|"
    # "This year, the biggest was 81 missiles": the year's largest, not the war's
    r"this\s+year,?\s+the\s+(?:largest|biggest|heaviest))",
)

# --------------------------------------------------------------------------- sources

# (pattern, canonical label); first match in text order wins (see rules.attribution).
SOURCES: Final[list[tuple[str, str]]] = [
    (
        r"(?:ukrain\w+\s+)?air\s+forces?(?:\s+command)?(?:\s+of\s+the\s+armed\s+forces"
        r"(?:\s+of\s+ukraine)?)?|povitriani\s+syly|ihnat|ignat|uaf\b|olest?chuk|"
        # "Mykola Oleshchuk, commander of the Ukrainian air force"
        r"commander\s+of\s+(?:the\s+)?(?:ukrain\w+\s+)?air\s+forces?|"
        r"(?:ukraine['’]s|ukrainian)\s+air\s+defen[cs]es?(?:\s+forces)?(?=\s+(?:said|says|reported|"
        r"stated|claimed))",
        "air force",
    ),
    # "an adviser to President Zelensky", "Zelenskyy staffer Kyrylo Tymoshenko": his office
    (
        r"(?:zelensk\w+(?:['’]s)?\s+)?(?:staffer|aide|adviser|advisor)\b(?:\s+to\s+(?:the\s+)?"
        r"(?:ukrain\w+(?:['’]s)?\s+)?president(?:\s+volodymyr)?(?:\s+zelensk\w+)?)?",
        "officials",
    ),
    (
        r"zelensk(?:y|yy|iy|ii)|(?:ukrain\w+\s+)?president(?!ial)(?!\s+(?:donald\s+|vladimir\s+)?"
        r"(?:trump|putin))|"
        r"ukrainian\s+leader",
        "president",
    ),
    (
        r"(?:russia[n'’s]*\s+)?(?:defen[cs]e|defen[cs]e)\s+ministry|ministry\s+of\s+defen[cs]e|"
        r"\bmod\b|(?:the\s+)?military\s+agency",  # TASS calls the ministry "the military agency"
        "defence ministry",
    ),
    # "the General Staff of Ukraine's Armed Forces": the staff, not the armed forces
    (
        r"general\s+staff(?:\s+of\s+(?:the\s+)?(?:ukraine['’]s\s+|ukrainian\s+)?armed\s+forces"
        r"(?:\s+of\s+ukraine)?)?",
        "general staff",
    ),
    (
        r"city\s+(?:officials|authorities|military\s+administration|administration)|tkachenko|"
        r"popko|(?:kyiv|kharkiv|odesa|lviv|dnipro|zaporizhzhia)(?:['’]s)?\s+(?:city\s+)?"
        r"military\s+administration",
        "city officials",
    ),
    # (Ivan Fedorov heads the Zaporizhzhia region: a governor)
    (r"mayor|klitschko|sadovyi|terekhov|sobyanin|vilkul", "mayor"),
    (
        r"(?:regional\s+)?governor|(?:acting\s+)?head\s+of\s+the\s+(?:russian\s+)?(?:border\s+)?region\b|"
        r"regional\s+(?:military\s+)?(?:administration|authorities|"
        r"officials|head|chief)|oblast\s+(?:military\s+)?administration|head\s+of\s+the\s+"
        r"(?:regional|\w+\s+regional)(?:\s+military)?(?:\s+administration)?|gladkov|syniehubov|fedorov|lysak|prokopiv|kiper|prokudin|"
        # Russian-side governors often quoted for their region's downed drones
        r"razvozha(?:y?e)?v|bogomaz|aksyonov|khinshtein|vorobyo?v|drozdenko|saldo|bocharov|kondratyev",
        "governor",
    ),
    (r"(?:ukrain\w+\s+)?navy(?:\s+(?:officials|spokes\w+|command))?", "navy"),
    (r"interior\s+minist\w+|klymenko", "interior minister"),
    (r"prime\s+minister|svyrydenko|shmyhal", "prime minister"),
    (r"foreign\s+minist\w+|sybiha", "foreign minister"),
    (
        r"(?:ukrain\w+\s+|russian\s+)?(?:military|armed\s+forces|army|command)|top\s+general|"
        r"commander[- ]in[- ]chief|(?:army|military)\s+chief|zaluzhn\w+|syrsk\w+",
        "military",
    ),
    (
        # the president's office speaks for itself, not for the president
        r"(?:deputy\s+)?(?:head|chief|chairman)\s+of\s+(?:the\s+)?(?:presidential\s+office|office\s+of\s+"
        r"the\s+president)|presidential\s+office|office\s+of\s+the\s+president|tymoshenko|yermak|"
        r"(?:ukrain\w+\s+|russian\s+|local\s+)?(?:officials|authorities|government)|"
        r"(?:kyiv|moscow)(?=\s+(?:said|says|reported|claimed))",
        "officials",
    ),
    (r"kremlin|peskov", "kremlin"),
    # "…, the ministry said" in a report of downed drones: the defence ministry.
    (
        r"(?<!energy\s)(?<!health\s)(?<!foreign\s)(?<!interior\s)(?<!finance\s)ministry",
        "defence ministry",
    ),
    (
        r"\b(?:afp|reuters|ap|associated\s+press)\b\s+(?:tally|analysis|count|calculations?)",
        "news agency tally",
    ),
]
# One \b before all the branches: the engine tests it once per position, not once per branch.
SOURCE_RE: Final = ci(
    r"\b(?:" + "|".join(f"(?P<s{i}>{pat})" for i, (pat, _) in enumerate(SOURCES)) + ")"
)
SOURCE_LABELS: Final[list[str]] = [label for _, label in SOURCES]
REPORT_RE: Final = ci(
    r"\b(?:said|says|say|reported|reports|report|wrote|writes|announced|stated|added|posted|"
    r"told|according\s+to|citing|cited|data\s+from|figures\s+from|confirmed|claimed|claims|claim|"
    r"noted|noting|recalled|highlighted|stressed|emphasi[sz]ed|pointing\s+out|pointed\s+out|termed|saying|shows|showed|statement|update|informed|tallied|counted|described|estimated|recorded|registered|urged|"
    r"assured|revealed|revealing|declared|specified|clarified|disclosed|disclosing|indicated|explained|"
    r"tracked|detected|put\s+the\s+(?:total|number|figure))\b",
)
PRONOUN_REPORT_RE: Final = ci(
    r"\b(?:he|she|it|they)\s+(?:said|wrote|added|revealed|noted|reported|stated|announced|"
    r"specified|told|claimed)\b|"
    r"\baccording\s+to\s+(?:(?:his|her|its|their)\s+(?:statement|post|update|figures|data|words)|"
    r"him|her|them)\b"
)

# --------------------------------------------------------------------------- places

COUNTRIES: Final[dict[str, str]] = {
    "ukraine": "UA",
    "ukrainian": "UA",
    "ukraine's": "UA",
    "kyiv": "UA",
    "kiev": "UA",
    "russia": "RU",
    "russians": "RU",
    "russian": "RU",
    "russia's": "RU",
    "moscow": "RU",
    "iran": "IR",
    "iranian": "IR",
    "tehran": "IR",
    "israel": "IL",
    "israeli": "IL",
    "houthis": "YE",
    "houthi": "YE",
    "yemen": "YE",
    "hezbollah": "LB",
    "hamas": "PS",
    "belarus": "BY",
    "poland": "PL",
    "polish": "PL",
    "moldova": "MD",
    "romania": "RO",
}
UKRAINE_PLACES: Final[frozenset[str]] = frozenset(
    {
        "kyiv",
        "kiev",
        "kharkiv",
        "odesa",
        "odessa",
        "lviv",
        "dnipro",
        "zaporizhzhia",
        "kherson",
        "sumy",
        "chernihiv",
        "mykolaiv",
        "poltava",
        "vinnytsia",
        "zhytomyr",
        "rivne",
        "lutsk",
        "ternopil",
        "ivano-frankivsk",
        "khmelnytskyi",
        "cherkasy",
        "kropyvnytskyi",
        "kryvyi",
        "uzhhorod",
        "chernivtsi",
        "kremenchuk",
        "pavlohrad",
        "kramatorsk",
        "sloviansk",
        "izium",
        "bila",
        "volyn",
        "donetsk",
        "starokostiantyniv",
        "brovary",
        "bucha",
        "irpin",
        "fastiv",
        "konotop",
        "shostka",
    }
)
RUSSIA_PLACES: Final[frozenset[str]] = frozenset(
    {
        "moscow",
        "belgorod",
        "kursk",
        "bryansk",
        "voronezh",
        "rostov",
        "krasnodar",
        "crimea",
        "sevastopol",
        "tula",
        "kaluga",
        "smolensk",
        "oryol",
        "lipetsk",
        "tambov",
        "ryazan",
        "novgorod",
        "leningrad",
        "petersburg",
        "tatarstan",
        "saratov",
        "volgograd",
        "samara",
        "tver",
        "yaroslavl",
        "vladimir",
        "novorossiysk",
        "sochi",
        "taganrog",
        "engels",
        "azov",
        "astrakhan",
        "bashkortostan",
        "chuvashia",
        "mordovia",
        "nizhny",
        "penza",
        "pskov",
        "kazan",
        "ulyanovsk",
        "orenburg",
        "dagestan",
        "chechnya",
    }
)
