"""The rule-based extractor: sentences → weapon mentions → claims, merged per article.

Pipeline per article:
1. split into sentences (offsets kept) the paragraphs worth reading (`gate`), find the
   article's main attack date and default direction (`article`);
2. cheap pre-filter: only sentences with a weapon word and a number go further;
3. weapon mentions with their role (launched / intercepted / skip) and structure
   (a figure and its "including …" breakdown);
4. group a sentence's launched figures into claims (drones + missiles of one
   attack form one claim), with date, direction, source, record flag, scope;
   later sentences complete them (`followups`), sources come from around (`sources`);
5. merge repeats of one (attack, figure, source) across the article.
"""

from __future__ import annotations

import re
from datetime import date

from processors.claims import article as art
from processors.claims import context as ctx
from processors.claims import figures as fig
from processors.claims import followups as fu
from processors.claims import sources as src
from processors.claims import timing as tm
from processors.claims import vocabulary as v
from processors.claims.dates import DateCue
from processors.claims.draft import Draft
from processors.claims.fastre import ci
from processors.claims.gate import WEAPON_WORDS, has_any, is_candidate, paragraph_filter
from processors.claims.mentions import Mention, Role, find_mentions
from processors.claims.merge import finalise
from processors.claims.numbers import find_numbers
from processors.claims.places import CAPITAL, capital_of, region_anaphor
from processors.claims.sentences import Sentence, split_sentences
from processors.claims.vessels import drop_naval_repeats
from salvo.schemas import BarrageClaim

_FOLLOW_RECORD_RE = re.compile(
    r"^\s*(?:It|This|That|The\s+(?:attack|barrage|assault|strike))\s+(?:was|marked|is|became|"
    r"surpass\w*|exceed\w*|eclips\w*|broke|beat|tops?|topped|set)\b",
)
# "… three cruise missiles, which were shot down", "over 70 drones targeted the capital and
# were shot down", "a dozen drones heading toward Moscow that were shot down"
_ALL_DOWNED_AFTER = ci(
    r"(?:,?\s+|[^.;,\d]{0,40}?,?\s+)(?:(?:which|that|all\s+of\s+which|and)\s+(?:were|was)|"
    # "… had been launched, all of them destroyed"
    r"all\s+of\s+them(?:\s+were)?)\s+(?:all\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b"
)


