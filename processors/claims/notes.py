"""What the evaluation figures mean: notes written under each corpus's table in
docs/BENCHMARKS.md by `python -m processors.claims.evaluate --write`."""

from __future__ import annotations

GENERALISATION_NOTE = (
    "This corpus is the development set: the rules were tuned on it, so its figures are an "
    "upper bound. To estimate unseen text, batches were written before looking at the "
    "extractor's output, scored on their first run, then fixed and folded in. First-run "
    "key-F1: batch 5 (30 passages) 0.836; batch 6 (30) 0.821; batch 7 (20, article-length) "
    "0.943; batch 8 (20) 0.927; batch 9 (18, mostly article-length) 0.973; batch 10 (16, "
    "headlines, live blogs, '810-drone attack') 0.867; batch 11 (14, phrasings seen in real "
    "reports found with the search tool, paraphrased) 0.941; batch 12 (15, 2022-2024 missile "
    "strikes) 0.966; batch 13 (14) 0.889; batch 14 (8 full articles full of other numbers) "
    "0.933; batch 15 (12) 0.923; batch 16 (10) 0.952; batch 18 (9) 1.000 — by then the "
    "rules had learnt the author's own phrasing, so real text scores lower."
)
HOLDOUT_NOTE = (
    "The maintainers' held-out set of real-news passages (tests/data/claims_holdout, "
    "lightly paraphrased from real outlets 2022-2026, labelled before the extractor's output "
    "was read) scored key-F1 0.715 on first contact and 0.777 before the second pass on its "
    "failure report. That pass fixed the recurring patterns the report named (day ranges and "
    "seasons as periods, kinds split over sentences, dates of referenced attacks, MoD lists, "
    "record words outside the figure's clause, sources, open totals, vocabulary), each also "
    "written into the development corpus in new words (the h2-* passages). Because the "
    "held-out set has now guided two rounds of fixes, the figure above is an upper bound too; "
    "only new real-news passages give an honest estimate."
)


