"""Later sentences that complete a claim already drafted: "Air defences shot down 718 of
them.", "It also fired 13 missiles.", "This attack is the largest since …", "The attack
also included several types of missiles."
"""

from __future__ import annotations

from processors.claims import context as ctx
from processors.claims import figures as fig
from processors.claims import timing as tm
from processors.claims import vocabulary as v
from processors.claims.draft import Draft, weakest
from processors.claims.fastre import ci
from processors.claims.gate import has_any
from processors.claims.mentions import Role, find_mentions
from processors.claims.sentences import Sentence
from processors.claims.sources import LOCAL_OFFICIALS
from salvo.schemas import Qualifier

_ALSO_RE = ci(r"\b(?:also|in\s+addition|additionally|as\s+well|alongside)\b")


# "Two more disappeared in the area.", "Another 52 drones were \"lost.\"": neutralised too
# "Four more disappeared": added to what the claim's own sentence counted
_MORE_LOST = ci(r"\b(?:more|another|further)\b[^.;]{0,30}?\b(?:disappeared|vanished|lost|jammed)\b")
_LOST = ci(r"\b(?:were|was)\s+[\"“']?lost\b|\b(?:disappeared|vanished)\b")
_ALL_DOWNED = ci(
    r"\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|repell?ed)\s+all\s+(?:of\s+)?"
    r"(?:them|the\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs|missiles|targets))\b|"
    # "All of them were destroyed", "All enemy targets were destroyed"
    r"\ball\s+(?:of\s+them\s+|(?:the\s+)?(?:enemy\s+|hostile\s+)?(?:targets|drones|uavs|missiles)\s+)?"
    r"(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:shot\s+down|downed|destroyed|"
    r"intercepted|neutrali[sz]ed)"
)


_EARLIER_NIGHT = ci(r"\b(?:a|one|two|three)\s+(?:year|month|week)s?\s+ago\b|\blast\s+year\b")
_OVER_THE_REGION = ci(r"\b(?:over|in|above)\s+the\s+(?:region|oblast|city|capital)\b")


def attach_intercepts(s: Sentence, drafts: list[Draft]) -> None:
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
    own = last.intercepted is not None and last.intercept_index < 0
    if gap < 1 or gap > 3 or (own and not _MORE_LOST.search(s.text)):
        return  # too far, or the claim's own sentence already gave the figure
    if not (v.INTERCEPT_RE.search(s.text) or _LOST.search(s.text)):
        return
    if _EARLIER_NIGHT.search(s.text):
        return  # "A year ago, the defenders of the sky destroyed 45 Shaheds": another night
    if any(
        label in LOCAL_OFFICIALS and label != last.source for *_, label in ctx.sources_in(s.text)
    ):
        return  # "the governor said the air force destroyed 13 drones over his region" (unless
        # the figure is the governor's own)
    mentions = find_mentions(s.text)
    downed = [m for m in mentions if m.role is Role.INTERCEPTED and not m.child]
    value = fig.sum_values(downed)
    value += fig.bare_intercepts(s.text, mentions)
    if not value and not mentions and _ALL_DOWNED.search(s.text):
        value = last.total or 0  # "Air defences shot down all of the incoming drones."
    if gap > 1 and not (gap <= 3 and value <= (last.total or 0)):
        return  # a later paragraph counts only if its figure fits inside the launch figure
    if last.intercepted is not None and value:
        if last.total is not None and last.intercepted + value > last.total:
            return  # "All were shot down." then a minister's "shot down six … and 12 other"
        if (downed and all(m.location for m in downed)) or _OVER_THE_REGION.search(s.text):
            return  # "12 were shot down in the Dnipropetrovsk region": a region's share
    if value:
        last.intercepted = (last.intercepted or 0) + value
        last.intercept_index = s.index


# "Ukraine intercepted 460 of the drones and 19 out of 20 missiles" after "479 drones": the
# missiles' figure comes only with their interception count
_PAIRED_OUTCOME = ci(
    r"\b[\w,-]+\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drones|uavs|missiles)\b"
)


