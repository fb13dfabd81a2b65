"""The rule-based extractor: sentences → weapon mentions → claims, merged per article.

Pipeline per article:
1. split into sentences (offsets kept), find the article's main attack date;
2. cheap pre-filter: only sentences with a weapon word and a number go further;
3. weapon mentions with their role (launched / intercepted / skip) and structure
   (a figure and its "including …" breakdown);
4. group a sentence's launched figures into claims (drones + missiles of one
   attack form one claim), with date, direction, source, record flag, scope;
5. merge repeats of one (attack, figure, source) across the article.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from processors.claims import context as ctx
from processors.claims import vocabulary as v
from processors.claims.dates import find_cues
from processors.claims.fastre import ci
from processors.claims.mentions import Mention, Role, find_mentions
from processors.claims.numbers import find_numbers
from processors.claims.sentences import Sentence, split_sentences
from salvo.schemas import BarrageClaim, ClaimScope, Evidence, Qualifier

# Cheap pre-filter: a weapon word and something number-like, before any real work.
# Matched against lower-cased text: case-insensitive regexes are ~10x slower.
_WEAPON_QUICK = re.compile(
    r"drone|uav|missile|shahed|geran|projectile|weapon|means|assets|decoy|targets|unmanned|aerial"
)
_NUMBER_QUICK = re.compile(
    r"\d|hundred|dozen|thousand|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)
_OF_THEM_QUICK = re.compile(r"\d\s+of\s+(?:them|these|those)\b")
_ATTACK_QUICK = re.compile(
    r"drone|missile|attack|barrage|strike|assault|launch|fire|shahed|uav|projectile|onslaught"
)
_RELEVANT_QUICK = re.compile(
    r"drone|uav|missile|shahed|geran|projectile|weapon|decoy|unmanned|aerial|shot down|downed|"
    r"destroyed|intercept|neutrali|suppress|record|largest|biggest|unprecedented|air force"
)
_LEAD_RE = re.compile(
    r"(?:drone|missile|attack|barrage|strike|assault)[^\n]{0,200}?(?:night|day\b|yesterday|"
    r"today|morning|\d{1,2}\b)|(?:night|day\b|yesterday|today|morning)[^\n]{0,200}?"
    r"(?:drone|missile|attack|barrage|strike|assault)"
)


def _is_candidate(sentence: str) -> bool:
    low = sentence.lower()
    if _WEAPON_QUICK.search(low):
        return _NUMBER_QUICK.search(low) is not None
    return _OF_THEM_QUICK.search(low) is not None  # "Kyiv was attacked by 50 of them"


def _relevant_paragraph(paragraph: str) -> bool:
    return _RELEVANT_QUICK.search(paragraph.lower()) is not None


def _main_date(sentences: list[Sentence], published: date | None) -> date | None:
    """The article's main attack date: the first attack sentence with a date cue."""
    for s in sentences:
        if _ATTACK_QUICK.search(s.text.lower()):
            found = ctx.context_date(s.text, find_cues(s.text, published))
            if found is not None:
                return found
    return published


# A date line at the top ("date 2025-07-11 KYIV: …", after a title too) is when the
# text was published, never the attack's date.
_DATE_MARKER = re.compile(r"(?im)^[ \t]*(?:date[ \t]+)?((?:19|20)\d\d-[01]\d-[0-3]\d)\b")
_BARE_INTERCEPT_BEFORE = ci(
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|eliminated|"
    r"jammed)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|nearly\s+|at\s+least\s+)?$",
)
_BARE_INTERCEPT_AFTER = ci(
    r"^\s*(?:targets\s+|objects\s+|air\s+targets\s+|more\s+|others\s+|other\s+\w+\s+)?"
    r"(?:of\s+(?:them|those|these|the\s+\w+)\s+)?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?)?[\"“”']?(?:shot\s+down|downed|"
    r"destroyed|intercepted|neutrali[sz]ed|suppressed|jammed|eliminated|locationally\s+lost|"
    r"lost\b)",
)
# A following sentence that only says where the figure came from.
_NEXT_SOURCE_RE = ci(
    r"^\s*[\"“]?\s*(?:According\s+to|Citing|Data\s+from|(?:That|The|This)\s+(?:figure|"
    r"tally|count|data|number)s?\b|(?:The|Ukraine['’]s|Russia['’]s)\s+(?:\w+\s+){0,3}?"
    r"(?:said|reported|says)\b)",
)
_NOT_WEAPON_AFTER = ci(r"\s*(?:%|per\b|people|civilians|soldiers|troops)")
_ALSO_RE = ci(r"\b(?:also|in\s+addition|additionally|as\s+well|alongside)\b")
_FOLLOW_RECORD_RE = re.compile(
    r"^\s*(?:It|This|That|The\s+(?:attack|barrage|assault|strike))\s+(?:was|marked|is|became)\b",
)
# Weaker qualifiers last: a sum is only as certain as its least certain part.
_STRENGTH = [
    Qualifier.EXACT,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.ABOUT,
    Qualifier.UP_TO,
    Qualifier.VAGUE,
]


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def weakest(qualifiers: list[Qualifier]) -> Qualifier:
    return max(qualifiers, key=_STRENGTH.index) if qualifiers else Qualifier.EXACT


