"""The labelled corpus: the acceptance floor of issue #4 and the records-feed safety rule."""

from __future__ import annotations

from pathlib import Path

from processors.claims.evaluate import DEFAULT_CORPUS, evaluate, load_corpus, replace_section


def test_corpus_is_large_and_well_formed() -> None:
    passages = load_corpus(DEFAULT_CORPUS)
    assert len(passages) >= 100
    assert len({p.id for p in passages}) == len(passages)
    assert sum(1 for p in passages if not p.claims) >= 20  # hard negatives
    outlets = {p.outlet.split(" ")[0] for p in passages}
    assert len(outlets) >= 15


def test_key_f1_meets_the_floor_and_nothing_leaks_into_records() -> None:
    report = evaluate(load_corpus(DEFAULT_CORPUS))
    assert report.key.f1 >= 0.95, "\n".join(report.errors)
    assert report.leaks == 0


def test_replace_section_keeps_other_sections(tmp_path: Path) -> None:
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text("# Benchmarks\n\n<!-- section: other -->\nkeep\n<!-- /section: other -->\n")
    replace_section(doc, "claims-eval", "one")
    replace_section(doc, "claims-eval", "two")
    text = doc.read_text()
    assert "keep" in text and "two" in text and "one" not in text
    assert text.count("<!-- section: claims-eval -->") == 1


def test_no_claims_in_general_news() -> None:
    """181 unrelated articles (tech, sport, politics): no barrage claim may come out."""
    import json

    from processors.claims import extract_claims
    from tests.conftest import shared_path

    path = shared_path("data", "article-extraction-benchmark", "ground-truth.json")
    truth = json.loads(path.read_text(encoding="utf-8"))
    bodies = [v["articleBody"] for v in truth.values() if v.get("articleBody")]
    assert len(bodies) > 100
    found = [(c.launched_total, c.evidence[0].text) for b in bodies for c in extract_claims(b)]
    assert found == []
