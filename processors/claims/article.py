"""What the article as a whole says around its figures: the date line, the main attack
date, the default direction, a dated scene-setting sentence, a record named in the lead.
"""

from __future__ import annotations

import re
from datetime import date

from processors.claims import context as ctx
from processors.claims import timing as tm
from processors.claims import vocabulary as v
from processors.claims.dates import CueKind, DateCue, find_cues
from processors.claims.draft import Draft
from processors.claims.fastre import ci
from processors.claims.gate import ATTACK_QUICK, has_any
from processors.claims.mentions import Role, find_mentions
from processors.claims.sentences import Sentence

# A date line at the top ("date 2025-07-11 KYIV: …", after a title too) is when the
# text was published, never the attack's date.
_DATE_MARKER = re.compile(r"(?im)^[ \t]*(?:date[ \t]+)?((?:19|20)\d\d-[01]\d-[0-3]\d)\b")


def strip_date_line(text: str, published: date | None) -> tuple[str, date | None]:
    """The text with its top date line blanked, and `published` (from that line if unset)."""
    marker = _DATE_MARKER.search(text, 0, 400)
    if not marker:
        return text, published
    if published is None:
        published = _iso(marker.group(1))
    # Blank the marker (same length) so offsets into `text` stay valid.
    start, end = marker.span()
    return text[:start] + " " * (end - start) + text[end:], published


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class CueCache:
    """Date cues per sentence index: the main date and the claim rules ask about the same
    sentence (`find_cues` is one of the costlier steps)."""

    def __init__(self, sentences: list[Sentence], published: date | None) -> None:
        self._sentences = sentences
        self._published = published
        self._cues: dict[int, list[DateCue]] = {}

    def __call__(self, position: int) -> list[DateCue]:
        found = self._cues.get(position)
        if found is None:
            found = find_cues(self._sentences[position].text, self._published)
            self._cues[position] = found
        return list(found)  # a copy: callers may filter or extend their list


def main_date(sentences: list[Sentence], published: date | None, cues: CueCache) -> date | None:
    """The article's main attack date: the first attack sentence with a date cue."""
    for i, s in enumerate(sentences):
        low = s.text.lower()
        if ATTACK_QUICK.search(low) and tm.can_set_date(s.text):
            if i >= 3 and _BACKGROUND_ON.match(s.text):
                continue  # "On December 26, it was revealed that …" late in a story: background
            if i >= 2 and "on the eve" in low:
                continue  # "The Kiev regime on the eve made an attempt …": the day before's story
            found = tm.context_date(s.text, cues(i))
            if found is not None and not _period_sentence(s.text) and not _stray(s.text):
                return found
    return _report_date(sentences[:8], cues) or published


_BACKGROUND_ON = ci(
    r"\W*on\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:[a-z]+\s+\d{1,2}|"
    r"\d{1,2}\s+[a-z]+))\s*,"
)


def _stray(text: str) -> bool:
    """ "Poland said yesterday it shot down drones that entered its airspace": a neighbour's
    night, not the attack's."""
    if _STRAY.search(text):
        return True
    return "airspace" in text and bool(_NEIGHBOUR.search(text))


_NEIGHBOUR = ci(r"\b(?:poland|polish|romania|romanian|moldova|moldovan|nato)\b")
_SAID_DATE_QUICK = re.compile(
    r"\b(?:said|wrote|announced|reported|stated)\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d)"
)
_SAID_WORDS = (" said ", " wrote ", " announced ", " reported ", " stated ")
_SAID_ON = ci(r"\b(?:said|wrote|announced|reported|stated)\s+(?:on\s+)?$")


def _report_date(sentences: list[Sentence], cues: CueCache) -> date | None:
    """ "…, Zelenskyy said on March 9 on Telegram." with no attack sentence dated: the
    report's day is the best date the article gives (seen before the published date)."""
    for i, s in enumerate(sentences):
        if not has_any(s.text.lower(), _SAID_WORDS) or not _SAID_DATE_QUICK.search(s.text):
            continue  # (find_cues is costly: only for "said on March 9"-like sentences)
        for c in cues(i):
            dated = c.kind is CueKind.ABSOLUTE and c.value is not None  # ("said Friday": no)
            if dated and _SAID_ON.search(s.text, max(0, c.start - 16), c.start):
                return c.value
    return None


# "Russian drones crossed into Poland on Wednesday": another country's night, not the article's
_STRAY = ci(
    r"\b(?:crossed\s+into|entered|strayed\s+into|violated|flew\s+into)\s+(?:the\s+)?"
    r"(?:airspace\s+of\s+)?(?:poland|polish|romania|romanian|moldova|moldovan|belarus|belarusian|"
    r"nato)\b"
)