@dataclass
class _Draft:
    """A claim while the article is being read; becomes a BarrageClaim at the end."""

    direction: str
    direction_stated: bool
    event_date: date | None
    date_stated: bool
    total: int | None
    drones: int | None
    missiles: int | None
    breakdown: dict[str, int]
    qualifier: Qualifier
    record: bool
    source: str | None
    location: str | None
    period: bool
    sentences: list[Sentence]
    intercepted: int | None = None
    intercept_index: int = -1  # the later sentence that gave `intercepted`, if any
    categories: set[str] = field(default_factory=set)
    has_total_mention: bool = False
    position: int = 0
    derived: bool = False  # launch figure inferred from "all N … were shot down"
    daytime: bool = False  # a separately reported daytime wave

    def to_claim(self, scope: ClaimScope) -> BarrageClaim:
        confidence = 0.9
        if self.event_date is None:
            confidence -= 0.25
        if not self.date_stated:
            confidence -= 0.1
        if self.qualifier is Qualifier.VAGUE:
            confidence -= 0.2
        if not self.direction_stated:
            confidence -= 0.05
        if self.source is None:
            confidence -= 0.05
        return BarrageClaim(
            direction=self.direction,
            event_date=None if scope is ClaimScope.PERIOD else self.event_date,
            daytime=self.daytime and scope is not ClaimScope.PERIOD,
            launched_total=self.total,
            drones=self.drones,
            missiles=self.missiles,
            breakdown=dict(sorted(self.breakdown.items())),
            qualifier=self.qualifier,
            is_record_claim=self.record,
            attributed_to=self.source,
            intercepted=self.intercepted,
            scope=scope,
            location=self.location if scope is ClaimScope.LOCAL else None,
            evidence=[Evidence(text=s.text, start=s.start, end=s.end) for s in self.sentences],
            extractor="rules",
            confidence=round(max(confidence, 0.1), 2),
        )


