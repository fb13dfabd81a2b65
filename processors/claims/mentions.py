"""Weapon mentions: a number followed by a weapon noun phrase, with its role.

"728 Shahed and decoy drones" → Mention(728, category "drones"); "13 cruise and
ballistic missiles" → (13, "missiles"); "415 drones and missiles" → (415, "total").
The role says what the sentence does with the figure: launched, intercepted, or
skip (hits, production, aid, plans).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from enum import Enum

from processors.claims import vocabulary as v
from processors.claims.fastre import Pattern, ci
from processors.claims.numbers import NumberSpan, find_numbers, qualified
from salvo.schemas import Qualifier

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’/-]*|[,&()]|—|–")
_CONJ = frozenset({"and", "or", "&", ",", "plus", "as", "well"})
_LOCATION_AFTER = re.compile(
    r"\s*(?:(?:were|was|had|been|launched|fired|directed|aimed|sent|flying|headed|shot\s+down|"
    r"downed|destroyed|intercepted|neutrali[sz]ed|eliminated|each|respectively)\s+){0,3}"
    r"(?:at|on|over|against|toward|towards|targeting|targeted|attacked|struck|in|into|above|"
    r"approaching|heading\s+(?:for|to)|flying\s+(?:to|towards)|"
    r"in\s+(?:the|an|its)\s+(?:\w+\s+)?(?:attack|strike|assault|barrage)s?\s+on|"
    r"to\s+attack|to\s+strike)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:territory|skies|airspace|waters)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:Ukrainian|Russian)\s+)?(?:(?:city|capital|region|oblast)\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)(?P<region>\s+(?:region|oblast|province))?",
)
_TARGET_BEFORE = re.compile(
    r"\b(?:attacked|targeted|struck|hit|pounded|hammered|pummell?ed|bombarded|shelled|battered)\s+"
    r"(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|region|center|centre|outskirts|heart)\s+of\s+)?"
    r"(?P<place>[A-Z][\w’'-]+)"
    r"(?P<region>\s+(?:region|oblast|province))?(?:\s+(?:overnight|again|early|late|today))?"
    r"\s+with\s+(?:[\w,-]+\s+){0,8}$"
)
_CAPITAL = re.compile(r"\b(?:the\s+)?(?:Ukrainian\s+capital|Ukraine['’]s\s+capital|capital)\b")
_SUBJECT_PLACE = re.compile(
    r"(?:^|\b(?:In|in|On|on|Over|over)\s+)(?:the\s+)?(?P<place>[A-Z][\w’'-]+)(?P<region>\s+"
    r"(?:region|oblast|province))?\b"
)
_CLAUSE = re.compile(r";|\.\s|:\s*$")
_CHILD_RE = ci(
    r"\b(?:including|included|includes|of\s+which|of\s+them|among\s+them|among\s+which|"
    r"comprising|consisting\s+of|made\s+up\s+of|such\s+as|namely|specifically|broken\s+down)\b|"
    r"[:(]|—|–|\s-\s",
)
_LAUNCHED_AFTER = ci(
    r"^\s*(?:(?:that|which)\s+)?(?:were|was|had\s+been|have\s+been|been)\s*"
    r"(?:launched|fired|used|detected|recorded|sent|deployed|involved)\b",
)
_OF_BEFORE = ci(r"\b(?:of|out\s+of|from)\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?$")


class Role(Enum):
    LAUNCHED = "launched"
    INTERCEPTED = "intercepted"
    SKIP = "skip"


@dataclass(slots=True)
class Mention:
    number: NumberSpan
    category: str  # total | drones | missiles | guided_bomb
    kinds: frozenset[str]  # breakdown keys named in the phrase
    start: int
    end: int  # end of the noun phrase
    role: Role = Role.LAUNCHED
    child: bool = False  # part of a breakdown of the previous figure ("including …")
    location: str | None = None
    period: bool = False
    foreign_words: frozenset[str] = field(default_factory=frozenset)
    from_after: bool = False  # the role came from words after the figure
    all_of: bool = False  # "all 29 drones were shot down": launched = intercepted
    uncued: bool = False  # no verb or noun in its clause says what the figure is
    record_ref: bool = False  # "the record of 550": an earlier attack, date unknown

    @property
    def value(self) -> int | None:
        return self.number.value

    @property
    def qualifier(self) -> Qualifier:
        return self.number.qualifier

    @property
    def kind(self) -> str | None:
        return next(iter(self.kinds)) if len(self.kinds) == 1 else None


def _is_modifier(tok: str) -> bool:
    low = tok.lower()
    return low in v.MODIFIERS or bool(v.MODEL_RE.match(low)) or low in v.BREAKDOWN_WORDS


def _noun_phrase(text: str, pos: int) -> tuple[str, frozenset[str], int, frozenset[str]] | None:
    """Parse `[modifiers] HEAD [and [modifiers] HEAD]` from `pos`; None if no weapon head."""
    category: str | None = None
    kinds: set[str] = set()
    adjectives: set[str] = set()
    mods: list[str] = []
    end = pos
    cursor = pos
    steps = 0
    skipped_of = False
    while steps < 12:
        m = _TOKEN.search(text, cursor)
        if m is None or text[cursor : m.start()].strip().strip("\"“”'‘’"):
            break
        tok = m.group(0)
        low = tok.lower().strip("’'")
        steps += 1
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
        is_mod = _is_modifier(tok)
        if head and not (is_mod and _peek_is_head(text, m.end())):
            of_attack = _OF_AIR_ATTACK.match(text, m.end())
            if low in v.WEAK_HEADS and not (set(mods) & v.AERIAL_MODS) and not of_attack:
                break
            if of_attack:
                category = "total"
                end = cursor = of_attack.end()
                break
            if low == "vehicles" and "unmanned" not in mods and "aerial" not in mods:
                break
            if low in v.BREAKDOWN_WORDS:
                kinds.add(v.BREAKDOWN_WORDS[low])
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
            if low in v.BREAKDOWN_WORDS:
                kinds.add(v.BREAKDOWN_WORDS[low])
            if low in ("russian", "ukrainian", "iranian", "israeli"):
                adjectives.add(low)
            cursor = m.end()
            continue
        if low in _CONJ and mods:
            cursor = m.end()
            continue
        break
    if category is None:
        return None
    return category, frozenset(kinds), end, frozenset(adjectives)


def _peek_is_head(text: str, pos: int) -> bool:
    m = _TOKEN.search(text, pos)
    if m is None or text[pos : m.start()].strip():
        return False
    return m.group(0).lower() in v.HEADS


_OF_AIR_ATTACK = ci(r"\s+of\s+(?:air|aerial)\s+(?:attack|assault|strike)\b")
_CONTINUE = ci(r"\s*(?:,\s*)?(?:and|or|&|plus|as\s+well\s+as|/)\s+(?=[A-Za-z])")


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


def find_mentions(sentence: str) -> list[Mention]:
    """Every number in `sentence` that counts weapons, with role and structure."""
    mentions: list[Mention] = []
    numbers = find_numbers(sentence, qualify=False)
    for hm in _HYPHENATED.finditer(sentence):
        span = qualified(
            sentence,
            NumberSpan(
                int(hm.group(1).replace(",", "")),
                hm.start(1),
                hm.end(1),
                Qualifier.EXACT,
                hm.group(1),
            ),
        )
        kind = hm.group(2).lower()
        category = (
            "drones"
            if kind in ("drone", "uav", "shahed")
            else ("missiles" if kind == "missile" else "total")
        )
        mention = Mention(span, category, frozenset(), hm.start(1), hm.end())
        mention.role, mention.from_after = _role(sentence, mention)
        mention.location = _location(sentence, mention)
        mentions.append(mention)
    for num in [*numbers, *_article_ones(sentence, numbers)]:
        np = _noun_phrase(sentence, num.end)
        if np is None:
            elliptic = _elliptic(sentence, num, mentions)
            if elliptic is not None:
                elliptic.number = qualified(sentence, elliptic.number)
                mentions.append(elliptic)
            continue
        category, kinds, end, adjectives = np
        num = qualified(sentence, num)
        mention = Mention(num, category, kinds, num.start, end, foreign_words=adjectives)
        mention.role, mention.from_after = _role(sentence, mention)
        mention.all_of = bool(_ALL_BEFORE.search(sentence[max(0, num.start - 12) : num.start]))
        mention.location = _location(sentence, mention)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    _spread_outcome(sentence, mentions)
    _spread_location(sentence, mentions)
    _mark_children(sentence, mentions)
    return mentions


_ARTICLE_ONE = ci(r"(?:\band|,|\bplus|\bas\s+well\s+as)\s+(an?)\s+(?=[A-Za-z])")
_ALL_BEFORE = ci(r"\ball\s+(?:of\s+the\s+)?$")
_THE_BEFORE = ci(r"\b(?:the|those)\s+$")
_PARTICIPLE_AFTER = ci(r"\s+(?:launched|fired|sent|used)\b(?!\s+(?:a|an|the|\d))")
_RECORD_REF = ci(r"\b(?:the|previous|its|prior|old)\s+(?:\w+\s+)?record\s+of\s+$")
_RECORD_BEFORE = ci(
    r"\b(?:a|the|previous|its)\s+(?:new\s+)?record(?:-breaking|-setting)?(?:\s+of)?\s+$|"
    r"\brecord\s+of\s+$"
)
_ELLIPTIC_PLACE = re.compile(
    r"\s*(?:were\s+|was\s+)?(?:\w+\s+){0,1}?(?:at|over|above|in|on|against|toward|towards)\s+",
)
_ITEM_GAP = ci(r"^[^.;]{0,40}[;,]\s*(?:and\s+|plus\s+)?$")
# "Russia's record 810-drone attack", "a 623-weapon barrage"
_HYPHENATED = ci(
    r"(?<![\w-])(\d{1,3}(?:,\d{3})*|\d+)-(drone|uav|shahed|missile|weapon|projectile)"
    r"(?:s)?\s+(?:\w+\s+)?(?:attacks?|barrages?|assaults?|strikes?|raids?|salvos?|onslaughts?)\b"
)
_OF_THEM = ci(r"\s+of\s+(?:them|these|those)\b")
_LIST_GAP = ci(r"^[\s,]*(?:and|or|as\s+well\s+as|plus)?[\s,]*$")


def _article_ones(sentence: str, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """ "23 drones and a cruise missile": the article counts as one, only in a list."""
    if not numbers:
        return []
    out = []
    for m in _ARTICLE_ONE.finditer(sentence):
        if any(0 <= m.start() - n.end < 40 for n in numbers):
            out.append(NumberSpan(1, m.start(1), m.end(1), Qualifier.EXACT, m.group(1)))
    return out


def _elliptic(sentence: str, num: NumberSpan, before: list[Mention]) -> Mention | None:
    """A figure with its noun left out: "including 91 over Moscow", "a record 741"."""
    if num.value is None or num.text.lower() in ("a", "an"):
        return None
    pre = sentence[max(0, num.start - 30) : num.start]
    participle = _THE_BEFORE.search(pre) and _PARTICIPLE_AFTER.match(sentence, num.end)
    if participle and v.WEAPON_HINT_RE.search(sentence):
        mention = Mention(num, "total", frozenset(), num.start, num.end)
        mention.role, mention.from_after = Role.LAUNCHED, True
        return mention
    if _RECORD_BEFORE.search(pre) and v.WEAPON_HINT_RE.search(sentence):
        mention = Mention(num, "total", frozenset(), num.start, num.end)
        mention.role, mention.from_after = _role(sentence, mention)
        mention.record_ref = bool(_RECORD_REF.search(pre))
        return mention
    of_them = _OF_THEM.match(sentence, num.end)
    if of_them and not before:
        # "Kyiv was attacked by about 50 of them": a city's share of the figure before.
        mention = Mention(num, "total", frozenset(), num.start, of_them.end())
        mention.role, mention.from_after = _role(sentence, mention)
        mention.location = _location(sentence, mention)
        if mention.role is Role.LAUNCHED and mention.location and not mention.uncued:
            return mention
        return None
    if not before or not _ELLIPTIC_PLACE.match(sentence, num.end):
        return None
    prev = before[-1]
    if prev.location and re.search(r"\bincluding\b", sentence[prev.end : num.start], re.I):
        return None  # "8 over the Moscow Region, including three flying toward Moscow"
    probe = Mention(num, prev.category, frozenset(), num.start, num.end)
    location = _location(sentence, probe)
    if location is None:
        return None
    probe.location = location
    probe.role = prev.role
    probe.foreign_words = prev.foreign_words
    return probe


def _spread_location(sentence: str, mentions: list[Mention]) -> None:
    """ "250 drones and 14 missiles toward Kyiv": the place covers the whole list."""
    for i in range(len(mentions) - 2, -1, -1):
        cur, nxt = mentions[i], mentions[i + 1]
        if nxt.location and not cur.location and _LIST_GAP.match(sentence[cur.end : nxt.start]):
            cur.location = nxt.location


def _spread_outcome(sentence: str, mentions: list[Mention]) -> None:
    """ "747 drones and four missiles were shot down": the verb covers the whole list."""
    for i in range(len(mentions) - 2, -1, -1):
        cur, nxt = mentions[i], mentions[i + 1]
        if nxt.from_after and not cur.from_after:
            gap = sentence[cur.end : nxt.start]
            if _LIST_GAP.match(gap) or (cur.all_of and _CHILD_RE.search(gap)):
                cur.role, cur.from_after = nxt.role, True
    # "…: 539 drones; 11 missiles": a list item with no verb of its own takes the list's role.
    for cur, nxt in itertools.pairwise(mentions):
        if nxt.uncued and _ITEM_GAP.match(sentence[cur.end : nxt.start]):
            nxt.role, nxt.uncued = cur.role, cur.uncued
    # "Hits by 11 missiles and 22 drones were recorded": the hits cover the list.
    for cur, nxt in itertools.pairwise(mentions):
        if cur.role is Role.SKIP and _LIST_GAP.match(sentence[cur.end : nxt.start]):
            nxt.role = Role.SKIP


def _role(sentence: str, m: Mention) -> tuple[Role, bool]:
    """The figure's role and whether words after it decided it (passive voice)."""
    after = sentence[m.end : m.end + 80]
    clause_start = max(sentence.rfind(";", 0, m.start), 0)
    pre = sentence[clause_start : m.start]
    if _HITS_BEFORE.search(pre[-20:]):
        return Role.SKIP, True
    if _LAUNCHED_AFTER.match(after):
        return Role.LAUNCHED, True
    out = v.OUTCOME_AFTER_RE.match(after)
    if out:
        kind = out.group("kind").lower()
        if kind in _OUTCOME_SKIP:
            return Role.SKIP, True
        if kind == "crashed":
            return Role.SKIP, True
        return Role.INTERCEPTED, True
    if _STOCK_AFTER.match(after):
        return Role.SKIP, True
    if _ACTIVE_AFTER.match(after):
        return Role.LAUNCHED, True  # "Some 40 drones attacked Dnipro overnight"
    if _of_launched(pre):
        return Role.LAUNCHED, False  # "shot down 718 of 741 drones"
    role = _role_before(pre)
    if role is Role.LAUNCHED and not (v.LAUNCH_RE.search(pre) or v.LAUNCH_RE.search(after)):
        m.uncued = True
        return Role.SKIP, False  # "Russia has about 1,500 missiles": no attack is described
    return role, False


