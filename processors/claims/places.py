"""Where a figure was aimed: "30 over Moscow Oblast", "attacked Odesa with 25 drones"."""

from __future__ import annotations

import re

from processors.claims import vocabulary as v

_LOCATION_AFTER = re.compile(
    r"\s*(?:[–—-]\s*)?(?:(?:were|was|had|been|launched|fired|directed|aimed|sent|flying|headed|shot\s+down|"
    r"downed|destroyed|intercepted|neutrali[sz]ed|eliminated|each|respectively|allegedly|"
    r"reportedly|also|successfully|while|overnight|tonight|(?:this|last)\s+night|attempted|tried|"
    r"(?i:of\s+the\s+armed\s+forces\s+of\s+ukraine|of\s+the\s+afu)|"
    r"(?:just\s+)?before\s+midnight(?:\s+on\s+[A-Z]\w+)?|"
    r"(?:late|early)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,3}"
    # "a Neptune missile fired by Ukrainian forces over the Black Sea"
    r"(?:(?:fired|launched)\s+by\s+(?:[\w-]+\s+){1,3}?(?=(?:over|above|near|in)\s))?"
    # were "intercepted and destroyed by air defense systems" over Moscow oblast
    r"(?:[\"“][^\"”]{1,60}[\"”]\s+)?"
    r"(?:at|on|over|against|toward|towards|targeting|targeted|attacked|struck|in|into|above|"
    r"around|near|outside|as\s+they\s+(?:approached|neared|flew\s+(?:to|towards?))|"
    r"approaching|head(?:ing|ed)\s+(?:for|to|towards)|flying\s+(?:to|towards)|en\s+route\s+to|"
    r"on\s+(?:the\s+)?approach(?:es)?\s+to|"
    r"in\s+(?:the|an|its)\s+(?:\w+\s+)?(?:attack|strike|assault|barrage)s?\s+on|"
    r"to\s+attack|to\s+strike)\s+(?:the\s+|its\s+)?(?P<city>(?:\w+\s+){0,2}?(?:city|town)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:territory|skies|airspace|waters)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:Ukrainian|Russian)\s+)?(?:(?:border\s+)?(?:city|capital|region|oblast)\s+of\s+)?"
    # "in Rylsky and Kurchatovsky districts of the Kursk Region"
    r"(?:(?:[A-Z][\w’'-]+\s+(?:and\s+[A-Z][\w’'-]+\s+)?)?(?:urban\s+)?[Dd]istricts?\s+of\s+(?:the\s+)?)?"
    r"(?:(?:southern|northern|western|eastern|central|south-western|southwestern|north-western|"
    r"northwestern|south-eastern|southeastern|north-eastern|northeastern|border|borderline|"
    r"occupied|annexed|Russian-occupied|Russian-annexed|adjacent|neighbou?ring)\s+)?"
    r"(?P<place>Sea\s+of\s+Azov|Republic\s+of\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
    r"(?!\s+(?:port|coast|city|fleet|Fleet))(?P<region>\s+(?:region|oblast|province))?",
)
_TARGET_BEFORE = re.compile(
    # ("tried to attack Sevastopol overnight using 9 drones": the base form too)
    r"\b(?:attack(?:ed)?|targeted|struck|hit|pounded|hammered|pummell?ed|bombarded|shelled|"
    r"battered)\s+"
    r"(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|region|center|centre|outskirts|heart)\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'-]+)"
    r"(?P<region>\s+(?:region|oblast|province))?(?:\s+(?:overnight|again|early|late|today|"
    r"on\s+\w+day))?"
    r"\s+(?:with|using)\s+(?:[\w,-]+\s+){0,8}$"
)
_SUFFERED = re.compile(
    r"\b(?:faced|endured|came\s+under|was\s+(?:hit|attacked|targeted)|suffered|weathered)\b"
)
# "a massive drone attack on the central Ukrainian city of Dnipro": the attack's one target,
# earlier in the figure's sentence (not "an attack on Kyiv and other cities")
_ATTACK_ON = re.compile(
    r"(?:attack|strike|assault|barrage|raid)s?\s+(?:on|against)\s+(?:the\s+)?"
    r"(?P<city>(?:[\w-]+\s+){0,3}?(?:city|capital|town)\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'-]+)(?P<region>\s+(?:region|oblast))?\b"
    r"(?!\s+(?:and|or)\b|,\s*[A-Z]|['’]s)"
)
_NEAR = re.compile(r"\b(?:near|around|outside)\s")
_CAPITAL = re.compile(r"\b(?:the\s+)?(?:Ukrainian\s+capital|Ukraine['’]s\s+capital|capital)\b")
_SUBJECT_PLACE = re.compile(
    r"(?:\b(?:In|in|On|on|Over|over)\s+|^)(?:the\s+)?"
    # "In the bordering region of Voronezh, authorities reported that over 40 drones …"
    r"(?:(?:[a-z-]+\s+)?(?:region|oblast|province)\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'-]+)(?P<region>\s+(?:region|oblast|province))?\b"
)


