"""The weapon noun phrase after a number: "[modifiers] HEAD [and [modifiers] HEAD]", and
the article or "another" read as one ("23 drones and a cruise missile").

"728 Shahed and decoy drones" → drones with kinds {shahed, decoy}; "13 cruise and
ballistic missiles" → missiles; "415 drones and missiles" → total.
"""

from __future__ import annotations

import re

from processors.claims import vocabulary as v
from processors.claims.fastre import ci
from processors.claims.numbers import NumberSpan
from salvo.schemas import Qualifier

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’/-]*|[,&()]|—|–")
_CONJ = frozenset({"and", "or", "&", ",", "plus", "as", "well"})
_QUOTED_MODS = re.compile(r"\s*[\"“][^\"“”\d.;]{1,60}[\"”](?=\s+[A-Za-z])")
_MODEL_DRONE = re.compile(r"^(?:shahed|geran)-\d+[\w/]*$")
# "11 missile strikes", and "3 missile and 57 aviation strikes": counts of strikes
_EVENTS_AFTER = ci(
    r"[ -](?:strikes|attacks|raids|hits|alerts|warnings|threats)\b|"
    # "six HIMARS missile systems", "four missile launchers": launchers, not weapons fired
    r"\s+(?:systems|launchers|complexes|batteries)\b|"
    r"\s+and\s+(?:more\s+than\s+|over\s+)?(?:\d[\d,]*\s+)?(?:[a-z-]+\s+)?(?:strikes|attacks|raids)\b"
)


_LAUNCHES_SEEN = ci(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:detected|recorded|registered|tracked|spotted)\b"
)


def _is_modifier(tok: str) -> bool:
    low = tok.lower()
    return low in v.MODIFIERS or bool(v.MODEL_RE.match(low)) or low in v.BREAKDOWN_WORDS


def noun_phrase(text: str, pos: int) -> tuple[str, frozenset[str], int, frozenset[str]] | None:
    """Parse `[modifiers] HEAD [and [modifiers] HEAD]` from `pos`; None if no weapon head."""
    category: str | None = None
    kinds: set[str] = set()
    adjectives: set[str] = set()
    mods: list[str] = []
    end = pos
    cursor = pos
    quoted = _QUOTED_MODS.match(text, pos)
    if quoted and not v.WEAPON_HINT_RE.search(quoted.group(0)):
        cursor = quoted.end()  # 53 "air-launched, sea-launched and land-based" missiles
        # 6 "Kinzhal" missiles: a quoted model still names the kind
        kinds.update(
            v.BREAKDOWN_WORDS[w]
            for w in _TOKEN.findall(quoted.group(0).lower())
            if w in v.BREAKDOWN_WORDS
        )
    steps = 0
    skipped_of = False
    while steps < 12:
        m = _TOKEN.search(text, cursor)
        if m is None or text[cursor : m.start()].strip().strip("\"“”'‘’"):
            break
        tok = m.group(0)
        low = tok.lower().strip("’'")
        steps += 1
        if low == "launches" and category is None and _LAUNCHES_SEEN.match(text, m.end()):
            # "at least 158 separate launches were detected": every kind, counted by launch
            category, end = "total", m.end()
            break
        if low in ("launches", "launch") and category is None and not mods:
            cursor = m.end()  # "36,000 launches of attack drones"
            continue
        if low in ("of", "the") and category is None and not skipped_of and low == "of":
            # "hundreds of drones", "741 of the drones"
            skipped_of = True
            cursor = m.end()
            continue
        if low == "the" and skipped_of and category is None:
            cursor = m.end()
            continue
        head = v.HEADS.get(low)
        if head is None and low.endswith("s") and low[:-1] in ("shahed", "geran"):
            head = "drones"
        if head is None and _MODEL_DRONE.match(low):
            head = "drones"  # "launched nine Shahed-136/131 from …"
        is_mod = _is_modifier(tok)
        if head and _EVENTS_AFTER.match(text, m.end()):
            return None  # "11 missile strikes", "40 drone attacks": counts of strikes
        if head and not (is_mod and _peek_is_head(text, m.end())):
            of_attack = _OF_AIR_ATTACK.match(text, m.end())
            if low in v.WEAK_HEADS and not (set(mods) & v.AERIAL_MODS) and not of_attack:
                break
            if of_attack:
                category = "total"
                end = cursor = of_attack.end()
                break
            if low == "vehicles" and {"air", "attack"} <= set(mods):
                head = "total"  # "718 of 741 air attack vehicles": every kind
            elif low == "vehicles" and "aerial" in mods and "unmanned" not in mods:
                head = "total"  # "201 of the 236 aerial vehicles": drones and missiles
            elif low in ("vehicles", "vehicle") and "unmanned" not in mods and "aerial" not in mods:
                break
            if low in ("craft", "aircraft") and "unmanned" not in mods:
                break  # "30 of 35 unmanned craft" are drones; "attack aircraft" are planes
            if low in v.BREAKDOWN_WORDS:
                kinds.add(v.BREAKDOWN_WORDS[low])
            if low == "munitions" and {"loitering", "kamikaze"} & set(mods):
                head = "drones"  # "loitering munitions" are drones
            category = head if category in (None, head) else "total"
            end = m.end()
            cursor = m.end()
            mods = []
            nxt = _continues_phrase(text, cursor)
            if nxt is None:
                break
            cursor = nxt
            continue
        if is_mod:
            mods.append(low)
            kind = v.kind_of(low)
            if kind is not None:
                kinds.add(kind)
            if low in ("russian", "ukrainian", "iranian", "israeli"):
                adjectives.add(low)
            cursor = m.end()
            continue
        if low in _CONJ and mods:
            cursor = m.end()
            continue
        unknown = _unknown_before_head(text, m, tok) if category is None else None
        if unknown is not None:
            # "two Ukrainian Strizh drones", "four Ukrainian Armed Forces drones", "two
            # unidentified drones", "144 of Ukraine's drones": a word the lists lack, a head next
            if unknown:
                adjectives.add(unknown)
            cursor = m.end()
            continue
        break
    if category is None:
        return None
    return category, frozenset(kinds), end, frozenset(adjectives)


