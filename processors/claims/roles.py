"""What a sentence does with a figure: launched, intercepted, or neither (skip).

Words after the figure decide first ("… were shot down", "… hit Kyiv", "… left in
reserve"), then the nearest cue before it in its clause ("launched", "shot down",
"produces", "will send"). A figure with no attack word in its clause is skipped.
"""

from __future__ import annotations

import re
from enum import Enum

from processors.claims import vocabulary as v
from processors.claims.fastre import Pattern, ci
from processors.claims.numbers import find_numbers

_LAUNCHED_AFTER = ci(
    r"^\s*(?:(?:that|which)\s+)?(?:were|was|had\s+been|have\s+been|been)\s*"
    r"(?:launched|fired|used|detected|recorded|sent|deployed|involved)\b"
    r"(?!\s+(?:hitting|striking|as\s+hits))",  # "26 drones were recorded hitting 7 locations"
)
_OF_BEFORE = ci(
    r"\b(?:of|out\s+of|from|(?<=\d\s)out)\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?(?:over\s+|more\s+than\s+|"
    r"about\s+|some\s+|around\s+|nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?$"
)


class Role(Enum):
    LAUNCHED = "launched"
    INTERCEPTED = "intercepted"
    SKIP = "skip"


def role_of(sentence: str, start: int, end: int) -> tuple[Role, bool, bool]:
    """The role of the figure at `start:end`, whether words after it decided it
    (passive voice), and whether nothing in its clause described an attack at all."""
    after = sentence[end : end + 120]
    clause_start = max(sentence.rfind(";", 0, start), 0)
    pre = sentence[clause_start:start]
    if _HITS_BEFORE.search(pre[-20:]):
        return Role.SKIP, True, False
    if _STRAYED_AFTER.match(after):
        return Role.SKIP, True, False  # "three Shaheds … had flown into Romanian territory"
    if _LAUNCHED_AFTER.match(after):
        return Role.LAUNCHED, True, False
    if _LAUNCHED_BY_DOWNED.match(after) and not of_launched(pre):
        # "two missiles launched by Russian occupiers were shot down": the downed count (not
        # "21 of the 26 drones fired by Russia were destroyed": 26 launched)
        return Role.INTERCEPTED, True, False
    if _DOWNED_ADJECTIVE.match(sentence, start, end):
        return Role.INTERCEPTED, True, False  # "reports of 20 downed drones"
    if of_launched(pre) and v.OUTCOME_AFTER_RE.match(after):
        return Role.LAUNCHED, False, False  # "15 out of 20 drones were shot down": 20 launched
    out = v.OUTCOME_AFTER_RE.match(after)
    if out:
        kind = out.group("kind").lower()
        if kind in _OUTCOME_SKIP:
            return Role.SKIP, True, False
        if kind == "crashed" or kind.startswith(("found", "failed")):
            return Role.SKIP, True, False
        return Role.INTERCEPTED, True, False
    clause = pre[pre.rfind(",") + 1 :]
    if _NO_DAMAGE_AFTER.match(after) and not v.LAUNCH_RE.search(clause[-40:]):
        # "while 28 decoy drones Russia launched … caused no damage": lost, not a new attack
        return Role.INTERCEPTED, True, False
    if _STOCK_AFTER.match(after) or _NOT_DOWNED.match(after) or _GENERIC_AFTER.match(after):
        return Role.SKIP, True, False
    if (
        _RELATIVE_ATTACK.match(after) or ("detected and" in pre and _DETECTED_AND.search(pre[-70:]))
    ) and _DOWNED_JUST_BEFORE.search(pre[-50:]):
        # "destroyed about 15 Shahed drones that the Russians used to attack Kyiv": the main
        # verb downs them; the clause after only says what they were (not "all 11 … that …")
        return Role.INTERCEPTED, True, False
    if _ACTIVE_AFTER.match(after):
        return Role.LAUNCHED, True, False  # "Some 40 drones attacked Dnipro overnight"
    if _ARTILLERY.search(sentence) and _ROCKETS.match(sentence, start, end + 5):
        return Role.SKIP, False, False  # Grad / MLRS rockets: artillery, not a barrage
    if of_launched(pre):
        return Role.LAUNCHED, False, False  # "shot down 718 of 741 drones"
    role = _role_before(pre)
    if role is Role.LAUNCHED and not (v.LAUNCH_RE.search(pre) or v.LAUNCH_RE.search(after)):
        if _ONE_NIGHT.search(sentence) or _BIGGEST_WAS.search(pre):
            return Role.LAUNCHED, False, False  # "There were 60 Shaheds overnight"
        return Role.SKIP, False, True  # "Russia has about 1,500 missiles": no attack is described
    return role, False, False


