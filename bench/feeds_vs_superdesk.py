"""Feed readers side by side: wirefmt against superdesk-core's parsers, on the same files.

For each feed format, read every file of a folder (by default the shared devset's
``feeds/<format>/``) with ``wirefmt.parse_many`` and, when ``--superdesk-python`` names a
Python that has ``superdesk-core`` installed, with superdesk's parser for that format, run
in that interpreter (superdesk-core is AGPL and pins old libraries: it is never installed
beside wirefmt). Prints, per format: files, files read without an exception, and files per
second for each reader (best of ``--repeat`` passes over the folder).

    python bench/feeds_vs_superdesk.py
    python bench/feeds_vs_superdesk.py --superdesk-python /tmp/sdvenv/bin/python

superdesk's parsers expect to run inside a superdesk app (a database of vocabularies, app
settings): here they run in a bare Flask app context with the few settings they read, so a
file whose parsing needs one of those services counts as failed for superdesk. The figures
say how fast and how often each reads these files outside a newsroom system, which is what
wirefmt is for; they do not grade superdesk inside its own app.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import wirefmt

HERE = Path(__file__).resolve().parent
DEFAULT_FEEDS = HERE.parent.parent / "shared" / "devset" / "feeds"
#: Folder name -> (wirefmt's format name, superdesk parser's class, how superdesk reads it).
FOLDERS = {
    "ninjs1": ("ninjs", "superdesk.io.feed_parsers.ninjs:NINJSFeedParser", "path"),
    "ninjs2": ("ninjs", "superdesk.io.feed_parsers.ninjs:NINJSFeedParser", "path"),
    "nitf": ("nitf", "superdesk.io.feed_parsers.nitf:NITFFeedParser", "xml"),
    "newsmlg2": ("newsml-g2", "superdesk.io.feed_parsers.newsml_2_0:NewsMLTwoFeedParser", "xml"),
    "iptc7901": ("iptc7901", "superdesk.io.feed_parsers.iptc7901:IPTC7901FeedParser", "path"),
    "anpa1312": ("anpa1312", "superdesk.io.feed_parsers.anpa:ANPAFeedParser", "path"),
}

#: Run in superdesk's interpreter: read each file ``repeat`` times, print one JSON line.
_SUPERDESK_SIDE = r"""
import asyncio, importlib, json, sys, time
if not hasattr(asyncio, "coroutine"):  # superdesk-core 2.5 still decorates with it
    asyncio.coroutine = lambda f: f
import flask
from lxml import etree
spec, how, repeat, paths = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
module, name = spec.split(":")
parser = getattr(importlib.import_module(module), name)()
app = flask.Flask("bench")
app.config.update(DEFAULT_TIMEZONE="UTC", SERVER_DOMAIN="localhost", DEFAULT_LANGUAGE="en",
                  LANGUAGES=[], NITF_MAPPING={}, VERSION="_current_version")
import logging
logging.disable(logging.CRITICAL)
best, ok = float("inf"), 0
with app.app_context():
    for _ in range(repeat):
        ok, start = 0, time.perf_counter()
        for path in paths:
            try:
                if how == "xml":
                    with open(path, "rb") as f:
                        parser.parse(etree.fromstring(f.read()), {})
                else:
                    parser.parse(path, {})
                ok += 1
            except Exception:
                pass
        best = min(best, time.perf_counter() - start)
print(json.dumps({"ok": ok, "seconds": best}))
"""


def _wirefmt(fmt: str, paths: list[Path], repeat: int) -> tuple[int, float]:
    datas = [path.read_bytes() for path in paths]
    best, ok = float("inf"), 0
    for _ in range(repeat):
        ok, start = 0, time.perf_counter()
        for data in datas:
            try:
                items = list(wirefmt.parse_many(data, format=fmt))
            except Exception:  # a crash counts as a failed file, as for superdesk
                continue
            ok += bool(items)
        best = min(best, time.perf_counter() - start)
    return ok, best


def _superdesk(
    python: str, spec: str, how: str, paths: list[Path], repeat: int
) -> dict[str, float]:
    args = [python, "-c", _SUPERDESK_SIDE, spec, how, str(repeat), *map(str, paths)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=600)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS)
    parser.add_argument("--superdesk-python", help="a Python with superdesk-core installed")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"{'folder':10} {'files':>5}  {'wirefmt ok':>10} {'files/s':>9}", end="")
    print(f"  {'superdesk ok':>12} {'files/s':>9}" if args.superdesk_python else "")
    for folder, (fmt, spec, how) in FOLDERS.items():
        paths = sorted(p for p in (args.feeds / folder).iterdir() if p.is_file())
        if not paths:
            continue
        ok, seconds = _wirefmt(fmt, paths, args.repeat)
        line = f"{folder:10} {len(paths):5}  {ok:10} {len(paths) / seconds:9.0f}"
        if args.superdesk_python:
            other = _superdesk(args.superdesk_python, spec, how, paths, args.repeat)
            line += f"  {int(other['ok']):12} {len(paths) / other['seconds']:9.0f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