_ALL_THE_KIND = ci(
    r"\b(?:and|as\s+well\s+as)\s+all\s+(?:of\s+)?(?:the\s+)?(?P<noun>drones|uavs|missiles)\b"
)
_BACK_THEN = ci(r"\b(?:at\s+the\s+time|back\s+then|that\s+(?:night|day))\b")
# "They included six Kinzhal …, nine cruise missiles … and three S-400" after "18 missiles":
# the parts of the figure just given, not new claims
_PARTS_LEAD = ci(
    r"^\s*(?:they|these|those|the\s+(?:missiles|drones|weapons))\s+(?:\w+\s+)?"
    r"(?:included|comprised|consisted\s+of|were\s+made\s+up\s+of)\b"
)
# A ministry's region list in the sentence after its figure, the noun left out: "Three were
# destroyed over the Voronezh region, one each over …", "It also intercepted six over the
# Belgorod Region and one over the Kursk Region"
# "Of those, 30 were shot down over the neighboring Bryansk Region"
_ELLIPTIC_LIST = ci(
    r"^\s*(?:it\s+(?:also\s+)?(?:intercepted|destroyed|downed|shot\s+down)\s+|of\s+(?:those|these|"
    r"them),\s*)?"
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)\s+(?=(?:(?:more\s+)?(?:were|was)\s+(?:destroyed|downed|shot\s+down|"
    r"intercepted)\s+)?(?:over|above)\s+the\s+(?:neighbou?ring\s+|adjacent\s+|border\s+)?[\w-]+\s+"
    r"(?:region|oblast|territory)\b)"
)


class RuleExtractor:
    """Deterministic, explainable claim extraction (the default extractor)."""

    name = "rules"

    def extract(self, text: str, published: date | None = None) -> list[BarrageClaim]:
        text, published = art.strip_date_line(text, published)
        low = text.lower()
        if not has_any(low, WEAPON_WORDS):
            return []  # most articles: no weapon word at all
        # Only the opening, the lead's paragraph and paragraphs with figures need sentences.
        sentences = split_sentences(text, keep=paragraph_filter(text, low))
        candidates = {i for i, s in enumerate(sentences) if is_candidate(s.text)}
        if not candidates:
            return []  # the common case: no weapon figure anywhere
        cues = art.CueCache(sentences, published)
        main_date = art.main_date(sentences, published, cues)
        drafts: list[Draft] = []
        default_direction = art.lead_direction(sentences, candidates)
        produced = False
        for i, s in enumerate(sentences):
            new: list[Draft] = []
            if i not in candidates and produced and drafts[-1].direction == "UA->RU":
                new = self._elliptic_list(s, main_date, cues, i)
            if i in candidates:
                context = main_date
                if i > 0 and not produced:
                    context = art.scene_date(sentences, i, cues) or main_date
                back = _recent(drafts, s, 2) if _BACK_THEN.search(s.text) else None
                if back is not None and back.event_date:
                    # "… on September 10, 2024, when Ukraine sent 144 drones. … Officials at the
                    # time said 72 were downed over Moscow": the night just named
                    context = back.event_date
                # "Russia launched 62 drones and nine missiles, the air force said. Air defence
                # units shot down 50 drones and four missiles.": a sentence naming no side
                # continues the Russian attack just reported (its downed count is no claim)
                just = _recent(drafts, s, 1)
                ru_attack = just is not None and just.direction == "RU->UA"
                direction = "RU->UA" if ru_attack else default_direction
                new = self._sentence(s, context, direction, cues, i)
                if new and _parts_of_last(s, new, drafts):
                    new = [d for d in new if d.location]  # a region's share is its own claim
                src.pronoun_sources(sentences, i, new)
            produced = bool(new)
            if not new:
                fu.attach_intercepts(s, drafts)
                fu.unintercepted_part(s, drafts)
                fu.also_uncounted(s, drafts)
                fu.later_record(s, drafts)
                continue
            src.fill_source(sentences, i, new, candidates)
            src.named_speakers(text, s, new)
            src.official_place(sentences, i, new)
            if "region" in s.text or "oblast" in s.text:
                for d in new:
                    if d.location is None and not d.period:
                        d.location = region_anaphor(text, d.position)
            nxt = sentences[i + 1].text if i + 1 < len(sentences) else ""
            prev = sentences[i - 1].text if i > 0 else ""
            prev_record = _FOLLOW_RECORD_RE.match(prev) and ctx.is_record(prev)
            if prev_record and not ((i - 1) in candidates and find_mentions(prev)):
                for d in new:
                    d.record = d.record or d.location is None  # a region's share is no record
            if _FOLLOW_RECORD_RE.match(nxt) and ctx.is_record(nxt):
                for d in new:
                    d.record = True
            if not fu.merge_also(s, new, drafts):
                drafts.extend(new)
        art.lead_record(sentences, drafts, main_date)
        src.source_lines(sentences, drafts)
        src.list_sources(drafts)
        return finalise(drop_naval_repeats(fu.drop_anaphora(drafts), low))

    def _elliptic_list(
        self, s: Sentence, main_date: date | None, cues: art.CueCache, i: int
    ) -> list[Draft]:
        """The region list of the ministry's figure just before, its noun left out: read
        with "drones" put back after the first number."""
        m = _ELLIPTIC_LIST.match(s.text)
        if m is None:
            return []
        text = s.text[: m.end("n")] + " drones" + s.text[m.end("n") :]
        filled = Sentence(text, s.start, s.end, s.paragraph, s.index)
        new = self._sentence(filled, main_date, "UA->RU", cues, i)
        for d in new:
            d.sentences = [s]  # the evidence is the text as written
        return [d for d in new if d.location]  # only the regions: the total came before

    # ------------------------------------------------------------------ one sentence

    def _sentence(
        self,
        s: Sentence,
        main_date: date | None,
        default_direction: str,
        cue_cache: art.CueCache,
        i: int,
    ) -> list[Draft]:
        mentions = find_mentions(s.text)
        if not mentions or all(m.role is Role.SKIP for m in mentions):
            return []
        cues = cue_cache(i)
        launched = [m for m in mentions if m.role is Role.LAUNCHED or fig.all_downed(m)]
        intercepted = [m for m in mentions if m.role is Role.INTERCEPTED and not m.child]
        record = ctx.is_record(s.text)
        named = ctx.sources_in(s.text)  # asked once, for every figure of the sentence
        source = ctx.attribution(s.text, sources=named)
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
            own_source = ctx.attribution(s.text, group[0].start, named) if source else None
            args = (cues, main_date, default_direction, record and near, own_source)
            draft = self._draft(s, group, *args)
            draft.derived = all(fig.all_downed(m) for m in group if not m.child)
            if _ALL_DOWNED_AFTER.match(s.text, max(m.end for m in group)):
                draft.intercepted = (
                    draft.total
                )  # "… and three cruise missiles which were shot down"
            fu.open_total(draft, fig.uncounted_part(s.text, group, mentions))
            drafts.append(draft)
            drafts.extend(
                self._draft(s, [fig.top(m)], *args) for m in group if m.child and m.location
            )
        reported: list[Draft] = []
        if intercepted:
            # Russia's MoD reports only what it downed: for UA->RU that is the barrage figure.
            direction, _ = ctx.direction(s.text, intercepted[0], default_direction)
            when, _ = tm.event_date(s.text, intercepted[0], cues, main_date)
            if direction == "UA->RU" and all(
                (d.direction, d.event_date) != (direction, when) for d in drafts
            ):
                downed = [m for m in mentions if m.role is Role.INTERCEPTED]
                for group in fig.groups(s.text, downed, cues, main_date):
                    who = ctx.attribution(s.text, group[0].start, named) if source else None
                    args = (cues, main_date, default_direction, False, who)
                    reported.append(self._draft(s, group, *args))
                    locals_ = [m for m in group if m.child and m.location]
                    reported.extend(self._draft(s, [fig.top(m)], *args) for m in locals_)
                more = fig.more_intercepts(s.text, mentions) if len(reported) == 1 else 0
                for d in reported:
                    if more and d.total is not None:  # "…, while three more were suppressed"
                        d.total += more
                        if d.missiles is None and d.drones is not None:
                            d.drones += more
                        elif d.drones is None and d.missiles is not None:
                            d.missiles += more
                    d.intercepted = d.total
                    d.record = record and not drafts
                # What is left downed belongs to the other attack in the sentence.
                intercepted = [m for m in intercepted if m not in downed]
            elif direction == "UA->RU":
                # "…200 drones were fired toward these regions, with the mayor saying that over
                # 70 were downed over the capital alone": a place's own figure
                placed = [m for m in intercepted if m.location and m.value]
                for m in placed:
                    who = ctx.attribution(s.text, m.start, named) if source else None
                    d = self._draft(s, [m], cues, main_date, default_direction, False, who)
                    d.intercepted = d.total
                    reported.append(d)
                intercepted = [m for m in intercepted if m not in placed]
        intercept_total = fig.sum_values(intercepted) + fig.bare_intercepts(s.text, mentions)
        if drafts and intercept_total:
            target = drafts[0]
            # "downed 29 missiles and all the drones": that kind's whole figure
            every = _ALL_THE_KIND.search(s.text)
            if every and every.group("noun").lower().startswith("missile"):
                intercept_total += target.missiles or 0
            elif every:
                intercept_total += target.drones or 0
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
        event, date_stated = tm.event_date(s.text, head, cues, main_date)
        period = tm.is_period(s.text, [m for m in group if not m.child])
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
            daytime=tm.is_daytime(s.text, head),
            position=s.start + head.start,
            kinds=head.kinds if len(group) == 1 else frozenset(),
        )


def _parts_of_last(s: Sentence, new: list[Draft], drafts: list[Draft]) -> bool:
    last = _recent(drafts, s, 2)
    if last is None or not last.total:
        return False
    if _PARTS_LEAD.match(s.text):
        return sum(d.total or 0 for d in new) <= last.total
    # "intercepted eight drones …" then "One drone was shot down over the sea, five were
    # intercepted … and two … were destroyed": the sentence's figures add up to the last one
    same = all((d.direction, d.event_date) == (last.direction, last.event_date) for d in new)
    if not same or any(d.location or (d.total or 0) >= last.total for d in new):
        return False
    values = [n.value for n in find_numbers(s.text, qualify=False) if n.value]
    return len(values) >= 2 and sum(values) == last.total


def _recent(drafts: list[Draft], s: Sentence, within: int) -> Draft | None:
    """The last claim so far if it came from one of the `within` sentences before `s`."""
    last = drafts[-1] if drafts else None
    if last is None or not 0 < s.index - last.sentences[-1].index <= within:
        return None
    return last


def _resolve_capital(where: str | None, direction: str) -> str | None:
    if where != CAPITAL:
        return where
    return capital_of(direction.rsplit("->", 1)[-1])