_ACTIVE_AFTER = ci(
    r"^\s+(?:\w+\s+)?(?:attacked|targeted|struck\s+at|flew|rained\s+down|swarmed|pounded|"
    r"bombarded|battered|were\s+used|were\s+involved|took\s+part)\b"
)
_STOCK_AFTER = ci(
    r"^\s+(?:\w+\s+)?(?:left(?=\s+(?:in|over|after|to|for|at|by)\b|\s*[.,;]|\s*$)|remaining\b|"
    r"in\s+(?:reserve|stock|its\s+arsenal|storage)\b|stockpiled\b|in\s+stockpiles?\b)",
)
_OUTCOME_SKIP = frozenset(
    {
        "hit",
        "struck",
        "reached",
        "landed",
        "got through",
        "penetrated",
        "fell",
        "entered",
        "violated",
        "crossed",
        "strayed",
    }
)
_HITS_BEFORE = ci(r"\b(?:hits?|impacts?|strikes)\s+(?:by|of|from)\s+$")


def _of_launched(pre: str) -> bool:
    of = _OF_BEFORE.search(pre[-25:])
    if of is None:
        return False
    head = pre[: len(pre) - len(of.group(0))]
    return bool(find_numbers(head[-20:], qualify=False) or re.search(r"\ball\s*$", head))


