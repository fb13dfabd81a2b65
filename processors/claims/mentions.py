"""Weapon mentions: a number followed by a weapon noun phrase, with its role.

"728 Shahed and decoy drones" → Mention(728, category "drones"); "13 cruise and
ballistic missiles" → (13, "missiles"); "415 drones and missiles" → (415, "total").
The role says what the sentence does with the figure: launched, intercepted, or
skip (hits, production, aid, plans).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from processors.claims import vocabulary as v
from processors.claims.draft import weakest
from processors.claims.fastre import ci
from processors.claims.numbers import NumberSpan, find_numbers, qualified
from processors.claims.phrases import article_ones, noun_phrase, shared_head
from processors.claims.places import each_places, location, place
from processors.claims.roles import Role, role_of
from processors.claims.structure import mark_children, spread_location, spread_outcome
from salvo.schemas import Qualifier


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


def find_mentions(sentence: str) -> list[Mention]:
    """Every number in `sentence` that counts weapons, with role and structure."""
    # The rules ask about one sentence several times (the lead's direction, its claims, a
    # follow-up): found once, and each caller gets its own copies.
    return [dataclasses.replace(m) for m in _mentions(sentence)]


@functools.lru_cache(maxsize=64)
def _mentions(sentence: str) -> tuple[Mention, ...]:
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
        mention.role, mention.from_after, mention.uncued = role_of(
            sentence, mention.start, mention.end
        )
        if hm.group(0).lower().endswith(("record", "records")):
            # "breaking the 539-drone record": the earlier attack's size, date unknown
            mention.role, mention.record_ref, mention.uncued = Role.LAUNCHED, True, False
        mention.location = location(sentence, mention.start, mention.end)
        mentions.append(mention)
    starts = {n.start: n.end for n in numbers}
    for num in [*numbers, *article_ones(sentence, numbers)]:
        np = noun_phrase(sentence, num.end) or shared_head(sentence, num.end, starts)
        if np is None:
            elliptic = _elliptic(sentence, num, mentions)
            if elliptic is not None:
                elliptic.number = qualified(sentence, elliptic.number)
                mentions.append(elliptic)
            continue
        category, kinds, end, adjectives = np
        if _NON_AERIAL.search(sentence, num.end, end) or _BOATS_AFTER.match(sentence, end):
            continue  # "two sea drones", "naval drones", "drone boats": not aerial weapons
        num = qualified(sentence, num)
        mention = Mention(num, category, kinds, num.start, end, foreign_words=adjectives)
        mention.role, mention.from_after, mention.uncued = role_of(
            sentence, mention.start, mention.end
        )
        mention.all_of = bool(_ALL_BEFORE.search(sentence[max(0, num.start - 12) : num.start]))
        if mention.all_of and _ALL_FIRED_DOWNED.match(sentence, end):
            mention.role = Role.INTERCEPTED  # "all six missiles fired at Belgorod were downed"
        if (
            mention.role is Role.LAUNCHED
            and _OF_THE.match(sentence, num.end)
            and not mention.all_of
        ):
            mention.role = Role.SKIP  # "Five of the missiles were launched from Crimea": a part
        mention.location = location(sentence, mention.start, mention.end)
        mentions.append(mention)
    for mention in list(mentions):
        # "eight UAVs each over the Voronezh and Saratov Regions", "one each over the regions
        # of Astrakhan, Belgorod and Kaluga": the figure once per place
        places = each_places(sentence, mention.end)
        if places:
            mention.location = places[0]
            mentions.extend(dataclasses.replace(mention, location=p) for p in places[1:])
    mentions.sort(key=lambda m: m.start)
    spread_outcome(sentence, mentions)
    spread_location(sentence, mentions)
    mark_children(sentence, mentions)
    return tuple(mentions)


_TOTAL_OF_BEFORE = ci(r"\b(?:from|out\s+of)\s+a\s+total\s+of\s+$")
_NON_AERIAL = ci(
    r"\b(?:sea|naval|maritime|surface|underwater|waterborne)\s+(?:attack\s+)?drones?\b|"
    r"\bunmanned\s+(?:surface\s+)?(?:boats?|vessels?)\b"
)
_BOATS_AFTER = ci(r"[\s-]*(?:boats?|vessels?|ships?)\b")  # "three Ukrainian drone boats"
_OF_THE = ci(r"\s+of\s+(?:the|these|those)\s+(?!\d)")
_INCLUDED_BEFORE = ci(
    r"\b(?:(?:those|these|the)\s+(?P<noun>drones|uavs|missiles)|it|they)\s+(?:included|including|"
    r"comprised)\s+$|"
    # "The drones were downed across various regions, including 13 each in Bryansk and Kursk"
    r"\b(?P<noun2>drones|uavs|missiles)\b[^.;\d]{0,80}?,\s*including\s+$"
)
# "over the Kursk region, where 126 were intercepted": the place before, the figure after
_WHERE_BEFORE = re.compile(
    r"\b(?:over|in|above|and)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)(?P<region>\s+(?:region|oblast|"
    r"Region|Oblast))?,\s+where\s+$"
)
_PUT_AT_BEFORE = ci(
    r"\bput\s+the\s+(?:number|total|figure|tally|count)\s+at\s+(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$"
)
_REST_AFTER = ci(
    r"\s+more\s+(?:over|across|in|above)\s+(?:the\s+)?(?:[\w-]+\s+)?other\s+(?:regions|areas|"
    r"provinces|oblasts)\b"
)
_ALL_FIRED_DOWNED = ci(
    r"\s+(?:launched|fired|sent)\s+[^,;.]{1,60}?\s+(?:were|was|had\s+been)\s+(?:all\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b"
)
_ALL_BEFORE = ci(r"\ball\s+(?:of\s+the\s+)?$")
_THE_BEFORE = ci(r"\b(?:the|those|a\s+total\s+of|total\s+of)\s+$")
_PARTICIPLE_AFTER = ci(r"\s+(?:launched|fired|sent|used)\b(?!\s+(?:a|an|the|\d))")
_RECORD_REF = ci(r"\b(?:the|previous|its|prior|old)\s+(?:\w+\s+)?record\s+of\s+$")
_RECORD_BEFORE = ci(
    r"\b(?:a|the|previous|its)\s+(?:new\s+)?record(?:-breaking|-setting)?(?:\s+of)?\s+$|"
    r"\brecord\s+of\s+$"
)
_ELLIPTIC_PLACE = re.compile(
    r"\s*(?:were\s+|was\s+)?(?:\w+\s+){0,3}?(?:[–—-]\s+)?(?:at|over|above|in|on|against|toward|"
    r"towards|near|around)\s+",
)
_MORE = ci(r"\s+more\b")
_RU_MOD = ci(
    r"\b(?:russian|russia['’]s)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|mod)\b"
)
# "54 missiles out of more than 69", "8 out 12" (sic)
_OUT_OF_BEFORE = ci(
    r"\s+(?:out\s+of|of|out)\s+(?:the\s+|a\s+total\s+of\s+)?(?:more\s+than\s+|over\s+|"
    r"at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
)
_ELLIPTIC_DAY = ci(
    r"\s+(?:(?:early|late|overnight)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b|"
    # "1,410 drones in September and 818 in August": the month before's figure, same kind
    r"\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b(?!\s+\d)"
)
_REGION_WORD = ci(r"\s*(?:the\s+)?[\w-]+\s+(?:region|oblast)\b")
_ANOTHER_BEFORE = ci(r"\banother\s+$")
_DOWNED_OVER = ci(
    r"\s+(?:were|was)\s+(?:\w+\s+)?(?:shot\s+down|downed|destroyed|intercepted)\s+(?:over|above)\s"
)
_DATED_ITEM = ci(r";\s*(?:and\s+)?(?:on|in)\s+[\w .–-]{3,24},\s*$")
_ITEM_END = re.compile(r"\s*(?:[;.,]|$)")
_LIST_AND = ci(r"(?:\band|,)\s+(?:another\s+)?$")
_DASHED_BEFORE = ci(r"\b(?P<noun>drones|uavs|missiles)\s*[—–]\s*$")
_DASH_AFTER = re.compile(r"\s*[—–]")
_DASH_ITEM = re.compile(r"\s*[–—-]\s*(?P<prep>over|in|above|on)\s")
_LINE_START = re.compile(r"(?:^|[\n:;,])\s*$")
# "Russia's record 810-drone attack", "a 623-weapon barrage"
_HYPHENATED = ci(
    r"(?<![\w-])(\d{1,3}(?:,\d{3})*|\d+)-(drone|uav|shahed|missile|weapon|projectile)"
    r"(?:s)?\s+(?:\w+\s+)?(?:attacks?|barrages?|assaults?|strikes?|raids?|salvos?|onslaughts?|"
    r"records?)\b"
)
_OF_THEM = ci(r"\s+of\s+(?:them|these|those)\b")


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
        mention.role, mention.from_after, mention.uncued = role_of(
            sentence, mention.start, mention.end
        )
        mention.record_ref = bool(_RECORD_REF.search(pre))
        return mention
    if before and _TOTAL_OF_BEFORE.search(pre) and num.start - before[-1].end < 40:
        # "destroyed 58 attack drones overnight from a total of 60": the launch figure
        prev = before[-1]
        mention = Mention(num, prev.category, prev.kinds, num.start, num.end)
        mention.role, mention.foreign_words = Role.LAUNCHED, prev.foreign_words
        return mention
    of_them = _OF_THEM.match(sentence, num.end)
    if of_them and before:
        # "130 Ukrainian drones, with 15 of them targeting Moscow": a place's share.
        prev = before[-1]
        share = Mention(num, prev.category, frozenset(), num.start, of_them.end())
        share.location = location(sentence, share.start, share.end)
        if prev.value is None or (num.value or 0) > prev.value:
            return None
        if share.location is None:
            # "17 drones …, with air defences destroying 14 of them": the figure's interceptions
            role = role_of(sentence, share.start, share.end)[0]
            if role is not Role.INTERCEPTED or prev.role is not Role.LAUNCHED:
                return None
            share.role, share.foreign_words = role, prev.foreign_words
            return share
        share.role, share.child, share.foreign_words = prev.role, True, prev.foreign_words
        return share
    if of_them:
        # "Kyiv was attacked by about 50 of them": a city's share of the figure before.
        mention = Mention(num, "total", frozenset(), num.start, of_them.end())
        mention.role, mention.from_after, mention.uncued = role_of(
            sentence, mention.start, mention.end
        )
        mention.location = location(sentence, mention.start, mention.end)
        counted = mention.role in (Role.LAUNCHED, Role.INTERCEPTED)
        if counted and mention.location and not mention.uncued:
            return mention  # (downed "18 of them … over the Kursk region" counts for UA->RU)
        if mention.role is Role.INTERCEPTED and _RU_MOD.search(sentence):
            mention.category = "drones"  # the Russian MoD "shot down 337 of them"
            return mention
        return None
    out_of = _OUT_OF_BEFORE.search(pre)
    if (
        out_of
        and before
        and before[-1].role is Role.INTERCEPTED
        and before[-1].end >= (num.start - len(out_of.group(0)) - 1)
    ):
        # "destroyed 114 aerial targets out of 158": the launch figure, same kind
        prev = before[-1]
        mention = Mention(num, prev.category, frozenset(), num.start, num.end)
        mention.role, mention.foreign_words = Role.LAUNCHED, prev.foreign_words
        return mention
    dashed = _DASHED_BEFORE.search(pre) if ("—" in pre or "–" in pre) else None
    if dashed and _DASH_AFTER.match(sentence, num.end):
        # "The most drones — 126 — were shot down over the Kursk region"
        end = _DASH_AFTER.match(sentence, num.end).end()  # type: ignore[union-attr]
        noun = dashed.group("noun").lower()
        category = "missiles" if noun.startswith("missile") else "drones"
        mention = Mention(num, category, frozenset(), num.start, end)
        mention.role, mention.from_after, mention.uncued = role_of(sentence, num.start, end)
        mention.location = location(sentence, num.start, end)
        return mention
    item = _DASH_ITEM.match(sentence, num.end)
    if (
        item
        and _LINE_START.search(pre)
        and (
            "territory" in sentence
            or v.WEAPON_HINT_RE.search(sentence)
            or _REGION_WORD.search(sentence, item.end())
        )
    ):
        # An MoD list line: "7 – over the territory of Smolensk region,"
        category = before[0].category if before else "drones"
        mention = Mention(num, category, frozenset(), num.start, num.end)
        mention.location = location(sentence, num.start, item.start("prep") - 1)
        if mention.location is None:
            return None
        mention.role = before[0].role if before else Role.INTERCEPTED
        return mention
    if not before and _ANOTHER_BEFORE.search(pre) and _DOWNED_OVER.match(sentence, num.end):
        # "Another 126 were destroyed over Kursk oblast." after the ministry's total
        mention = Mention(num, "drones", frozenset(), num.start, num.end)
        mention.role = Role.INTERCEPTED
        mention.location = location(sentence, num.start, num.end)
        return mention if mention.location else None
    if before and _DATED_ITEM.search(pre) and _ITEM_END.match(sentence, num.end):
        # "On 2-3 September, Russia launched 502 drones; on 29-30 August, 537; …": each night
        prev = before[-1]
        mention = Mention(num, prev.category, frozenset(), num.start, num.end)
        mention.role, mention.foreign_words = prev.role, prev.foreign_words
        return mention
    if before and _ELLIPTIC_DAY.match(sentence, num.end) and _LIST_AND.search(pre):
        # "150 drones on Saturday and 200 on Sunday": the next night's figure, same kind
        prev = before[-1]
        mention = Mention(num, prev.category, frozenset(), num.start, num.end)
        mention.role, mention.foreign_words = prev.role, prev.foreign_words
        return mention
    put_at = (
        not before
        and "put the" in sentence
        and _PUT_AT_BEFORE.search(sentence, max(0, num.start - 60), num.start)
    )
    if put_at and not v.WEAPON_HINT_RE.search(sentence):
        # "A spokesman said Russia fired around 100 missiles. The president put the number at
        # 85.": the figure of the attack just described, its noun left out
        mention = Mention(num, "total", frozenset(), num.start, num.end)
        mention.role = Role.LAUNCHED
        return mention
    # (in a longer list, "and 25 more across 5 other regions" is a remainder of its total)
    prev_value = before[0].value if len(before) == 1 and before[0].location else None
    if prev_value is not None:
        rest = _REST_AFTER.match(sentence, num.end)
        if rest:
            # "destroyed over 20 drones in the Moscow region and 124 more across eight other
            # regions": the places' figures add up to the night's national figure
            prev = before[0]
            q = weakest([prev.qualifier, num.qualifier])
            whole = NumberSpan(prev_value + num.value, num.start, num.end, q, num.text)
            mention = Mention(whole, prev.category, prev.kinds, num.start, rest.end())
            mention.role, mention.foreign_words = prev.role, prev.foreign_words
            return mention
    placed = (
        _WHERE_BEFORE.search(sentence, max(0, num.start - 60), num.start)
        if ", where" in sentence[max(0, num.start - 14) : num.start]
        else None
    )
    if placed and v.WEAPON_HINT_RE.search(sentence):
        mention = Mention(
            num, before[-1].category if before else "drones", frozenset(), num.start, num.end
        )
        mention.role, mention.from_after, mention.uncued = role_of(sentence, num.start, num.end)
        mention.location = place(placed.group("place"), placed.group("region"))
        return mention if mention.location and mention.from_after else None
    included = (
        _INCLUDED_BEFORE.search(sentence, max(0, num.start - 120), num.start)
        if not before
        else None
    )
    if included and _ELLIPTIC_PLACE.match(sentence, num.end):
        # "Those drones included 91 shot down over the Moscow region, 126 over Kursk, …"
        noun = (
            included.group("noun") or included.group("noun2") or "drones"
        ).lower()  # "it included 36 at the capital"
        category = "missiles" if noun.startswith("missile") else "drones"
        mention = Mention(num, category, frozenset(), num.start, num.end)
        mention.role, mention.from_after, mention.uncued = role_of(sentence, num.start, num.end)
        mention.location = location(sentence, num.start, num.end)
        return mention if mention.location and mention.role is not Role.SKIP else None
    if not before or not _ELLIPTIC_PLACE.match(sentence, num.end):
        return None
    prev = before[-1]
    if prev.location and re.search(r"\bincluding\b[^,;]*$", sentence[prev.end : num.start], re.I):
        return None  # "8 over the Moscow Region, including three flying toward Moscow"
    probe = Mention(num, prev.category, frozenset(), num.start, num.end)
    more = _MORE.match(sentence, num.end)  # "and one more - over the Kaluga region"
    where = location(sentence, probe.start, more.end() if more else probe.end)
    if where is None:
        where = next(iter(each_places(sentence, num.end)), None)  # "six each over A and B"
    if where is None:
        return None
    probe.location = where
    probe.role = prev.role
    probe.foreign_words = prev.foreign_words
    return probe
