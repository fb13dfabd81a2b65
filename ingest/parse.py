"""Feed parsing: RSS 0.9x/1.0/2.0 and Atom with feedparser, JSON Feed by hand.

Well-formed RSS 2.0 / RSS 1.0 / Atom 1.0 first try ingest/feedxml.py, an lxml fast
path that gives feedparser's answer at ~1/3 of the CPU; whatever it does not model
goes to feedparser itself. Both feed the same `_finish`, so the ParsedFeed cannot
differ in how fields are turned into text, links and keys.

`parse_feed` never raises: a broken ("bozo") feed keeps whatever parsed and
records why; a document that is not a feed at all is `rejected`. It runs in a
worker process, so everything it returns is plain picklable data.

Entry identity (stable across polls and restarts): the guid (canonicalised
when it is a URL), else the canonical link, else a hash of title and date.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from ingest.text import html_to_text
from ingest.urls import canonicalize

Outcome = Literal["parsed", "bozo", "rejected"]

MAX_ENTRIES = 1000  # a hostile feed cannot make one poll fetch a million pages


@dataclass
class FeedEntry:
    key: str  # identity within the feed
    link: str | None  # canonical article URL
    raw_link: str | None  # as the feed gave it (what we fetch)
    title: str = ""
    published: datetime | None = None
    author: str | None = None
    text: str = ""  # the feed's content or summary, as plain text


@dataclass
class ParsedFeed:
    outcome: Outcome
    format: str = ""  # feedparser's version (rss20, atom10, …) or "json1"
    title: str = ""
    link: str | None = None
    language: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    bozo_reason: str | None = None


def entry_key(guid: str | None, link: str | None, title: str, published: str | None) -> str:
    """The identity of an entry: guid, else canonical link, else hash(title, date)."""
    guid = (guid or "").strip()
    if guid:
        if guid.lower().startswith(("http://", "https://")):
            return "u:" + canonicalize(guid)
        return "g:" + guid
    if link:
        return "u:" + link
    digest = hashlib.sha256(f"{title.strip()}\x1f{published or ''}".encode()).hexdigest()
    return "h:" + digest[:32]


def _canonical_link(raw: str | None, base: str) -> str | None:
    if not raw:
        return None
    try:
        link = canonicalize(raw, base)
    except ValueError:
        return None
    return link if link.startswith(("http://", "https://")) else None


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _parse_iso(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _looks_like_json(body: bytes, content_type: str) -> bool:
    return "json" in content_type or body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def parse_feed(body: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Parse one feed document; never raises."""
    try:
        if _looks_like_json(body, content_type):
            return _parse_json_feed(body, url)
        return _parse_xml_feed(body, url, content_type)
    except Exception as exc:  # a parser bug must not take the poller down
        return ParsedFeed(outcome="rejected", bozo_reason=f"{type(exc).__name__}: {exc}"[:500])


def _parse_xml_feed(body: bytes, url: str, content_type: str) -> ParsedFeed:
    from ingest.feedxml import parse_fast  # lazily, as feedparser: keeps imports light

    try:
        fast = parse_fast(body, url, content_type)
    except Exception:  # Unsupported, or a fast-path bug: costs speed, never the answer
        return _parse_with_feedparser(body, url, content_type)
    bozo = fast.bozo_exception is not None
    return _finish(fast.version, fast.feed, fast.entries, bozo, fast.bozo_exception, url)


