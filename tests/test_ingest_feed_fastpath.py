"""The lxml fast path (ingest/feedxml.py) gives exactly feedparser's ParsedFeed.

Every document the fast path accepts must parse to the same ParsedFeed as through
feedparser: real outlets' feeds, feedparser's own test corpus, the bench farm's feeds,
and one small feed for each rule it reproduces. Whatever it declines must still parse
as before (through feedparser).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from bench.farm import FarmArticle, Feed, _atom, _rss
from ingest import parse
from ingest.feedxml import _PARSER, Unsupported, parse_fast
from tests.conftest import shared_path

URL = "https://news.example/feeds/world.xml"
RSS = "application/rss+xml"
CONTENT_TYPES = (RSS, "text/xml", "application/xml; charset=iso-8859-1", "")


def _fast_accepts(body: bytes, content_type: str = RSS) -> bool:
    try:
        parse_fast(body, URL, content_type)
    except Unsupported:
        return False
    return True


def same(body: bytes, content_type: str = RSS, url: str = URL) -> parse.ParsedFeed:
    """Assert the fast path takes the document and agrees with feedparser; return the result."""
    assert _fast_accepts(body, content_type), "the fast path declined the document"
    fast = parse.parse_feed(body, url, content_type)
    assert fast == parse._parse_with_feedparser(body, url, content_type)
    return fast


def declined(body: bytes, content_type: str = RSS) -> parse.ParsedFeed:
    """Assert the fast path declines the document and parse_feed is feedparser's answer."""
    assert not _fast_accepts(body, content_type)
    result = parse.parse_feed(body, URL, content_type)
    assert result == parse._parse_with_feedparser(body, URL, content_type)
    return result


def rss(items: str, channel: str = "", ns: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {ns}><channel>'
        f"<title>World</title><link>https://news.example/</link>{channel}{items}"
        "</channel></rss>"
    ).encode()


def atom(entries: str, head: str = "", attrs: str = "") -> bytes:
    head = f'<title>World</title><id>urn:x</id><link href="https://news.example/"/>{head}'
    feed = f'<feed xmlns="http://www.w3.org/2005/Atom" {attrs}>{head}{entries}</feed>'
    return ('<?xml version="1.0" encoding="utf-8"?>' + feed).encode()


# ----------------------------------------------------------------------------- corpora


def _corpus(root: Path) -> list[Path]:
    return [p for p in sorted(root.rglob("*")) if p.suffix in (".xml", ".rss", ".atom")]


def _check_corpus(root: Path) -> tuple[int, int]:
    taken = 0
    files = _corpus(root)
    for path in files:
        body = path.read_bytes()
        for content_type in CONTENT_TYPES:
            if not _fast_accepts(body, content_type):
                continue
            taken += content_type == RSS
            fast = parse.parse_feed(body, URL, content_type)
            slow = parse._parse_with_feedparser(body, URL, content_type)
            assert fast == slow, f"{path} ({content_type!r})"
    return taken, len(files)


def test_real_feeds_fast_path_is_identical() -> None:
    taken, total = _check_corpus(shared_path("data", "real-feeds"))
    assert total == 29
    assert taken == 29


def test_feedparser_corpus_fast_path_is_identical() -> None:
    taken, total = _check_corpus(shared_path("data", "feedparser-tests"))
    assert total > 2000
    assert taken >= 810


def _farm_items(n: int) -> list[FarmArticle]:
    start = datetime(2025, 7, 1, tzinfo=UTC)
    return [
        FarmArticle(f"/a/{i}.html", f"Talks & <b>news</b> {i}", start.replace(day=1 + i % 28), "s")
        for i in range(n)
    ]


@pytest.mark.parametrize("render", [_rss, _atom])
def test_bench_farm_feeds(render: object) -> None:
    body = render(Feed(index=3, kind="ok"), _farm_items(20), "127.0.0.1:8080")  # type: ignore[operator]
    result = same(body)
    assert len(result.entries) == 20
    assert result.entries[0].link == "http://127.0.0.1:8080/a/0.html"
    assert result.entries[0].published == datetime(2025, 7, 1, tzinfo=UTC)


