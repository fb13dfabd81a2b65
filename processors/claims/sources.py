"""Who gave a figure, when its own sentence does not say: the sentences around it.

"…, the air force said." in the next sentence, "he said" for an earlier speaker, a
quote opened earlier in the paragraph, a "Russian Ministry of Defense:" list head,
a "Source: …" line, a governor's figure placed in their region.
"""

from __future__ import annotations

import re

from processors.claims import context as ctx
from processors.claims import vocabulary as v
from processors.claims.draft import Draft
from processors.claims.fastre import ci
from processors.claims.mentions import Role, find_mentions
from processors.claims.places import named_place
from processors.claims.sentences import Sentence

_NEXT_SOURCE_RE = ci(
    r"^\s*[\"“]?\s*(?:According\s+to|Citing|Data\s+from|This\s+was\s+(?:announced|reported|"
    r"stated|said)(?:\s+on\s+\w+(?:\s+\d{1,2})?)?\s+by|(?:That|The|This)\s+(?:figure|"
    r"tally|count|data|number)s?\b|(?:The|Ukraine['’]s|Russia['’]s)\s+(?:\w+\s+){0,5}?"
    r"(?:said|reported|says)\b)",
)
_QUOTE_OPENS = re.compile(r"^\s*[\"“]")
_QUOTE_CLOSES = re.compile(r"[\"”][,.]?\s+[^\"“”]{1,80}?\b(?:said|added|wrote|told)\b")
_SAID_AT_END = ci(r",\s+(?:[\w'’-]+\s+){1,6}(?:said|reported|says|reports)\.?[\"”]?\s*$")
_ACCORDING_LEAD = ci(r"^\W*according\s+to\b")
_OPEN_QUOTE = re.compile(r"[:,]\s*[\"“]")
_SOURCE_LINE = ci(r"^\W*(?:source|sources|data)\s*:\s*")
LOCAL_OFFICIALS = frozenset({"governor", "mayor", "city officials"})


