"""When a figure happened: its night, a daytime wave apart from it, or a period tally
("over the past week", "from May 20 to May 23") that is no single attack."""

from __future__ import annotations

import re
from datetime import date, timedelta

from processors.claims import vocabulary as v
from processors.claims.dates import PREVIOUS_RECORD_RE, WEEKDAYS, CueKind, DateCue, shift
from processors.claims.fastre import ci
from processors.claims.mentions import Mention

_DAYTIME = ci(
    r"\b(?:(?:during|in)\s+the\s+(?:day|daytime|afternoon)|daytime|(?:a\s+)?second\s+wave|"
    r"another\s+wave|this\s+afternoon|(?:on\s+)?\w+day\s+afternoon|morning\s+(?:attack|strike|"
    r"barrage|wave)|later\s+(?:that|in\s+the)\s+day|midday|day-?time\s+(?:attack|wave)|"
    # "On the morning of July 8, Russia attacked …" — but not "In the morning, X said …"
    r"(?:in|on)\s+the\s+(?:late\s+)?morning(?:\s+of\s+[^,]{1,20})?,?\s+(?:russia|russian\s+"
    r"forces|the\s+enemy|moscow|the\s+russians)\s+(?:\w+\s+){0,2}?(?:attacked|launched|fired|"
    r"struck|hit))\b"
)
_NIGHT_BEFORE = ci(r"\b(?:overnight|night|nocturnal)\b[^.;]{0,40}$")
_NIGHT_AFTER = ci(
    r"^\s*(?:(?!after\b|before\b)[\w-]+\s+){0,2}?(?:overnight|during\s+the\s+night|last\s+night)\b"
)


def is_daytime(sentence: str, mention: Mention) -> bool:
    """A daytime wave reported apart from the night's attack ("another wave of 20 drones
    in the morning"): a separate attack on the same date."""
    if not _DAYTIME.search(sentence):
        return False
    night_before = _NIGHT_BEFORE.search(sentence[: mention.start])
    return not (night_before or _NIGHT_AFTER.match(sentence[mention.end :]))


_SUPERLATIVE = ci(r"\b(?:\w{3,}est|most\s+\w+)\b(?!\s+of\b)|\bmost\s*$")


_MONTH_WORD = ci(r"[a-z]{3}")
_OTHER_CLAUSE = ci(r"\b(?:as|while|when|after|before|but|whereas)\b|;")


def range_days(sentence: str, near: tuple[int, int] | None = None) -> int:
    """Nights covered by a stated range ("from May 20 to May 23" → 3, "from Saturday to
    Sunday" → 1); 0 without a range. A range to "today" counts as several nights. With
    `near` (a figure's span), only a range within a few words of it counts."""
    best = 0
    low = sentence.lower()
    if "from " not in low and "between " not in low:
        return 0
    for m in v.RANGE_RE.finditer(sentence):
        if near is not None:
            if m.end() < near[0] - 80 or m.start() > near[1] + 60:
                continue
            gap = (
                sentence[m.end() : near[0]] if m.end() <= near[0] else sentence[near[1] : m.start()]
            )
            if _OTHER_CLAUSE.search(gap):
                continue  # "evacuated from 20 to 23 June as Russia fired 50 drones overnight"
        a, b = m.group("a").lower(), m.group("b").lower()
        if a[:1].isdigit() and b[:1].isdigit() and not _MONTH_WORD.search(a + " " + b):
            continue  # "between 4 and 10 pm": hours, not days
        if b == "today" or a == "today":
            best = max(best, 2)
            continue
        if a in WEEKDAYS and b in WEEKDAYS:
            best = max(best, (WEEKDAYS.index(b) - WEEKDAYS.index(a)) % 7)
            continue
        da, db = re.search(r"\d+", a), re.search(r"\d+", b)
        if da and db:
            days = int(db.group()) - int(da.group())
            best = max(best, days if days > 0 else days + 30)
    return best


def period_phrase(sentence: str, single: bool, near: tuple[int, int] | None = None) -> bool:
    """A period phrase that dates the figure ("over the past week"), not a comparison
    ("the largest since the start of the war"). A phrase in the figure's own clause, close
    to it, counts even beside a one-night cue ("the analysis released on Friday showed
    Russia fired 6,297 drones last month")."""
    for pm in v.PERIOD_RE.finditer(sentence):
        before = sentence[max(0, pm.start() - 80) : pm.start()]
        record = [m.end() for m in v.RECORD_RE.finditer(before)]
        compared = bool(record) and not re.search(r"[,;]", before[record[-1] :])
        if compared or _SUPERLATIVE.search(before[-50:]):
            continue  # "the largest since the start of the war", "deadliest this year"
        close = near is not None and _same_clause(sentence, near, pm.span())
        if (
            single
            and not close
            and not re.search(r"total|altogether|since|\d{4}", pm.group(0), re.I)
        ):
            continue
        return True
    return False


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _same_clause(sentence: str, figure: tuple[int, int], phrase: tuple[int, int]) -> bool:
    if phrase[0] >= figure[1]:
        gap = sentence[figure[1] : phrase[0]]
    elif phrase[1] <= figure[0]:
        gap = sentence[phrase[1] : figure[0]]
    else:
        return True
    return len(gap) <= 50 and not _CLAUSE_BREAK.search(gap)


