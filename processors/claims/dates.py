"""Event-date resolution: the Kyiv date of the morning an attack ended.

Cues found in a sentence, each with its offset so the extractor can give each
figure the nearest one:

- absolute: "on the night of 8–9 July", "July 9", "9 July 2025", "2025-07-09"
- weekday: "early Thursday", "on Wednesday night" (→ Thursday), "overnight into Friday"
- relative to publication: "overnight", "last night", "this morning", "yesterday"
- shifts relative to the article's main attack: "the night before", "a day earlier",
  "one night after" (the figure after "after" belongs to the earlier night)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from processors.claims.fastre import ci

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)


def _m(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_NAMES})\.?"


def _d(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"


def _y(name: str) -> str:
    return rf"(?:,?\s+(?P<{name}>(?:19|20)\d\d))?"


_SEP = r"\s*(?:[-–—/]|to|into|and)\s*"
ABSOLUTE_RE = ci(
    # (\b before the group, as in every branch: the parser tests it once for all)
    r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d\b)"
    # 8–9 July (2025), 8 to 9 July, 8 July to 9 July: the later day
    rf"|\b{_d('da')}(?:\s+{_m('ma')})?{_SEP}{_d('db')}\s+(?:of\s+)?{_m('mb')}{_y('ya')}"
    # July 8–9, July 8 to July 9
    rf"|\b{_m('me')}\s+{_d('de')}{_SEP}(?:{_m('mf')}\s+)?{_d('df')}\b(?![:.]\d|\s*[ap]\.?m\b)"
    rf"{_y('ye')}"
    # July 9 (2025)
    rf"|\b{_m('mc')}\s+{_d('dc')}\b{_y('yc')}"
    # 9 July (2025), 9th of July
    rf"|\b{_d('dd')}\s+(?:of\s+)?{_m('md')}\b{_y('yd')}",
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_RE = ci(
    rf"\b(?:(?P<pre>late|early|last|overnight|overnight\s+(?:into|to|on)|night\s+(?:into|to)|"
    rf"the\s+night\s+(?:into|to|of|between)|before\s+dawn\s+on|in\s+the\s+early\s+hours\s+of|"
    rf"between)"
    rf"\s+(?:on\s+)?)?(?P<wd>{_WD})(?:'s|’s)?"
    rf"(?:\s+(?:(?:to|into|and)\s+(?P<wd2>{_WD})|(?P<post>night|evening|morning|afternoon|"
    rf"overnight)))?\b",
)
RELATIVE_RE = ci(
    # Russian wires' "on the eve" is the day before (not "on the eve of <an occasion>")
    r"\b(?P<yday>the\s+day\s+before\s+yesterday|yesterday|the\s+previous\s+evening|"
    r"on\s+the\s+eve(?!\s+of\b))\b|"
    r"\b(?P<today>overnight|last\s+night|this\s+morning|early\s+today|today|tonight|"
    r"during\s+the\s+night|the\s+night(?!\s+of\s+\d)|early\s+hours|in\s+the\s+early\s+morning|"
    # the defence ministry's "over the past day / last 24 hours": the day it reports
    r"over\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:day|24\s+hours))\b",
)
# (pattern, days, applies_after): "one night after X" shifts what follows;
# "X the night before" shifts what precedes (and what follows, at a sentence start).
SHIFT_RE = ci(
    r"\b(?:(?P<after>(?:just\s+|only\s+|barely\s+)?(?:a|one|two|three|24|48)\s+(?:day|night|"
    r"hour)s?\s+after)|"
    r"(?P<before>(?:just\s+)?(?:the|a|one|two|three|24|48)\s+(?:day|night|hour)s?\s+"
    r"(?:before|earlier|prior)|the\s+previous\s+(?:day|night)|the\s+(?:day|night)\s+prior|"
    r"a\s+week\s+(?:earlier|before|ago)|the\s+preceding\s+(?:day|night)))\b",
)
_SHIFT_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "24": 1, "48": 2}
PREVIOUS_RECORD_RE = ci(
    r"\b(?:previous|prior|earlier|former|last|old)\s+(?:\w+\s+)?(?:record|high|peak|largest|"
    r"biggest|heaviest|most\s+massive)\b",
)


# A date right after a comparison or a starting point is not the figure's night.
_COMPARED_TO = ci(
    r"\b(?:exceed\w*|surpass\w*|eclips\w*|topp?(?:ing|ed)|beat(?:ing|s)?|outstripp\w*|than|"
    r"compared\s+(?:with|to)|since)\s+(?:(?:the|its|that\s+of|those\s+of)\s+)?$"
)
# Fixed-date holidays named for the morning of an attack ("on Christmas Day").
_HOLIDAY = ci(r"\b(?:christmas\s+(?:day|morning)|new\s+year['’]?s\s+(?:day|morning))\b")
# "…exceeded the Oct. 10 attack when 84 rockets were fired": that date has its own figure.
_WHEN_AFTER = ci(
    r"\s+(?:\w+\s+)?(?:attacks?|strikes?|barrages?|assaults?)?,?\s*(?:when|in\s+which)\b"
)
_START_TIME = ci(r"(?:from|since|after)\s+\d{1,2}[:.]\d\d\s+(?:on\s+)?$")
_RANGE_START = ci(
    r"\bbetween\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m)?(?:\s+(?:moscow|kyiv|local)\s+time)?"
    r"(?:\s*\([^)]{0,40}\))?\s+on\s+$"
)


_PREPOSITION_AFTER = re.compile(r"\s+(?:a|an|the|it|its|Russia|Moscow|Ukraine|Kyiv)\b")


_DIGIT = re.compile(r"\d")
_PAST_NIGHT = ci(r"\b(?:over|during|in|throughout)\s+the\s+(?:past|previous|last)\s+night\b")
_REPORTED = ci(r"\b(?:said|says|reported|announced|wrote|added|told\s+\w+)\s+(?:on\s+)?$")
_SHIFT_QUICK = re.compile(r"before|earlier|after|previous|prior|preceding|ago")
_RELATIVE_QUICK = re.compile(r"night|today|yesterday|morning|hours|evening|day|the eve")


class CueKind(Enum):
    ABSOLUTE = "absolute"
    WEEKDAY = "weekday"
    RELATIVE = "relative"
    SHIFT_AFTER = "shift_after"
    SHIFT_BEFORE = "shift_before"


@dataclass(frozen=True, slots=True)
class DateCue:
    kind: CueKind
    start: int
    end: int
    value: date | None = None  # resolved date (ABSOLUTE/WEEKDAY/RELATIVE)
    days: int = 0  # for shifts
    tonight: bool = False  # "overnight", "last night": the night the article is about
    report: bool = False  # "…, officials said Friday": when it was said, not when it happened


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _make(year: int | None, month: int, day: int, published: date | None) -> date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        # "July 9" in a January article means last year's July.
        if candidate > published + timedelta(days=2):
            candidate = date(year - 1, month, day)
        return candidate
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _absolute(m: re.Match[str], published: date | None) -> date | None:
    g = m.groupdict()
    if g.get("iso"):
        try:
            return date.fromisoformat(g["iso"])
        except ValueError:
            return None  # "2025-19-39": digits that only look like a date
    if g.get("db"):  # a night range: the later day
        year = int(g["ya"]) if g.get("ya") else None
        return _make(year, _month(g["mb"]), int(g["db"]), published)
    if g.get("df"):
        year = int(g["ye"]) if g.get("ye") else None
        return _make(year, _month(g.get("mf") or g["me"]), int(g["df"]), published)
    for mk, dk, yk in (("mc", "dc", "yc"), ("md", "dd", "yd")):
        if g.get(mk) and g.get(dk):
            year = int(g[yk]) if g.get(yk) else None
            return _make(year, _month(g[mk]), int(g[dk]), published)
    return None


def _weekday(m: re.Match[str], published: date | None) -> date | None:
    if published is None:
        return None
    name = (m.group("wd2") or m.group("wd")).lower()
    back = (published.weekday() - WEEKDAYS.index(name)) % 7
    pre_word = (m.group("pre") or "").lower()
    if pre_word == "last":
        return published - timedelta(days=back or 7)  # "last Thursday": never today
    if back == 6 and (pre_word or m.group("wd2")):
        back = -1  # "overnight into Sunday" in Saturday's (US evening) paper: the next day
    day = published - timedelta(days=back)
    if pre_word == "overnight" and back == 1 and not m.group("post"):
        return published  # "overnight Friday" in Saturday's paper: the night into Saturday
    if m.group("wd2"):
        return day
    pre = (m.group("pre") or "").lower()
    post = (m.group("post") or "").lower()
    if pre.startswith("late") or (post == "night" and not pre):
        # The night of Wednesday ends on Thursday morning; but a report cannot describe a
        # night that has not ended: "Thursday night" in Thursday's paper is the one before.
        day = min(day + timedelta(days=1), max(day, published))
    elif pre.startswith("the night of"):
        day = min(day + timedelta(days=1), max(day, published))
    return day


_LAST_WEEK_AFTER = ci(r"\s+(?:of\s+)?last\s+week\b")


def find_cues(text: str, published: date | None) -> list[DateCue]:
    """All date cues of a sentence, in text order, resolved against `published`."""
    cues: list[DateCue] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    has_digit = _DIGIT.search(text) is not None
    low = text.lower()
    window = "between" in low or "from" in low  # (every clock window starts with one of them)
    for m in ABSOLUTE_RE.finditer(text) if has_digit else ():
        evening = _EVENING_START.search(text, max(0, m.start() - 50), m.start())
        if evening is None and window:
            evening = _EVENING_WINDOW.search(text, max(0, m.start() - 90), m.start())
            if evening is None and _EVENING_WINDOW_AFTER.match(text, m.end()):
                evening = m  # "On September 6, from 8 p.m. Moscow time to midnight"
        if evening is None and (
            _START_TIME.search(text, max(0, m.start() - 16), m.start())
            or (window and _RANGE_START.search(text, max(0, m.start() - 70), m.start()))
        ):
            continue  # "(from 18:00 on September 6)", "Between 11:00 p.m. (…) on December 24
            # and 7:00 a.m.": when the attack began
        if _COMPARED_TO.search(text, max(0, m.start() - 30), m.start()) and not _WHEN_AFTER.match(
            text, m.end()
        ):
            continue  # "exceeding the October 10 attack", "since July 17": another day
        if _OCCASION_AFTER.match(text, m.end()):
            continue  # "the May 9 holiday", "ahead of the June 12 celebrations": not the attack
        value = _absolute(m, published)
        if value is not None:
            started = _STARTED.search(text, max(0, m.start() - 40), m.start())
            if evening is not None or (started and _EVENING_AFTER.match(text, m.end())):
                # "From 20:00 on Monday, January 27", "launched the attack on January 22 at
                # 7:00 PM": the night ended the next morning
                value += timedelta(days=1)
            cues.append(DateCue(CueKind.ABSOLUTE, m.start(), m.end(), value))
            taken.append(m.span())
    for m in _DAY_OF_MONTH.finditer(text) if has_digit and published is not None else ():
        if free(*m.span()):
            assert published is not None
            value = _make(None, published.month, int(m.group(1)), published)
            if value is not None and value > published:
                value = None  # "on the 30th" in a story of the 3rd: last month, not guessed
            if value is not None:
                cues.append(DateCue(CueKind.ABSOLUTE, m.start(), m.end(), value))
                taken.append(m.span())
    for m in _HOLIDAY.finditer(text) if "christmas" in low or "new year" in low else ():
        christmas = m.group(0).lower().startswith("christmas")
        value = _make(None, 12 if christmas else 1, 25 if christmas else 1, published)
        if value is not None and free(*m.span()):
            cues.append(DateCue(CueKind.ABSOLUTE, m.start(), m.end(), value))
            taken.append(m.span())
    for m in WEEKDAY_RE.finditer(text) if "day" in low else ():
        if m.group(0)[-2:] in ("'s", "’s") and not _ATTACK_NOUN_AFTER.match(text, m.end()):
            continue  # "Tuesday's Victory Day parade": that day's event, not the attack's
        if free(*m.span()):
            report = bool(_REPORTED.search(text, max(0, m.start() - 25), m.start()))
            value = _weekday(m, published)
            if published is not None and _LAST_WEEK_AFTER.match(text, m.end()):
                # "on Tuesday last week": that weekday of the previous calendar week
                monday = published - timedelta(days=published.weekday() + 7)
                value = monday + timedelta(days=WEEKDAYS.index(m.group("wd").lower()))
            evening = _EVENING_START.search(text, max(0, m.start() - 40), m.start())
            late = (
                evening is not None
                or (
                    "midnight" in low
                    and _BEFORE_MIDNIGHT.search(text, max(0, m.start() - 30), m.start()) is not None
                )
                or (
                    "hours" in low
                    and (m.group("post") or "").lower() in ("night", "evening")
                    and _HOURS_WINDOW.search(text, max(0, m.start() - 40), m.start()) is not None
                )
            )
            if (
                late
                and value is not None
                and value.weekday() == WEEKDAYS.index(m.group("wd").lower())
            ):
                # "From 20:00 on Monday" ended on Tuesday; "in three hours on Sunday evening" is
                # an evening dispatch about the night that ends on Monday
                value += timedelta(days=1)
            if value is not None and published is not None and _INTO_NIGHT.match(text, m.end()):
                value = min(value + timedelta(days=1), published)  # "began on Thursday and
                # continued throughout the night": it ended on Friday morning
            cues.append(DateCue(CueKind.WEEKDAY, m.start(), m.end(), value, report=report))
            taken.append(m.span())
    # "Over the past/previous night, air defences destroyed 41 drones": last night, not a shift.
    for m in _PAST_NIGHT.finditer(text) if published is not None else ():
        cues.append(DateCue(CueKind.RELATIVE, m.start(), m.end(), published, tonight=True))
        taken.append(m.span())
    shifts = _SHIFT_QUICK.search(low) is not None
    for m in SHIFT_RE.finditer(text) if shifts else ():
        if not free(*m.span()):
            continue
        earlier = m.group(0).lower().endswith("earlier")  # an adverb: "a day earlier it had …"
        if m.group("before") and not earlier and _PREPOSITION_AFTER.match(text, m.end()):
            continue  # "two days before a further attack": the later event, not a shift back
        word = m.group(0).split()
        n = next((_SHIFT_DAYS[w.lower()] for w in word if w.lower() in _SHIFT_DAYS), 1)
        if "week" in m.group(0).lower():
            n = 7
        kind = CueKind.SHIFT_AFTER if m.group("after") else CueKind.SHIFT_BEFORE
        cues.append(DateCue(kind, m.start(), m.end(), None, n))
        taken.append(m.span())
    relative = _RELATIVE_QUICK.search(low) is not None
    for m in RELATIVE_RE.finditer(text) if relative else ():
        if not free(*m.span()) or published is None:
            continue
        report = False
        if m.group("yday"):
            back = 2 if "before" in m.group("yday").lower() else 1
            value = published - timedelta(days=back)
            report = bool(_REPORTED.search(text, max(0, m.start() - 25), m.start()))
        else:
            value = published
        night = bool(m.group("today")) and "night" in m.group(0).lower()
        cues.append(
            DateCue(CueKind.RELATIVE, m.start(), m.end(), value, tonight=night, report=report)
        )
        taken.append(m.span())
    cues.sort(key=lambda c: c.start)
    return _join_spans(text, _reported_night(cues))


def _reported_night(cues: list[DateCue]) -> list[DateCue]:
    """ "…36 drones overnight, the ministry said yesterday": the night before it was said."""
    said = next((c for c in cues if c.report and c.kind is CueKind.RELATIVE), None)
    if said is None:
        return cues
    out = []
    for c in cues:
        if c.kind is CueKind.RELATIVE and not c.report and c.value is not None:
            c = DateCue(c.kind, c.start, c.end, said.value)  # not "tonight": that day
        out.append(c)
    return out


def _join_spans(text: str, cues: list[DateCue]) -> list[DateCue]:
    """ "From Thursday evening until 9am on Friday" and "his July 3 call … later that night":
    an attack spanning the night is dated by the morning it ended."""
    out: list[DateCue] = []
    for cue in cues:
        prev = out[-1] if out else None
        dated = (CueKind.ABSOLUTE, CueKind.WEEKDAY)
        if (
            prev is not None
            and prev.kind in dated
            and cue.kind in dated
            and prev.value is not None
            and cue.value == prev.value + timedelta(days=1)
            and (
                _UNTIL.match(text[prev.end : cue.start])
                # "on Thursday evening and Friday morning"
                or (
                    text[prev.end : cue.start].strip() == "and"
                    and text[prev.start : prev.end].lower().endswith(("evening", "night"))
                )
            )
        ):
            out[-1] = cue
            continue
        out.append(cue)
    later = _THAT_NIGHT.search(text) if "that " in text else None
    if later is not None:
        before = [c for c in out if c.end <= later.start() and c.kind in dated]
        first = before[-1] if before else None
        if first and first.value and not any(c.start >= later.start() for c in out):
            value = first.value + timedelta(days=1)
            out = [c for c in out if c is not first]
            out.append(DateCue(CueKind.ABSOLUTE, later.start(), later.end(), value))
    return out


_UNTIL = ci(r"^\s*(?:[a-z]+\s+)?(?:until|till|to|through)\b[^.;]{0,40}$")
_THAT_NIGHT = ci(r"\blater\s+that\s+(?:night|evening)\b")
_INTO_NIGHT = ci(
    r"\s+and\s+(?:continued|lasted|went\s+on|carried\s+on)\s+(?:throughout|through|into|all|"
    r"during|overnight)"
)
_EVE = r"(?:(?:1[6-9]|2[0-3])[:.]\d\d|(?:[4-9]|1[01])(?:[:.]\d\d)?\s*(?:pm|p\.m\.))"
_EVENING_START = ci(
    r"\b(?:from|since|after|starting|(?:started|began)\s+at)\s+(?:(?:around|about)\s+)?"
    rf"{_EVE}\s+(?:on\s+)?"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\(?)?$"
)
# A ministry's evening window, "between 8:00 p.m. and 11:00 p.m. Moscow time (…) on January 4":
# the night that ends the next morning ("on the evening of Sept. 11" stays that day: a strike).
_EVENING_WINDOW = ci(
    rf"\b(?:between|from)\s+{_EVE}\s+(?:moscow\s+time\s+)?(?:and|to|until|-|–)\s+"
    rf"(?:{_EVE}|midnight)(?:\s+(?:moscow|local)\s+time)?(?:\s*\([^)]{{0,60}}\))?\s+on\s+$"
)
_EVENING_WINDOW_AFTER = ci(
    rf"\s*,?\s+(?:between|from)\s+{_EVE}\s+(?:moscow\s+time\s+)?(?:and|to|until)\s+"
    rf"(?:{_EVE}|midnight)\b"
)
# "just before midnight on Tuesday": the night that ends on Wednesday
_BEFORE_MIDNIGHT = ci(r"\bbefore\s+midnight\s+(?:on\s+)?$")
# "in three hours on Thursday night", "in a span of three hours on Sunday evening"
_HOURS_WINDOW = ci(r"\b(?:in|within|over)\s+(?:a\s+span\s+of\s+)?\w+\s+hours\s+on\s+$")
_OCCASION_AFTER = ci(
    r"\s+(?:victory\s+day\s+)?(?:holiday|celebrations?|parade|anniversary|commemorations?|"
    r"festivities|summit|talks|meeting|deadline|elections?|vote)\b"
)
_STARTED = ci(
    r"\b(?:began|started|launched\s+(?:the|its|an?)\s+(?:\w+\s+)?attack|attack\s+began)\b"
)
_EVENING_AFTER = ci(
    r"\s*,?\s+at\s+(?:(?:1[7-9]|2[0-3])[:.]\d\d\b|(?:[5-9]|1[01])(?:[:.]\d\d)?\s*(?:pm|p\.m\.))"
)
_ATTACK_NOUN_AFTER = ci(
    r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?|assaults?|bombardments?|raids?|waves?|"
    r"operations?|shelling|night|overnight|drone|missile|combined)\b"
)
_DAY_OF_MONTH = ci(r"\b(?:on|of)\s+the\s+([0-3]?\d)(?:st|nd|rd|th)\b(?!\s+of\s)")


def shift(base: date | None, days: int) -> date | None:
    return None if base is None else base - timedelta(days=days)