_POSSESSIVE_SIDES = {
    "ukraine's": "ukrainian",
    "ukraine’s": "ukrainian",
    "kyiv's": "ukrainian",
    "russia's": "russian",
    "russia’s": "russian",
    "moscow's": "russian",
}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
# ("One Way Attack … Vehicles" is "one-way" without its hyphen, not one weapon)
_NOT_NAMES = frozenset(
    (*_MONTHS, "september", "october", "november", "december", "monday", "tuesday", "wednesday")
) | {"thursday", "friday", "saturday", "sunday", "way"}
_HEAD_SOON = re.compile(r"[A-Za-z][\w-]*")
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]+-\d+[A-Za-z]*$")


def _unknown_before_head(text: str, m: re.Match[str], tok: str) -> str | None:
    """A word no list knows, between a number and its weapon noun: a name ("Strizh",
    "Armed Forces"), a participle ("unidentified") or a side's possessive ("Ukraine's").
    Returns the side's adjective ("" for none), or None when the word ends the phrase."""
    low = tok.lower()
    side = _POSSESSIVE_SIDES.get(low)
    named = tok[:1].isupper() and tok.replace("-", "").isalpha() and low not in _NOT_NAMES
    named = named or bool(_MODEL_NAME.match(tok))  # "2 Orlan-10 UAVs": a model number
    if side is None and not named and not (tok.isalpha() and low.endswith("ied")):
        return None
    for word in _HEAD_SOON.findall(text[m.end() : m.end() + 50])[:4]:
        low = word.lower()
        if low in v.HEADS:
            return side or ""  # the head within four more names or modifiers
        if not (word[:1].isupper() or _is_modifier(word)):
            return None
    return None


_MODS_THEN_CONJ = re.compile(
    r"((?:\s+[A-Za-z][\w'’/-]*){1,3}?)(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)"
)


def shared_head(
    text: str, end: int, next_starts: dict[int, int]
) -> tuple[str, frozenset[str], int, frozenset[str]] | None:
    """ "18 ballistic and seven cruise missiles": the figure ending at `end` shares the next
    figure's head; `next_starts` maps each number's start to its end."""
    m = _MODS_THEN_CONJ.match(text, end)
    if m is None or not all(_is_modifier(w) for w in m.group(1).split()):
        return None
    nxt = next_starts.get(m.end())
    found = noun_phrase(text, nxt) if nxt is not None else None
    if found is None:
        return None
    words = [w.lower() for w in m.group(1).split()]
    kinds = frozenset(v.BREAKDOWN_WORDS[w] for w in words if w in v.BREAKDOWN_WORDS)
    return found[0], kinds, m.end(1), found[3]


