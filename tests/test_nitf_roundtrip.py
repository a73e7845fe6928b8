"""Round trip: Articles drawn by ``wirefmt.strategies.feed_articles`` written as NITF by the
test, then read back: every field NITF carries comes back, and every body block either comes
back or is reported (or moved to the field it belongs to)."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

import regex
from hypothesis import assume, given, settings

import wirefmt
from wirefmt import Article, Subhead
from wirefmt.formats._xml import squash
from wirefmt.strategies import feed_articles

# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = regex.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _fits(article: Article) -> bool:
    texts = [
        article.title,
        article.lede,
        article.byline,
        article.id,
        article.slug,
        article.ednote,
        article.language,
        *article.tags,
        *(b.text for b in article.body),
    ]
    return not any(t is not None and _NOT_XML.search(t) for t in texts)


def _attr(name: str, value: str | None) -> str:
    return "" if value is None else f" {name}={quoteattr(value)}"


def _stamp(value: dt.datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y%m%dT%H%M%S%z")


def write_nitf(a: Article) -> str:
    """The Article as a NITF 3.x document (test code: the library writes no NITF)."""
    status = "" if a.status is None else f' management-status="{a.status}"'
    keys = "".join(f"<keyword{_attr('key', t)}/>" for t in a.tags)
    du_key = f"<du-key{_attr('key', a.slug)}{_attr('version', a.version)}/>"
    docdata = (
        f"<docdata{status}><doc-id{_attr('id-string', a.id)}/>"
        f"<urgency{_attr('ed-urg', None if a.urgency is None else str(a.urgency))}/>"
        f"<date.issue{_attr('norm', _stamp(a.published))}/>"
        f"<date.release{_attr('norm', _stamp(a.embargo))}/>"
        f"<ed-msg{_attr('info', a.ednote)}/>{du_key}<key-list>{keys}</key-list></docdata>"
    )
    body = "".join(
        f"<hl2>{escape(b.text)}</hl2>" if isinstance(b, Subhead) else f"<p>{escape(b.text)}</p>"
        for b in a.body
    )
    byline = "" if a.byline is None else f"<byline>{escape(a.byline)}</byline>"
    lede = "" if a.lede is None else f"<abstract>{escape(a.lede)}</abstract>"
    return (
        f"<nitf{_attr('baselang', a.language)}><head>{docdata}</head><body><body.head>"
        f"<hedline><hl1>{escape(a.title or '')}</hl1></hedline>{byline}{lede}</body.head>"
        f"<body.content>{body}</body.content></body></nitf>"
    )


@settings(max_examples=30)  # drawing whole Articles is slow: keep the default run cheap
@given(feed_articles())
def test_nitf_round_trip(article: Article) -> None:
    assume(_fits(article))
    back = wirefmt.parse(write_nitf(article).encode("utf-8"), format="nitf")
    assert back.format == "nitf"
    assert back.title == squash(article.title)
    assert back.lede == squash(article.lede)
    assert back.published == article.published
    assert back.embargo == article.embargo
    assert (back.urgency, back.status) == (article.urgency, article.status)
    assert back.id == squash(article.id)
    assert (back.slug, back.version) == (squash(article.slug), squash(article.version))
    assert back.ednote == squash(article.ednote)
    assert back.language == squash(article.language)
    assert back.tags == tuple(t for t in map(squash, article.tags) if t)
    # Every block comes back in order, or is accounted for: reported as left out, or read
    # as the byline or the editor's note it is shaped like.
    sent = [t for t in (squash(b.text) for b in article.body) if t]
    got = [b.text for b in back.body]
    dropped = sum(d.code == "left-out" for d in back.diagnostics)
    moved = int(back.byline is not None and back.byline != squash(article.byline))
    assert len(sent) == len(got) + dropped + moved
    position = 0
    for text in got:  # a subsequence of what was sent
        position = sent.index(text, position) + 1
