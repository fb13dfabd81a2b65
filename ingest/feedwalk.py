"""feedparser's SAX handlers replayed over an lxml tree, for the keys parse_feed reads.

`Walk` visits elements in document order and keeps the parser state feedparser keeps
(depths, the title rule, in-entry/in-image flags, has-content) so that what it stores
under title, link(s), id, summary, content, author and the dates is what feedparser's
strict parser would store. An element whose handler it does not model raises
`Unsupported`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.urls import _urljoin

from ingest.feedrules import (
    AUTHORS,
    CONTENT_PUSH,
    DATES,
    DESCRIPTIONS,
    GUARDED,
    HTML_TYPES,
    IMAGE_KEEP,
    NO_PUSH,
    PLAIN_PUSH,
    QUERY_AMP,
    RDF_NS,
    RELATIVE,
    TEXT_INPUT_KEEP,
    TITLES,
    XML_NS,
    Unsupported,
    content_type,
    feedparser_name,
    fix_text,
    own_text,
    sync_author,
)

Handler = Callable[["Walk", str, Any, int, dict[str, str]], None]


@dataclass
class Walk:
    """feedparser's parser state, reduced to what decides the keys we read."""

    base: str
    tags: dict[tuple[str, str | None], tuple[str, str]] = field(default_factory=dict)
    handlers: dict[str, Handler] = field(default_factory=dict)
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
    def name(self, el: Any) -> tuple[str, str]:
        """feedparser's (prefix, handler name) for an element: ("dc", "dc_creator")."""
        key = (el.tag, el.prefix)
        known = self.tags.get(key)
        if known is None:
            known = self.tags[key] = feedparser_name(el)
        return known

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
        if element in RELATIVE and out and (element != "id" or self.guid_is_link):
            out = self.join(out)
        return fix_text(out)

    def store(self, element: str, out: str, depth: int) -> None:
        """The storing half of feedparser's pop()."""
        if element == "title" and -1 < self.title_depth <= depth:
            return
        if self.in_entry:
            entry = self.entries[-1]
            if element == "content":
                entry.setdefault("content", []).append({"value": out})
            elif element == "link":
                out = QUERY_AMP.sub(r"&\g<1>", out.replace("&amp;", "&"))
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
                out = QUERY_AMP.sub(r"&\g<1>", out)
                ctx["links"][-1]["href"] = out
            ctx[element] = out

    def content_value(self, element: str, el: Any, attrs: dict[str, str], default: str) -> str:
        kind = content_type(attrs.get("type", default))
        if "mode" in attrs or kind not in ("text/plain", "text/html"):
            raise Unsupported(f"<{element}> of type {kind}")
        return self.value(element, el)

    # ------------------------------------------------------------------ elements
    def element(self, el: Any, depth: int) -> None:
        if not isinstance(el.tag, str):
            return
        prefix, name = self.name(el)
        items = el.items()
        attrs = {k.lower(): v for k, v in items if k[0] != "{"} if items else {}
        if items and ("base" in attrs or el.get(f"{XML_NS}base") is not None):
            raise Unsupported("xml:base")
        if not prefix:  # feedparser's hack for empty image/textinput elements
            if name not in TEXT_INPUT_KEEP:
                self.in_textinput = False
            if name not in IMAGE_KEEP:
                self.in_image = False
        handler = self.handlers.get(name)
        if handler is None:
            handler = self.handlers[name] = _handler_for(name)
        handler(self, name, el, depth, attrs)

    def children(self, el: Any, depth: int, text_ok: bool = True) -> None:
        if not text_ok and (el.text or "").strip():
            raise Unsupported("text in an element feedparser does not collect")
        for child in el:
            self.element(child, depth + 1)

    def entry(self, el: Any, depth: int, attrs: dict[str, str]) -> None:
        about = f"{{{RDF_NS}}}about"
        if self.in_entry or attrs or any(k not in (f"{XML_NS}lang", about) for k in el.attrib):
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
            if rel == "alternate" and content_type(kind.lower()) in HTML_TYPES:
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
        self.store("author", fix_text(own_text(el).strip()), depth)
        self.in_author = False
        sync_author(self.context())

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
            sync_author(ctx)
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


