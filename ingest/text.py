"""HTML fragments (feed summaries) to plain text with paragraph breaks."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

_BLOCK = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre"}
)
_DROP = ("script", "style", "noscript", "template", "iframe", "object")
# Runs of spaces become one space. A lone " " is left alone (the same result, and the
# substitution no longer rewrites every word gap of a long article).
_SPACES = re.compile(r"[\t\r\f\v\u00a0][ \t\r\f\v\u00a0]*| [ \t\r\f\v\u00a0]+")
_ODD_SPACES = ("  ", "\xa0", "\t", "\r", "\f", "\v")  # what _SPACES would change
_BLANKS = re.compile(r"\n\n\n+")  # lines are stripped first: blank lines are empty


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment; block elements become line breaks."""
    if not html or ("<" not in html and "&" not in html):
        return _tidy(html or "")
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]*>", " ", html))
    for bad in list(root.iter(*_DROP)):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    # _SPACES never matches a newline, so one pass over the whole text equals one per line;
    # and most texts have nothing for it to do, which a few substring tests show faster.
    if any(odd in text for odd in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    text = "\n".join([line.strip() for line in text.split("\n")])
    return (_BLANKS.sub("\n\n", text) if "\n\n\n" in text else text).strip()