def merge_also(s: Sentence, new: list[Draft], drafts: list[Draft]) -> bool:
    """ "Russia launched 728 drones. It also fired 13 missiles." → one claim of 741."""
    if len(new) != 1 or not drafts:
        return False
    cur = new[0]
    paired = cur.intercepted is not None and bool(
        v.INTERCEPT_RE.search(s.text) and _PAIRED_OUTCOME.search(s.text)
    )
    if not (paired or _ALSO_RE.search(s.text)):
        return False
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
    region_line = cur.direction == "UA->RU" and cur.location is not None and prev.location is None
    elsewhere = None not in (cur.location, prev.location) and cur.location != prev.location
    if prev.has_total_mention or region_line or elsewhere:
        return False  # (a region's downed figure does not complete the ministry's national one)
    if (cur.period and not prev.period) or (prev.period and not cur.period and cur.date_stated):
        return False  # a week's tally and one dated night never add up
    if cur.has_total_mention:
        return False
    if cur.categories & prev.categories and (paired or not _further_launch(s.text, cur, prev)):
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
    repeat = (cur.drones is not None and cur.drones == prev.drones) or (
        cur.missiles is not None and cur.missiles == prev.missiles
    )  # "… 51 drones and two missiles. 'In addition, 51 UAVs were destroyed'": the same 51
    return (
        not repeat
        and bool(_FURTHER_LAUNCH.search(text))
        and cur.location is None
        and prev.location is None
        and cur.total is not None
        and cur.total != prev.total
        and "total" not in cur.categories | prev.categories
    )


# "Two Iskander ballistic missiles were not intercepted" after "14 of 16 Shahed drones": a
# further kind of the same attack, launched but not downed
_NOT_DOWNED_AFTER = ci(r"\s+(?:were|was)\s+not\s+(?:intercepted|shot\s+down|downed|destroyed)\b")


def unintercepted_part(s: Sentence, drafts: list[Draft]) -> None:
    if not drafts or " not " not in s.text or not _NOT_DOWNED_AFTER.search(s.text):
        return  # (cheap tests first: most sentences never reach find_mentions)
    last = drafts[-1]
    if s.index - last.sentences[-1].index != 1 or last.period or last.has_total_mention:
        return
    for m in find_mentions(s.text):
        if m.child or m.value is None or m.category in last.categories | {"total", "guided_bomb"}:
            continue
        if not _NOT_DOWNED_AFTER.match(s.text, m.end) or last.total is None:
            continue
        if m.category == "drones":
            last.drones = _add_part(last.drones, m.value)
        else:
            last.missiles = _add_part(last.missiles, m.value)
        last.total += m.value
        last.qualifier = weakest([last.qualifier, m.qualifier])
        last.categories.add(m.category)
        last.sentences.append(s)
        return


def _add_part(prev: int | None, cur: int | None) -> int | None:
    if prev is None or cur is None:
        return cur if prev is None else prev
    return prev + cur


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


def later_record(s: Sentence, drafts: list[Draft]) -> None:
    if not drafts or not has_any(s.text.lower(), _RECORD_WORDS):
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


def also_uncounted(s: Sentence, drafts: list[Draft]) -> None:
    """ "The attack also included several types of missiles": the earlier total is open."""
    if not drafts or not has_any(s.text.lower(), ("also", "addition")):
        return
    found = _ALSO_KIND.search(s.text)
    if found is None or tm.period_phrase(s.text, False) or _EARLIER.search(s.text):
        return  # "Russia also used several types of missiles in earlier attacks this month"
    recent = [d for d in drafts[-3:] if 1 <= s.index - d.sentences[-1].index <= 3]
    recent = [d for d in recent if not d.period and d.location is None]
    if recent:
        noun = found.group("noun").lower()
        category = "missiles" if noun == "missiles" else "drones"
        open_total(recent[-1], (category, False))


def open_total(draft: Draft, part: tuple[str, bool] | None) -> None:
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


_OUT_OF_BEFORE = ci(r"\b(?:out\s+of|of)\s+(?:the\s+)?$")
_THE_BEFORE = ci(r"\bthe\s+(?:[\w-]+\s+)?$")