_ON_DAY_AFTER = ci(
    r"\s+(?:\w+\s+)?on\s+(?:the\s+night\s+of\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b(?:\s+[0-3]?\d\b)?"
)


def is_period(sentence: str, mentions: list[Mention]) -> bool:
    """Any of `mentions` (figures of one claim) is a tally over a period, not one attack."""
    if not mentions:
        return False
    if v.FRONT_LINE_RE.search(sentence):
        return True  # the General Staff's daily front-line tally, not a long-range barrage
    # What does not depend on the figure is asked once for all of them.
    single = v.SINGLE_ATTACK_RE.search(sentence)
    rates = [rate.start() for rate in v.RATE_RE.finditer(sentence)]
    return any(_figure_period(sentence, m, single, rates) for m in mentions)


def _figure_period(
    sentence: str, mention: Mention, single: re.Match[str] | None, rates: list[int]
) -> bool:
    near = (mention.start, mention.end) if single else None
    if range_days(sentence, near) >= 2:
        return True  # "from Saturday to Monday", "From May 20 to May 23": several nights
    for at in rates:
        if mention.start - 30 <= at <= mention.end + 40:
            return True
    if _ON_DAY_AFTER.match(sentence, mention.end):
        return False  # "This year, the biggest was 81 missiles on March 9": that day's attack
    if period_phrase(sentence, single is not None, (mention.start, mention.end)):
        return True
    value = mention.value or 0
    if value >= 1000 and re.search(r"\b(?:this|that)\s+(?:week|month|year)\b", sentence, re.I):
        return True
    if value >= 1000 and _LONG_SPAN.search(sentence):
        return True  # a tally named anywhere in the sentence: never a one-night figure
    if value >= 1000 and not single and _PERFECT.search(sentence):
        return True  # "Russia has fired more than 1,500 missiles at the energy system"
    # Far beyond any single attack so far: a tally even if a weekday is named nearby.
    return value >= 5000 or (value >= 2000 and not single)


_PERFECT = ci(r"\b(?:has|have)\s+(?:\w+\s+)?(?:launched|fired|used|sent|hurled|unleashed)\b")
_LONG_SPAN = ci(r"\b(?:weeks?|months?|years?|season|winter|summer|spring|autumn|days)\b")


def event_date(
    sentence: str,
    mention: Mention,
    cues: list[DateCue],
    context: date | None,
) -> tuple[date | None, bool]:
    """The figure's event date and whether a cue in the sentence gave it."""
    if mention.record_ref and not any(c.kind is CueKind.ABSOLUTE for c in cues):
        return None, False  # "eclipsing the record of 550 set last week"
    for cue in cues:
        # "one night after … 741", unless another cue sits between them
        after = cue.kind is CueKind.SHIFT_AFTER and mention.start >= cue.end
        if after and not any(c.start >= cue.end and c.end <= mention.start for c in cues):
            return shift(context, cue.days), True
        if cue.kind is CueKind.SHIFT_BEFORE and _same_segment(sentence, mention, cue):
            return shift(context, cue.days), True
    if _VAGUE_WHEN.search(sentence) and not any(c.kind is CueKind.ABSOLUTE for c in cues):
        return None, False  # "the weekend attack": some night, not the day it was reported
    dated = [c for c in cues if c.kind in (CueKind.ABSOLUTE, CueKind.WEEKDAY) and c.value]
    relative = [c for c in cues if c.kind is CueKind.RELATIVE]
    reported = [c for c in dated if c.report]
    dated = [c for c in dated if not c.report]  # "…, he said Friday" only as a last resort
    if reported and not relative:
        near = [c for c in dated if not _SEGMENT_BREAK.search(_between(sentence, mention, c))]
        if not near:
            dated = reported  # "200 drones on New Year's night, …said on Friday, after … Dec 29"
    if dated:
        # "On 2-3 September, … 502 drones; on 29-30 August, 537": a semicolon ends a clause
        own = [c for c in dated if ";" not in _between(sentence, mention, c)]
        # (a cue across a comma belongs to the list item before: "213 drones … into February
        # 25, and 177 drones and decoys into February 26")
        nearest = min(
            own or dated,
            key=lambda c: (
                _distance(mention, c) + (10 if "," in _between(sentence, mention, c) else 0)
            ),
        )
        closer = [c for c in relative if _distance(mention, c) < _distance(mention, nearest)]
        if closer and _SEGMENT_BREAK.search(_between(sentence, mention, nearest)):
            return _relative(closer[0], context), True  # "440 drones overnight, … 479 of June 9"
        return nearest.value, True
    if PREVIOUS_RECORD_RE.search(sentence) or mention.record_ref:
        return None, False  # "the previous record of 550": an earlier, undated attack
    past = _PAST_WHEN.search(sentence) or _PAST_LEAD.search(sentence, 0, mention.start)
    if (
        past
        and past.start() > mention.end
        and _SEGMENT_BREAK.search(sentence, mention.end, past.start())
    ):
        past = None  # "…728 drones, breaking the 539-drone record from earlier this month"
    if (
        past
        and not cues
        and not _SUPERLATIVE.search(sentence[max(0, past.start() - 50) : past.start()])
    ):
        return None, False
    if relative:
        return _relative(relative[0], context), True
    return context, False