def _peek_is_head(text: str, pos: int) -> bool:
    """The next word is a head noun, perhaps after one modifier ("Shahed kamikaze drones")."""
    for _ in range(2):
        m = _TOKEN.search(text, pos)
        if m is None or text[pos : m.start()].strip().strip("\"“”'‘’"):
            return False  # a closing quote may sit between: '"Shahed-136" kamikaze drones'
        low = m.group(0).lower()
        if low in v.HEADS:
            return True
        if low not in _ASIDE_MODS:
            return False
        pos = m.end()
    return False


_ASIDE_MODS = frozenset({"kamikaze", "attack", "strike", "combat", "suicide"})


_OF_AIR_ATTACK = ci(r"\s+of\s+(?:enemy\s+|russian\s+)?(?:air|aerial)\s+(?:attack|assault|strike)\b")
# Not "as well as": "110 missiles as well as drones" counts the missiles only.
_CONTINUE = ci(r"\s*(?:(?:,\s*)?(?:and|or|&|plus|/)\s+|,\s*)(?=[A-Za-z])")


def _continues_phrase(text: str, pos: int) -> int | None:
    """After a head: "and missiles" continues the phrase, "and 13 missiles" does not."""
    m = _CONTINUE.match(text, pos)
    if not m:
        return None
    probe = _TOKEN.search(text, m.end())
    if probe is None:
        return None
    low = probe.group(0).lower()
    if low in v.HEADS or _is_modifier(probe.group(0)):
        # only if a head follows before any number
        rest = text[m.end() : m.end() + 60]
        for tok in _TOKEN.findall(rest):
            t = tok.lower()
            if t in v.HEADS:
                return m.end()
            if not _is_modifier(tok) and t not in _CONJ:
                return None
    return None


# "23 drones and a cruise missile", "23 Shahed drones along with a cruise missile"
_ARTICLE_ONE = ci(
    r"(?:\band|,|\bplus|\bas\s+well\s+as|\b(?:along|together)\s+with|\baccompanied\s+by)\s+"
    r"(an?)\s+(?=[A-Za-z])"
)


# "A Ukrainian drone was destroyed over …"
_ONE_DOWNED = ci(
    r"(?:^|[\"“:]\s*|\.\s+|\bthat\s+|^(?:in\s+addition|also|meanwhile|later|separately|earlier),?\s+|"
    # "In the Belgorod region, an …", "…, and an aircraft-type UAV was shot down"
    r",\s+(?:and\s+)?|"
    # "An hour later another drone was destroyed": "another" counts one wherever it stands
    r"(?<=\s)(?=another\s))"
    # "The third drone was destroyed in the Kaluga region" (after "two of the drones …")
    r"(an?|another|the\s+(?:second|third|fourth|fifth|remaining)(?=\s+(?:drone|uav)\s))\s+"
    r"(?=(?:(?!an?\s|another\s)[\w-]+\s+){0,3}?(?:drone|uav|unmanned\s+aerial\s+vehicle|"
    r"missile)\s+(?:\(\w+\)\s+)?(?:of\s+(?:an?\s+)?[\w-]+\s+type\s+)?"
    r"(?:(?:flying|heading|headed)\s+(?:to(?:wards?)?|for)\s+\w+\s+|"
    # "Another drone that tried to carry out an attack on Moscow was shot down"
    r"(?:that|which)\s+[^,.;]{0,60}?\s+(?=(?:was|had\s+been|has\s+been)\s))?"
    # "has been detected and destroyed"
    r"(?:was|had\s+been|has\s+been)\s+(?:\w+\s+(?:and\s+)?)?(?:shot\s+down|downed|destroyed|intercepted|"
    r"eliminated|neutrali[sz]ed)\b)"
)
# "Russian air defences downed a Ukrainian drone over the Belgorod region"
_ONE_DOWNED_ACTIVE = ci(
    r"\b(?:downed|destroyed|intercepted|shot\s+down|repelled\s+the\s+attack\s+of)\s+(an?)\s+"
    r"(?=(?:[\w-]+\s+){0,2}?(?:drone|uav|unmanned\s+aerial\s+vehicle|missile)\s+"
    # "destroyed a Ukraine-launched drone just before midnight on Tuesday over the Bryansk region"
    r"(?:(?:just\s+)?(?:before|after)\s+midnight(?:\s+on\s+\w+)?\s+)?(?:over|above|in|near|"
    r"(?:fired|launched)\s+by|(?:that\s+was\s+)?(?:flying|heading|headed)\s+(?:to(?:wards?)?|for)|"
    # "shot down a drone as it approached the city of Belgorod"
    r"as\s+it\s+(?:approached|was\s+approaching|neared)|while\s+approaching|on\s+(?:its\s+)?approach)\s|"
    # "had shot down a Ukrainian drone overnight, marking …": a time word ends the phrase
    r"(?:(?:[\w-]+\s+){0,2}?(?:drone|uav|unmanned\s+aerial\s+vehicle|missile)\s+"
    r"(?:overnight|tonight|at\s+night|early\s+on\s+\w+|on\s+\w+day)\b)|"
    # "had intercepted a long-range Storm Shadow missile.": the clause ends on the noun
    r"(?:(?:[\w-]+\s+){0,3}?(?:drone|uav|unmanned\s+aerial\s+vehicle|missile)\s*(?:[,.;]|$)))"
)
# "A drone attacked the Novoshakhtinsk oil refinery", "A kamikaze drone of the Armed Forces of
# Ukraine attacked …", "a Tu-141 reconnaissance drone crossed into Russian airspace … before
# being shot down": one drone told by what it did
# (also "the fire started after a Ukrainian drone attacked …")
_ONE_ATTACKED = ci(
    r"(?:^|[\"“:]\s*|\.\s+|\b(?:said|after|when)\s+)(an?)\s+(?=(?:[\w-]+\s+){0,3}?(?:drone|uav|"
    r"unmanned\s+aerial\s+vehicle)\s+(?:of\s+the\s+(?:[\w-]+\s+){1,4}?)?(?:(?:has\s+|had\s+)?"
    r"(?:attacked|targeted|crashed\s+into)\b|[^.;]{0,80}?\b(?:before|after)\s+being\s+(?:shot\s+down|downed|destroyed|"
    r"intercepted)\b))"
)
# "a fire broke out after an attack carried out by an unidentified drone"
_BY_ONE = ci(
    r"\battack\s+(?:carried\s+out\s+|launched\s+)?by\s+(an?)\s+(?=(?:[\w-]+\s+){0,2}?(?:drone|uav)\b)"
)
# "the aggressor attacked the Dnipro district with a missile", "… the Sumy hromada with a UAV"
_WITH_ONE = ci(
    r"\battack(?:ed)?\s+(?:[\w-]+\s+){1,7}?with\s+(an?)\s+(?=(?:[\w-]+\s+){0,2}?(?:drone|missile|uav)s?\b)"
)
# "two over Bryansk and another over Kursk"; "Russia also launched a Kh-69"
_ANOTHER_ONE = ci(r"(?:\band|,)\s+(another)\s+(?=(?:over|above|in)\s)")
_ALSO_ONE = ci(r"\balso\s+(?:launched|fired|used|sent)\s+(an?)\s+(?=[A-Za-z])")