def drop_anaphora(drafts: list[Draft]) -> list[Draft]:
    """ "Russia launched eight missiles at Kyiv. … The eight missiles were fired from Bryansk":
    "the" before a figure already given for the same attack points back to it."""
    out: list[Draft] = []
    for d in drafts:
        s = d.sentences[0]
        at = d.position - s.start
        earlier = [
            e
            for e in out
            if (e.direction, e.event_date, e.total) == (d.direction, d.event_date, d.total)
            and e.sentences[0].index < s.index
        ]
        if _points_back(d, s.text, at, out):
            continue  # "one of the missiles was destroyed over Donskoye" after "six missiles"
        if d.intercepted == d.total and _uncounted_share(d, s.text, at, out):
            continue  # "intercepted one of the drones over the city": a raid with no count
        share = d.location is not None and any(e.location is None for e in earlier)
        if share and _OUT_OF_BEFORE.search(s.text, 0, at):
            continue  # "15 out of 24 drones were downed around the capital": the same 24
        # "Ukraine shot down 201 of the 236 …, the air force commander said" after the
        # president's 236: another source's own count of the attack, not a pointer back
        named_apart = bool(earlier) and None not in (earlier[0].source, d.source)
        named_apart = (
            named_apart
            and earlier[0].source != d.source
            and bool(_OUT_OF_BEFORE.search(s.text, 0, at))
        )
        if not earlier and d.total and _THE_BEFORE.search(s.text, 0, at):
            # "attacked with 23 Shahed drones along with a cruise missile" then "shot down 18
            # of the 23 drones": the one kind's figure of a claim already given, whoever says it
            earlier = [e for e in out if _kind_of(e, d) and e.sentences[0].index < s.index]
            named_apart = False
        if (
            earlier
            and d.total
            and not named_apart
            and 0 < at <= len(s.text)
            and _THE_BEFORE.search(s.text, 0, at)
        ):
            first = earlier[0]  # "downed 29 of the 38 drones": keep what the repeat adds
            if first.intercepted is None:
                first.intercepted = d.intercepted
            first.source = first.source or d.source
            continue
        out.append(d)
    return out


def _kind_of(e: Draft, d: Draft) -> bool:
    """`d` (one kind only) is the figure of that kind in `e`'s mixed claim, same attack."""
    if (e.direction, e.event_date) != (d.direction, d.event_date) or e.total == d.total:
        return False
    if d.missiles is None and d.drones == d.total:
        return e.drones == d.total and bool(e.missiles)
    return d.drones is None and d.missiles == d.total and e.missiles == d.total and bool(e.drones)


# "one of the missiles", "two of those drones": a part of a figure already given
_SETTLEMENT = ci(r"\b(?:over|near|above)\s+(?:the\s+)?(?:village|town|settlement)\b")
_ALL_END = ci(r"\ball\s+$")
_OF_THE_HEAD = ci(r"\w+\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs|missiles)\b")


def _uncounted_share(d: Draft, text: str, at: int, kept: list[Draft]) -> bool:
    """ "Air defences intercepted one of the drones over the city" with no figure of the raid
    before it: a share of an attack the article never counts, not its size."""
    if not d.total or not _OF_THE_HEAD.match(text, at, at + 60) or _ALL_END.search(text, 0, at):
        return False  # "destroyed all 14 of the drones" counts them all
    return not any((e.direction, e.event_date) == (d.direction, d.event_date) for e in kept)


def _points_back(d: Draft, text: str, at: int, kept: list[Draft]) -> bool:
    """A small figure "of the" weapons an earlier figure of the same attack counted."""
    if not d.total or d.total > 20 or not _OF_THE_HEAD.match(text, at, at + 60):
        return False
    if d.location is not None and not _SETTLEMENT.search(text, at):
        return False  # a region's share of the ministry's figure is its own claim
    return any(
        (e.direction, e.event_date) == (d.direction, d.event_date)
        and (e.total or 0) > d.total
        and e.sentences[0].index < d.sentences[0].index
        for e in kept
    )
