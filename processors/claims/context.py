"""Sentence-level context for a figure: direction, source, record words.

(When it happened, night or period, is in `timing`.)
"""

from __future__ import annotations

import functools
import re

from processors.claims import vocabulary as v
from processors.claims.defenders import (
    BLACK_SEA,
    ISRAEL,
    RU_CLAIMED_RE,
    RU_DEFENDER_RE,
    UA_DEFENDER_RE,
    UA_MARKER,
)
from processors.claims.fastre import ci
from processors.claims.mentions import Mention

_ACTOR_RE = ci(
    r"\b(?P<actor>Russia|Russians|Russian\s+(?:forces|troops|military|army|invaders|occupiers)|"
    r"Moscow|the\s+(?:enemy|occupiers|invaders)|Ukraine|Ukrainian\s+(?:forces|military|troops|army|"
    r"navy)|Kyiv|Kiev|Iran|Tehran|"
    r"Israel|the\s+Houthis|Houthis|Hezbollah|Hamas)\b(?!['’]s\s+(?:air\s+force|defen[cs]e|"
    r"military|army|general))",
)
_ATTACK_VERB_RE = ci(
    r"\b(?:launch(?:ed|es)?|fire[ds]?|attacked|attacking|sen[dt]s?|unleash(?:ed|es)?|targeted|"
    # (base forms too: "Russia continued to pound Ukraine with hundreds of drones")
    r"struck|used|uses|hurled|pound(?:ed|s)?|bombard(?:ed|s)?|hammer(?:ed|s)?|deploy(?:ed|s)|"
    r"hit|hits|rained|pummell?ed|blasted|battered|"
    # "Ukraine tried to attack the Bryansk region with an aircraft-type drone"
    # (literal spaces: " to attack" is the pre-test, not the common noun "attack")
    r"(?:tried|attempted|trying|attempting) to attack)\b",
)
# "Ukraine carried out a drone attack on …": looked for only when one of these words is there
# ("The Kiev regime … made an attempt to carry out an attack … with the help of three drones")
_RAID_VERB_RE = ci(r"\b(?:carr(?:y|ied)\s+out|conducted|mounted|staged)\b")
_RAID_WORDS = ("carried out", "carry out", "conducted", "mounted", "staged")
_BY_RE = ci(
    r"\b(?:by|from)\s+(?:the\s+)?(?P<actor>Russia|Russian\s+(?:forces|army|military|troops)|Ukraine|"
    r"Ukrainian\s+(?:forces|army|military|troops)|Kiev|Iran|Israel|"
    r"the\s+Houthis)\b"
    # "condemned by Ukraine president Zelensky": a speaker, not the attacker
    r"(?!['’]s|\s+(?:president|prime|foreign|defen[cs]e|officials?|leader|authorities|air\s+force))",
)
_TARGET_RE = ci(
    r"\b(?:at|on|against|into|over|toward|towards|across|targeting|attacked|approached|near|"
    r"(?:heading|headed|flying)\s+(?:for|to)|"
    # "over more than a dozen regions in Russia" (not "launched from regions of Russia")
    r"approaching|(?:over|across|in)\s+(?:[\w-]+\s+){0,4}?(?:regions?|areas|parts)\s+(?:in|of))\s+"
    r"(?:the\s+|an?\s+)?"
    r"(?P<target>Ukraine|Russia|(?:Russian|Ukrainian)\s+(?:[\w-]+\s+){0,2}?(?:territory|regions?|"
    r"capital|city|"
    r"soil|cities|bases|airfields|air\s+bases|refiner(?:y|ies)|targets|facilities|ports?|oil\s+"
    r"depots?)|Israel|Iran|Moscow|Kyiv|Poland)\b",
)
_AIMED_AT_PLACE = ci(
    r"\b(?:(?:fired|launched|aimed|directed)\s+(?:at|on|against|toward|towards)|"
    # "it used 60 long-range drones to strike the Saratov refinery"
    r"to\s+(?:strike|attack|hit|target))\s+(?:the\s+)?"
    r"(?:city\s+of\s+|region\s+of\s+)?(?P<place>[a-z][\w-]+)"
)
COUNTERPART = {"RU": "UA", "UA": "RU", "IR": "IL", "IL": "IR", "YE": "IL", "LB": "IL", "PS": "IL"}