# Marker for "the capital": Kyiv or Moscow, decided once the attack's direction is known.
CAPITAL = "<capital>"
_TO_CAPITAL = re.compile(
    r"\s+(?:(?:were|was|had|been)\s+)?(?:headed|heading|flying|approaching|aimed|directed|"
    r"launched|fired|shot\s+down|downed|destroyed)?\s*(?:for|to|towards?|at|on|over|around|"
    r"near|above|attacked|targeted|struck|approached)\s+the\s+(?:[Rr]ussian\s+|[Uu]krainian\s+)?"
    r"capital\b"
)


_MORE_PLACES = re.compile(
    r"(?:,\s*(?:and\s+)?[A-Z][\w’'-]+){2,}|,\s*[A-Z][\w’'-]+,?\s+and\s+[A-Z]|"
    r"\s+and\s+(?:the\s+)?[A-Z][\w’'-]+\s+(?:regions|oblasts|provinces)|"
    # "over the Black Sea and the northwestern part of the Crimean peninsula"
    r"(?:\s+(?:region|oblast|Sea))?\s+and\s+(?:over\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:part\s+of\s+(?:the\s+)?[A-Z]|[A-Z][\w’'-]+\s+[Pp]eninsula)"
)


def capital_of(target: str) -> str | None:
    """The capital of an attack's target country code."""
    return {"RU": "Moscow", "UA": "Kyiv"}.get(target)


def location(sentence: str, start: int, end: int) -> str | None:
    """The city or region the figure at `start:end` is aimed at, if the text names one."""
    if _TO_CAPITAL.match(sentence, end):
        return CAPITAL
    m_after = _LOCATION_AFTER.match(sentence, end)
    if m_after and _MORE_PLACES.match(sentence, m_after.end()):
        return None  # "over Moscow, Tula, Kaluga, Bryansk, and Smolensk oblasts": several
    if m_after:
        # (a town "near" which drones fell is no target: the region is, if named)
        city = m_after.group("city")
        if city and _NEAR.search(sentence, end, m_after.start("place")):
            city = None
        found = place(m_after.group("place"), m_after.group("region"), city)
        if found:
            return found
    pre = sentence[:start]
    target = _TARGET_BEFORE.search(pre[-90:])
    if target:
        found = place(target.group("place"), target.group("region"))
        if found:
            return found
    lo = max(0, len(pre) - 120)
    noun = max(pre.rfind("attack", lo), pre.rfind("strike", lo), pre.rfind("raid", lo))
    noun = max(noun, pre.rfind("assault", lo), pre.rfind("barrage", lo))
    attack = _ATTACK_ON.match(pre, noun) if noun >= 0 else None
    if attack:
        found = place(attack.group("place"), attack.group("region"), attack.group("city"))
        if found:
            return found  # "launched a missile strike on Kharkiv, launching 12 missiles"
    for sm in _SUBJECT_PLACE.finditer(pre[:80]):
        if sm.start() > 40 and not sm.group(0).lower().startswith(("in", "on", "over")):
            continue
        found = place(sm.group("place"), sm.group("region"))
        if found and _SUFFERED.search(pre):
            return found  # "Kyiv faced a barrage of …"
        if found and sm.group(0).lower().startswith(("in ", "over ")) and sm.start() < 5:
            return found  # "In Kharkiv, …"
    if _CAPITAL.search(pre) and re.search(r"\b(?:faced|endured|came\s+under|suffered)\b", pre):
        return "Kyiv"
    return None


_COUNTRY_NAMES = frozenset(
    {"ukraine", "russia", "israel", "iran", "poland", "belarus", "yemen", "moldova", "romania"}
    | {"russian", "ukrainian", "iranian", "israeli", "polish", "belarusian", "several", "eight"}
)


_ANY_PLACE = re.compile(
    r"\b(?P<place>[A-Z][\w’'-]+)(?P<region>\s+(?:region|oblast|province|Region|Oblast))?"
)


