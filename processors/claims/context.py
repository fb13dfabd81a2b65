"""Sentence-level context for a figure: direction, source, record words, period, date."""

from __future__ import annotations

import re
from datetime import date

from processors.claims import vocabulary as v
from processors.claims.dates import PREVIOUS_RECORD_RE, WEEKDAYS, CueKind, DateCue, shift
from processors.claims.fastre import ci
from processors.claims.mentions import Mention

_ACTOR_RE = ci(
    r"\b(?P<actor>Russia|Russian\s+(?:forces|troops|military|army|invaders|occupiers)|Moscow|"
    r"the\s+enemy|Ukraine|Ukrainian\s+(?:forces|military|troops|army|navy)|Kyiv|Iran|Tehran|"
    r"Israel|the\s+Houthis|Houthis|Hezbollah|Hamas)\b(?!['’]s\s+(?:air\s+force|defen[cs]e|"
    r"military|army|general))",
)
_ATTACK_VERB_RE = ci(
    r"\b(?:launch(?:ed|es)?|fire[ds]?|attacked|attacking|sen[dt]s?|unleash(?:ed|es)?|targeted|"
    r"struck|used|uses|hurled|pound(?:ed|s)|bombard(?:ed|s)|hammer(?:ed|s)|deploy(?:ed|s)|"
    r"hit|hits|rained|pummell?ed|blasted|battered)\b",
)
_BY_RE = ci(
    r"\b(?:by|from)\s+(?P<actor>Russia|Russian\s+forces|Ukraine|Ukrainian\s+forces|Iran|Israel|"
    r"the\s+Houthis)\b"
    # "condemned by Ukraine president Zelensky": a speaker, not the attacker
    r"(?!['’]s|\s+(?:president|prime|foreign|defen[cs]e|officials?|leader|authorities|air\s+force))",
)
_TARGET_RE = ci(
    r"\b(?:at|on|against|into|over|toward|towards|across|targeting|attacked|approached|"
    r"approaching)\s+(?:the\s+)?"
    r"(?P<target>Ukraine|Russia|(?:Russian|Ukrainian)\s+(?:[\w-]+\s+){0,2}?(?:territory|regions?|"
    r"capital|"
    r"soil|cities|bases|airfields|air\s+bases|refiner(?:y|ies)|targets|facilities|ports?|oil\s+"
    r"depots?)|Israel|Iran|Moscow|Kyiv|Poland)\b",
)
_RU_DEFENDER_RE = ci(
    r"\b(?:Russia['’]s|Russian)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|"
    r"air\s+defen[cs]es?|MoD)|\bMinistry\s+of\s+Defen[cs]e\s+of\s+(?:the\s+)?Russia|"
    r"\bover\s+(?:the\s+)?(?:" + "|".join(sorted(v.RUSSIA_PLACES)) + r")\b|"
    r"\bSobyanin\b|\bMoscow\s+(?:Mayor|mayor)\b|\bGladkov\b|"
    # "the Russian authorities claim that 73 drones were shot down in the Moscow region"
    r"\b(?:Russian|Russia['’]s)\s+(?:authorities|officials)\b[^.;]{0,60}?\b(?:shot\s+down|downed|"
    r"destroyed|intercepted)\b",
)
_UA_DEFENDER_RE = ci(
    r"\b(?:Ukraine|Ukrainian\s+(?:air\s+defen[cs]es?|forces|military|troops|defen[cs]e\s+forces)|"
    r"Kyiv)\s+(?:\w+\s+)?(?:downed|shot\s+down|destroyed|intercepted|neutrali[sz]ed)\b|"
    # "Air defences shot down 120 of 150 drones, the Ukrainian air force said"
    r"\b(?:Ukraine['’]s|Ukrainian)\s+air\s+(?:force|defen[cs]es?)\b"
)
COUNTERPART = {"RU": "UA", "UA": "RU", "IR": "IL", "IL": "IR", "YE": "IL", "LB": "IL", "PS": "IL"}


def _code(name: str) -> str | None:
    low = name.lower()
    if low.startswith("the enemy"):
        return "RU"
    for word in low.replace("the ", "").split():
        if word in v.COUNTRIES:
            return v.COUNTRIES[word]
        if word in v.RUSSIA_PLACES:
            return "RU"
        if word in v.UKRAINE_PLACES:
            return "UA"
    return None