def _relative(cue: DateCue, context: date | None) -> date | None:
    """ "Overnight" is the night the article is about: its lead's date ("early Thursday"
    in Friday's paper), which is the published date unless the lead said otherwise."""
    if cue.tonight and context is not None:
        return context
    return cue.value


def _between(sentence: str, mention: Mention, cue: DateCue) -> str:
    if cue.end <= mention.start:
        return sentence[cue.end : mention.start]
    return sentence[mention.end : cue.start]


def _distance(mention: Mention, cue: DateCue) -> int:
    if cue.end <= mention.start:
        return mention.start - cue.end
    return max(0, cue.start - mention.end)


_VAGUE_WHEN = ci(
    r"\b(?:weekend|last\s+week['’]s|earlier\s+this\s+(?:week|month)|last\s+month['’]s|"
    r"recent)\s+(?:\w+\s+)?(?:attack|strike|barrage|assault|bombardment)"
)
# "In October 2022, Russia fired 84 missiles in one day": a past attack, day not given.
_PAST_WHEN = ci(
    r"\b(?:in|during)\s+(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+(?:of\s+)?)?(?:19|20)\d\d\b|"
    r"\blast\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|year|winter|summer|autumn|spring)\b|\bearlier\s+this\s+year\b"
)
# Only before the figure: "Earlier this month, Moscow launched over 700 drones" (but not
# "…a response to an attack earlier this month").
_PAST_LEAD = ci(r"\b(?:earlier\s+(?:this|in\s+the)\s+month|last\s+month|previously)\b")
_SEGMENT_BREAK = ci(r"[,;]|\b(?:while|after|but|whereas)\b")


def _same_segment(sentence: str, mention: Mention, cue: DateCue) -> bool:
    if mention.end <= cue.start:
        return not _SEGMENT_BREAK.search(sentence[mention.end : cue.start])
    # A cue before the figure: "Just the night before, … 728 drones".
    return not re.search(r";|\b(?:while|but|whereas)\b", sentence[cue.end : mention.start])


def can_set_date(sentence: str) -> bool:
    """Only a sentence about weapons or a launch sets the article's date (`context_date`
    is None otherwise, whatever its cues: callers skip finding them)."""
    return bool(v.WEAPON_HINT_RE.search(sentence) or v.LAUNCH_RE.search(sentence))


def context_date(sentence: str, cues: list[DateCue]) -> date | None:
    """The attack date a lead sentence sets for the article (not shifted cues)."""
    if not can_set_date(sentence):
        return None
    # The first cue in the sentence: later ones tend to be comparisons ("… the record of June 9"),
    # and so do cues after "after"/"since" ("Two weeks after the July 9 record, …overnight").
    dated = (CueKind.WEEKDAY, CueKind.ABSOLUTE, CueKind.RELATIVE)
    usable = [c for c in cues if c.kind in dated and c.value is not None]
    for c in usable:
        if not _COMPARED.search(sentence, max(0, c.start - 16), c.start):
            return _shifted_back(sentence, c, cues)
    return usable[0].value if usable else None


def _shifted_back(sentence: str, cue: DateCue, cues: list[DateCue]) -> date | None:
    """ "Flags flew at half-mast on June 18 as Kyiv mourned those killed a day earlier in the
    strike": the date is the report's; the attack is the shift back from it."""
    for later in cues:
        if later.kind is not CueKind.SHIFT_BEFORE or later.start < cue.end or cue.value is None:
            continue
        between = sentence[cue.end : later.start]
        if v.LAUNCH_RE.search(between) or v.WEAPON_HINT_RE.search(between):
            break  # "On July 10 Russia launched 400 drones, a day earlier 741": its own date
        if _ATTACK_NOUN.search(sentence, later.end, later.end + 60):
            return cue.value - timedelta(days=later.days)
        break
    return cue.value


_ATTACK_NOUN = ci(r"\b(?:attack|strike|assault|barrage|bombardment|raid)s?\b")


_COMPARED = ci(r"\b(?:after|since|before|than|until)\s+(?:the\s+|its\s+)?$")