def _period_sentence(text: str) -> bool:
    """ "…900 drones in the three days up to Monday": its day ends a tally, not an attack."""
    if tm.range_days(text) >= 2:
        return True
    return not v.SINGLE_ATTACK_RE.search(text) and tm.period_phrase(text, False)


_UKRAINIAN_DRONES = ci(
    r"\bukrainian\s+(?:[\w-]+\s+){0,3}?(?:drones|uavs|unmanned|missiles)|\b(?:ukraine|kyiv)\s+"
    r"(?:has\s+|had\s+)?(?:launched|fired|attacked|sent)|\bby\s+ukraine|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+defen[cs]e|russian\s+air\s+defen|over\s+russian"
)
_FOREIGN_LEAD = ci(
    r"^\W*(?:[\w'’]+\s+){0,3}?(?P<actor>iran|israel|the\s+houthis|houthis|hezbollah|hamas)\b"
    r"[^.]{0,80}?\b(?:launched|fired|attacked|unleashed|targeted)\b"
)
_FOREIGN_ACTORS = ("iran", "israel", "houthis", "hezbollah", "hamas")
_RU_ATTACK = ci(
    r"\b(?:russia|russian\s+forces|moscow)\s+(?:\w+\s+)?(?:launched|attacked|fired|struck|hit|"
    r"pounded|targeted)\b|\b(?:attacks?|strikes?)\s+on\s+(?:ukraine|kyiv|ukrainian)"
)
_RU_PLACES = "|".join(sorted(v.RUSSIA_PLACES))
_IN_RUSSIA = ci(r"\brussia|\b(?:" + _RU_PLACES + r")\b")
# "off the coast of the Russian city of Sevastopol", "the governor of Russia's Rostov region"
_RUSSIAN_PLACE = ci(
    r"\bRussia['’]s\s+(?:[\w-]+\s+){1,2}?(?:region|oblast|city|port|republic)\b|"
    r"\bthe\s+Russian\s+(?:city|region|town|port|village|republic|capital|territory|airspace)\b"
)
_DOWNED_WORD = ci(
    r"\b(?:downs?|downed|shot\s+down|shoots?\s+down|destroy(?:s|ed)?|intercept(?:s|ed)?)\b"
)
_UA_ATTACK_LEAD = ci(
    r"\b(?:ukraine|ukrainian|kyiv)\b[^.]{0,80}?\b(?:attacks?|strikes?|raids?)\s+(?:yet\s+)?(?:on|against|"
    r"targeting)\s+(?:the\s+)?(?:moscow|russia\b|russian\s+(?:capital|territory|regions?|cities|"
    r"soil|oil|refiner\w*|energy|airfields?|air\s+bases?|military))|"
    # "Moscow Mayor Sergey Sobyanin announced an attack by several UAVs on the Russian capital"
    r"\bsobyanin\b|\b(?:attacks?|strikes?|raids?)\s+(?:by\s+[^.]{0,40}?)?(?:on|against)\s+"
    r"(?:the\s+)?russian\s+capital\b|"
    # "Ukrainian drones targeted one of the largest oil refineries in Russia"
    r"\bukrainian\s+(?:drones|uavs)\s+(?:\w+\s+){0,2}?(?:targeted|struck|hit|attacked)\b[^.]{0,80}?"
    r"(?:\bin\s+(?:[\w-]+\s+)?russia\b|\brussia['’]s\b|\brussian\b|\bmoscow\b)|"
    # A Russian region's governor or a Russian region attacked: "Belgorod Oblast Governor …
    # reported the downing", "drones have attacked an oil refinery in Leningrad Oblast"
    r"\bgladkov\b|\b(?:" + _RU_PLACES + r")(?:\s+(?:oblast|region)(?:['’]s)?)?\s+governor\b|"
    r"\bgovernor\s+of\s+(?:the\s+)?(?:" + _RU_PLACES + r")\s+(?:oblast|region)\b|"
    r"\b(?:drones?|uavs?)\s+(?:have\s+|has\s+)?(?:attacked|targeted|struck|hit)\b[^.]{0,60}?"
    r"\bin\s+(?:(?:the\s+)?(?:" + _RU_PLACES + r")\s+(?:oblast|region)\b|"
    # "Drones have struck two oil refineries in southwestern Russia"
    r"(?:[\w-]+\s+)?russia\b)"
)


