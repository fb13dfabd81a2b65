"""OPML import: every outline with an `xmlUrl` (at any depth) is a feed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree


class OPMLError(ValueError):
    pass


@dataclass(frozen=True)
class OPMLFeed:
    url: str
    name: str | None


def parse_opml(data: bytes) -> list[OPMLFeed]:
    """The http(s) feeds listed in an OPML document, in order, without duplicates."""
    # No entities, no DTDs, no network: an OPML file is untrusted input too.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OPMLError(f"not valid OPML: {exc}") from exc
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise OPMLError("not an OPML document (no <opml> root)")
    feeds: list[OPMLFeed] = []
    seen: set[str] = set()
    for outline in root.iter("{*}outline", "outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        name = (outline.get("title") or outline.get("text") or "").strip() or None
        feeds.append(OPMLFeed(url, name))
    return feeds


def read_opml(path: str | Path) -> list[OPMLFeed]:
    return parse_opml(Path(path).read_bytes())
