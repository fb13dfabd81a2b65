"""Unit tests of the number grammar, sentence splitter, date cues and extractor rules."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors.claims import ClaimExtractor, available_extractors, extract_claims, get_extractor
from processors.claims import vocabulary as v
from processors.claims.dates import CueKind, find_cues
from processors.claims.firstchar import gated
from processors.claims.numbers import find_numbers, words_to_int
from processors.claims.sentences import split_sentences
from salvo.schemas import ClaimScope, Qualifier

THU = date(2025, 7, 10)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("728 drones", 728, Qualifier.EXACT),
        ("1,034 drones", 1034, Qualifier.EXACT),
        ("some 400 drones", 400, Qualifier.ABOUT),
        ("nearly 600 drones", 600, Qualifier.ABOUT),
        ("more than 400 drones", 400, Qualifier.MORE_THAN),
        ("over 400 drones", 400, Qualifier.MORE_THAN),
        ("400+ drones", 400, Qualifier.MORE_THAN),
        ("at least 337 drones", 337, Qualifier.AT_LEAST),
        ("up to 450 drones", 450, Qualifier.UP_TO),
        ("seven hundred and twenty-eight drones", 728, Qualifier.EXACT),
        ("two dozen drones", 24, Qualifier.ABOUT),
        ("400-odd drones", 400, Qualifier.ABOUT),
        ("hundreds of drones", None, Qualifier.VAGUE),
        ("several hundred drones", None, Qualifier.VAGUE),
    ],
)
def test_number_grammar(text: str, value: int | None, qualifier: Qualifier) -> None:
    numbers = find_numbers(text)
    assert [(n.value, n.qualifier) for n in numbers] == [(value, qualifier)]


def test_model_names_and_ages_are_not_counts() -> None:
    assert find_numbers("Kh-101, Shahed-136, S-300 and a 22-year-old") == []


@given(st.integers(min_value=1, max_value=9999))
def test_digits_round_trip(n: int) -> None:
    assert [x.value for x in find_numbers(f"Russia launched {n:,} drones")] == [n]


def test_words_to_int() -> None:
    assert words_to_int("one thousand two hundred") == 1200
    assert words_to_int("eighteen") == 18
    assert words_to_int("banana") is None


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "Lt. Gen. Keith Kellogg met U.S. officials. Russia fired 13 missiles!\n\nNext para."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Lt. Gen. Keith Kellogg met U.S. officials.",
        "Russia fired 13 missiles!",
        "Next para.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert sentences[2].paragraph > sentences[1].paragraph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the night of 8–9 July", date(2025, 7, 9)),
        ("on the night of July 8 to July 9", date(2025, 7, 9)),
        ("On May 25", date(2025, 5, 25)),
        ("early Thursday", date(2025, 7, 10)),
        ("on Wednesday night", date(2025, 7, 10)),
        ("overnight into Thursday", date(2025, 7, 10)),
        ("late on Tuesday", date(2025, 7, 9)),
        ("yesterday", date(2025, 7, 9)),
        ("last Thursday", date(2025, 7, 3)),
        ("last Sunday", date(2025, 7, 6)),
        ("overnight", date(2025, 7, 10)),
    ],
)
def test_date_cues(text: str, expected: date) -> None:
    cues = [c for c in find_cues(text, THU) if c.value is not None]
    order = [CueKind.ABSOLUTE, CueKind.WEEKDAY, CueKind.RELATIVE]
    best = min(cues, key=lambda c: order.index(c.kind))
    assert best.value == expected


def test_december_date_in_a_january_article_is_last_year() -> None:
    cues = find_cues("on December 29", date(2026, 1, 3))
    assert cues[0].value == date(2025, 12, 29)


def test_breakdown_sum_and_qualifier() -> None:
    (claim,) = extract_claims(
        "Russia launched 728 drones along with 13 missiles overnight, the air force said.", THU
    )
    assert (claim.launched_total, claim.drones, claim.missiles) == (741, 728, 13)
    assert claim.attributed_to == "air force"
    assert claim.event_date == THU


def test_breakdown_by_kind() -> None:
    (claim,) = extract_claims(
        "On the night of July 9, the enemy attacked with 741 air attack means: 728 Shahed-type "
        "UAVs and decoys, 7 Kh-101 cruise missiles and 6 Iskander-M ballistic missiles.",
        THU,
    )
    assert (claim.launched_total, claim.drones, claim.missiles) == (741, 728, 13)
    assert claim.breakdown == {"ballistic": 6, "cruise": 7}
    assert claim.event_date == date(2025, 7, 9)


def test_interceptions_stay_on_the_claim() -> None:
    (claim,) = extract_claims(
        "Russia launched 810 drones and 13 missiles overnight, the air force said. "
        "Air defences shot down 747 drones and four missiles.",
        date(2025, 9, 7),
    )
    assert claim.launched_total == 823
    assert claim.intercepted == 751


def test_interception_only_is_not_a_claim_for_ru_ua() -> None:
    assert extract_claims("Air defences shot down 50 Russian drones overnight.", THU) == []


def test_russian_mod_downed_figure_is_a_ua_ru_claim() -> None:
    claims = extract_claims(
        "Russia's defence ministry said it downed 337 Ukrainian drones overnight, "
        "including 91 over the Moscow region.",
        date(2025, 3, 11),
    )
    national = [c for c in claims if c.scope is ClaimScope.NATIONAL]
    local = [c for c in claims if c.scope is ClaimScope.LOCAL]
    assert [(c.direction, c.launched_total) for c in national] == [("UA->RU", 337)]
    assert [(c.launched_total, c.location) for c in local] == [(91, "Moscow region")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia makes about 2,700 Shahed drones a month.",
        "The United States approved the sale of 100 Patriot missiles to Ukraine.",
        "Russia is preparing to launch up to 1,000 drones a night.",
        "Russia likely has about 1,500 cruise missiles left in reserve.",
        "The attack killed 12 people and injured 90, officials said.",
        "Hits by 11 missiles and 22 drones were recorded at 12 locations.",
        "Pledges of $12 billion were made in Rome.",
    ],
)
def test_not_claims(text: str) -> None:
    assert extract_claims(text, THU) == []


def test_period_aggregates_are_marked() -> None:
    (claim,) = extract_claims(
        "Over the past week, Russia launched more than 1,800 attack drones at Ukraine.", THU
    )
    assert claim.scope is ClaimScope.PERIOD
    assert claim.event_date is None


def test_the_night_before_belongs_to_the_previous_attack() -> None:
    claims = extract_claims(
        "Russia launched 415 drones and missiles early Thursday. Just the night before, the air "
        "force reported a record 741 drones and missiles.",
        THU,
    )
    dates = {c.launched_total: c.event_date for c in claims}
    assert dates == {415: THU, 741: date(2025, 7, 9)}
    assert [c.is_record_claim for c in claims] == [False, True]


def test_registry() -> None:
    extractor = get_extractor()
    assert isinstance(extractor, ClaimExtractor)
    assert extractor.name == "rules"
    assert "rules" in available_extractors()
    with pytest.raises(ValueError, match="unknown claim extractor"):
        get_extractor("nope")


def test_no_published_date_leaves_relative_dates_unresolved() -> None:
    (claim,) = extract_claims("Russia launched 415 drones and missiles overnight.")
    assert claim.event_date is None
    (claim,) = extract_claims("Russia launched 741 drones on July 9, 2025.")
    assert claim.event_date == date(2025, 7, 9)


def test_hyphenated_figure_and_headline_merge() -> None:
    (claim,) = extract_claims(
        "Russia's record 810-drone attack set the Cabinet building ablaze.", THU
    )
    assert (claim.launched_total, claim.drones, claim.is_record_claim) == (810, 810, True)
    claims = extract_claims(
        "Russia launches 728 drones in biggest attack of the war – Ukraine air force\n"
        "Russia fired 728 drones and 13 missiles at Ukraine overnight, the air force said.",
        date(2025, 7, 9),
    )
    assert [(c.launched_total, c.drones, c.missiles) for c in claims] == [(741, 728, 13)]
    assert claims[0].attributed_to == "air force" and claims[0].is_record_claim


def test_each_figure_takes_its_nearest_source_and_pronouns_resolve() -> None:
    claims = extract_claims(
        "Zelensky said the war must end. He said Russia launched more than 200 drones overnight, "
        "while Russia's defence ministry said it shot down 63 Ukrainian drones.",
        THU,
    )
    got = {(c.direction, c.launched_total, c.attributed_to) for c in claims}
    assert got == {("RU->UA", 200, "president"), ("UA->RU", 63, "defence ministry")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A report cannot describe a night still to come.
        ("Russia used 650 drones on Thursday night, Zelensky said.", THU, THU),
        ("Russia used 650 drones on Wednesday night, Zelensky said.", THU, THU),
        # "said Friday" is when it was said; "overnight" dates the attack.
        (
            "Russia launched 90 missiles overnight, Zelensky said Friday.",
            date(2025, 7, 11),
            date(2025, 7, 11),
        ),
    ],
)
def test_night_and_report_weekdays(text: str, published: date, expected: date) -> None:
    (claim,) = extract_claims(text, published)
    assert claim.event_date == expected


def test_daytime_wave_is_its_own_attack() -> None:
    claims = extract_claims(
        "In the morning, Russia launched another wave of 20 drones at Kyiv after the overnight "
        "barrage of 415 drones and missiles, the city administration said.",
        THU,
    )
    by_total = {c.launched_total: c for c in claims}
    assert by_total[20].daytime and not by_total[415].daytime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In October 2022, Russia fired 84 missiles at Ukraine in a single day.", None),
        ("Russia launched 500 drones, the most since the war began in 2022.", THU),
        ("Russia launched 500 drones overnight, the largest attack since 2022.", THU),
    ],
)
def test_past_years_leave_the_day_open_unless_a_comparison(
    text: str, expected: date | None
) -> None:
    (claim,) = extract_claims(text, THU)
    assert claim.event_date == expected
    assert claim.scope is ClaimScope.NATIONAL


def test_front_line_tallies_are_period_aggregates() -> None:
    (claim,) = extract_claims(
        "Over the past day, Russian forces carried out 75 air strikes and used 1,800 kamikaze "
        "drones against Ukrainian positions, the General Staff said.",
        THU,
    )
    assert claim.scope is ClaimScope.PERIOD


_FRAGMENTS = [
    "Russia launched",
    " 415",
    " more than 400",
    " drones",
    " and missiles",
    " overnight",
    ", the air force said.",
    " Air defences shot down",
    " 18 of them.",
    "\n\n",
    " On the night of 8–9 July",
    " İstanbul ",
    " “record” ",
    " Kh-101",
    " including 91 over the Moscow region",
    " $12 billion",
    " the night before,",
    " Ukrainian drones",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25), st.booleans())
def test_any_text_extracts_without_error_and_evidence_points_into_it(
    parts: list[str], dated: bool
) -> None:
    text = "".join(parts)
    for claim in extract_claims(text, THU if dated else None):
        for ev in claim.evidence:
            assert text[ev.start : ev.end] == ev.text
        assert claim.launched_total is None or claim.launched_total >= 0


def test_impossible_dates_do_not_crash() -> None:
    (claim,) = extract_claims("Russia launched 400 drones on 2025-19-39 overnight.", THU)
    assert claim.event_date == THU
    (claim,) = extract_claims("date 2025-19-39 Russia launched 400 drones on 31 February.")
    assert claim.event_date is None


def test_a_date_after_since_is_a_comparison_not_the_articles_night() -> None:
    (claim,) = extract_claims(
        "Two weeks after the July 9 record attack, Russia launched 300 drones at Ukraine "
        "overnight, the air force said.",
        date(2025, 7, 23),
    )
    assert claim.event_date == date(2025, 7, 23)
    (claim,) = extract_claims(
        "Over the previous night, air defence systems destroyed 41 Ukrainian drones, the "
        "ministry said.",
        THU,
    )
    assert (claim.direction, claim.event_date, claim.attributed_to) == (
        "UA->RU",
        THU,
        "defence ministry",
    )


_WORDS = [
    "the", "air", "force", "said", "over", "past", "week", "record", "largest", "ministry",
    "mod", "ukrainian", "officials", "president", "since", "so", "far", "-", ",", "1", "2022",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([" ", "", "  "]))
def test_the_first_character_gate_never_changes_what_a_pattern_matches(
    words: list[str], sep: str
) -> None:
    text = sep.join(words)
    for rx in (v.SOURCE_RE, v.REPORT_RE, v.PERIOD_RE, v.RECORD_RE, v.SINGLE_ATTACK_RE):
        plain = re.compile(rx.pattern.lower().replace("(?p<", "(?P<"))
        assert rx._fast.pattern.startswith("(?=[")  # the gate is in use
        got = [(m.span(), m.lastgroup) for m in rx.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)]


def test_the_gate_is_added_only_where_the_first_characters_are_known() -> None:
    assert gated(r"\b(?:said|air\s+force)") == r"(?=[as])(?:\b(?:said|air\s+force))"
    assert gated(r"\b\w+") == r"\b\w+"  # any word character: no gate
    assert gated(r"said\b") == r"said\b"  # no leading boundary: the engine has a fast scan
    assert gated(r"\b(?:x)?") == r"\b(?:x)?"  # may match empty
    assert gated(r"(?<![\w-])\d+-drone") == r"(?=[\d])(?:(?<![\w-])\d+-drone)"
    assert gated(r"\band|,|\bplus") == r"(?=[,ap])(?:\band|,|\bplus)"


@pytest.mark.parametrize(
    ("pattern", "hit", "miss"),
    [
        # \W stays "not a word character": lower-cased it would become \w and match letters
        (r"^\W*According\s+to\b", "- according to the air force", "xaccording to"),
        (r"\S+ Drones", "Shahed Drones", " Drones"),
        (r"\D+ Missiles", "Kinzhal Missiles", "12 Missiles"),
        (r"\ADrones", "Drones over Kyiv", "Shahed drones"),
    ],
)
def test_case_insensitive_patterns_keep_their_escapes(pattern: str, hit: str, miss: str) -> None:
    from processors.claims.fastre import ci

    fast = ci(pattern)
    assert fast.search(hit) and re.search(pattern, hit, re.IGNORECASE)
    assert not fast.search(miss) and not re.search(pattern, miss, re.IGNORECASE)


def test_case_insensitive_patterns_keep_group_names() -> None:
    from processors.claims.fastre import ci

    m = ci(r"(?P<Count>\d+) Drones").search("Russia sent 40 drones")
    assert m is not None and m.group("Count") == "40"