def lead_direction(sentences: list[Sentence], candidates: set[int]) -> str:
    """Another war's lead ("Iran launched … against Israel") sets the default direction,
    so "180 missiles were fired" later in it is not taken for a Russian attack."""
    for s in sentences[:4]:
        low = s.text.lower()
        if len(low) == len(s.text) and not has_any(low, _FOREIGN_ACTORS):
            continue  # no actor the lead regex needs (a cheap test before the regex)
        if _FOREIGN_LEAD.search(s.text):
            direction, stated = ctx.direction(s.text, None, "RU->UA")
            if stated and not direction.startswith(("RU", "UA")):
                return direction
    # A report that opens with Ukrainian drones downed over Russia is about that attack;
    # one that opens with a Russian attack's figure is not, whatever follows.
    # (a headline and a lead with no figure leave it to the first figure sentence after them)
    firsts: list[int] = [i for i in (0, 1) if i in candidates]
    if not firsts:
        later = min((c for c in candidates if c < 5), default=None)
        if later is not None and _UKRAINIAN_DRONES.search(sentences[later].text):
            firsts = [later]  # (only Ukrainian drones there can change the default)
    for i in firsts:
        s = sentences[i]
        mentions = [m for m in find_mentions(s.text) if m.role is not Role.SKIP]
        if not mentions:
            continue
        direction, stated = ctx.direction(s.text, mentions[0], "RU->UA")
        if not _UKRAINIAN_DRONES.search(s.text):
            if stated:
                return "RU->UA"
            continue
        return direction if stated and direction == "UA->RU" else "RU->UA"
    # "Russia's defence ministry said Ukraine was behind the drone attack on Moscow."
    # (the headline or the lead: "Governor Gusev: …" then "…, Governor of the Voronezh region")
    ua_lead = any(_UA_ATTACK_LEAD.search(s.text) for s in sentences[:2])
    ua_lead = ua_lead or _downed_in_russia(sentences[:2])
    if ua_lead and not any(_RU_ATTACK.search(s.text) for s in sentences[:3]):
        return "UA->RU"
    return "RU->UA"


def _downed_in_russia(lead: list[Sentence]) -> bool:
    """A headline or lead that puts the shoot-down in Russia, without a figure ("Russia downs
    drone over Sevastopol", "Ukrainian Armed Forces drone destroyed over Bryansk region", "…
    was shot down … off the coast of the Russian city of …"): the article's side."""
    sides = {
        "UA->RU" if side == "" and _RUSSIAN_PLACE.search(s.text) else side
        for s in lead
        if _DOWNED_WORD.search(s.text) and _IN_RUSSIA.search(s.text)
        for side in (ctx.direction(s.text, None, "")[0],)
    }
    return "UA->RU" in sides and "RU->UA" not in sides


_THE_ATTACK = ci(r"\b(?:in|during|for)\s+(?:the|that|this)\s+(?:attack|strike|assault|barrage)\b")


def scene_date(sentences: list[Sentence], i: int, cues: CueCache) -> date | None:
    """ "On November 19, Ukraine launched its first ATACMS attack. The ministry said five
    missiles were fired …": a dated scene-setting sentence dates the next one (`i`)."""
    prev, s = sentences[i - 1], sentences[i]
    if not ATTACK_QUICK.search(prev.text.lower()):
        return None
    if prev.paragraph != s.paragraph and not _THE_ATTACK.search(s.text):
        return None  # ("… an attack on Kyiv on July 31 …\n… 300 drones in the attack")
    dated = [c for c in cues(i - 1) if c.kind is CueKind.ABSOLUTE]
    return dated[-1].value if dated else None


_LEAD_ATTACK = ci(
    r"\b(?:attacks?|barrages?|assaults?|strikes?|bombardments?|onslaught|waves?|salvos?|raids?)\b|"
    # "as Russia launched record numbers of drones and missiles at Ukraine"
    r"\brecord\s+numbers?\s+of\s+(?:drones|missiles|uavs|shaheds)\b"
)


def lead_record(sentences: list[Sentence], drafts: list[Draft], main: date | None) -> None:
    """ "…the largest aerial attack of the war." in the lead, the figure a sentence later."""
    first = min((d.sentences[0].index for d in drafts), default=None)
    if first is None:
        return
    for s in sentences:
        if s.index >= first or s.index > 3:
            break
        if _LEAD_ATTACK.search(s.text) and ctx.is_record(s.text) and _record_first(s.text):
            for d in drafts:
                if d.event_date == main and not d.period and d.location is None:
                    d.record = True
                    break
            return


def _record_first(text: str) -> bool:
    """No figure in the sentence, or the record words come before all of them
    ("Russia's largest attack: … 200 out of 236 …", a headline)."""
    mentions = find_mentions(text)
    if not mentions:
        return True
    at = ctx.record_positions(text)
    return bool(at) and min(at) < mentions[0].start and ":" in text[min(at) : mentions[0].start]
