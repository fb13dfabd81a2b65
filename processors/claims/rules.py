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

import re
from datetime import date

from processors.claims import context as ctx
from processors.claims import figures as fig
from processors.claims import vocabulary as v
from processors.claims.dates import CueKind, DateCue, find_cues
from processors.claims.draft import Draft, weakest
from processors.claims.fastre import ci
from processors.claims.mentions import Mention, Role, find_mentions
from processors.claims.merge import finalise
from processors.claims.places import CAPITAL, capital_of, named_place
from processors.claims.sentences import Sentence, split_sentences
from salvo.schemas import BarrageClaim, Qualifier

# Cheap pre-filter: a weapon word and something number-like, before any real work.
# Matched against lower-cased text: case-insensitive regexes are ~10x slower.
_NUMBER_QUICK = re.compile(
    r"\d|hundred|dozen|thousand|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)
_LINK_LINE = re.compile(
    r"^\W*(?:read\s+more|related(?:\s+(?:story|stories|articles?|coverage|news))?|see\s+also|"
    r"also\s+read|read\s+also|more\s+on\s+this|recommended|watch|listen|more\s+from)\s*[:|»›>—–-]"
)
_NUMBERISH = (
    r"(?:\d|hundred|dozen|thousand|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)\b)"
)
# A number with a weapon word close after it, or one of the elliptic forms the
# mention finder knows ("a record 741", "91 over Moscow", "810-drone attack").
_ALSO_ONE_QUICK = re.compile(r"\balso (?:launched|fired|used|sent) an? ")
_FIGURE_QUICK = re.compile(
    _NUMBERISH + r"[\w,+-]*\W+(?:[\w'’-]+\W+){0,7}?(?:drone|uav|missile|shahed|geran|projectile|"
    r"weapon|means|assets|decoy|targets|rocket|unmanned|aerial|vehicle|munition|bomb|kab)"
    r"|\d-(?:drone|uav|shahed|missile|weapon|projectile)|record(?:-\w+)?\s+(?:of\s+)?\d"
    r"|\d[\d,]*\s+(?:of\s+(?:them|these|those)|over|at|in|on|toward|launched|fired|more|were|was)\b"
    r"|(?:including|of\s+which|total\s+of|the)\s+\d"
)
_DASH_LIST_QUICK = re.compile(r"\s*\d+\s*[–—-]\s*(?:over|in|above)\s+the\s+territory\b")
_OF_THEM_QUICK = re.compile(r"\d\s+of\s+(?:them|these|those)\b")
_ATTACK_QUICK = re.compile(
    r"drone|missile|attack|barrage|strike|assault|launch|fire|shahed|uav|projectile|onslaught"
)
_LEAD_RE = re.compile(
    r"(?:drone|missile|attack|barrage|strike|assault)[^\n]{0,200}?(?:night|day\b|yesterday|"
    r"today|morning|\d{1,2}\b)|(?:night|day\b|yesterday|today|morning)[^\n]{0,200}?"
    r"(?:drone|missile|attack|barrage|strike|assault)"
)


def _is_candidate(sentence: str) -> bool:
    low = sentence.lower()
    if _LINK_LINE.match(low):
        return False  # "Read more: Russia fires 500 drones…" points at another story
    if _has_any(low, _WEAPON_WORDS):
        return _FIGURE_QUICK.search(low) is not None or _ALSO_ONE_QUICK.search(low) is not None
    if low[:4].lstrip()[:1].isdigit() and _DASH_LIST_QUICK.match(low):
        return True  # an MoD list line: "1 – over the territory of Tver region."
    return _OF_THEM_QUICK.search(low) is not None  # "Kyiv was attacked by 50 of them"


def _relevant_paragraph(paragraph: str) -> bool:
    return _has_any(paragraph.lower(), _RELEVANT_WORDS)


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    # Plain substring tests: several times faster than a regex alternation of words.
    return any(w in low for w in words)


_WEAPON_WORDS = (
    "drone", "missile", "uav", "shahed", "geran", "projectile", "weapon", "means", "assets",
    "decoy", "targets", "unmanned", "aerial", "rocket", "attack vehicle",
)  # fmt: skip
_RELEVANT_WORDS = (
    *_WEAPON_WORDS, "shot down", "downed", "destroyed", "intercept", "neutrali", "suppress",
    "record", "largest", "biggest", "unprecedented", "air force",
)  # fmt: skip


def _main_date(sentences: list[Sentence], published: date | None) -> date | None:
    """The article's main attack date: the first attack sentence with a date cue."""
    for s in sentences:
        if _ATTACK_QUICK.search(s.text.lower()):
            found = ctx.context_date(s.text, find_cues(s.text, published))
            if found is not None and not _period_sentence(s.text):
                return found
    return published


def _period_sentence(text: str) -> bool:
    """ "…900 drones in the three days up to Monday": its day ends a tally, not an attack."""
    if ctx.range_days(text) >= 2:
        return True
    return not v.SINGLE_ATTACK_RE.search(text) and ctx.period_phrase(text, False)


# A date line at the top ("date 2025-07-11 KYIV: …", after a title too) is when the
# text was published, never the attack's date.
_DATE_MARKER = re.compile(r"(?im)^[ \t]*(?:date[ \t]+)?((?:19|20)\d\d-[01]\d-[0-3]\d)\b")
_NEXT_SOURCE_RE = ci(
    r"^\s*[\"“]?\s*(?:According\s+to|Citing|Data\s+from|This\s+was\s+(?:announced|reported|"
    r"stated|said)\s+by|(?:That|The|This)\s+(?:figure|"
    r"tally|count|data|number)s?\b|(?:The|Ukraine['’]s|Russia['’]s)\s+(?:\w+\s+){0,5}?"
    r"(?:said|reported|says)\b)",
)
_QUOTE_OPENS = re.compile(r"^\s*[\"“]")
_QUOTE_CLOSES = re.compile(r"[\"”][,.]?\s+[^\"“”]{1,80}?\b(?:said|added|wrote|told)\b")
_ALSO_RE = ci(r"\b(?:also|in\s+addition|additionally|as\s+well|alongside)\b")
_FOLLOW_RECORD_RE = re.compile(
    r"^\s*(?:It|This|That|The\s+(?:attack|barrage|assault|strike))\s+(?:was|marked|is|became|"
    r"surpass\w*|exceed\w*|eclips\w*|broke|beat|tops?|topped|set)\b",
)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


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
        if not _has_any(text.lower(), _WEAPON_WORDS):
            return []  # most articles: no weapon word at all
        lead = _LEAD_RE.search(text.lower())
        lead_at = lead.start() if lead else -1

        def keep(paragraph: str, start: int) -> bool:
            # Only the opening, the lead's date and paragraphs with figures need sentences.
            if start < 600 or start <= lead_at < start + len(paragraph):
                return True
            low = paragraph.lower()
            return _has_any(low, _RELEVANT_WORDS) and _NUMBER_QUICK.search(low) is not None

        sentences = split_sentences(text, keep=keep)
        candidates = {i for i, s in enumerate(sentences) if _is_candidate(s.text)}
        if not candidates:
            return []  # the common case: no weapon figure anywhere
        main_date = _main_date(sentences, published)
        drafts: list[Draft] = []
        default_direction = _lead_direction(sentences)
        produced = False
        for i, s in enumerate(sentences):
            new: list[Draft] = []
            if i in candidates:
                context = main_date
                if i > 0 and not produced:
                    context = _scene_date(sentences[i - 1], s, published) or main_date
                new = self._sentence(s, published, context, default_direction)
                _pronoun_sources(sentences, i, new)
            produced = bool(new)
            if not new:
                self._attach_intercepts(s, drafts)
                _also_uncounted(s, drafts)
                _later_record(s, drafts)
                continue
            self._fill_source(sentences, i, new)
            _official_place(sentences, i, new)
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
        _source_lines(sentences, drafts)
        return finalise(drafts)

    # ------------------------------------------------------------------ one sentence

    def _sentence(
        self,
        s: Sentence,
        published: date | None,
        main_date: date | None,
        default_direction: str,
    ) -> list[Draft]:
        mentions = find_mentions(s.text)
        if not mentions or all(m.role is Role.SKIP for m in mentions):
            return []
        cues = find_cues(s.text, published)
        launched = [m for m in mentions if m.role is Role.LAUNCHED or fig.all_downed(m)]
        intercepted = [m for m in mentions if m.role is Role.INTERCEPTED and not m.child]
        record = ctx.is_record(s.text)
        source = ctx.attribution(s.text)
        drafts: list[Draft] = []
        args = (cues, main_date, default_direction, record, source)
        groups = fig.groups(s.text, launched, cues, main_date)
        records = ctx.record_positions(s.text)
        for group in groups:
            near = (
                len(groups) == 1
                or bool(fig.nearest_group(records, groups) & {id(group)})
                or bool(v.BEATS_RECORD_RE.search(s.text))
            )
            own_source = ctx.attribution(s.text, group[0].start) if source else None
            args = (cues, main_date, default_direction, record and near, own_source)
            draft = self._draft(s, group, *args)
            draft.derived = all(fig.all_downed(m) for m in group if not m.child)
            if _ALL_DOWNED_AFTER.match(s.text, max(m.end for m in group)):
                draft.intercepted = (
                    draft.total
                )  # "… and three cruise missiles which were shot down"
            _open_total(draft, fig.uncounted_part(s.text, group, mentions))
            drafts.append(draft)
            drafts.extend(
                self._draft(s, [fig.top(m)], *args) for m in group if m.child and m.location
            )
        reported: list[Draft] = []
        if intercepted:
            # Russia's MoD reports only what it downed: for UA->RU that is the barrage figure.
            direction, _ = ctx.direction(s.text, intercepted[0], default_direction)
            when, _ = ctx.event_date(s.text, intercepted[0], cues, main_date)
            if direction == "UA->RU" and all(
                (d.direction, d.event_date) != (direction, when) for d in drafts
            ):
                downed = [m for m in mentions if m.role is Role.INTERCEPTED]
                for group in fig.groups(s.text, downed, cues, main_date):
                    who = ctx.attribution(s.text, group[0].start) if source else None
                    args = (cues, main_date, default_direction, False, who)
                    reported.append(self._draft(s, group, *args))
                    locals_ = [m for m in group if m.child and m.location]
                    reported.extend(self._draft(s, [fig.top(m)], *args) for m in locals_)
                for d in reported:
                    d.intercepted = d.total
                    d.record = record and not drafts
                # What is left downed belongs to the other attack in the sentence.
                intercepted = [m for m in intercepted if m not in downed]
            elif direction == "UA->RU":
                # "…200 drones were fired toward these regions, with the mayor saying that over
                # 70 were downed over the capital alone": a place's own figure
                placed = [m for m in intercepted if m.location and m.value]
                for m in placed:
                    who = ctx.attribution(s.text, m.start) if source else None
                    d = self._draft(s, [m], cues, main_date, default_direction, False, who)
                    d.intercepted = d.total
                    reported.append(d)
                intercepted = [m for m in intercepted if m not in placed]
        intercept_total = fig.sum_values(intercepted) + fig.bare_intercepts(s.text, mentions)
        if drafts and intercept_total:
            target = drafts[0]
            target.intercepted = intercept_total
        if reported and drafts and records and not v.BEATS_RECORD_RE.search(s.text):
            # Both directions in one sentence: the record word goes to the nearest figure
            # ("Moscow says it downed 337 drones in the largest Ukrainian attack …; Kyiv says
            # Russia sent 126").
            everyone = reported + drafts
            nearest = min(
                everyone,
                key=lambda d: min(abs(r - (d.position - s.start)) for r in records),
            )
            for d in everyone:
                d.record = d is nearest
        return reported + drafts

    def _draft(
        self,
        s: Sentence,
        group: list[Mention],
        cues: list[DateCue],
        main_date: date | None,
        default_direction: str,
        record: bool,
        source: str | None,
    ) -> Draft:
        head = group[0]
        direction, stated = ctx.direction(s.text, head, default_direction)
        event, date_stated = ctx.event_date(s.text, head, cues, main_date)
        period = any(ctx.is_period(s.text, m) for m in group if not m.child)
        total, drones, missiles, breakdown, qualifier, cats = fig.figures(group)
        return Draft(
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
            location=_resolve_capital(
                next((m.location for m in group if m.location and not m.child), None), direction
            ),
            period=period,
            sentences=[s],
            categories=cats,
            has_total_mention=any(m.category == "total" and not m.child for m in group),
            daytime=ctx.is_daytime(s.text, head),
            position=s.start + head.start,
        )

    # ------------------------------------------------------------------ across sentences

    @staticmethod
    def _fill_source(sentences: list[Sentence], i: int, new: list[Draft]) -> None:
        """A source named in the next sentence ("…, the air force said.") or by pronoun."""
        if all(d.source for d in new):
            return
        source: str | None = None
        if v.PRONOUN_REPORT_RE.search(sentences[i].text):
            source = _earlier_source(sentences, i)
        if source is None and i + 1 < len(sentences):
            nxt = sentences[i + 1].text
            launches = _is_candidate(nxt) and any(
                m.role is Role.LAUNCHED for m in find_mentions(nxt)
            )
            if _NEXT_SOURCE_RE.match(nxt) and not launches:
                source = ctx.attribution(nxt)
            elif not launches and v.INTERCEPT_RE.search(nxt) and _SAID_AT_END.search(nxt):
                # "805 drones … descended on Ukraine. Ukraine shot down 747 of them, the Air
                # Force said.": the outcome's source reported the whole attack
                source = ctx.attribution(nxt)
            elif _QUOTE_CLOSES.search(nxt) and _QUOTE_OPENS.match(sentences[i].text):
                # “The enemy launched 120 drones. Most were shot down,” he said.
                source = ctx.attribution(nxt)
                if source is None and v.PRONOUN_REPORT_RE.search(nxt):
                    source = _earlier_source(sentences, i)
        if source is None:
            source = _list_head_source(sentences, i) or _quote_speaker(sentences, i)
        if source is None and i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph:
            prev = sentences[i - 1].text
            if _ACCORDING_LEAD.match(prev) and not _is_candidate(prev):
                source = ctx.attribution(prev)  # "According to the Air Force, on the 26th …"
        if source:
            for d in new:
                d.source = d.source or source

    @staticmethod
    def _attach_intercepts(s: Sentence, drafts: list[Draft]) -> None:
        """ "Air defences shot down 718 of them." after the launch figure."""
        if not drafts:
            return
        last = drafts[-1]
        # The attack the paragraph is about, not a dateless record it mentioned in passing.
        recent = [d for d in drafts[-3:] if s.index - d.sentences[-1].index <= 3]
        dated = [d for d in recent if d.event_date is not None and not d.period]
        if last.event_date is None and dated:
            last = dated[-1]
        gap = s.index - max(last.sentences[-1].index, last.intercept_index)
        if gap < 1 or gap > 3 or (last.intercepted is not None and last.intercept_index < 0):
            return  # too far, or the claim's own sentence already gave the figure
        if not v.INTERCEPT_RE.search(s.text):
            return
        if any(label in _LOCAL_OFFICIALS for _, _, label in ctx.sources_in(s.text)):
            return  # "the governor said the air force destroyed 13 drones over his region"
        mentions = find_mentions(s.text)
        downed = [m for m in mentions if m.role is Role.INTERCEPTED and not m.child]
        value = fig.sum_values(downed)
        value += fig.bare_intercepts(s.text, mentions)
        if gap > 1 and not (gap <= 3 and value <= (last.total or 0)):
            return  # a later paragraph counts only if its figure fits inside the launch figure
        if value:
            last.intercepted = (last.intercepted or 0) + value
            last.intercept_index = s.index

    @staticmethod
    def _merge_also(s: Sentence, new: list[Draft], drafts: list[Draft]) -> bool:
        """ "Russia launched 728 drones. It also fired 13 missiles." → one claim of 741."""
        if len(new) != 1 or not drafts or not _ALSO_RE.search(s.text):
            return False
        cur = new[0]
        # The claim it completes: the last one of the same night within three sentences
        # ("Russia launched 805 drones. Before Sunday, the record was 728. Russia also fired
        # 13 missiles").
        candidates = [
            d
            for d in drafts[-3:]
            if 1 <= s.index - d.sentences[-1].index <= 3
            and (d.event_date, d.direction) == (cur.event_date, cur.direction)
        ]
        if not candidates:
            return False
        prev = candidates[-1]
        if prev.has_total_mention:
            return False
        if (cur.period and not prev.period) or (prev.period and not cur.period and cur.date_stated):
            return False  # a week's tally and one dated night never add up
        if cur.has_total_mention:
            return False
        if cur.categories & prev.categories and not _further_launch(s.text, cur, prev):
            return False
        if (cur.event_date, cur.direction) != (prev.event_date, prev.direction):
            return False
        # Sources may differ ("…355 drones, Ihnat told AP. Russia also fired nine cruise
        # missiles, Ukrainian authorities said"): the kinds still make one attack.
        prev.drones = _add_part(prev.drones, cur.drones)
        prev.missiles = _add_part(prev.missiles, cur.missiles)
        if prev.total is not None and cur.total is not None:
            prev.total += cur.total
        else:
            prev.total = None
        prev.breakdown.update(cur.breakdown)
        prev.qualifier = weakest([prev.qualifier, cur.qualifier])
        prev.categories |= cur.categories
        prev.record = prev.record or cur.record
        prev.source = prev.source or cur.source
        if cur.intercepted is not None:
            prev.intercepted = (prev.intercepted or 0) + cur.intercepted
        prev.sentences.append(s)
        return True


# "In addition, at least 16 Kalibr cruise missiles were launched from ships" after "17
# cruise missiles of the Kh-101 type": the same kind from another launcher still adds up.
_FURTHER_LAUNCH = ci(
    r"^\W*(?:in\s+addition|additionally|besides|on\s+top\s+of\s+that)\b|"
    r"\b(?:also|additionally)\s+(?:launched|fired|used|sent|deployed)\b|"
    r"\b(?:were|was)\s+also\s+(?:launched|fired|used)\b"
)


def _further_launch(text: str, cur: Draft, prev: Draft) -> bool:
    return (
        bool(_FURTHER_LAUNCH.search(text))
        and cur.location is None
        and prev.location is None
        and cur.total is not None
        and cur.total != prev.total
        and "total" not in cur.categories | prev.categories
    )


def _add_part(prev: int | None, cur: int | None) -> int | None:
    if prev is None or cur is None:
        return cur if prev is None else prev
    return prev + cur


_LEAD_ATTACK = ci(
    r"\b(?:attacks?|barrages?|assaults?|strikes?|bombardments?|onslaught|waves?|salvos?|raids?)\b"
)
# "Ihnat said this drone attack is the largest since …", "Authorities described this as the
# largest single aerial strike": a later sentence calls the attack just reported a record.
_ATTACK_NOUN = r"(?:attack|strike|barrage|assault|bombardment|onslaught|raid|wave)"
_RECORD_WORD = r"(?:largest|biggest|heaviest|most\s+massive|record|unprecedented)"
_REFERS_RECORD = ci(
    # "this drone attack is the largest since …"
    r"\b(?:this|that|the)\s+(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUN + r"s?\s+(?:is|was|became|marks|"
    r"marked|has\s+become)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:[\w-]+\s+)?" + _RECORD_WORD + r"|"
    # "Authorities described this as the largest single aerial strike"
    r"\b(?:this|that|it)\s+(?:is|was|as|became|marks|marked)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
    + _RECORD_WORD
    + r"(?:[\s-]+[\w-]+){0,3}?\s+"
    + _ATTACK_NOUN
)


_RECORD_WORDS = ("largest", "biggest", "heaviest", "massive", "record", "unprecedented")


def _later_record(s: Sentence, drafts: list[Draft]) -> None:
    if not drafts or not _has_any(s.text.lower(), _RECORD_WORDS):
        return
    if not _REFERS_RECORD.search(s.text) or not ctx.is_record(s.text):
        return
    recent = [d for d in drafts[-3:] if 1 <= s.index - d.sentences[-1].index <= 3]
    recent = [d for d in recent if not d.period and d.location is None and d.event_date]
    if recent:
        recent[-1].record = True


_EARLIER = ci(
    r"\b(?:earlier|previous|prior|past|other|recent)\s+(?:\w+\s+)?(?:attacks?|strikes?|weeks?|days?)"
)
_ALSO_KIND = ci(
    r"\b(?:also|in\s+addition|additionally)\b[^.;\d]{0,40}?\b(?:launched|fired|used|includ\w+|"
    r"involved|sent|deployed)\s+(?:several|multiple|various|numerous|some|a\s+number\s+of|"
    r"an?\s+(?:unknown|unspecified|undisclosed)\s+number\s+of)\s+(?:(?:types|kinds)\s+of\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>missiles|drones|uavs|shaheds)\b"
)


def _also_uncounted(s: Sentence, drafts: list[Draft]) -> None:
    """ "The attack also included several types of missiles": the earlier total is open."""
    if not drafts or not _has_any(s.text.lower(), ("also", "addition")):
        return
    found = _ALSO_KIND.search(s.text)
    if found is None or ctx.period_phrase(s.text, False) or _EARLIER.search(s.text):
        return  # "Russia also used several types of missiles in earlier attacks this month"
    recent = [d for d in drafts[-3:] if 1 <= s.index - d.sentences[-1].index <= 3]
    recent = [d for d in recent if not d.period and d.location is None]
    if recent:
        noun = found.group("noun").lower()
        category = "missiles" if noun == "missiles" else "drones"
        _open_total(recent[-1], (category, False))


def _open_total(draft: Draft, part: tuple[str, bool] | None) -> None:
    """A kind named without a figure leaves the total open; "a similar number" copies it."""
    if part is None or part[0] in draft.categories or "total" in draft.categories:
        return
    category, same = part
    if same and draft.total is not None:
        if category == "drones":
            draft.drones = draft.total
        else:
            draft.missiles = draft.total
        draft.total *= 2
        draft.qualifier = weakest([draft.qualifier, Qualifier.ABOUT])
    else:
        draft.total = None
        draft.qualifier = Qualifier.VAGUE
    draft.categories.add(category)


_SAID_AT_END = ci(r",\s+(?:[\w'’-]+\s+){1,6}(?:said|reported|says|reports)\.?[\"”]?\s*$")
_ACCORDING_LEAD = ci(r"^\W*according\s+to\b")
_OPEN_QUOTE = re.compile(r"[:,]\s*[\"“]")


_SOURCE_LINE = ci(r"^\W*(?:source|sources|data)\s*:\s*")


def _source_lines(sentences: list[Sentence], drafts: list[Draft]) -> None:
    """Ukrainska Pravda's "Source: President Volodymyr Zelenskyy in his evening address"
    names who gave the figures just above it."""
    for s in sentences:
        if not s.text.lstrip(" *•-").lower().startswith(("source", "data")):
            continue
        line = _SOURCE_LINE.match(s.text)
        if line is None:
            continue
        who = _named_source(s.text[line.end() :])
        for d in drafts:
            if d.source is None and 0 < s.index - d.sentences[0].index <= 5:
                d.source = who


def _quote_speaker(sentences: list[Sentence], i: int) -> str | None:
    """A sentence inside a quote opened earlier in its paragraph ("According to President
    Zelenskyy: \"… This week alone, Russia has used …\""): the quote's speaker."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if sentences[j].paragraph != sentences[i].paragraph:
            return None
        text = sentences[j].text
        opened = _OPEN_QUOTE.search(text)
        if opened and text.count('"') + text.count("“") + text.count("”") == 1:
            head = text[: opened.start()]
            return ctx.attribution(head + " said") or _named_source(head)
    return None


def _list_head_source(sentences: list[Sentence], i: int) -> str | None:
    """ "Russian Ministry of Defense:" over a list: the source of the list's figures."""
    for j in range(i - 1, max(-1, i - 4), -1):
        text = sentences[j].text.rstrip()
        if not text.endswith(":"):
            break
        found = ctx.attribution(text) or _named_source(text)
        if found:
            return found
    return None


def _earlier_source(sentences: list[Sentence], i: int) -> str | None:
    """Who "he said" / "it said" refers to: the source of the sentences just before."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if sentences[j].paragraph != sentences[i].paragraph and j < i - 1:
            break
        found = ctx.attribution(sentences[j].text) or _named_source(sentences[j].text)
        if found:
            return found
    return None


def _pronoun_sources(sentences: list[Sentence], i: int, new: list[Draft]) -> None:
    """ "He said Russia launched 200 drones, while the ministry said it downed 63": the
    figure next to the pronoun is the earlier speaker's, not the ministry's."""
    text = sentences[i].text
    pronoun = v.PRONOUN_REPORT_RE.search(text)
    if pronoun is None or not new:
        return
    speaker = _earlier_source(sentences, i)
    if speaker is None:
        return
    named = [offset for _, offset, _ in ctx.sources_in(text)]
    for d in new:
        at = d.position - sentences[i].start
        owners = [o for o in named if ctx.source_owns(text, o, at)]
        if all(abs(pronoun.start() - at) < abs(o - at) for o in owners):
            d.source = speaker


_UKRAINIAN_DRONES = ci(
    r"\bukrainian\s+(?:[\w-]+\s+){0,3}?(?:drones|uavs|unmanned|missiles)|\b(?:ukraine|kyiv)\s+"
    r"(?:has\s+|had\s+)?(?:launched|fired|attacked|sent)|\bby\s+ukraine|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+defen[cs]e|russian\s+air\s+defen|over\s+russian"
)
_FOREIGN_LEAD = ci(
    r"^\W*(?:[\w'’]+\s+){0,3}?(?P<actor>iran|israel|the\s+houthis|houthis|hezbollah|hamas)\b"
    r"[^.]{0,80}?\b(?:launched|fired|attacked|unleashed|targeted)\b"
)


def _lead_direction(sentences: list[Sentence]) -> str:
    """Another war's lead ("Iran launched … against Israel") sets the default direction,
    so "180 missiles were fired" later in it is not taken for a Russian attack."""
    for s in sentences[:4]:
        lead = _FOREIGN_LEAD.search(s.text)
        if lead:
            direction, stated = ctx.direction(s.text, None, "RU->UA")
            if stated and not direction.startswith(("RU", "UA")):
                return direction
    # A report that opens with Ukrainian drones downed over Russia is about that attack;
    # one that opens with a Russian attack's figure is not, whatever follows.
    for s in sentences[:2]:
        if not _is_candidate(s.text):
            continue
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
    first = sentences[0].text if sentences else ""
    if _UA_ATTACK_LEAD.search(first) and not any(_RU_ATTACK.search(s.text) for s in sentences[:3]):
        return "UA->RU"
    return "RU->UA"


_RU_ATTACK = ci(
    r"\b(?:russia|russian\s+forces|moscow)\s+(?:\w+\s+)?(?:launched|attacked|fired|struck|hit|"
    r"pounded|targeted)\b|\b(?:attacks?|strikes?)\s+on\s+(?:ukraine|kyiv|ukrainian)"
)


_UA_ATTACK_LEAD = ci(
    r"\b(?:ukraine|ukrainian|kyiv)\b[^.]{0,80}?\b(?:attacks?|strikes?|raids?)\s+(?:yet\s+)?(?:on|against|"
    r"targeting)\s+(?:the\s+)?(?:moscow|russia\b|russian\s+(?:capital|territory|regions?|cities|"
    r"soil|oil|refiner\w*|energy|airfields?|air\s+bases?|military))"
)


_ALL_DOWNED_AFTER = ci(
    r",?\s+(?:which|that|all\s+of\s+which)\s+(?:were|was)\s+(?:all\s+)?(?:shot\s+down|downed|"
    r"destroyed|intercepted|neutrali[sz]ed)\b"
)
_LOCAL_OFFICIALS = frozenset({"governor", "mayor", "city officials"})


def _official_place(sentences: list[Sentence], i: int, new: list[Draft]) -> None:
    """A governor's or mayor's figure is for their region or city: "Nine Ukrainian UAVs
    were destroyed, the acting governor said" after a sentence about the Kursk region."""
    for d in new:
        if d.location or d.source not in _LOCAL_OFFICIALS or (d.total or 0) >= 100:
            continue
        for j in (i, i - 1):
            if j < 0 or sentences[i].index - sentences[j].index > 1:
                continue
            where = named_place(sentences[j].text)
            if where:
                d.location = where
                break


_THE_ATTACK = ci(r"\b(?:in|during|for)\s+(?:the|that|this)\s+(?:attack|strike|assault|barrage)\b")


def _scene_date(prev: Sentence, s: Sentence, published: date | None) -> date | None:
    """ "On November 19, Ukraine launched its first ATACMS attack. The ministry said five
    missiles were fired …": a dated scene-setting sentence dates the next one."""
    if not _ATTACK_QUICK.search(prev.text.lower()):
        return None
    if prev.paragraph != s.paragraph and not _THE_ATTACK.search(s.text):
        return None  # ("… an attack on Kyiv on July 31 …\n… 300 drones in the attack")
    dated = [c for c in find_cues(prev.text, published) if c.kind is CueKind.ABSOLUTE]
    return dated[-1].value if dated else None


def _resolve_capital(where: str | None, direction: str) -> str | None:
    if where != CAPITAL:
        return where
    return capital_of(direction.rsplit("->", 1)[-1])


def _lead_record(sentences: list[Sentence], drafts: list[Draft], main_date: date | None) -> None:
    """ "…the largest aerial attack of the war." in the lead, the figure a sentence later."""
    first = min((d.sentences[0].index for d in drafts), default=None)
    if first is None:
        return
    for s in sentences:
        if s.index >= first or s.index > 3:
            break
        if _LEAD_ATTACK.search(s.text) and ctx.is_record(s.text) and _record_first(s.text):
            for d in drafts:
                if d.event_date == main_date and not d.period and d.location is None:
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


def _named_source(text: str) -> str | None:
    m = v.SOURCE_RE.search(text)
    if not m:
        return None
    return v.SOURCE_LABELS[int(next(k for k, val in m.groupdict().items() if val)[1:])]