class RuleExtractor:
    """Deterministic, explainable claim extraction (the default extractor)."""

    name = "rules"

    def extract(self, text: str, published: date | None = None) -> list[BarrageClaim]:
        marker = _DATE_MARKER.search(text, 0, 400)
        if marker:
            if published is None:
                published = _iso(marker.group(1))
            # Blank the marker (same length) so offsets into `text` stay valid.
            start, end = marker.span()
            text = text[:start] + " " * (end - start) + text[end:]
        if not _WEAPON_QUICK.search(text.lower()):
            return []  # most articles: no weapon word at all
        lead = _LEAD_RE.search(text.lower())
        lead_at = lead.start() if lead else -1

        def keep(paragraph: str, start: int) -> bool:
            # Only paragraphs with figures, outcomes or the lead's date need sentences.
            return start <= lead_at < start + len(paragraph) or _relevant_paragraph(paragraph)

        sentences = split_sentences(text, keep=keep)
        candidates = {i for i, s in enumerate(sentences) if _is_candidate(s.text)}
        if not candidates:
            return []  # the common case: no weapon figure anywhere
        main_date = _main_date(sentences, published)
        drafts: list[_Draft] = []
        default_direction = "RU->UA"
        for i, s in enumerate(sentences):
            new: list[_Draft] = []
            if i in candidates:
                new = self._sentence(s, published, main_date, default_direction)
            if not new:
                self._attach_intercepts(s, drafts)
                continue
            self._fill_source(sentences, i, new)
            nxt = sentences[i + 1].text if i + 1 < len(sentences) else ""
            prev = sentences[i - 1].text if i > 0 else ""
            prev_record = _FOLLOW_RECORD_RE.match(prev) and ctx.is_record(prev)
            if prev_record and not (_is_candidate(prev) and find_mentions(prev)):
                for d in new:
                    d.record = True
            if _FOLLOW_RECORD_RE.match(nxt) and ctx.is_record(nxt):
                for d in new:
                    d.record = True
            if not self._merge_also(s, new, drafts):
                drafts.extend(new)
        _lead_record(sentences, drafts, main_date)
        return _finalise(drafts)

    # ------------------------------------------------------------------ one sentence

    def _sentence(
        self,
        s: Sentence,
        published: date | None,
        main_date: date | None,
        default_direction: str,
    ) -> list[_Draft]:
        mentions = find_mentions(s.text)
        if not mentions or all(m.role is Role.SKIP for m in mentions):
            return []
        cues = find_cues(s.text, published)
        launched = [m for m in mentions if m.role is Role.LAUNCHED or _all_downed(m)]
        intercepted = [m for m in mentions if m.role is Role.INTERCEPTED and not m.child]
        record = ctx.is_record(s.text)
        source = ctx.attribution(s.text)
        drafts: list[_Draft] = []
        args = (cues, main_date, default_direction, record, source)
        groups = _groups(s.text, launched, cues, main_date)
        records = ctx.record_positions(s.text)
        for group in groups:
            near = (
                len(groups) == 1
                or bool(_nearest_group(records, groups) & {id(group)})
                or bool(v.BEATS_RECORD_RE.search(s.text))
            )
            own_source = ctx.attribution(s.text, group[0].start) if source else None
            args = (cues, main_date, default_direction, record and near, own_source)
            draft = self._draft(s, group, *args)
            draft.derived = all(_all_downed(m) for m in group if not m.child)
            drafts.append(draft)
            drafts.extend(self._draft(s, [_top(m)], *args) for m in group if m.child and m.location)
        if intercepted:
            # Russia's MoD reports only what it downed: for UA->RU that is the barrage figure.
            direction, _ = ctx.direction(s.text, intercepted[0], default_direction)
            when, _ = ctx.event_date(s.text, intercepted[0], cues, main_date)
            if direction == "UA->RU" and all(
                (d.direction, d.event_date) != (direction, when) for d in drafts
            ):
                downed = [m for m in mentions if m.role is Role.INTERCEPTED]
                reported: list[_Draft] = []
                args = (cues, main_date, default_direction, False, source)
                for group in _groups(s.text, downed, cues, main_date):
                    reported.append(self._draft(s, group, *args))
                    locals_ = [m for m in group if m.child and m.location]
                    reported.extend(self._draft(s, [_top(m)], *args) for m in locals_)
                for d in reported:
                    d.intercepted = d.total
                    d.record = record and not drafts
                return reported + drafts
        intercept_total = _sum_values(intercepted) + _bare_intercepts(s.text, mentions)
        if drafts and intercept_total:
            target = drafts[0]
            target.intercepted = intercept_total
        return drafts

    def _draft(
        self,
        s: Sentence,
        group: list[Mention],
        cues: list,
        main_date: date | None,
        default_direction: str,
        record: bool,
        source: str | None,
    ) -> _Draft:
        head = group[0]
        direction, stated = ctx.direction(s.text, head, default_direction)
        event, date_stated = ctx.event_date(s.text, head, cues, main_date)
        period = any(ctx.is_period(s.text, m) for m in group if not m.child)
        total, drones, missiles, breakdown, qualifier, cats = _figures(group)
        return _Draft(
            direction=direction,
            direction_stated=stated,
            event_date=event,
            date_stated=date_stated,
            total=total,
            drones=drones,
            missiles=missiles,
            breakdown=breakdown,
            qualifier=qualifier,
            record=record,
            source=source,
            location=next((m.location for m in group if m.location and not m.child), None),
            period=period,
            sentences=[s],
            categories=cats,
            has_total_mention=any(m.category == "total" and not m.child for m in group),
            daytime=ctx.is_daytime(s.text, head),
            position=s.start + head.start,
        )

    # ------------------------------------------------------------------ across sentences

    @staticmethod
    def _fill_source(sentences: list[Sentence], i: int, new: list[_Draft]) -> None:
        """A source named in the next sentence ("…, the air force said.") or by pronoun."""
        if all(d.source for d in new):
            return
        source: str | None = None
        text = sentences[i].text
        if v.PRONOUN_REPORT_RE.search(text):
            for j in range(i - 1, max(-1, i - 3), -1):
                if sentences[j].paragraph != sentences[i].paragraph and j < i - 1:
                    break
                source = ctx.attribution(sentences[j].text) or _named_source(sentences[j].text)
                if source:
                    break
        if source is None and i + 1 < len(sentences):
            nxt = sentences[i + 1].text
            launches = _is_candidate(nxt) and any(
                m.role is Role.LAUNCHED for m in find_mentions(nxt)
            )
            if _NEXT_SOURCE_RE.match(nxt) and not launches:
                source = ctx.attribution(nxt)
        if source:
            for d in new:
                d.source = d.source or source

    @staticmethod
    def _attach_intercepts(s: Sentence, drafts: list[_Draft]) -> None:
        """ "Air defences shot down 718 of them." after the launch figure."""
        if not drafts:
            return
        last = drafts[-1]
        gap = s.index - max(last.sentences[-1].index, last.intercept_index)
        if gap < 1 or gap > 3 or (last.intercepted is not None and last.intercept_index < 0):
            return  # too far, or the claim's own sentence already gave the figure
        if not v.INTERCEPT_RE.search(s.text):
            return
        mentions = find_mentions(s.text)
        downed = [m for m in mentions if m.role is Role.INTERCEPTED and not m.child]
        value = _sum_values(downed)
        value += _bare_intercepts(s.text, mentions)
        if gap > 1 and not (gap <= 3 and value <= (last.total or 0)):
            return  # a later paragraph counts only if its figure fits inside the launch figure
        if value:
            last.intercepted = (last.intercepted or 0) + value
            last.intercept_index = s.index

    @staticmethod
    def _merge_also(s: Sentence, new: list[_Draft], drafts: list[_Draft]) -> bool:
        """ "Russia launched 728 drones. It also fired 13 missiles." → one claim of 741."""
        if len(new) != 1 or not drafts or not _ALSO_RE.search(s.text):
            return False
        cur, prev = new[0], drafts[-1]
        if s.index - prev.sentences[-1].index != 1 or prev.has_total_mention:
            return False
        if cur.has_total_mention or cur.categories & prev.categories:
            return False
        if (cur.event_date, cur.direction) != (prev.event_date, prev.direction):
            return False
        if cur.source and prev.source and cur.source != prev.source:
            return False
        prev.drones = prev.drones if prev.drones is not None else cur.drones
        prev.missiles = prev.missiles if prev.missiles is not None else cur.missiles
        if prev.total is not None and cur.total is not None:
            prev.total += cur.total
        else:
            prev.total = None
        prev.breakdown.update(cur.breakdown)
        prev.qualifier = weakest([prev.qualifier, cur.qualifier])
        prev.categories |= cur.categories
        prev.record = prev.record or cur.record
        prev.source = prev.source or cur.source
        prev.sentences.append(s)
        return True