_DOWNED_ADJECTIVE = ci(
    r"[\w,]+\s+(?:downed|shot-down|intercepted|destroyed)\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs|unmanned)"
)
_ACTIVE_AFTER = ci(
    # "nine drones of the Armed Forces of Ukraine attacked the Bryansk region"
    r"^\s+(?:of\s+the\s+(?:armed\s+forces\s+of\s+ukraine|afu|ukrainian\s+(?:army|military|"
    r"armed\s+forces))\s+(?:\(\w+\)\s+)?)?(?:\w+\s+)?(?:attacked|targeted|struck\s+at|flew\s+(?:at|toward|towards|over)|approached|"
    r"rained\s+down|swarmed|pounded|"
    r"bombarded|battered|were\s+used|were\s+involved|took\s+part)\b"
)
_NO_DAMAGE_AFTER = ci(
    r"[^.;]{0,80}?\b(?:caused|causing|did\s+not\s+cause)\s+no\s+(?:damage|harm|consequences)|"
    r"[^.;]{0,40}?\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:damage|consequences|adverse)"
)
# A typical, possible or threatened size, not one attack: "waves of up to 30 drones at a time",
# "1,000 drones may attack at once", "hundreds of Shaheds used in combined attacks".
_GENERIC_AFTER = ci(
    r"^\s+(?:(?:[\w-]+\s+){0,3}?(?:at\s+a\s+time|at\s+once)\b|(?:may|might|could|can|would)\s+"
    r"(?:\w+\s+)?(?:attack|strike|hit|be\s+launched|be\s+used)\b|used\s+in\s+combined\s+attacks\b|"
    # "44 Kalibr missiles are now directed towards Ukraine": carried on ships, a threat
    r"are\s+(?:now\s+|currently\s+)?(?:directed|aimed|pointed|ready)\b|"
    # "two submarines with a total of up to eight Kalibr missiles on combat duty": a capacity
    r"on\s+(?:combat\s+)?(?:duty|standby|alert)\b)"
)
_DOWNED_JUST_BEFORE = ci(
    r"\b(?:shot\s+down|shoots?\s+down|downed|downs|destroyed|destroys|intercepted|hit|eliminated)"
    r"\s+(?:about\s+|some\s+|around\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$"
)
# "detected and hit approximately 15 attack drones": found, then downed
_DETECTED_AND = ci(r"\bdetected\s+and\s+(?:\w+\s+)?\w+\s+(?:\w+\s+)?$")
_RELATIVE_ATTACK = ci(
    r"^\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:attacked|used|launched|sent|targeted)\b"
)
# Drones that strayed into a neighbour are no barrage: "three Shaheds that attacked southern
# Ukraine at night had flown into Romanian territory", "19 drones crossed into Polish airspace",
# "two Russian drones used … to attack Ukraine crashed in Moldova", "two Russian drones were
# spotted in different areas of Moldova"
_NEIGHBOUR = (
    r"(?:Romanian|Polish|Moldovan|Belarusian|Lithuanian|Latvian|Estonian|Hungarian|Slovak|NATO|"
    r"Romania|Poland|Moldova|Belarus|Lithuania|Latvia)\b"
)
_STRAYED_AFTER = ci(
    r"^\s+(?:(?:that|which|used|launched|sent)\s+[^.;]{0,60}?\s)?(?:had\s+|have\s+)?(?:flown|flew|"
    r"strayed|crossed|entered|violated|crashed|fell|landed)\s+(?:into\s+|in\s+|on\s+)?(?:the\s+)?"
    r"(?:territory\s+of\s+)?" + _NEIGHBOUR + r"|"
    r"^\s+(?:were|was|had\s+been|have\s+been)\s+(?:spotted|seen|detected|found|recorded|observed)"
    r"\s+(?:[^.;,]{0,40}?\s)?(?:in|over|on)\s+(?:the\s+)?(?:[\w\s]{0,30}?\s)?(?:of\s+)?"
    + _NEIGHBOUR
)
_LAUNCHED_BY_DOWNED = ci(
    r"^\s+(?:launched|fired|sent)\s+by\s+[^.;,\d]{1,40}?\s+(?:were|was|had\s+been)\s+(?:all\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b"
)
# "the two missiles that were not destroyed": a subset of the figure, not a new one.
_NOT_DOWNED = ci(r"^\s+(?:that|which)\s+(?:were|was|had)\s+not\b")
_ARTILLERY = ci(
    r"\b(?:grad|mlrs|multiple[- ]rocket|rocket\s+launchers?|artillery|uragan|smerch|"
    r"tornado|hurricane|himars|shelling)\b"
)
_ROCKETS = ci(r"[^.;]{0,60}?\b(?:rockets|projectiles|shells)\b")
# "This year, the biggest was 81 missiles on March 9"
_BIGGEST_WAS = ci(
    r"\b(?:largest|biggest|heaviest)\b[^.;]{0,30}?\b(?:was|were|came\s+to|saw)\s+(?:some\s+|"
    r"about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$"
)
_ONE_NIGHT = ci(
    r"\b(?:overnight|last\s+night|during\s+the\s+night|in\s+the\s+early\s+hours|"
    r"on\s+the\s+night\s+of|this\s+morning)\b"
)
_STOCK_AFTER = ci(
    r"^\s+(?:\w+\s+)?(?:left(?=\s+(?:in|over|after|to|for|at|by)\b|\s*[.,;]|\s*$)|remaining\b|"
    r"in\s+(?:reserve|stock|its\s+arsenal|storage)\b|stockpiled\b|in\s+stockpiles?\b)",
)
_OUTCOME_SKIP = frozenset(
    {
        "hit",
        "struck",
        "reached",
        "landed",
        "got through",
        "penetrated",
        "fell",
        "entered",
        "violated",
        "crossed",
        "strayed",
        "evaded",
        "slipped through",
        "broke through",
        "got past",
        "made impact",
        "recorded hitting",
        "recorded striking",
    }
    | {f"flew into {c}" for c in ("belarus", "russia", "poland", "moldova", "romania")}
    | {
        f"flew {p} {c}"
        for p in ("to", "toward", "towards")
        for c in ("belarus", "russia", "poland", "moldova", "romania")
    }
)
_HITS_BEFORE = ci(
    r"\b(?:hits?|impacts?|strikes)\s+(?:by|of|from)\s+$|"
    # The Navy's "Kalibr carriers … with a total salvo of up to 24 missiles": a capacity
    r"\bsalvo\s+(?:(?:volume|size|capacity)\s+of\s+(?:up\s+to\s+)?|of\s+up\s+to\s+)$|"
    r"\bfailed\s+to\s+(?:stop|intercept|down|shoot\s+down)\s+(?:only\s+|just\s+)?$"
)


