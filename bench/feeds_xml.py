"""NITF and NewsML-G2: documents per second, against a bare lxml parse of the same bytes.

Usage (from the repository root): ``python bench/feeds_xml.py [--rounds N]``.

Reads the sample files under ``../shared/devset/feeds/{nitf,newsmlg2}`` when they are there
(measuring only; nothing of them enters the project), else a synthetic document of each
format. For each format: documents per second through ``wirefmt.parse_many`` (every item),
the same through ``lxml.etree.fromstring`` alone (the least any reader must do), and the
ratio. Times are the best of ``--rounds`` rounds.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

import wirefmt

FEEDS = Path(__file__).resolve().parents[2] / "shared" / "devset" / "feeds"

_SYNTHETIC = {
    "nitf": (
        "<nitf><head><docdata><date.issue norm='20240101T120000Z'/></docdata></head><body>"
        "<body.head><hedline><hl1>A headline of the day</hl1></hedline></body.head><body.content>"
        + "<p>LONDON (AP) - A paragraph of ordinary length, with some words in it.</p>" * 20
        + "</body.content></body></nitf>"
    ).encode(),
    "newsmlg2": (
        "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='u1'><itemMeta>"
        "<itemClass qcode='ninat:text'/><firstCreated>2024-01-01T12:00:00Z</firstCreated>"
        "</itemMeta><contentMeta><headline>A headline</headline></contentMeta><contentSet>"
        "<inlineXML><html xmlns='http://www.w3.org/1999/xhtml'><body>"
        + "<p>BERLIN (dpa) - A paragraph of ordinary length, with some words in it.</p>" * 20
        + "</body></html></inlineXML></contentSet></newsItem>"
    ).encode(),
}


def _best(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    for folder, name in (("nitf", "nitf"), ("newsmlg2", "newsml-g2")):
        files = sorted((FEEDS / folder).glob("*.xml")) if (FEEDS / folder).is_dir() else []
        docs = [f.read_bytes() for f in files] or [_SYNTHETIC[folder]]
        source = f"{len(docs)} sample files" if files else "1 synthetic document"

        def ours(docs: list[bytes] = docs, name: str = name) -> None:
            for data in docs:
                for _ in wirefmt.parse_many(data, format=name):
                    pass

        def bare(docs: list[bytes] = docs) -> None:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
            for data in docs:
                etree.fromstring(data, parser)

        mine, base = _best(ours, args.rounds), _best(bare, args.rounds)
        n = len(docs)
        print(
            f"{name:10s} {source}: wirefmt {n / mine:8.0f} docs/s, bare lxml parse "
            f"{n / base:8.0f} docs/s, ratio {mine / base:.1f}x"
        )


if __name__ == "__main__":
    main()
