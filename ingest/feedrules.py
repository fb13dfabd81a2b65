"""The parts of feedparser's behaviour that ingest/feedwalk.py replays: names, tables, repairs.

Each table says which feedparser handler an element name reaches and what that handler
does with the keys `parse_feed` reads; each helper is a line-for-line copy of a piece of
feedparser (its text repair in pop(), its author e-mail splitting, its element naming).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.html import _cp1252
from feedparser.util import FeedParserDict

ATOM_NS = "http://www.w3.org/2005/Atom"
RSS1_NS = "http://purl.org/rss/1.0/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_NS = "{http://www.w3.org/XML/1998/namespace}"
RELATIVE = StrictFeedParser.can_be_relative_uri
HTML_TYPES = {"application/xhtml+xml", "text/html"}
_C1_CONTROLS = re.compile("[\x80-\x9f]")
QUERY_AMP = re.compile("&([A-Za-z0-9_]+);")
_EMAIL = re.compile(
    r"(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"
    r"([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"
)
# Keys parse_feed reads. feedparser's generic code stores an element it has no handler
# for under its own name, or under FeedParserDict's alias for it ("date" -> "updated"):
# such an element must not be named like (or aliased to) one of these.
_READ = frozenset(
    {"title", "link", "links", "id", "summary", "content", "author", "authors", "language"}
    | {f"{d}{s}" for d in ("published", "updated", "created") for s in ("", "_parsed")}
)
GUARDED = _READ | {
    alias
    for alias, real in FeedParserDict.keymap.items()
    if _READ & set([real] if isinstance(real, str) else real)
}
DATES = {
    "published": "published", "pubdate": "published", "issued": "published",
    "dcterms_issued": "published", "updated": "updated", "modified": "updated",
    "lastbuilddate": "updated", "dc_date": "updated", "dcterms_modified": "updated",
    "created": "created", "dcterms_created": "created",
}  # fmt: skip
AUTHORS = frozenset({"author", "managingeditor", "dc_author", "dc_creator", "itunes_author"})
TITLES = frozenset({"title", "dc_title", "media_title"})
DESCRIPTIONS = frozenset({"description", "dc_description", "media_description"})
# Handlers whose pushed value lands only under keys parse_feed never reads.
PLAIN_PUSH = {
    "category": "category", "keywords": "category", "dc_subject": "category",
    "media_category": "category", "media_credit": "credit", "media_rating": "rating",
    "media_restriction": "restriction", "media_license": "license",
    "media_thumbnail": "url", "generator": "generator", "webmaster": "publisher",
    "dc_publisher": "publisher", "language": "language", "dc_language": "language",
    "expirationdate": "expired", "media_keywords": "media_keywords",
}  # fmt: skip
CONTENT_PUSH = {
    "rights": "rights", "copyright": "rights", "dc_rights": "rights",
    "subtitle": "subtitle", "tagline": "subtitle", "info": "info",
    "feedburner_browserfriendly": "info",
}  # fmt: skip
_NAMES = {uri.lower(): prefix.lower() for uri, prefix in StrictFeedParser.namespaces.items()}
NO_PUSH = frozenset({"media_group", "media_content", "enclosure", "cloud"})
TEXT_INPUT_KEEP = ("title", "link", "description", "name")
IMAGE_KEEP = ("title", "link", "description", "url", "href", "width", "height")


class Unsupported(Exception):
    """The document is outside what the fast path models: use feedparser."""


def fix_text(text: str) -> str:
    """The tail of feedparser's pop(): undo utf-8 read as latin-1, map cp1252 controls."""
    if text.isascii():
        return text
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        text = text.encode("iso-8859-1").decode("utf-8")
    # str.translate with a dict is slow on long articles; the C search finds the rare case.
    return text.translate(_cp1252) if _C1_CONTROLS.search(text) else text


def content_type(value: str) -> str:
    value = value.lower()
    if value in ("text", "plain"):
        return "text/plain"
    return {"html": "text/html", "xhtml": "application/xhtml+xml"}.get(value, value)


def feedparser_name(el: Any) -> tuple[str, str]:
    tag = el.tag
    if tag[0] != "{":
        return "", str(tag).lower()
    ns, _, local = tag[1:].partition("}")
    lowered = ns.lower()
    if "backend.userland.com/rss" in lowered:
        lowered = "http://backend.userland.com/rss"
    prefix = _NAMES.get(lowered)
    if prefix is None:  # an unknown namespace: feedparser uses the document's prefix
        prefix = (el.prefix or "").lower()
    return prefix, (f"{prefix}_{local.lower()}" if prefix else local.lower())


def own_text(el: Any) -> str:
    """The character data feedparser collects for an element: its text and its children's tails."""
    return (el.text or "") + "".join(child.tail or "" for child in el)


def sync_author(ctx: dict[str, Any]) -> None:
    """feedparser's _sync_author_detail for 'author'."""
    authors = ctx.get("authors")
    detail: dict[str, str] = authors[-1] if authors else {}
    if detail:
        name, email = detail.get("name"), detail.get("email")
        if name and email:
            ctx["author"] = f"{name} ({email})"
        elif name or email:
            ctx["author"] = name or email
        return
    author = ctx.get("author")
    if not author:
        return
    email = None
    found = _EMAIL.search(author)
    if found:
        email = found.group(0)
        author = author.replace(email, "").replace("()", "").replace("<>", "")
        author = author.replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    if author:
        detail["name"] = author
    if email:
        detail["email"] = email