def of_launched(pre: str) -> bool:
    of = _OF_BEFORE.search(pre[-25:])
    if of is None:
        return False
    head = pre[: len(pre) - len(of.group(0))]
    # "shot down 718 of 741", "all 29 of the", "half of the 10 missiles", "most of the 50"
    return bool(
        find_numbers(head[-20:], qualify=False) or re.search(r"\b(?:all|half|most)\s*$", head, re.I)
    )


def _role_before(pre: str) -> Role:
    if "repel" in pre and _REPELLED_ATTACK_OF.search(pre[-60:]):
        return Role.INTERCEPTED  # "repelled the attack of a drone": the attack was downed
    launch = _last(v.LAUNCH_RE, pre, skip_by=True)
    intercept = _last(v.INTERCEPT_RE, pre)
    skip = _last(v.SKIP_RE, pre)
    if skip >= 0 and (skip > max(launch, intercept) or 0 <= launch - skip < 30):
        return Role.SKIP
    if intercept > launch:
        return Role.INTERCEPTED
    # "destroyed 33 missiles, including ballistic ones, and 311 drones": the list's verb
    listed = 0 <= intercept < launch and _INCLUDING.match(pre, launch) is not None
    if listed and _last(v.LAUNCH_RE, pre[:launch]) < intercept:
        return Role.INTERCEPTED
    return Role.LAUNCHED


_INCLUDING = ci(r"includ")
_REPELLED_ATTACK_OF = ci(
    r"\brepell?ed\s+(?:the\s+|an\s+)?attacks?\s+(?:of|by)\s+(?:[\w-]+\s+){0,2}$"
)


_BY_AFTER = re.compile(r"\s+(?:by|from)\b", re.I)  # "fired by the army", "launched from ships"


def _last(rx: Pattern, text: str, skip_by: bool = False) -> int:
    """Start of the last match; with `skip_by`, not a participle naming its agent
    ("intercepted 81 of 93 missiles fired by the army, as well as 200 drones")."""
    last = -1
    for m in rx.finditer(text):
        if skip_by and _BY_AFTER.match(text, m.end()) and m.group(0).lower().endswith("ed"):
            continue
        last = m.start()
    return last