# ----------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue, 10 Jun 2003 04:00:00 GMT", datetime(2003, 6, 10, 4, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 EDT", datetime(2003, 6, 10, 8, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 +0530", datetime(2003, 6, 9, 22, 30, tzinfo=UTC)),
        ("10 Jun 2003 04:00 PST", datetime(2003, 6, 10, 12, tzinfo=UTC)),
        ("2003-06-10T04:00:00Z", datetime(2003, 6, 10, 4, tzinfo=UTC)),
        ("2003-06-10T04:00:00-02:00", datetime(2003, 6, 10, 6, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
    ],
)
def test_dates(raw: str, expected: datetime | None) -> None:
    got = same(rss(f"<item><title>a</title><pubDate>{raw}</pubDate></item>"))
    assert got.entries[0].published == expected
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    got = same(rss(f"<item><title>a</title><dc:date>{raw}</dc:date></item>", ns=dc))
    assert got.entries[0].published == expected
    got = same(atom(f"<entry><title>a</title><updated>{raw}</updated></entry>"))
    assert got.entries[0].published == expected


def test_missing_date_keys_on_title() -> None:
    got = same(rss("<item><title>no date</title></item>"))
    assert got.entries[0].published is None
    assert got.entries[0].key.startswith("h:")


def test_relative_links_resolve_against_the_feed_url() -> None:
    got = same(rss("<item><title>a</title><link>/world/1?utm_source=x</link></item>"))
    assert got.entries[0].link == "https://news.example/world/1"
    assert got.entries[0].raw_link == "https://news.example/world/1?utm_source=x"
    got = same(atom('<entry><title>a</title><link rel="alternate" href="2.html"/></entry>'))
    assert got.entries[0].link == "https://news.example/feeds/2.html"


def test_xml_base() -> None:
    entry = '<entry><title>a</title><link href="x"/></entry>'
    got = same(atom(entry, attrs='xml:base="http://b.example/d/"'))  # on the root: modelled
    assert got.entries[0].link == "http://b.example/d/x"
    got = same(atom(entry, attrs='xml:base="javascript:alert(1)"'))  # unsafe: ignored
    assert got.entries[0].link == "https://news.example/feeds/x"
    nested = '<entry xml:base="http://c.example/"><title>a</title><link href="x"/></entry>'
    assert declined(atom(nested)).entries[0].link == "http://c.example/x"  # elsewhere: feedparser


def test_cdata_and_escaped_html() -> None:
    got = same(
        rss(
            "<item><title><![CDATA[Talks <b>resume</b> &amp; end]]></title>"
            "<description>&lt;p&gt;First&lt;/p&gt;"
            "&lt;p&gt;Second &amp;amp; third&lt;/p&gt;</description>"
            "</item>"
        )
    )
    assert got.entries[0].title == "Talks resume & end"
    assert got.entries[0].text == "First\n\nSecond & third"
    got = same(
        atom('<entry><title type="html">A &amp;lt;b&amp;gt; &lt;i&gt;B&lt;/i&gt;</title></entry>')
    )
    assert got.entries[0].title == "A <b> B"


@pytest.mark.parametrize("content_first", [True, False])
def test_content_encoded_against_description(content_first: bool) -> None:
    ns = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    content = "<content:encoded><![CDATA[<p>The whole long article body.</p>]]></content:encoded>"
    description = "<description>Short teaser.</description>"
    parts = content + description if content_first else description + content
    got = same(rss(f"<item><title>a</title>{parts}</item>", ns=ns))
    assert got.entries[0].text == "The whole long article body."


def test_second_description_becomes_content() -> None:
    got = same(
        rss(
            "<item><title>a</title><description>one</description>"
            "<description>two longer</description></item>"
        )
    )
    assert got.entries[0].text == "two longer"


