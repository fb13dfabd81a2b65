"""Claims extractor: identical-output check and instruction counts for engine work.

    python -m bench.claims_speed dump OUT.json     # every corpus's claims, as JSON
    python -m bench.claims_speed compare OUT.json  # exit 1 if any claim differs
    python -m bench.claims_speed run MIX N         # extract N items of MIX (farm|typical)

Inputs: the farm articles (/work/briefs/farm_articles.jsonl or $CLAIMS_FARM), the dev
corpus and every held-out set. `run` is for callgrind: run it with N=0 and N=all and take
the difference of the instruction counts (the extractor is warmed on N=0 as well).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from processors.claims.evaluate import DEFAULT_CORPUS, load_corpus
from processors.claims.rules import RuleExtractor

REPO = Path(__file__).resolve().parent.parent
FARM = Path(os.environ.get("CLAIMS_FARM", "/work/briefs/farm_articles.jsonl"))


def farm_items() -> list[tuple[str, date | None]]:
    from processors.claims.stage import article_text, kyiv_date
    from salvo.schemas import Article

    items: list[tuple[str, date | None]] = []
    with FARM.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                article = Article.model_validate_json(line)
                published = kyiv_date(article.published) or kyiv_date(article.fetched)
                items.append((article_text(article), published))
    return items


def corpora() -> dict[str, list[tuple[str, date | None]]]:
    sets = {"farm": farm_items()}
    paths = [
        DEFAULT_CORPUS,
        *sorted((REPO / "tests" / "data").glob("claims_holdout*/passages.jsonl")),
    ]
    for path in paths:
        sets[path.parent.name] = [(p.text, p.published) for p in load_corpus(path)]
    return sets


def dump() -> dict[str, list[list[object]]]:
    extractor = RuleExtractor()
    return {
        name: [[c.model_dump(mode="json") for c in extractor.extract(t, d)] for t, d in items]
        for name, items in corpora().items()
    }


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "dump":
        Path(argv[1]).write_text(json.dumps(dump(), sort_keys=True), encoding="utf-8")
        return 0
    if mode == "compare":
        before = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        after = json.loads(json.dumps(dump(), sort_keys=True))
        bad = 0
        for name, claims in before.items():
            diff = [i for i, (a, b) in enumerate(zip(claims, after[name], strict=True)) if a != b]
            total = sum(len(c) for c in claims)
            print(f"{name}: {len(claims)} items, {total} claims, {len(diff)} differ {diff[:5]}")
            bad += len(diff)
        return 1 if bad else 0
    if mode == "run":
        from bench.bench_extract import build_articles

        if argv[1] == "farm":
            items = farm_items()
        else:
            items = [(t, date(2025, 7, 10)) for t in build_articles(400, dense=False)]
        extractor = RuleExtractor()
        for text, published in items[:5]:  # warm the regex caches in both runs
            extractor.extract(text, published)
        n = len(items) if argv[2] == "all" else int(argv[2])
        for text, published in items[:n]:
            extractor.extract(text, published)
        print(len(items[:n]))
        return 0
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