# --------------------------------------------------------------------------- helpers


def _groups(
    sentence: str, launched: list[Mention], cues: list, main_date: date | None
) -> list[list[Mention]]:
    """Split a sentence's launched figures into attacks: one group per claim."""
    groups: list[list[Mention]] = []
    current: list[Mention] = []
    current_key: tuple[object, ...] = ()
    for m in launched:
        if m.child:
            if current:
                current.append(m)
            continue
        key = (ctx.event_date(sentence, m, cues, main_date)[0], m.location)
        cats = {x.category for x in current if not x.child}
        same = [x for x in current if not x.child and x.category == m.category]
        clash = (
            (m.category == "total" and bool(cats))
            or "total" in cats
            # "8 ballistic missiles and 32 cruise missiles" add up; "400 drones … 728 drones" not
            or (
                m.category != "guided_bomb"
                and any(not (x.kinds and m.kinds) or x.kinds & m.kinds for x in same)
            )
        )
        if current and (clash or key != current_key):
            groups.append(current)
            current = []
        if not current:
            current_key = key
        current.append(m)
    if current:
        groups.append(current)
    return [g for g in groups if any(m.category != "guided_bomb" for m in g)]


_LEAD_ATTACK = ci(r"\b(?:attacks?|barrages?|assaults?|strikes?|bombardments?|onslaught)\b")