def test_authors() -> None:
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    got = same(rss("<item><title>a</title><dc:creator>Jane Roe</dc:creator></item>", ns=dc))
    assert got.entries[0].author == "Jane Roe"
    got = same(rss("<item><title>a</title><author>jane@news.example (Jane Roe)</author></item>"))
    assert got.entries[0].author == "jane@news.example (Jane Roe)"
    person = "<author><name>Jane</name><email>j@news.example</email></author>"
    got = same(atom(f"<entry><title>a</title>{person}</entry>"))
    assert got.entries[0].author == "Jane (j@news.example)"


def test_guid_permalink() -> None:
    got = same(
        rss("<item><title>a</title><guid>https://news.example/p/1?utm_medium=rss</guid></item>")
    )
    assert got.entries[0].link == "https://news.example/p/1"  # a permalink guid is the link
    assert got.entries[0].key == "u:https://news.example/p/1"
    got = same(rss('<item><title>a</title><guid isPermaLink="false">abc-1</guid></item>'))
    assert (got.entries[0].link, got.entries[0].key) == (None, "g:abc-1")
    got = same(
        rss('<item><guid isPermaLink="false">x</guid><link>/l</link><title>t</title></item>')
    )
    assert got.entries[0].link == "https://news.example/l"


def test_atom_alternate_link() -> None:
    links = (
        '<link rel="self" href="https://news.example/self"/>'
        '<link rel="enclosure" href="https://news.example/a.mp3"/>'
        '<link rel="alternate" type="text/html" href="https://news.example/story"/>'
    )
    got = same(atom(f"<entry><title>a</title><id>urn:e:1</id>{links}</entry>"))
    assert (got.entries[0].link, got.entries[0].key) == ("https://news.example/story", "g:urn:e:1")
    got = same(
        atom('<entry><title>a</title><link rel="related" href="https://o.example/x"/></entry>')
    )
    assert got.entries[0].link is None  # only rel=alternate is the article


def test_feed_language() -> None:
    assert same(rss("", channel="<language>en-gb</language>")).language == "en-gb"
    assert same(atom("", attrs='xml:lang="pt_BR"')).language == "pt-BR"
    assert same(rss("")).language is None


def test_title_rules() -> None:
    media = 'xmlns:media="http://search.yahoo.com/mrss/"'
    item = (
        "<item><media:content><media:title>photo</media:title></media:content>"
        "<title>Story</title><title>Other</title></item>"
    )
    assert same(rss(item, ns=media)).entries[0].title == "Story"
    got = same(rss("", channel="<image><url>/i.png</url><title>Logo</title><link>/</link></image>"))
    assert (got.title, got.link) == ("World", "https://news.example/")


def test_mojibake_and_cp1252_repair_match() -> None:
    body = rss(
        "<item><title>Caf\u00c3\u00a9</title><description>\u0093quoted\u0094</description></item>"
    )
    got = same(body)
    assert (got.entries[0].title, got.entries[0].text) == ("Caf\u00e9", "\u201cquoted\u201d")


def test_content_type_decides_encoding_and_bozo() -> None:
    body = rss("<item><title>\u00e9t\u00e9</title></item>")
    assert same(body, "").outcome == "bozo"  # feedparser: no Content-type specified
    assert same(body, "text/html").bozo_reason == (
        "CharacterEncodingOverride: document declared as us-ascii, but parsed as utf-8"
    )
    assert same(body, "application/rss+xml; charset=utf-8").outcome == "parsed"


def test_max_entries_cap() -> None:
    items = "".join(
        f"<item><title>t{i}</title><link>/p/{i}</link></item>" for i in range(parse.MAX_ENTRIES + 5)
    )
    assert len(same(rss(items)).entries) == parse.MAX_ENTRIES