def fill_source(sentences: list[Sentence], i: int, new: list[Draft], candidates: set[int]) -> None:
    """A source named in the next sentence ("…, the air force said.") or by pronoun;
    `candidates` are the indexes of sentences that passed the figure gate."""
    if all(d.source for d in new):
        return
    source: str | None = None
    pronoun = v.PRONOUN_REPORT_RE.search(sentences[i].text)
    if pronoun is not None:
        text = sentences[i].text
        source = subject_source(text, pronoun.start()) or earlier_source(sentences, i)
    if source is None and i + 1 < len(sentences):
        nxt = sentences[i + 1].text
        launches = (i + 1) in candidates and any(
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
                source = earlier_source(sentences, i)
    if source is None:
        source = (
            _colon_head(sentences[i].text)
            or _list_head_source(sentences, i)
            or _quote_speaker(sentences, i)
            or _quote_closer(sentences, i)
        )
    if source is None and i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph:
        prev = sentences[i - 1].text
        if _ACCORDING_LEAD.match(prev) and (i - 1) not in candidates:
            source = ctx.attribution(prev)  # "According to the Air Force, on the 26th …"
    if source:
        for d in new:
            d.source = d.source or source


def source_lines(sentences: list[Sentence], drafts: list[Draft]) -> None:
    """Ukrainska Pravda's "Source: President Volodymyr Zelenskyy in his evening address"
    names who gave the figures just above it."""
    for s in sentences:
        if not s.text.lstrip(" *•-").lower().startswith(("source", "data")):
            continue
        line = _SOURCE_LINE.match(s.text)
        if line is None:
            continue
        who = named_source(s.text[line.end() :])
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
            return ctx.attribution(head + " said") or named_source(head)
    return None


def _quote_closer(sentences: list[Sentence], i: int) -> str | None:
    """“Last night the enemy attacked. It launched 81 missiles. We destroyed 34,” the
    commander said: a figure inside a quote that closes a sentence or two later."""
    para = sentences[i].paragraph
    opened = any(
        _QUOTE_OPENS.match(sentences[j].text)
        for j in range(max(0, i - 3), i + 1)
        if sentences[j].paragraph == para
    )
    if not opened:
        return None
    for j in (i + 1, i + 2):
        if j >= len(sentences) or sentences[j].paragraph != para:
            return None
        if _QUOTE_CLOSES.search(sentences[j].text):
            return ctx.attribution(sentences[j].text)
    return None


# "Governor Bogomaz: Two Ukrainian drones shot down …", "Air Force: Ukraine downs 92 of 151 …":
# a headline or line led by who says it
_COLON_HEAD = re.compile(r"^\W*(?P<who>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s*:\s+\S")


def _colon_head(text: str) -> str | None:
    head = _COLON_HEAD.match(text)
    if head is None:
        return None
    who = v.SOURCE_RE.search(head.group("who"))
    return named_source(who.group(0)) if who else None


def _list_head_source(sentences: list[Sentence], i: int) -> str | None:
    """ "Russian Ministry of Defense:" over a list: the source of the list's figures."""
    for j in range(i - 1, max(-1, i - 4), -1):
        text = sentences[j].text.rstrip()
        if not text.endswith(":"):
            break
        found = ctx.attribution(text) or named_source(text)
        if found:
            return found
    return None


_SUBJECT_SPAN = 40


def subject_source(text: str, pronoun_at: int) -> str | None:
    """ "Ukraine's air force downed four of nine missiles …, it said": the pronoun points to
    the source that opens its own sentence, not to an earlier speaker."""
    m = v.SOURCE_RE.search(text, 0, min(pronoun_at, _SUBJECT_SPAN))
    if m is None or m.start() > 12:
        return None
    return named_source(text[m.start() : m.end()])


def earlier_source(sentences: list[Sentence], i: int) -> str | None:
    """Who "he said" / "it said" refers to: the source of the sentences just before."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if sentences[j].paragraph != sentences[i].paragraph and j < i - 1:
            break
        found = ctx.attribution(sentences[j].text) or named_source(sentences[j].text)
        if found:
            return found
    return None


def pronoun_sources(sentences: list[Sentence], i: int, new: list[Draft]) -> None:
    """ "He said Russia launched 200 drones, while the ministry said it downed 63": the
    figure next to the pronoun is the earlier speaker's, not the ministry's."""
    text = sentences[i].text
    pronoun = v.PRONOUN_REPORT_RE.search(text)
    if pronoun is None or not new:
        return
    speaker = subject_source(text, pronoun.start()) or earlier_source(sentences, i)
    if speaker is None:
        return
    named = [offset for _, offset, _ in ctx.sources_in(text)]
    for d in new:
        at = d.position - sentences[i].start
        owners = [o for o in named if ctx.source_owns(text, o, at)]
        if all(abs(pronoun.start() - at) < abs(o - at) for o in owners):
            d.source = speaker


def official_place(sentences: list[Sentence], i: int, new: list[Draft]) -> None:
    """A governor's or mayor's figure is for their region or city: "Nine Ukrainian UAVs
    were destroyed, the acting governor said" after a sentence about the Kursk region."""
    for d in new:
        if d.location or d.source not in LOCAL_OFFICIALS or (d.total or 0) >= 100:
            continue
        for j in (i, i - 1):
            if j < 0 or sentences[i].index - sentences[j].index > 1:
                continue
            where = named_place(sentences[j].text)
            if where:
                d.location = where
                break


def named_source(text: str) -> str | None:
    m = v.SOURCE_RE.search(text)
    if not m:
        return None
    return v.SOURCE_LABELS[int(next(k for k, val in m.groupdict().items() if val)[1:])]


_LIST_MAKERS = frozenset({"defence ministry", "air force", "military", "general staff"})


def list_sources(drafts: list[Draft]) -> None:
    """A region's figure with no source of its own, in the lines after the ministry's total
    ("The ministry said 158 drones were shot down.\n\n46 over the Kursk region, 34 over …"),
    is part of the ministry's list: its source."""
    for i, d in enumerate(drafts):
        if d.source is not None or d.location is None or d.period:
            continue
        last = d.sentences[0].index
        for head in reversed(drafts[:i]):
            if (head.direction, head.event_date) != (d.direction, d.event_date) or head.period:
                continue
            if last - head.sentences[0].index > (1 if head.location else 3):
                break  # a list runs on line by line; its head is a few lines up at most
            if head.location is not None and head.source is None:
                last = head.sentences[0].index  # an earlier line of the same list
            elif head.source in _LIST_MAKERS:
                d.source = head.source
                break


# "Governor Alexander Bogomaz", "Alexander Bogomaz, Governor of Russia's Bryansk Oblast": the
# person the article names with a role speaks for it wherever named again ("Bogomaz added").
_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}"
_NAME_AFTER = re.compile(
    # "the governor of the Kursk region, Alexei Smirnov", "acting governor, Alexei Smirnov"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?(?:[Rr]egion|[Oo]blast|[A-Z][\w’'-]+)\b)?,?"
    rf"\s+(?P<name>{_NAME})\b"
)
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?(?:acting\s+)?")
_SURNAME_REPORTS = re.compile(
    r"\b(?:according\s+to\s+(?P<a>[A-Z][a-z’'-]{2,})\b|(?P<b>[A-Z][a-z’'-]{2,})\s+(?:also\s+|"
    r"later\s+)?(?:said|says|reported|reports|wrote|added|stated|announced|clarified|specified|"
    r"noted|told|claimed|confirmed)\b)"
)


def named_speakers(text: str, s: Sentence, new: list[Draft]) -> None:
    """A figure with no source whose sentence has an official named earlier with their role
    report it ("Earlier, Gusev reported that two drones were shot down"): that official's."""
    if all(d.source for d in new):
        return
    for m in _SURNAME_REPORTS.finditer(s.text):
        surname = m.group("a") or m.group("b")
        label = _role_of(text, surname, s.start + m.start())
        if label is None:
            continue
        for d in new:
            if d.source is None and ctx.source_owns(s.text, m.start(), d.position - s.start):
                d.source = label


def _role_of(text: str, surname: str, before: int) -> str | None:
    """The local official's role the article gave `surname` before offset `before`."""
    for occ in re.compile(rf"\b{re.escape(surname)}\b").finditer(text, 0, before):
        for role in v.SOURCE_RE.finditer(text, max(0, occ.start() - 80), occ.start()):
            named = _NAME_AFTER.match(text, role.end())
            label = named_source(role.group(0))
            if named and named.end() == occ.end() and label in LOCAL_OFFICIALS:
                return label
        after = _ROLE_AFTER.match(text, occ.end())
        later = v.SOURCE_RE.match(text, after.end()) if after else None
        if later and named_source(later.group(0)) in LOCAL_OFFICIALS:
            return named_source(later.group(0))
    return None
