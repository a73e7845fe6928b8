"""The run of lines that is the body in a dump of several body lines, and the tags printed
as names that close it."""

from __future__ import annotations

from typing import Final

from ._lines import END, SHAPE, START, TEXT, Lines
from ._prose import is_glued, is_tag_like

__all__ = ["body_run", "glued_alone", "one_break", "peel_tags"]

#: Shapes a line inside a body of several lines can have without being metadata (a date, a
#: link or a line in lower case on a line of its own): see ``body_run``.
_IN_BODY: Final = frozenset(("timestamp", "url", "year", "image-size", "keyword", "keyword-list"))


def glued_alone(body: list[int], doc: Lines) -> list[int]:
    """The body's lines without the lines that stand apart from a glued body.

    A page's body reaches the dump either glued on one line (its paragraph breaks left as
    sentence ends glued to the next word: ``is_glued``) or split into lines, one paragraph
    a line; not both. So when the body's longest line is glued, a line parted from it by a
    blank line is no paragraph of it: a "Read also: …" line, a copyright line, a photo
    caption, a keyword printed as a name. Those lines are returned to the other roles (a
    name before the body may be a keyword, after it a tag), or left over. Only in a dump
    parted by blank lines: where blocks are parted by single line ends, nothing tells them
    from paragraphs.

    A body split into lines whose longest line holds a sentence end glued by mistake
    (``…the U.S.Officials…``) is told by its other paragraphs: one of them at least half as
    long as the longest line keeps every line in the body.
    """
    if len(body) < 2 or not doc.blank_parted:
        return body
    lines, text = doc.lines, doc.text
    sizes = [lines[i][END] - lines[i][START] for i in body]
    at = sizes.index(max(sizes))
    # A body split into lines has paragraphs of like lengths; a line beside a glued body is
    # a fraction of it. A second line half as long as the longest or more: split, as is.
    if sorted(sizes)[-2] * 2 >= sizes[at] or not is_glued(lines[body[at]][TEXT]):
        return body
    lo = hi = at
    while lo > 0 and one_break(text, lines[body[lo - 1]][END], lines[body[lo]][START]):
        lo -= 1
    while hi + 1 < len(body) and one_break(text, lines[body[hi]][END], lines[body[hi + 1]][START]):
        hi += 1
    return body[lo : hi + 1]


def peel_tags(body: list[int], doc: Lines) -> list[int]:
    """Short unpunctuated lines closing a multi-line body are tags with capitals: take them
    off ``body`` (in place) and return them, last first.

    Tags are lower case as a rule, but some pages print them as names ("Joe Biden",
    "Ukraine"): such lines would otherwise join the body as blocks of their own. In a
    dump parted by blank lines, a line with no blank line before it is the body's own
    (a closing "Read also" line), not a tag.
    """
    if len(body) < 2:
        return []  # a body of one line (the usual one) keeps it
    lines = doc.lines
    longest = max(body, key=lambda i: lines[i][END] - lines[i][START])
    tags: list[int] = []
    # (appended, not inserted in front: that was quadratic in the number of such lines;
    # the keyword phase puts every tag line back in document order)
    while (
        len(body) > 1
        and body[-1] != longest
        and is_tag_like(lines[body[-1]][TEXT])
        and not (
            doc.blank_parted and one_break(doc.text, lines[body[-2]][END], lines[body[-1]][START])
        )
    ):
        tags.append(body.pop())
    return tags


def body_run(candidates: list[int], doc: Lines) -> list[int]:
    """Keep the run of consecutive body lines that holds the longest one.

    A body split into lines is one run; a stray prose line elsewhere (among the keywords,
    say) is not body text and is left for the other roles, or reported as left over.

    In a dump whose blocks are parted by blank lines, a line that looks like metadata (a
    date, a URL, a year, a line in lower case: ``_IN_BODY``) standing between two body lines
    with no blank line on either side is part of the body, not a timestamp, an image or a
    tag: the run goes on over it, and it is returned with the body's lines.
    """
    if len(candidates) < 2:
        return candidates
    lines, text, blank_parted = doc.lines, doc.text, doc.blank_parted

    def joined(a: int, b: int) -> bool:
        """Whether body lines ``a`` < ``b`` belong to one run."""
        if b == a + 1:
            return True
        return (
            blank_parted
            and b == a + 2
            and lines[a + 1][SHAPE] in _IN_BODY
            and one_break(text, lines[a][END], lines[a + 1][START])
            and one_break(text, lines[a + 1][END], lines[b][START])
        )

    # The first longest line picks the run (the first run wins a tie, as with max over the
    # runs); the run is then grown from it both ways, with no list built per run.
    sizes = [lines[i][END] - lines[i][START] for i in candidates]
    lo = hi = sizes.index(max(sizes))
    while lo > 0 and joined(candidates[lo - 1], candidates[lo]):
        lo -= 1
    while hi + 1 < len(candidates) and joined(candidates[hi], candidates[hi + 1]):
        hi += 1
    run = candidates[lo : hi + 1]
    if run[-1] - run[0] + 1 != len(run):
        return list(range(run[0], run[-1] + 1))  # with the lines it went on over
    return run


def one_break(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` between two lines holds one line end."""
    breaks = text.count("\n", start, end)
    return (breaks or text.count("\r", start, end)) == 1