def test_rss10_rdf() -> None:
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        b' xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="de">'
        b'<channel rdf:about="u"><title>R</title><link>https://r.example/</link>'
        b"<dc:language>en</dc:language></channel>"
        b'<image rdf:about="i"><title>Logo</title><url>https://r.example/i.png</url></image>'
        b'<item rdf:about="https://r.example/1?maca=x"><title>a</title><link>https://r.example/1</link>'
        b"<dc:date>2026-02-18T02:12:29Z</dc:date></item></rdf:RDF>"
    )
    got = same(rdf)
    assert (got.format, got.title, got.language) == ("rss10", "R", "en")
    assert got.entries[0].key == "u:https://r.example/1?maca=x"
    assert got.entries[0].published == datetime(2026, 2, 18, 2, 12, 29, tzinfo=UTC)


def test_declined_documents_still_parse() -> None:
    assert (
        declined(b"<rss version='2.0'><channel><title>x</title><item><title>a</b></item>").outcome
        == "bozo"
    )
    rss090 = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>R</title></channel>'
        b"<item><title>a</title><link>https://r.example/1</link></item></rdf:RDF>"
    )
    assert declined(rss090).format == "rss090"
    xhtml = '<entry><title>a</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>b</p></div></content></entry>'
    assert declined(atom(xhtml)).entries[0].text == "b"


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>https://e.example/1</link></item></channel></rss>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
<rss version="2.0"><channel><title>x</title><item><title>&h;</title><link>https://e.example/1</link></item></channel></rss>"""


@pytest.mark.parametrize("body", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
def test_hostile_dtds_are_not_expanded(body: bytes) -> None:
    result = declined(body)
    assert "root:" not in repr(result)
    assert all(len(e.title) < 1000 for e in result.entries)
    # The lxml parser itself, were a DOCTYPE to reach it, neither loads nor expands.
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError:
        return
    assert len(etree.tostring(root)) < 10_000
    assert b"root:" not in etree.tostring(root)


EDGE_DOCUMENTS = {
    "undeclared prefix": b"<rss version='2.0'><channel><title>x</title><item><title>a</title>"
    b"<foo:bar>1</foo:bar></item></channel></rss>",
    "prefix undeclared to empty": b"<rss version='2.0' xmlns:a='http://a/'><channel><title>x"
    b"</title><item xmlns:a=''><title>a</title></item></channel></rss>",
    "xml:space": b"<rss version='2.0'><channel><title>x</title><item>"
    b"<title xml:space='preserve'> a </title></item></channel></rss>",
    "control character": b"<rss version='2.0'><channel><title>x&#1;</title></channel></rss>",
    "nul byte": b"<rss version='2.0'><channel><title>x\x00</title></channel></rss>",
    "same attribute twice by namespace": b"<rss version='2.0' xmlns:a='http://a/' "
    b"xmlns:b='http://a/'><channel><title a:x='1' b:x='2'>x</title></channel></rss>",
    "BOM against declaration": b"\xef\xbb\xbf<?xml version='1.0' encoding='iso-8859-1'?>"
    b"<rss version='2.0'><channel><title>\xc3\xa9</title></channel></rss>",
    "junk after the root": b"<rss version='2.0'><channel><title>x</title></channel></rss>junk",
    "XML 1.1": b"<?xml version='1.1'?><rss version='2.0'><channel><title>x</title></channel></rss>",
    "unknown default namespace": b"<rss version='2.0'><channel><title>x</title><item><title>a"
    b"</title><site xmlns='com-wordpress:feed-additions:1'>1</site></item></channel></rss>",
    "generic element aliased to a date": b"<rss version='2.0'><channel><title>x</title><item>"
    b"<title>a</title><date>2024-01-01</date></item></channel></rss>",
}


@pytest.mark.parametrize("name", sorted(EDGE_DOCUMENTS))
@pytest.mark.parametrize("content_type", [RSS, ""])
def test_edge_documents_agree_with_feedparser(name: str, content_type: str) -> None:
    body = EDGE_DOCUMENTS[name]
    fast = parse.parse_feed(body, URL, content_type)
    assert fast == parse._parse_with_feedparser(body, URL, content_type)
