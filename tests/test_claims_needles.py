"""The literal pre-test of the rule patterns (`needles`) and the remembered mentions: speed-ups
that must never change what the rules find."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import processors.claims as claims_pkg
from processors.claims.evaluate import load_corpus
from processors.claims.fastre import Lower, lower_pattern
from processors.claims.mentions import Role, find_mentions
from processors.claims.needles import required, scout

DATA = Path(__file__).parent / "data"


def _rule_patterns() -> list[Lower]:
    """Every case-insensitive rule pattern defined at module level (also in lists/dicts)."""
    found: dict[int, Lower] = {}
    for info in pkgutil.iter_modules(claims_pkg.__path__):
        module = importlib.import_module(f"processors.claims.{info.name}")
        for value in vars(module).values():
            items = value.values() if isinstance(value, dict) else value
            if isinstance(value, Lower):
                items = [value]
            elif not isinstance(value, (list, tuple, dict)):
                continue
            for item in items:
                item = item[-1] if isinstance(item, tuple) and item else item
                if isinstance(item, Lower):
                    found[id(item)] = item
    return list(found.values())


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("claims*/*.jsonl")):
        texts.extend(p.text.lower() for p in load_corpus(path))
    return texts


def test_required_literals_of_simple_patterns() -> None:
    assert required(r"\b(?:shot\s+down|downed)\b") == {"shot", "downed"}
    assert required(r"(?:very\s+)?large\s+attack") == {"attack"}  # the longest literal
    assert required(r"\d+\s*[—–]\s*\d") == {"—", "–"}  # a small class
    assert required(r"(?:record|)\s+of") == {"of"}  # an empty alternative has no literal
    assert required(r"(?=record)\w+") is None  # look-arounds are not part of the match
    assert required(r"(?i:record)") is None  # inline flags: the literal is not exact
    assert required(r"\w+\s+\d") is None


def test_scout_skips_common_and_short_literals() -> None:
    assert scout(r"\bof\s+\d") is None  # too short to reject anything
    assert scout(r"\bthe\s+\d") is None  # in nearly every sentence
    found = scout(r"\b(?:the\s+)?(?:barrage|salvo)\b")
    assert found is not None
    assert found.search("a salvo of drones") and not found.search("the attack")


def test_scout_never_rejects_a_text_its_pattern_matches() -> None:
    """Over every labelled passage: wherever a rule pattern matches, its scout finds a
    literal in the same range (so skipping the pattern when it does not is exact)."""
    patterns = _rule_patterns()
    assert len(patterns) > 100
    texts = _texts()[::2]  # (half the passages: every kind of report, half the time)
    assert len(texts) > 500
    checked = 0
    for rule in patterns:
        lowered = lower_pattern(rule.pattern)
        test = scout(lowered)
        if test is None:
            continue
        fast = re.compile(lowered)
        for k, low in enumerate(texts):
            windows = [(0, len(low))]
            if k % 8 == 0:  # a range too, as the rules ask (pos, endpos)
                windows.append((len(low) // 3, 2 * len(low) // 3))
            for pos, endpos in windows:
                if fast.search(low, pos, endpos) is not None:
                    checked += 1
                    assert test.search(low, pos, endpos) is not None, (rule.pattern, low)
    assert checked > 500


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia launched 539 drones and 11 missiles at Ukraine overnight, the air force said.",
        "Ukraine's air force said Russia attacked overnight with 350 drones and 12 missiles.",
    ],
)
def test_find_mentions_gives_each_caller_its_own_copies(sentence: str) -> None:
    first = find_mentions(sentence)
    assert first
    expected = [(m.value, m.category, m.role, m.location) for m in first]
    for m in first:
        m.role, m.location = Role.SKIP, "nowhere"  # a caller changing its own copies
    again = find_mentions(sentence)
    assert [(m.value, m.category, m.role, m.location) for m in again] == expected
    assert all(a is not b for a, b in zip(first, again, strict=True))