def _code(name: str) -> str | None:
    low = name.lower()
    if low.startswith(("the enemy", "the occupiers", "the invaders")):
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
    if attacker is None and mention is not None and _OF_UA_FORCES.match(sentence, mention.end):
        attacker = "UA"  # "nine drones of the Armed Forces of Ukraine attacked …"
    if attacker is None:
        attacker = _actor_before_verb(sentence, pos)
    if attacker is None:
        by = _BY_RE.search(sentence)
        if by:
            attacker = _code(by.group("actor"))
            if attacker == "IR" and by.group(0).lower().startswith("from"):
                made_in, attacker = "IR", None  # "attack drones from Iran": the maker
    ukraine_war = default.startswith(("RU", "UA"))  # ("attack ones from Iran" in Kyiv's war)
    if attacker is None and made_in is not None and not UA_DEFENDER_RE.search(sentence):
        attacker = (
            None if ukraine_war and made_in == "IR" and not ISRAEL.search(sentence) else made_in
        )
    target: str | None = None
    for tm in _TARGET_RE.finditer(sentence):
        code = _code(tm.group("target"))
        if code and code != attacker:
            target = code
            break
    if target is None and attacker is None:
        # "all four missiles fired at Voronezh were intercepted": a city names the target
        aimed = _AIMED_AT_PLACE.search(sentence)
        target = _code(aimed.group("place")) if aimed else None
    if attacker is None and target is not None:
        attacker = COUNTERPART.get(target)
    if attacker is None and UA_DEFENDER_RE.search(sentence):
        attacker, target = "RU", "UA"  # "Ukraine downed 79 of the drones over 11 regions"
    if attacker is None and (
        RU_DEFENDER_RE.search(sentence)
        or (("Russia " in sentence or "Sevastopol" in sentence) and RU_CLAIMED_RE.search(sentence))
    ):
        attacker, target = "UA", "RU"
    if attacker is None and BLACK_SEA.search(sentence) and not UA_MARKER.search(sentence):
        attacker, target = "UA", "RU"  # (Ukraine's Mykolaiv governor's "over the Black Sea")
    if attacker is None:
        return default, False
    if target is None:
        target = COUNTERPART.get(attacker)
    if target is None:
        return default, False
    return f"{attacker}->{target}", True


def _actor_before_verb(sentence: str, pos: int) -> str | None:
    verbs = [m for m in _ATTACK_VERB_RE.finditer(sentence, 0, pos + 1)]
    if any(w in sentence for w in _RAID_WORDS):
        verbs = sorted(
            [*verbs, *_RAID_VERB_RE.finditer(sentence, 0, pos + 1)], key=lambda m: m.start()
        )
    actors = list(_ACTOR_RE.finditer(sentence))
    for verb in reversed(verbs):
        if _AGENT_AFTER.match(sentence, verb.end()):
            continue  # "missiles fired by the Russian army": a participle, its agent follows
        before = [
            a
            for a in actors
            if a.end() <= verb.start()
            and verb.start() - a.end() < 60
            # "Ukraine's armed forces said the raid targeted …": the speaker, not the attacker
            and not v.REPORT_RE.search(sentence, a.end(), verb.start())
            # "Russia's attack on Ukraine, fired 120 missiles": an object, not the subject
            and not _OBJECT_BEFORE.search(sentence, max(0, a.start() - 14), a.start())
        ]
        if _PRONOUN_SUBJECT.search(sentence, max(0, verb.start() - 24), verb.start()):
            # "Russia set out to plunge Ukraine into darkness when it launched …": the pronoun
            # is the clause's subject, named first; the nearer "Ukraine" is an object
            before = [a for a in actors if a.end() <= verb.start()][:1]
        if before:
            passive = sentence[before[-1].end() : verb.start()]
            if re.search(r"\b(?:was|were|been|is|are)\b", passive):
                continue
            return _code(before[-1].group("actor"))
    return None


_AGENT_AFTER = ci(r"\s+by\b")
_OF_UA_FORCES = ci(
    r"\s+of\s+the\s+(?:armed\s+forces\s+of\s+ukraine|afu|ukrainian\s+(?:army|military))\b"
)
_OBJECT_BEFORE = ci(r"\b(?:on|against|at|into|toward|towards|targeting)\s+(?:the\s+)?$")
_PRONOUN_SUBJECT = ci(r"\b(?:it|they)\s+(?:\w+ly\s+|also\s+|had\s+|has\s+|have\s+)?$")


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