def named_place(sentence: str) -> str | None:
    """The first known Ukrainian or Russian place a sentence names, if any (never the
    dateline: "MOSCOW: An oil refinery in the Volgograd region …" is about Volgograd)."""
    dateline = _DATELINE.match(sentence)
    for m in _ANY_PLACE.finditer(sentence, dateline.end() if dateline else 0):
        if _ACTOR_VERB.match(sentence, m.end()):
            continue  # "Kiev launched nearly a dozen drones": the attacker, not the place
        found = place(m.group("place"), m.group("region"))
        if found and (m.group("region") or m.group("place").lower() in _CITIES):
            return found
    return None


_CITIES = v.UKRAINE_PLACES | v.RUSSIA_PLACES
_ACTOR_VERB = re.compile(r"\s+(?:has\s+|had\s+)?(?:launched|fired|sent|attacked|struck|used)\b")
_DATELINE = re.compile(r"\s*[A-Z]{3,}(?:[ ,]+[A-Z][A-Za-z.]*)*\s*(?:\([^)]{0,30}\)\s*)?[:—–-]")


# MoD lists count drones downed over seas like regions ("20 over the Sea of Azov").
_SEAS = frozenset({"black sea", "sea of azov", "azov sea", "caspian sea", "baltic sea"})


def place(name: str, region: str | None, city: str | None = None) -> str | None:
    """A known Ukrainian/Russian place, a sea, any "X region" or "the (port) city of X";
    never a country."""
    if " ".join(name.lower().split()) in _SEAS:
        return " ".join(name.split())
    if name.lower().startswith("republic of "):
        return " ".join(name.split())  # "the Republic of Crimea" in MoD lists
    low = name.lower().split()[0].split("-")[0] if name else ""
    full = name.lower()
    if full in _COUNTRY_NAMES or low in _COUNTRY_NAMES or low == "the":
        return None
    known = low in v.UKRAINE_PLACES or low in v.RUSSIA_PLACES or full in v.UKRAINE_PLACES
    if not known and not region and not city:
        return None
    return f"{name}{' region' if region else ''}"


# "the Kursk Region, the Penza Region, and the Tula Region": each name with its own word
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:Region|Oblast|Krai|Republic)\b)?"
_EACH = re.compile(
    r"\s+each\s+(?:over|in|above)\s+(?:the\s+)?(?:(?P<rw>regions|oblasts|provinces)\s+of\s+)?"
    rf"(?P<names>{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*\s*,?\s+and\s+{_PLACE_NAME})"
    r"(?:\s+(?P<r>[Rr]egions|[Oo]blasts|[Pp]rovinces)\b)?"
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def each_places(sentence: str, end: int) -> list[str]:
    """The places of "… each over the Rostov and Saratov regions" after a figure, in order."""
    each = _EACH.match(sentence, end)
    if each is None:
        return []
    word = each.group("r") or each.group("rw")
    suffix = f" {word[:-1]}" if word else ""
    names = [re.sub(r"^the\s+", "", n) for n in _NAME_SPLIT.split(each.group("names")) if n]
    return [f"{n}{suffix}" for n in names]


# "… were shot down over the region" / "in the skies over this Russian region" / "over the
# region's territory": the region the article named last (never "the region of X", named here).
_THE_REGION = re.compile(
    r"\S*[^,;:.!?\d]{0,80}?\b(?:over|in|above)\s+(?:the\s+sk(?:y|ies)\s+over\s+)?(?:the|this)\s+"
    r"(?:(?:Russian|Ukrainian|border|same)\s+)?(?:region|oblast)\b(?!\s+of\b)(?!-)"
)
_NAMED_REGION = re.compile(
    r"\b(?P<place>[A-Z][\w’'-]+)\s+(?P<word>[Rr]egion|[Oo]blast)\b(?!s)|"
    r"\b(?:region|oblast)\s+of\s+(?P<of>[A-Z][\w’'-]+)"
)


def region_anaphor(text: str, figure: int) -> str | None:
    """The region that "over the region" after the figure at `figure` refers to: the last
    region the article named before the figure (its words as the text spells them)."""
    if not _THE_REGION.match(text, figure):
        return None
    last = None
    for m in _NAMED_REGION.finditer(text, 0, figure):
        name = m.group("of") or m.group("place")
        if place(name, None if m.group("of") else m.group("word")):
            last = name if m.group("of") else f"{name} {m.group('word')}"
    return last


_PLACE_WORDS = re.compile(r"\s+(?:region|oblast|territory|krai|province)$", re.I)


def same_place(a: str | None, b: str | None) -> bool:
    """ "Kursk region" and the governor's "Kursk": one place (two region names must match)."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    bare_a, bare_b = _PLACE_WORDS.sub("", a), _PLACE_WORDS.sub("", b)
    return (bare_a == a or bare_b == b) and bare_a.lower() == bare_b.lower()