# Where the launchers were, not the target: "fired by Tu-95 bombers flying over Russia's
# Rostov region", "launched from ships in the Black Sea".
_LAUNCH_SITE = ci(
    r"\b(?:bombers?|aircraft|planes?|jets?|warships?|ships?|vessels?|submarines?|tu-\d+\w*|"
    r"launchers?|carriers?)\s+(?:flying\s+|positioned\s+|located\s+|deployed\s+|based\s+)?"
    r"(?:over|from|in)\s+(?:the\s+)?[\w'’ -]{0,40}"
)


def _mask_launch_sites(sentence: str) -> str:
    low = sentence.lower()
    if not any(
        w in low
        for w in (
            "bomber",
            "aircraft",
            "plane",
            "jet",
            "ship",
            "vessel",
            "submarine",
            "tu-",
            "launcher",
            "carrier",
        )
    ):
        return sentence
    out = sentence
    for m in _LAUNCH_SITE.finditer(sentence):
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def direction(sentence: str, mention: Mention | None, default: str) -> tuple[str, bool]:
    """The attack's direction ("RU->UA") and whether the text stated it."""
    sentence = _mask_launch_sites(sentence)
    attacker: str | None = None
    pos = mention.start if mention else len(sentence)
    made_in: str | None = None  # "Iranian Shahed drones launched by Russia": maker, not actor
    if mention is not None:
        for adj in ("ukrainian", "russian", "iranian", "israeli"):
            if adj in mention.foreign_words:
                attacker = v.COUNTRIES[adj]
        if attacker == "IR" and "russian" not in mention.foreign_words:
            made_in, attacker = attacker, None
    if attacker is None:
        attacker = _actor_before_verb(sentence, pos)
    if attacker is None:
        by = _BY_RE.search(sentence)
        if by:
            attacker = _code(by.group("actor"))
    if attacker is None and made_in is not None and not _UA_DEFENDER_RE.search(sentence):
        attacker = made_in
    target: str | None = None
    for tm in _TARGET_RE.finditer(sentence):
        code = _code(tm.group("target"))
        if code and code != attacker:
            target = code
            break
    if attacker is None and target is not None:
        attacker = COUNTERPART.get(target)
    if attacker is None and _UA_DEFENDER_RE.search(sentence):
        attacker, target = "RU", "UA"  # "Ukraine downed 79 of the drones over 11 regions"
    if attacker is None and _RU_DEFENDER_RE.search(sentence):
        attacker, target = "UA", "RU"
    if attacker is None:
        return default, False
    if target is None:
        target = COUNTERPART.get(attacker)
    if target is None:
        return default, False
    return f"{attacker}->{target}", True


def _actor_before_verb(sentence: str, pos: int) -> str | None:
    verbs = [m for m in _ATTACK_VERB_RE.finditer(sentence, 0, pos + 1)]
    actors = list(_ACTOR_RE.finditer(sentence))
    for verb in reversed(verbs):
        before = [a for a in actors if a.end() <= verb.start() and verb.start() - a.end() < 60]
        if before:
            passive = sentence[before[-1].end() : verb.start()]
            if re.search(r"\b(?:was|were|been|is|are)\b", passive):
                continue
            return _code(before[-1].group("actor"))
    return None


def attribution(
    sentence: str, near: int | None = None, sources: list[tuple[int, int, str]] | None = None
) -> str | None:
    """The canonical source of a figure ("air force", "president", …) named in `sentence`.

    With several sources ("the ministry said it downed 27 …, while the air force said
    Russia attacked with 109 …"), the one closest to offset `near` wins. `sources` is
    `sources_in(sentence)` when the caller has it already.
    """
    if sources is None:
        sources = sources_in(sentence)
    if not sources:
        headline = _DASH_SOURCE.search(sentence)
        if headline:
            return _label(headline)
        tail = _DASH_TAIL.search(sentence)  # "Russia launched 190 missiles … – Zelenskyy"
        named = v.SOURCE_RE.search(tail.group(1)) if tail else None
        return _label(named) if named else None
    if near is None:
        return min(sources)[2]
    owners = [s for s in sources if source_owns(sentence, s[1], near)]
    if not owners:
        return None  # every source named belongs to another clause
    tally = [s for s in owners if s[2] == "news agency tally"]
    if tally:
        return tally[0][2]  # "an AFP analysis of data published by the air force showed …"
    cited = [s for s in owners if _ACCORDING.search(sentence, max(0, s[1] - 20), s[1])]
    return min(cited or owners, key=lambda s: (abs(s[1] - near), s[0]))[2]


# "according to an AFP analysis of air force data": the analysis is the source.
_ACCORDING = ci(r"\b(?:according\s+to|citing)\s+(?:an?\s+|the\s+)?$")