def article_ones(sentence: str, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """ "23 drones and a cruise missile": the article counts as one, only in a list; and
    "Russia also launched a Kh-69 missile" completes the figure of the sentence before;
    "A Ukrainian UAV was destroyed over the Bryansk Region" is one drone downed; "two over
    Bryansk and another over Kursk" lists one more."""
    low = sentence.lower()
    rules = [_ONE_DOWNED] if " was " in low or " been " in low else []
    if " a " in low or " an " in low or low[:2] in ("a ", "an"):
        rules.append(_ONE_DOWNED_ACTIVE)
        if "attack" in low and " with a" in low:
            rules.append(_WITH_ONE)
        if "attacked" in low or "targeted" in low or "crashed" in low or " being " in low:
            rules.append(_ONE_ATTACKED)
        if "attack" in low and " by a" in low:
            rules.append(_BY_ONE)
    if "another" in low:
        rules.append(_ANOTHER_ONE)
    out = [
        NumberSpan(1, m.start(1), m.end(1), Qualifier.EXACT, m.group(1))
        for rx in rules
        for m in rx.finditer(sentence)
        if rx in (_ONE_DOWNED, _ONE_DOWNED_ACTIVE, _WITH_ONE, _ONE_ATTACKED, _BY_ONE) or numbers
    ]
    if not numbers:
        also = _ALSO_ONE.search(sentence)
        if also is None:
            return out
        return [*out, NumberSpan(1, also.start(1), also.end(1), Qualifier.EXACT, also.group(1))]
    for m in _ARTICLE_ONE.finditer(sentence):
        listed = any(
            0 <= m.start() - n.end < 40 and v.WEAPON_HINT_RE.search(sentence, n.end, m.start())
            for n in numbers
        )  # the figure before it counts weapons: "23 drones and a cruise missile"
        if listed:
            out.append(NumberSpan(1, m.start(1), m.end(1), Qualifier.EXACT, m.group(1)))
    return out