HOLDOUT2_FIRST_CONTACT = "P 0.790, R 0.671, key-F1 0.726 (1 records-feed leak)"
HOLDOUT2_NOTE = (
    "Held-out set 2 (tests/data/claims_holdout2, 82 real-news passages from articles not in "
    f"set 1, labelled before any extractor run): FIRST CONTACT {HOLDOUT2_FIRST_CONTACT}. "
    "The figure above is AFTER TUNING on its failure report (a bounded pass fixing general "
    "mechanisms: 'since <date>' tallies as periods, split and same-kind components, compared "
    "and clock-time dates, 'each over' region lists, running and rounded figures, 'out of "
    "more than', maker vs launcher), each written into the development corpus in new words "
    "(the k2-* passages). Set 2 is no longer held-out: only the first-contact figure is an "
    "honest estimate for unseen news; a third set is needed for the next one."
)
HOLDOUT3_FIRST_CONTACT = "P 0.828, R 0.774, key-F1 0.800 (2 records-feed leaks)"
HOLDOUT3_NOTE = (
    "Held-out set 3 (tests/data/claims_holdout3, 89 real-news passages from articles in "
    f"neither earlier set, labelled before any extractor run): FIRST CONTACT "
    f"{HOLDOUT3_FIRST_CONTACT}. The figure above is AFTER TUNING on its failure report "
    "(sources and titles, list lines and their source, "
    "interceptions, shared heads and modifiers, records of the year, reported and occasion "
    "dates, strike counts), each written into the development corpus in new words (the k3-* "
    "passages). Set 3 is no longer held-out."
)
HOLDOUT4_NOTE = (
    "Held-out set 4 (tests/data/claims_holdout4, 77 real-news passages from articles in "
    "none of the earlier sets, labelled before any extractor run): FIRST CONTACT P 0.892, "
    "R 0.761, key-F1 0.822, no records-feed leak (first contacts so far: 0.715, 0.726, 0.800, "
    "0.822). The figure above is AFTER TUNING on its failure classes (Russian ministry region "
    "lines, advisers and governors as sources, paired interceptions, figures that point back "
    "to an earlier one, 'a day earlier' dates), each written into the development corpus in "
    "new words (the k4-* passages). Set 4 is no longer held-out; a fifth set is needed for "
    "the next honest estimate."
)
HOLDOUT5_NOTE = (
    "Held-out set 5 (tests/data/claims_holdout5, 80 real-news passages from articles in "
    "none of the earlier sets, labelled before any extractor run): FIRST CONTACT P 0.752, "
    "R 0.732, key-F1 0.742, 2 records-feed leaks (first contacts so far: 0.715, 0.726, 0.800, "
    "0.822, 0.742). The figure above is AFTER TUNING on its failure classes (kinds given apart "
    "from the main figure, region shapes, strays into Poland, sources named where a quote "
    "closes, report and rounded-lead dates, a lead's open or weekly figure), each written into "
    "the development corpus in new words (the k5-* passages). Set 5 is no longer held-out; a "
    "sixth set is needed for the next honest estimate."
)
HOLDOUT6_NOTE = (
    "Held-out set 6 (tests/data/claims_holdout6, 71 real-news passages from articles in "
    "none of the earlier sets, labelled before any extractor run): FIRST CONTACT P 0.670, "
    "R 0.638, key-F1 0.654, 3 records-feed leaks (first contacts so far: 0.715, 0.726, 0.800, "
    "0.822, 0.742, 0.654). The figure above is AFTER TUNING on its failure classes (ministry "
    "evening windows and late background dates, one-drone lines, shoot-down-only and threat "
    "figures, kinds named by type, raid verbs and Crimea as Russian-held ground, regional "
    "military administrations as governors, running mayor counts), each written into the "
    "development corpus in new words (the k6-* passages). Set 6 is no longer held-out; a "
    "seventh set is needed for the next honest estimate."
)
HOLDOUT7_FIRST_CONTACT = "0.815"
HOLDOUT7_NOTE = (
    "Held-out set 7 (tests/data/claims_holdout7, 61 real-news passages from articles in "
    "none of the earlier sets, labelled before any extractor run): FIRST CONTACT P 0.815, "
    "R 0.815, key-F1 0.815, no records-feed leak (first contacts so far: 0.715, 0.726, 0.800, "
    "0.822, 0.742, 0.654, 0.815). The figure above is AFTER TUNING on its failure classes, "
    "which recur from sets 4-6 in new surface forms (one-drone lines, one figure told twice, a "
    "figure's parts, ministry region lists continued in the next sentence, raid-verb "
    "direction), each fixed by mechanism and written into the development corpus in new words "
    "(the k7-* passages). Set 7 is no longer held-out; an eighth set is needed for the next "
    "honest estimate."
)
HOLDOUT8_FIRST_CONTACT = "0.710"
HOLDOUT8_NOTE = (
    "Held-out set 8 (tests/data/claims_holdout8, 65 real-news passages from articles in "
    "none of the earlier sets, labelled before any extractor run): FIRST CONTACT P 0.754, "
    "R 0.671, key-F1 0.710, 2 records-feed leaks (first contacts so far: 0.715, 0.726, 0.800, "
    "0.822, 0.742, 0.654, 0.815, 0.710). The figure above is AFTER TUNING on its failure "
    "classes, fixed by mechanism (a word no list knows before a weapon noun, a headline that "
    "puts the shoot-down in Russia, one-weapon lines told by a time word, an attack verb or "
    "'before being shot down', 'all' over a list, a dozen rounding a count, a part 'of the' "
    "weapons, strays into a neighbour, downed counts with a relative clause, the unit that "
    "speaks for its owner), each written into the development corpus in new words (the k8-* "
    "passages). Set 8 is no longer held-out; a ninth set is needed for the next honest "
    "estimate."
)
HOLDOUT9_FIRST_CONTACT = "0.807"
HOLDOUT9_NOTE = (
    "Held-out set 9 (tests/data/claims_holdout9, 66 real-news passages from articles in "
    "none of the earlier sets, labelled before any extractor run): FIRST CONTACT P 0.820, "
    "R 0.793, key-F1 0.807, 1 records-feed leak (naval drones; first contacts so far: 0.715, "
    "0.726, 0.800, 0.822, 0.742, 0.654, 0.815, 0.710, 0.807). The figure above is AFTER TUNING "
    "on its failure classes, fixed by mechanism (drone boats and a sea-drone figure's plain "
    "repeat, strays that crashed in or were spotted over a neighbour, 'all' over a list of "
    "three, model names with numbers, an artillery item inside a list, a claim's one kind "
    "told again, region lists with no national total and ordinal or bracketed items, a share "
    "of an uncounted raid, one-drone lines in new forms, downed counts with a participle, "
    "capacities on combat duty, a rounded monthly tally), each written into the development "
    "corpus in new words (the k9-* passages). Set 9 is no longer held-out; a tenth set is "
    "needed for the next honest estimate."
)