def _role_before(pre: str) -> Role:
    launch = _last(v.LAUNCH_RE, pre)
    intercept = _last(v.INTERCEPT_RE, pre)
    skip = _last(v.SKIP_RE, pre)
    if skip >= 0 and (skip > max(launch, intercept) or 0 <= launch - skip < 30):
        return Role.SKIP
    if intercept > launch:
        return Role.INTERCEPTED
    return Role.LAUNCHED


def _last(rx: Pattern, text: str) -> int:
    last = -1
    for m in rx.finditer(text):
        last = m.start()
    return last


def _location(sentence: str, m: Mention) -> str | None:
    m_after = _LOCATION_AFTER.match(sentence, m.end)
    if m_after:
        place = _place(m_after.group("place"), m_after.group("region"))
        if place:
            return place
    pre = sentence[: m.start]
    target = _TARGET_BEFORE.search(pre[-90:])
    if target:
        place = _place(target.group("place"), target.group("region"))
        if place:
            return place
    for sm in _SUBJECT_PLACE.finditer(pre[:80]):
        if sm.start() > 40 and not sm.group(0).lower().startswith(("in", "on", "over")):
            continue
        place = _place(sm.group("place"), sm.group("region"))
        if place and re.search(
            r"\b(?:faced|endured|came\s+under|was\s+(?:hit|attacked|targeted)|suffered|weathered)\b",
            pre,
        ):
            return place
        if place and sm.group(0).lower().startswith(("in ", "over ")) and sm.start() < 5:
            return place
    if _CAPITAL.search(pre) and re.search(r"\b(?:faced|endured|came\s+under|suffered)\b", pre):
        return "Kyiv"
    return None


