"""Fast path for well-formed RSS 2.0 / Atom 1.0: lxml instead of feedparser's SAX handlers.

feedparser spends ~85 % of `parse_feed` dispatching SAX events through Python. This
module parses the same bytes with lxml (C) and replays, for the keys `parse_feed` reads
(title, link, links, id, summary, content, author, dates), what feedparser's strict
parser would store, quirks included: the first non-empty title wins, a permalink guid
stands in for a missing link, a second description becomes content, the latin-1/utf-8
repair and the cp1252 mapping of every value. Encoding detection, date parsing and URL
joining are feedparser's own functions, so they cannot drift.

Anything outside the modelled subset (a DOCTYPE, not well-formed, RDF, xml:base,
XHTML or base64 content, an element whose feedparser handler is not modelled here…)
raises `Unsupported`, and `parse_feed` calls feedparser exactly as before. Identity
with feedparser is asserted on real feeds and feedparser's own test corpus in
tests/test_ingest_feed_fastpath.py.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.encodings import convert_to_utf8
from feedparser.html import _cp1252
from feedparser.urls import _urljoin, make_safe_absolute_uri
from feedparser.util import FeedParserDict
from lxml import etree

ATOM_NS = "http://www.w3.org/2005/Atom"
RSS1_NS = "http://purl.org/rss/1.0/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML_NS = "{http://www.w3.org/XML/1998/namespace}"
_VERSION_NAMESPACES = {RSS1_NS, "http://my.netscape.com/rdf/simple/0.9/", ATOM_NS.lower()}
_RSS_VERSIONS = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}
_RELATIVE = StrictFeedParser.can_be_relative_uri
_HTML_TYPES = {"application/xhtml+xml", "text/html"}
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_QUERY_AMP = re.compile("&([A-Za-z0-9_]+);")
_PROLOG_DECL = re.compile(rb"<!(?!--)")
_FIRST_TAG = re.compile(rb"<\w")
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
_GUARDED = _READ | {
    alias
    for alias, real in FeedParserDict.keymap.items()
    if _READ & set([real] if isinstance(real, str) else real)
}
_DATES = {
    "published": "published", "pubdate": "published", "issued": "published",
    "dcterms_issued": "published", "updated": "updated", "modified": "updated",
    "lastbuilddate": "updated", "dc_date": "updated", "dcterms_modified": "updated",
    "created": "created", "dcterms_created": "created",
}  # fmt: skip
_AUTHORS = frozenset({"author", "managingeditor", "dc_author", "dc_creator", "itunes_author"})
_TITLES = frozenset({"title", "dc_title", "media_title"})
_DESCRIPTIONS = frozenset({"description", "dc_description", "media_description"})
# Handlers whose pushed value lands only under keys parse_feed never reads.
_PLAIN_PUSH = {
    "category": "category", "keywords": "category", "dc_subject": "category",
    "media_category": "category", "media_credit": "credit", "media_rating": "rating",
    "media_restriction": "restriction", "media_license": "license",
    "media_thumbnail": "url", "generator": "generator", "webmaster": "publisher",
    "dc_publisher": "publisher", "language": "language", "dc_language": "language",
    "expirationdate": "expired", "media_keywords": "media_keywords",
}  # fmt: skip
_CONTENT_PUSH = {
    "rights": "rights", "copyright": "rights", "dc_rights": "rights",
    "subtitle": "subtitle", "tagline": "subtitle", "info": "info",
    "feedburner_browserfriendly": "info",
}  # fmt: skip
_NAMES = {uri.lower(): prefix.lower() for uri, prefix in StrictFeedParser.namespaces.items()}
_NO_PUSH = frozenset({"media_group", "media_content", "enclosure", "cloud"})
_TEXT_INPUT_KEEP = ("title", "link", "description", "name")
_IMAGE_KEEP = ("title", "link", "description", "url", "href", "width", "height")


class Unsupported(Exception):
    """The document is outside what the fast path models: use feedparser."""


@dataclass
class FastResult:
    version: str
    feed: dict[str, Any]
    entries: list[dict[str, Any]]
    bozo_exception: Exception | None


def _fix(text: str) -> str:
    """The tail of feedparser's pop(): undo utf-8 read as latin-1, map cp1252 controls."""
    if text.isascii():
        return text
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        text = text.encode("iso-8859-1").decode("utf-8")
    # str.translate with a dict is slow on long articles; the C search finds the rare case.
    return text.translate(_cp1252) if _C1_CONTROLS.search(text) else text