def _parse_with_feedparser(body: bytes, url: str, content_type: str) -> ParsedFeed:
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # A stream, never a string: feedparser would fetch a string that looks like a URL.
    # Everything taken from a feed becomes plain text here (html_to_text), so feedparser's
    # HTML sanitising and rewriting of relative links inside content would be wasted
    # work: half its time on 29 real feeds. Entry and feed links are still resolved.
    d = feedparser.parse(
        io.BytesIO(body),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    bozo = bool(d.get("bozo"))
    exc = d.get("bozo_exception")
    return _finish(
        d.get("version") or "", d.get("feed", {}) or {}, d.get("entries", []), bozo, exc, url
    )


def _finish(
    version: str, feed: Any, raw_entries: list[Any], bozo: bool, exc: Any, url: str
) -> ParsedFeed:
    """The ParsedFeed for feedparser's view of a document (or the fast path's copy of it)."""
    reason = None
    if bozo:
        reason = f"{type(exc).__name__}: {exc}"[:500] if exc else "malformed feed"
    entries = [e for e in (_xml_entry(e, url) for e in raw_entries[:MAX_ENTRIES]) if e]
    if not version and not entries:
        return ParsedFeed(outcome="rejected", bozo_reason=reason or "not a feed")
    return ParsedFeed(
        outcome="bozo" if bozo else "parsed",
        format=version,
        title=html_to_text(str(feed.get("title") or "")).strip(),
        link=_canonical_link(feed.get("link"), url),
        language=feed.get("language") or None,
        entries=entries,
        bozo_reason=reason,
    )


def _xml_entry(e: Any, base: str) -> FeedEntry | None:
    raw_link = e.get("link") or None
    if not raw_link:
        for candidate in e.get("links", []) or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                raw_link = candidate["href"]
                break
    link = _canonical_link(raw_link, base)
    title = html_to_text(str(e.get("title") or "")).strip()
    # dict.get: feedparser's own get() maps updated -> published with a warning.
    raw = dict(e)
    date_raw = raw.get("published") or raw.get("updated") or raw.get("created")
    published = _struct_to_datetime(
        raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
    )
    html = ""
    for content in e.get("content", []) or []:
        if len(content.get("value", "")) > len(html):
            html = content["value"]
    summary = str(e.get("summary") or "")
    if len(summary) > len(html):
        html = summary
    if not (title or link or html):
        return None
    return FeedEntry(
        key=entry_key(e.get("id"), link, title, date_raw),
        link=link,
        raw_link=raw_link if link else None,
        title=title,
        published=published,
        author=html_to_text(str(e.get("author") or "")).strip() or None,
        text=html_to_text(html),
    )


def _parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return ParsedFeed(outcome="rejected", bozo_reason=f"invalid JSON: {exc}"[:500])
    version = str(doc.get("version", "")) if isinstance(doc, dict) else ""
    if not version.startswith(("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")):
        return ParsedFeed(outcome="rejected", bozo_reason="JSON document is not a JSON Feed")
    assert isinstance(doc, dict)
    items = doc.get("items")
    reason = None if isinstance(items, list) else "JSON Feed has no items list"
    entries: list[FeedEntry] = []
    for item in (items if isinstance(items, list) else [])[:MAX_ENTRIES]:
        if not isinstance(item, dict):
            reason = "a JSON Feed item is not an object"
            continue
        raw_link = item.get("url") or item.get("external_url")
        raw_link = raw_link if isinstance(raw_link, str) else None
        link = _canonical_link(raw_link, url)
        title = str(item.get("title") or "").strip()
        date_raw = item.get("date_published") or item.get("date_modified")
        html = str(item.get("content_html") or "")
        text = html_to_text(html) if html else str(item.get("content_text") or "")
        if not text:
            text = str(item.get("summary") or "")
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        author = None
        if authors and isinstance(authors[0], dict):
            author = authors[0].get("name")
        guid = item.get("id")
        entries.append(
            FeedEntry(
                key=entry_key(str(guid) if guid is not None else None, link, title, date_raw),
                link=link,
                raw_link=raw_link if link else None,
                title=title,
                published=_parse_iso(date_raw),
                author=author,
                text=text.strip(),
            )
        )
    return ParsedFeed(
        outcome="bozo" if reason else "parsed",
        format="json" + version.rsplit("/", 1)[-1],
        title=str(doc.get("title") or "").strip(),
        link=_canonical_link(doc.get("home_page_url"), url),
        language=doc.get("language") if isinstance(doc.get("language"), str) else None,
        entries=entries,
        bozo_reason=reason,
    )