def _lead_record(sentences: list[Sentence], drafts: list[_Draft], main_date: date | None) -> None:
    """ "…the largest aerial attack of the war." in the lead, the figure a sentence later."""
    first = min((d.sentences[0].index for d in drafts), default=None)
    if first is None:
        return
    for s in sentences:
        if s.index >= first or s.index > 3:
            break
        if _LEAD_ATTACK.search(s.text) and ctx.is_record(s.text) and not find_mentions(s.text):
            for d in drafts:
                if d.event_date == main_date and not d.period and d.location is None:
                    d.record = True
                    break
            return


def _nearest_group(records: list[int], groups: list[list[Mention]]) -> set[int]:
    """The groups each record word is closest to (by characters)."""
    out: set[int] = set()
    for pos in records:

        def distance(g: list[Mention], pos: int = pos) -> int:
            start, end = g[0].start, max(m.end for m in g)
            return 0 if start <= pos <= end else min(abs(pos - start), abs(pos - end))

        out.add(id(min(groups, key=distance)))
    return out


def _all_downed(m: Mention) -> bool:
    """ "shot down all 29 drones": every weapon launched was downed, so 29 were launched."""
    return m.role is Role.INTERCEPTED and m.all_of and not m.child


def _top(m: Mention) -> Mention:
    """A breakdown line ("91 over the Moscow region") as a figure of its own."""
    return dataclasses.replace(m, child=False)


def _figures(
    group: list[Mention],
) -> tuple[int | None, int | None, int | None, dict[str, int], Qualifier, set[str]]:
    tops = [m for m in group if not m.child]
    children = [m for m in group if m.child and not m.location]
    breakdown: dict[str, int] = {}
    for m in group:
        if m.location and m.child:
            continue
        if m.category == "guided_bomb" and m.value is not None:
            breakdown["guided_bomb"] = breakdown.get("guided_bomb", 0) + m.value
        elif m.kind and m.value is not None and m.kind not in breakdown:
            breakdown[m.kind] = m.value
    totals = [m for m in tops if m.category == "total"]
    if totals:
        t = totals[0]
        drones = _sum_optional([m for m in children if m.category == "drones"])
        missiles = _sum_optional([m for m in children if m.category == "missiles"])
        return t.value, drones, missiles, breakdown, t.qualifier, {"total"}
    drone_ms = [m for m in tops if m.category == "drones"]
    missile_ms = [m for m in tops if m.category == "missiles"]
    drones = _sum_optional(drone_ms)
    missiles = _sum_optional(missile_ms)
    parts = drone_ms + missile_ms
    qualifier = weakest([m.qualifier for m in parts])
    if any(m.value is None for m in parts):
        total = None
        qualifier = Qualifier.VAGUE
    else:
        total = (drones or 0) + (missiles or 0)
    return total, drones, missiles, breakdown, qualifier, {m.category for m in parts}


def _sum_optional(mentions: list[Mention]) -> int | None:
    if not mentions or any(m.value is None for m in mentions):
        return None
    return sum(m.value or 0 for m in mentions)


def _sum_values(mentions: list[Mention]) -> int:
    return sum(m.value or 0 for m in mentions)


def _bare_intercepts(sentence: str, mentions: list[Mention]) -> int:
    """ "… of which 386 were shot down", "shot down 386": intercept counts with no noun."""
    taken = {(m.start, m.number.end) for m in mentions}
    downed = [m for m in mentions if m.role is Role.INTERCEPTED]
    total = 0
    for num in find_numbers(sentence, qualify=False):
        if (num.start, num.end) in taken or num.value is None:
            continue
        if downed and num.start > downed[0].end and ":" in sentence[downed[0].end : num.start]:
            continue  # "478 air targets: 270 were shot down …" is a breakdown, not more
        before = sentence[max(0, num.start - 40) : num.start]
        after = sentence[num.end : num.end + 50]
        noun_follows = _NOT_WEAPON_AFTER.match(after)
        if _BARE_INTERCEPT_AFTER.match(after) or (
            _BARE_INTERCEPT_BEFORE.search(before) and not noun_follows
        ):
            total += num.value
    return total