# (", meanwhile," is parenthetical: "The ministry, meanwhile, said that 39 …")
_WITH_CLAUSE = ci(r",\s+with\s+(?:[\w'’-]+\s+){1,5}?(?:saying|quoted|reporting|adding)\b")
_NEW_CLAUSE = ci(r"\b(?:while|whereas|but)\b|\bmeanwhile\b(?!\s*,)|;")


def source_owns(sentence: str, source_at: int, figure_at: int) -> bool:
    """A source named after a figure owns it unless a new clause starts in between
    ("… 200 drones, while the ministry said it downed 63")."""
    if source_at <= figure_at:
        # "…the air force said, while Russia said it intercepted 126": not the air force's
        return not _NEW_CLAUSE.search(sentence, source_at, figure_at)
    # "…150 drones were launched, with the mayor saying that 40 were downed over the capital"
    if _NEW_CLAUSE.search(sentence, figure_at, source_at):
        return False
    with_clause = _WITH_CLAUSE.search(sentence, figure_at, source_at + 60)
    return not (with_clause and with_clause.start() < source_at)


def sources_in(sentence: str) -> list[tuple[int, int, str]]:
    """(distance to a reporting verb, offset, label) of each source named with a report verb."""
    if not v.REPORT_RE.search(sentence):
        return []
    found = []
    for m in v.SOURCE_RE.finditer(sentence):
        window = sentence[max(0, m.start() - 45) : m.end() + 45]
        if v.REPORT_RE.search(window):
            distance = _report_distance(sentence, m.start(), m.end())
            found.append((distance, m.start(), _label(m)))
    return found


def _label(m: re.Match[str]) -> str:
    return v.SOURCE_LABELS[int(next(k for k, val in m.groupdict().items() if val)[1:])]


# A headline's source after a dash: "Russia launches 728 drones – Ukraine air force".
_DASH_TAIL = re.compile(r"\s[–—-]\s*((?:[\w'’.-]+\s*){1,5})$")
_DASH_SOURCE = ci(
    r"\s[–—-]\s*(?:ukraine['’]?s?\s+|russia['’]?s?\s+|the\s+)?"
    r"(?P<s0>air\s+force)|(?P<s2>defen[cs]e\s+ministry)\s*$"
)


def _report_distance(sentence: str, start: int, end: int) -> int:
    best = 10_000
    for r in v.REPORT_RE.finditer(sentence):
        d = start - r.end() if r.end() <= start else r.start() - end
        best = min(best, abs(d))
    return best


def is_record(sentence: str) -> bool:
    """The sentence calls an attack's size a record ("largest attack of the war", "a record
    741"), not something else ("a record number of civilians", "record heat")."""
    records = len(_record_words(sentence))
    if not records:
        return False
    return records > len(v.NOT_RECORD_RE.findall(sentence))


# "A record number of civilians", "record heat": records of something other than a barrage.
_OTHER_RECORD = ci(
    r"\brecord(?:-breaking|-setting)?\s+(?:number\s+of\s+(?:civilians|people|casualties|deaths|"
    r"children|refugees|displaced|victims|troops|soldiers)|high|low|heat|temperatures?|turnout|"
    r"profits?|prices?|sales|levels?|harvest|exports?|imports?|debt|inflation)\b"
)


def _record_words(sentence: str) -> list[re.Match[str]]:
    other = [m.start() for m in _OTHER_RECORD.finditer(sentence)]
    return [m for m in v.RECORD_RE.finditer(sentence) if m.start() not in other]


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


def record_positions(sentence: str) -> list[int]:
    """Offsets of record words not negated ("one of the largest", "largest since May")."""
    if not is_record(sentence):
        return []
    return [m.start() for m in _record_words(sentence)]


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


def is_period(sentence: str, mention: Mention) -> bool:
    if v.FRONT_LINE_RE.search(sentence):
        return True  # the General Staff's daily front-line tally, not a long-range barrage
    single = v.SINGLE_ATTACK_RE.search(sentence)
    near = (mention.start, mention.end) if single else None
    if range_days(sentence, near) >= 2:
        return True  # "from Saturday to Monday", "From May 20 to May 23": several nights
    for rate in v.RATE_RE.finditer(sentence):
        if mention.start - 30 <= rate.start() <= mention.end + 40:
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
        nearest = min(dated, key=lambda c: _distance(mention, c))
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
            return c.value
    return usable[0].value if usable else None


_COMPARED = ci(r"\b(?:after|since|before|than|until)\s+(?:the\s+|its\s+)?$")