_COUNTRY_NAMES = frozenset(
    {"ukraine", "russia", "israel", "iran", "poland", "belarus", "yemen", "moldova", "romania"}
    | {"russian", "ukrainian", "iranian", "israeli", "polish", "belarusian", "several", "eight"}
)


def _place(name: str, region: str | None) -> str | None:
    low = name.lower().split()[0].split("-")[0] if name else ""
    full = name.lower()
    if full in _COUNTRY_NAMES or low in _COUNTRY_NAMES or low == "the":
        return None
    known = low in v.UKRAINE_PLACES or low in v.RUSSIA_PLACES or full in v.UKRAINE_PLACES
    if not known and not region:
        return None
    return f"{name}{' region' if region else ''}"


def _mark_children(sentence: str, mentions: list[Mention]) -> None:
    """After "including"/":"/"of which", figures break down the figure before them."""
    parent: Mention | None = None
    in_list = False
    colon = False  # a list opened by ":" runs on through ";"
    for m in mentions:
        if parent is not None and m.role is parent.role:
            gap = sentence[parent.end : m.start]
            if _CHILD_RE.search(gap):
                in_list = True
                colon = colon or ":" in gap
            elif (";" in gap and not colon) or (v.LAUNCH_RE.search(gap) and not in_list):
                in_list = False
            if in_list and _narrower(parent, m):
                m.child = True
                continue
        if not m.child:
            parent = m
            in_list = colon = False


_RANK = {"total": 3, "drones": 2, "missiles": 2, "guided_bomb": 2}


def _narrower(parent: Mention, child: Mention) -> bool:
    if parent.value is not None and child.value is not None and child.value > parent.value:
        return False
    if _RANK[parent.category] > _RANK[child.category]:
        return True
    if child.location and not parent.location:
        return True  # "337 drones, including 91 over the Moscow region"
    return parent.category == child.category and bool(child.kinds)
