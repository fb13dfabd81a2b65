"""Sentence splitting that keeps character offsets into the original text.

News text is split at paragraph breaks and at sentence-final punctuation
followed by a capital, digit or quote, except after common abbreviations
("U.S.", "Lt. Gen.", "Mr.") so evidence spans stay whole sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "st",
        "no",
        "vs",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "etc",
        "inc",
        "corp",
        "sen",
        "rep",
        "gov",
        "adm",
        "prof",
    }
)

# Candidate boundary: ., ! or ? (plus closing quotes/brackets), whitespace, then an opener.
# "[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a character class lets the
# regex engine skip to the next stop in one fast scan (a repeat first makes it try every
# position): the same matches, about twice as fast.
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•\-–—])")
# A blank line, a bullet, or a line break — except a soft wrap: a line that stops
# mid-sentence and goes on in lower case ("…launched 415\ndrones and missiles").
# Every branch starts with the newline (the look-behind sits after it) so the regex
# engine can jump from newline to newline: ~20x faster on long articles.
_PARAGRAPH = re.compile(r"\n(?:\s*\n|(?=\s*[•\-–—*]\s)|(?<![\w,;(\-–—]\n)|(?![ \t]*[a-z0-9(]))")
# "p.m." before a time zone ("8:00 p.m. Moscow time", "5 a.m. GMT") does not end a sentence.
_CLOCK = ("p.m.", "a.m.")
_ZONE_AFTER = re.compile(r"\s+(?:Moscow|Kyiv|Kiev|local|GMT|UTC|CET|EET|EST|ET|PT)\b")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    index: int = 0


def _is_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk[-24:])  # the word before the stop; no need to scan more
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # Single initials ("F. Beaulieu", "J.") are not sentence ends.
    return len(word) == 1 and word.isalpha()


def split_sentences(text: str, keep: Callable[[int, int], bool] | None = None) -> list[Sentence]:
    """Sentences with offsets such that `text[s.start:s.end] == s.text`.

    With `keep(start, end)` (a paragraph's offsets), paragraphs it rejects are not split (a
    speed-up for callers that only look at some paragraphs); each still advances `index` by
    one so sentences on either side of it are never taken as adjacent.
    """
    out: list[Sentence] = []
    pos = 0
    skipped = 0
    for para, pm in enumerate([*_PARAGRAPH.finditer(text), None]):
        p_end = pm.start() if pm else len(text)
        if keep is not None and not keep(pos, p_end):
            skipped += 1
        else:
            _split_paragraph(text, pos, p_end, para, out, skipped)
        if pm is None:
            break
        pos = pm.end()
    return out


def _split_paragraph(
    text: str, start: int, end: int, para: int, out: list[Sentence], skipped: int = 0
) -> None:
    chunk = text[start:end]
    cur = 0
    for m in _BOUNDARY.finditer(chunk):
        stop = m.end()
        # (the word before the stop lies in the last 24 characters: no longer slice needed)
        if _is_abbreviation(chunk[max(cur, stop - 24) : stop]):
            continue
        if chunk[m.end() - 4 : m.end()].lower() in _CLOCK and _ZONE_AFTER.match(chunk, m.end()):
            continue  # "11:00 p.m. Moscow time on January 4": a clock time, not an end
        _emit(text, start + cur, start + m.end(), para, out, skipped)
        cur = m.end()
    _emit(text, start + cur, end, para, out, skipped)


def _emit(
    text: str, start: int, end: int, para: int, out: list[Sentence], skipped: int = 0
) -> None:
    # str.strip() drops what str.isspace() calls space: one C call, not a loop a character.
    span = text[start:end]
    body = span.strip()
    if body:
        start += len(span) - len(span.lstrip())
        out.append(Sentence(body, start, start + len(body), para, len(out) + skipped))