# A source that ends the sentence: "…, according to the air force." / "…, the ministry said."
_CLOSING = ci(
    r"[\w'’ -]{0,40}?(?:\s+(?:said|says|reported|added|wrote|stated))?(?:\s+on\s+\w+)?"
    r"\s*[.\"”]*\s*$"
)
# (", meanwhile," is parenthetical: "The ministry, meanwhile, said that 39 …")
_WITH_CLAUSE = ci(r",\s+with\s+(?:[\w'’-]+\s+){1,5}?(?:saying|quoted|reporting|adding)\b")
# ("The armed forces meanwhile said it had shot down …": the subject's own report)
_NEW_CLAUSE = ci(
    r"\b(?:while|whereas|but)\b|\bmeanwhile\b(?!\s*,)(?!\s+(?:said|says|reported|announced|"
    r"added|claimed|stated))|;"
)


def source_owns(sentence: str, source_at: int, figure_at: int) -> bool:
    """A source named after a figure owns it unless a new clause starts in between
    ("… 200 drones, while the ministry said it downed 63"); a closing "…, according to the
    air force." covers the whole sentence."""
    if source_at > figure_at and _CLOSING.match(sentence, source_at):
        return True
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
        owner = _OWNER_OF_SOURCE.match(sentence, m.end())
        if owner and v.SOURCE_RE.match(sentence, owner.end()):
            continue  # "Ukrainian Armed Forces' Air Force Command said": the unit speaks
        before = sentence[max(0, m.start() - 40) : m.start()]
        if _AGENT_BY.search(before) and not _REPORTED_BY.search(before):
            continue  # "launched by the Russian army", "intercepted by Ukraine's air defences"
        window = sentence[max(0, m.start() - 45) : m.end() + 45]
        if v.REPORT_RE.search(window):
            distance = _report_distance(sentence, m.start(), m.end())
            found.append((distance, m.start(), _label(m)))
    if len(found) > 1:
        # "Zaluzhnyi reported that the Air Force had shot down 12 …", "the Air Force stated
        # that the Russian military deployed 62": the reporter, not the unit acting
        acting = [
            f
            for f in found[1:]
            if _THAT_ACTOR.search(sentence, 0, f[1]) and _ACTS_AFTER.match(sentence, f[1])
        ]
        found = [f for f in found if f not in acting] or found
    return found


_OWNER_OF_SOURCE = re.compile(r"\s*(?:'s?|’s?)\s+(?:the\s+)?")
_THAT_ACTOR = ci(r"\b(?:that|said|says|reported)\s+(?:the\s+|its\s+|their\s+|ukraine['’]s\s+)?$")
_ACTS_AFTER = ci(
    r"[\w'’ -]{0,40}?\s+(?:had\s+|has\s+|have\s+)?(?:shot\s+down|downed|destroyed|intercepted|"
    r"neutrali[sz]ed|repelled|launched|deployed|fired|used|sent)\b"
)


# "by the army" after an action names its agent; "reported by the army" names a source.
_AGENT_BY = ci(r"\bby\s+(?:the\s+)?$")
_REPORTED_BY = ci(
    r"\b(?:reported|announced|stated|confirmed|cited|released|published|shared|posted|statement|"
    r"report|post|update|data|figures|message|briefing|announcement|summary|provided|supplied|"
    r"given|issued)(?:\s+on\s+\w+(?:\s+\d{1,2})?)?\s+by\s+(?:the\s+)?$"
)


def _label(m: re.Match[str]) -> str:
    return v.SOURCE_LABELS[int(next(k for k, val in m.groupdict().items() if val)[1:])]


# A headline's source after a dash: "Russia launches 728 drones – Ukraine air force".
_DASH_TAIL = re.compile(r"\s[–—-]\s*((?:[\w'’.-]+\s*){1,5})$")
# (group names index SOURCE_LABELS, as in SOURCE_RE)
_DASH_SOURCE = ci(
    r"\s[–—-]\s*(?:ukraine['’]?s?\s+|russia['’]?s?\s+|the\s+)?"
    rf"(?P<s{v.SOURCE_LABELS.index('air force')}>air\s+force)|"
    rf"(?P<s{v.SOURCE_LABELS.index('defence ministry')}>defen[cs]e\s+ministry)\s*$"
)


def _report_distance(sentence: str, start: int, end: int) -> int:
    best = 10_000
    for r in v.REPORT_RE.finditer(sentence):
        d = start - r.end() if r.end() <= start else r.start() - end
        best = min(best, abs(d))
    return best


@functools.lru_cache(maxsize=64)  # asked of a claim's sentence several times
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


def record_positions(sentence: str) -> list[int]:
    """Offsets of record words not negated ("one of the largest", "largest since May")."""
    if not is_record(sentence):
        return []
    return [m.start() for m in _record_words(sentence)]