# ----------------------------------------------------------------------------- dispatch
# One function per feedparser handler family, found by element name (cached per walk).


def _on_entry(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.entry(el, depth, attrs)


def _on_channel(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    if not w.rdf or w.in_feed or w.in_entry or attrs:
        raise Unsupported("a channel where feedparser's RSS 2.0 handling differs")
    w.in_feed = True
    w.children(el, depth)
    w.in_feed = False


def _on_title(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.title(name, el, depth, attrs)


def _on_link(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.link(el, depth, attrs)


def _on_guid(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.guid(el, depth, attrs)


def _on_summary(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.summary(name, el, depth, attrs)


def _on_content(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.content(name, el, depth, attrs)


def _on_date(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    key = DATES[name]
    out = w.value(key, el)
    w.store(key, out, depth)
    w.context()[key + "_parsed"] = _parse_date(out)


def _on_author(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.author(el, depth)


def _on_person_part(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.person_part(name, el, depth)


def _on_plain_push(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    if name == "media_keywords" and el.attrib:
        raise Unsupported("media:keywords with attributes")  # feedparser crashes
    key = PLAIN_PUSH[name]
    out = w.value(key, el)
    if key != "category":  # pop() hands categories back without storing them
        w.store(key, out, depth)


def _on_content_push(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.store(CONTENT_PUSH[name], w.content_value(name, el, attrs, "text/plain"), depth)


def _on_size(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.value(name, el)


def _on_image(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.image(name, el, depth)


def _on_source(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.title_depth = -1
    out = w.value("source", el)
    if w.in_entry:
        w.store("source", out, depth)


def _on_contributor(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    w.in_contributor = True
    w.children(el, depth)
    w.in_contributor = False


def _on_no_push(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    if name == "enclosure":
        w.context().setdefault("links", []).append({"rel": "enclosure"})
    w.children(el, depth, text_ok=False)


def _on_generic(w: Walk, name: str, el: Any, depth: int, attrs: dict[str, str]) -> None:
    """No feedparser handler: its attributes, or its stripped text, under its own name."""
    if el.attrib:
        w.context()[name] = dict(attrs)
        w.children(el, depth, text_ok=False)
    elif len(el) == 0:
        w.store(name, w.value(name, el), depth)
    else:
        w.children(el, depth)
        if w.in_entry or w.in_feed:
            w.store(name, w.finish(name, own_text(el)), depth)


def _table() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    groups: list[tuple[Any, Handler]] = [
        (NO_PUSH, _on_no_push),
        (("contributor",), _on_contributor),
        (("source",), _on_source),
        (("image", "textinput"), _on_image),
        (("width", "height"), _on_size),
        (CONTENT_PUSH, _on_content_push),
        (PLAIN_PUSH, _on_plain_push),
        (("name", "email", "url", "uri", "homepage"), _on_person_part),
        (AUTHORS, _on_author),
        (DATES, _on_date),
        (("content", "content_encoded", "fullitem"), _on_content),
        ((*DESCRIPTIONS, "summary"), _on_summary),
        (("guid", "id"), _on_guid),
        (("link",), _on_link),
        (TITLES, _on_title),
        (("channel",), _on_channel),
        (("item", "entry"), _on_entry),
    ]  # lowest precedence first: a later group wins a shared name
    for names, handler in groups:
        table.update(dict.fromkeys(names, handler))
    return table


_BY_NAME = _table()


def _handler_for(name: str) -> Handler:
    known = _BY_NAME.get(name)
    if known is not None:
        return known
    if hasattr(StrictFeedParser, "_start_" + name) or hasattr(StrictFeedParser, "_end_" + name):
        raise Unsupported(f"element {name} is not modelled")
    if name in GUARDED:
        raise Unsupported(f"element {name} would overwrite a parsed key")
    return _on_generic