def _named_source(text: str) -> str | None:
    m = v.SOURCE_RE.search(text)
    if not m:
        return None
    return v.SOURCE_LABELS[int(next(k for k, val in m.groupdict().items() if val)[1:])]


def _compatible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def _finalise(drafts: list[_Draft]) -> list[BarrageClaim]:
    """Scope each draft, merge repeats of one (attack, figure, source), build claims."""
    national = {(d.direction, d.event_date) for d in drafts if not d.location and not d.period}
    numeric = {(d.direction, d.event_date) for d in drafts if d.total is not None}
    kept: list[tuple[_Draft, ClaimScope]] = []
    for d in drafts:
        if d.period:
            scope = ClaimScope.PERIOD
        elif d.location is None:
            scope = ClaimScope.NATIONAL
        elif (d.direction, d.event_date) in national or (d.total or 0) < 100:
            scope = ClaimScope.LOCAL
        else:
            scope = ClaimScope.NATIONAL  # a city's figure that is the attack's only figure
        vague = d.total is None and scope is not ClaimScope.PERIOD
        if vague and (d.direction, d.event_date) in numeric:
            # "Hundreds of drones" beside the exact figure adds nothing but its words.
            same = [x for x in drafts if x.total is not None and not x.period]
            same = [x for x in same if (x.direction, x.event_date) == (d.direction, d.event_date)]
            if d.record and same:
                same[0].record = True
            continue
        for i, (other, other_scope) in enumerate(kept):
            if _same_claim(other, other_scope, d, scope):
                _absorb(other, d)
                break
            if _partial_of(other, d, other_scope, scope):
                _absorb(d, other)  # the fuller statement keeps its place and absorbs the part
                kept[i] = (d, scope)
                break
            if _partial_of(d, other, scope, other_scope):
                _absorb(other, d)
                break
        else:
            kept.append((d, scope))
    return [d.to_claim(scope) for d, scope in kept]


def _partial_of(part: _Draft, whole: _Draft, part_scope: ClaimScope, scope: ClaimScope) -> bool:
    """ "728 drones" (a headline) is part of "728 drones and 13 missiles" (the body)."""
    if (part.direction, part.event_date, part.daytime, part_scope) != (
        whole.direction,
        whole.event_date,
        whole.daytime,
        scope,
    ):
        return False
    if not _compatible_source(part, whole) or part.total is None:
        return False
    drones_only = part.missiles is None and part.drones == part.total == whole.drones
    missiles_only = part.drones is None and part.missiles == part.total == whole.missiles
    return (drones_only and whole.missiles is not None) or (
        missiles_only and whole.drones is not None
    )


def _same_claim(a: _Draft, a_scope: ClaimScope, b: _Draft, b_scope: ClaimScope) -> bool:
    if b.derived and (a.direction, a.event_date, a.total) == (b.direction, b.event_date, b.total):
        return True  # "All 31 missiles were shot down" restates the launch figure
    if (a.direction, a.event_date, a_scope, a.daytime) != (
        b.direction,
        b.event_date,
        b_scope,
        b.daytime,
    ):
        return False
    if a.total != b.total:
        return False
    if a.total is None and a.qualifier is Qualifier.VAGUE and b.qualifier is Qualifier.VAGUE:
        return _compatible_source(a, b)
    if not (_compatible(a.drones, b.drones) and _compatible(a.missiles, b.missiles)):
        return False
    if a_scope is ClaimScope.LOCAL and a.location != b.location:
        return False
    return _compatible_source(a, b)


def _compatible_source(a: _Draft, b: _Draft) -> bool:
    return a.source is None or b.source is None or a.source == b.source


def _absorb(into: _Draft, other: _Draft) -> None:
    into.source = into.source or other.source
    into.drones = into.drones if into.drones is not None else other.drones
    into.missiles = into.missiles if into.missiles is not None else other.missiles
    for k, val in other.breakdown.items():
        into.breakdown.setdefault(k, val)
    into.record = into.record or other.record
    if into.intercepted is None:
        into.intercepted = other.intercepted
    if into.qualifier is Qualifier.EXACT and other.qualifier is not Qualifier.EXACT:
        pass  # keep the first reading's qualifier
    for s in other.sentences:
        if s not in into.sentences:
            into.sentences.append(s)