def _content_type(value: str) -> str:
    value = value.lower()
    if value in ("text", "plain"):
        return "text/plain"
    return {"html": "text/html", "xhtml": "application/xhtml+xml"}.get(value, value)


@dataclass
class _Walk:
    """feedparser's parser state, reduced to what decides the keys we read."""

    base: str
    rdf: bool = False  # RSS 1.0: channel, image and items are siblings under rdf:RDF
    joined: dict[str, str] = field(default_factory=dict)  # guid and link are often equal
    feed: dict[str, Any] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)
    depths: dict[str, int] = field(default_factory=dict)  # property_depth_map, this entry
    title_depth: int = -1
    has_content: bool = False
    guid_is_link: bool = False
    in_feed: bool = False
    in_entry: bool = False
    in_image: bool = False
    in_textinput: bool = False
    in_author: bool = False
    in_contributor: bool = False

    # ------------------------------------------------------------------ plumbing
    @staticmethod
    def name(el: Any) -> tuple[str, str]:
        """feedparser's (prefix, handler name) for an element: ("dc", "dc_creator")."""
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

    def context(self) -> dict[str, Any]:
        if self.in_image and "image" in self.feed:
            return self.feed["image"]
        if self.in_textinput:
            return self.feed.setdefault("textinput", {})
        if self.in_entry:
            return self.entries[-1]
        return self.feed

    def value(self, element: str, el: Any) -> str:
        """pop() of a text-only element: strip, resolve, repair."""
        if len(el):
            raise Unsupported(f"markup inside <{element}>")
        return self.finish(element, el.text or "")

    def join(self, uri: str) -> str:
        joined = self.joined.get(uri)
        if joined is None:
            joined = self.joined[uri] = _urljoin(self.base, uri)
        return joined

    def finish(self, element: str, text: str) -> str:
        out = text.strip()
        if element in _RELATIVE and out and (element != "id" or self.guid_is_link):
            out = self.join(out)
        return _fix(out)

    def store(self, element: str, out: str, depth: int) -> None:
        """The storing half of feedparser's pop()."""
        if element == "title" and -1 < self.title_depth <= depth:
            return
        if self.in_entry:
            entry = self.entries[-1]
            if element == "content":
                entry.setdefault("content", []).append({"value": out})
            elif element == "link":
                out = _QUERY_AMP.sub(r"&\g<1>", out.replace("&amp;", "&"))
                entry["link"] = out
                if out:
                    entry["links"][-1]["href"] = out
            else:
                element = "summary" if element == "description" else element
                old = self.depths.get(element)
                if old is None or depth <= old:
                    self.depths[element] = depth
                    entry[element] = out
        elif self.in_feed:
            ctx = self.context()
            element = "subtitle" if element == "description" else element
            if element == "link":
                out = _QUERY_AMP.sub(r"&\g<1>", out)
                ctx["links"][-1]["href"] = out
            ctx[element] = out

    def content_value(self, element: str, el: Any, attrs: dict[str, str], default: str) -> str:
        kind = _content_type(attrs.get("type", default))
        if "mode" in attrs or kind not in ("text/plain", "text/html"):
            raise Unsupported(f"<{element}> of type {kind}")
        return self.value(element, el)

    # ------------------------------------------------------------------ elements
    def element(self, el: Any, depth: int) -> None:
        if not isinstance(el.tag, str):
            return
        prefix, name = self.name(el)
        attrs = {k.lower(): v for k, v in el.attrib.items() if k[0] != "{"}
        if "base" in attrs or f"{_XML_NS}base" in el.attrib:
            raise Unsupported("xml:base")
        if not prefix:  # feedparser's hack for empty image/textinput elements
            if name not in _TEXT_INPUT_KEEP:
                self.in_textinput = False
            if name not in _IMAGE_KEEP:
                self.in_image = False
        if name in ("item", "entry"):
            self.entry(el, depth, attrs)
        elif name == "channel":
            if not self.rdf or self.in_feed or self.in_entry or attrs:
                raise Unsupported("a channel where feedparser's RSS 2.0 handling differs")
            self.in_feed = True
            self.children(el, depth)
            self.in_feed = False
        elif name in _TITLES:
            self.title(name, el, depth, attrs)
        elif name == "link":
            self.link(el, depth, attrs)
        elif name in ("guid", "id"):
            self.guid(el, depth, attrs)
        elif name in _DESCRIPTIONS or name == "summary":
            self.summary(name, el, depth, attrs)
        elif name in ("content", "content_encoded", "fullitem"):
            self.content(name, el, depth, attrs)
        elif name in _DATES:
            key = _DATES[name]
            out = self.value(key, el)
            self.store(key, out, depth)
            self.context()[key + "_parsed"] = _parse_date(out)
        elif name in _AUTHORS:
            self.author(el, depth)
        elif name in ("name", "email", "url", "uri", "homepage"):
            self.person_part(name, el, depth)
        elif name in _PLAIN_PUSH:
            if name == "media_keywords" and el.attrib:
                raise Unsupported("media:keywords with attributes")  # feedparser crashes
            key = _PLAIN_PUSH[name]
            out = self.value(key, el)
            if key != "category":  # pop() hands categories back without storing them
                self.store(key, out, depth)
        elif name in _CONTENT_PUSH:
            self.store(
                _CONTENT_PUSH[name], self.content_value(name, el, attrs, "text/plain"), depth
            )
        elif name in ("width", "height"):
            self.value(name, el)
        elif name in ("image", "textinput"):
            self.image(name, el, depth)
        elif name == "source":
            self.title_depth = -1
            out = self.value("source", el)
            if self.in_entry:
                self.store("source", out, depth)
        elif name == "contributor":
            self.in_contributor = True
            self.children(el, depth)
            self.in_contributor = False
        elif name in _NO_PUSH:
            if name == "enclosure":
                self.context().setdefault("links", []).append({"rel": "enclosure"})
            self.children(el, depth, text_ok=False)
        elif hasattr(StrictFeedParser, "_start_" + name) or hasattr(
            StrictFeedParser, "_end_" + name
        ):
            raise Unsupported(f"element {name} is not modelled")
        elif name in _GUARDED:
            raise Unsupported(f"element {name} would overwrite a parsed key")
        elif el.attrib:
            self.context()[name] = dict(attrs)
            self.children(el, depth, text_ok=False)
        else:
            if len(el) == 0:
                self.store(name, self.value(name, el), depth)
            else:
                self.children(el, depth)
                if self.in_entry or self.in_feed:  # stores its own stripped text
                    self.store(name, self.finish(name, _own_text(el)), depth)

    def children(self, el: Any, depth: int, text_ok: bool = True) -> None:
        if not text_ok and (el.text or "").strip():
            raise Unsupported("text in an element feedparser does not collect")
        for child in el:
            self.element(child, depth + 1)

    def entry(self, el: Any, depth: int, attrs: dict[str, str]) -> None:
        about = f"{{{RDF_NS}}}about"
        if self.in_entry or attrs or any(k not in (f"{_XML_NS}lang", about) for k in el.attrib):
            raise Unsupported("nested entry or entry attributes")
        self.entries.append({"id": el.get(about)} if el.get(about) else {})
        self.depths = {}
        self.in_entry, self.guid_is_link, self.title_depth = True, False, -1
        self.children(el, depth)
        self.in_entry, self.has_content = False, False

    def title(self, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
        saved = self.title_depth
        out = self.content_value("title", el, attrs, "text/plain")
        self.store("title", out, depth)
        if out:
            self.title_depth = depth
        if name == "media_title":
            self.title_depth = saved

    def link(self, el: Any, depth: int, attrs: dict[str, str]) -> None:
        rel = attrs.setdefault("rel", "alternate").lower()
        kind = attrs.get("type", "application/atom+xml" if rel == "self" else "text/html")
        href = attrs.get("url", attrs.get("uri", attrs.get("href")))
        if href:
            attrs["href"] = href
        ctx = self.context()
        if "href" in attrs:
            href = self.join(attrs["href"])
            ctx.setdefault("links", []).append({"rel": rel, "href": href})
            if rel == "alternate" and _content_type(kind.lower()) in _HTML_TYPES:
                ctx["link"] = href
            if (el.text or "").strip() or len(el):
                raise Unsupported("text in a link with href")
            return
        ctx.setdefault("links", []).append({"rel": rel})
        if self.in_feed or self.in_entry:
            self.store("link", self.value("link", el), depth)

    def guid(self, el: Any, depth: int, attrs: dict[str, str]) -> None:
        self.guid_is_link = attrs.get("ispermalink", "true") == "true"
        out = self.value("id", el)
        self.store("id", out, depth)
        ctx = self.context()
        ctx.setdefault("guidislink", self.guid_is_link and "link" not in ctx)
        if self.guid_is_link:
            ctx.setdefault("link", out)

    def summary(self, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
        if "summary" in self.context() and not self.has_content:
            self.content("content", el, depth, attrs)  # feedparser's second-summary rule
            return
        default = "text/plain" if name == "summary" else "text/html"
        key = "summary" if name == "summary" else "description"
        self.store(key, self.content_value(name, el, attrs, default), depth)

    def content(self, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
        default = "text/plain" if name == "content" else "text/html"
        if name == "content" and "src" in attrs:
            raise Unsupported("content with src")
        self.has_content = True
        out = self.content_value(name, el, attrs, default)
        self.store("content", out, depth)
        self.context().setdefault("summary", out)  # text/plain and text/html copy over

    def author(self, el: Any, depth: int) -> None:
        self.in_author = True
        ctx = self.context()
        ctx.setdefault("authors", []).append({})
        self.children(el, depth)
        self.store("author", _fix(_own_text(el).strip()), depth)
        self.in_author = False
        _sync_author(self.context())

    def person_part(self, name: str, el: Any, depth: int) -> None:
        if name in ("name", "email"):
            if len(el):
                raise Unsupported(f"markup inside <{name}>")
            out = (el.text or "").strip()  # expecting_text=0: returned raw
        else:
            name = "href"
            out = self.value("href", el)
            self.store("href", out, depth)
        if self.in_author:
            ctx = self.context()
            ctx.setdefault("author_detail", {})[name] = out
            _sync_author(ctx)
            ctx.setdefault("authors", [{}])[-1][name] = out

    def image(self, name: str, el: Any, depth: int) -> None:
        if self.in_entry:
            if name == "textinput" or len(el):
                raise Unsupported(f"{name} inside an entry")
            self.title_depth = -1  # a bare <image>url</image> only resets the title rule
            return
        if name == "image":
            self.feed.setdefault("image", {})
            self.in_image = True
        else:
            self.in_textinput = True
        self.title_depth = -1
        self.children(el, depth)
        self.in_image = self.in_textinput = False


def _own_text(el: Any) -> str:
    """The character data feedparser collects for an element: its text and its children's tails."""
    return (el.text or "") + "".join(child.tail or "" for child in el)


def _sync_author(ctx: dict[str, Any]) -> None:
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


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_fast(body: bytes, url: str, content_type: str) -> FastResult:
    """feedparser's view of a simple RSS 2.0 / Atom 1.0 document, or `Unsupported`."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    result: dict[str, Any] = {}
    data = convert_to_utf8(headers, body, result)
    if not result.get("encoding"):
        raise Unsupported("unknown encoding")
    first = _FIRST_TAG.search(data)
    if first is None or _PROLOG_DECL.search(data, 0, first.start()):
        raise Unsupported("DOCTYPE or no element")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise Unsupported(f"not well-formed: {error}") from None
    # feedparser takes the version from the first of these namespaces declared.
    declared = {str(uri).lower() for uri in root.nsmap.values()} & _VERSION_NAMESPACES
    base = make_safe_absolute_uri("", url) or make_safe_absolute_uri(url) or ""
    root_base = root.get(f"{_XML_NS}base", root.get("base")) or base
    # As feedparser's unknown_starttag: an unsafe xml:base keeps the document's address.
    base = (make_safe_absolute_uri(base, root_base) or base) if base else _urljoin(base, root_base)
    walk = _Walk(base=base)
    lang = root.get(f"{_XML_NS}lang", root.get("lang"))
    if lang and root.tag in ("rss", f"{{{ATOM_NS}}}feed"):  # not rdf:RDF: feedparser lower-cases it
        walk.feed["language"] = lang.replace("_", "-")
    if declared - {ATOM_NS.lower()} or len(declared) > 1:
        if root.tag != f"{{{RDF_NS}}}RDF" or declared != {RSS1_NS}:
            raise Unsupported("RSS 1.0 / 0.90 namespaces outside a plain RSS 1.0 document")
        version = "rss10"
        walk.rdf = True
        walk.children(root, 1)
    elif root.tag == "rss":
        version = root.get("version", "")
        version = _RSS_VERSIONS.get(version) or ("rss20" if version.startswith("2.") else "rss")
        channels = list(root)
        if len(channels) != 1 or channels[0].tag != "channel" or channels[0].attrib:
            raise Unsupported("rss without exactly one plain channel")
        walk.in_feed = True
        walk.children(channels[0], 2)
    elif root.tag == f"{{{ATOM_NS}}}feed" and not root.get("version"):
        version = "atom10"
        walk.in_feed = True
        walk.children(root, 1)
    else:
        raise Unsupported(f"root element {root.tag}")
    exc = result.get("bozo_exception") if result.get("bozo") else None
    return FastResult(version, walk.feed, walk.entries, exc)
