"""An Article as a schema.org ``NewsArticle`` in JSON-LD (a ``dict`` for ``json.dumps``).

Properties are schema.org's (https://schema.org/NewsArticle): ``headline``,
``description``, ``articleBody``, ``datePublished``, ``dateModified``, ``dateline``,
``author``, ``keywords``, ``about`` (subjects as ``DefinedTerm``), ``inLanguage``,
``articleSection``, ``image``, ``publisher``, ``sourceOrganization``, ``identifier``,
``version``, ``locationCreated``. A property with no value is left out. An embargo has no
schema.org property (``expires`` means the opposite) and is not written. No JSON-LD library
is needed to write it.
"""

from __future__ import annotations

from typing import Any

from .._model import Article, Subject

__all__ = ["to_schemaorg"]


def _term(subject: Subject) -> dict[str, Any]:
    term: dict[str, Any] = {"@type": "DefinedTerm"}
    if subject.name is not None:
        term["name"] = subject.name
    if subject.code is not None:
        term["termCode"] = subject.code
    if subject.scheme is not None:
        term["inDefinedTermSet"] = subject.scheme
    return term


def _dateline(article: Article) -> str | None:
    """The dateline as printed: the body's first characters, else place and agency."""
    dl = article.dateline
    if dl is None:
        return None
    if dl.start is not None and dl.end is not None and article.body:
        first = article.body[0]
        if first.start <= dl.start and dl.end <= first.end and first.end > first.start:
            printed = first.text[dl.start - first.start : dl.end - first.start].strip()
            if printed:
                return printed
    parts = [p for p in (dl.place, f"({dl.agency})" if dl.agency else None) if p]
    return " ".join(parts) or None


def to_schemaorg(article: Article) -> dict[str, Any]:
    """Write ``article`` as a schema.org ``NewsArticle`` (JSON-LD, ``@context`` schema.org).

    ``articleBody`` is the body's blocks apart by a blank line; ``author`` a ``Person``
    named by the byline as printed; times are ISO 8601 (a naive time stays naive, as
    schema.org allows); ``publisher`` is the publisher, else the edition.

    >>> from wirefmt import Article, Paragraph
    >>> ld = to_schemaorg(Article(title="Hi", body=[Paragraph("One."), Paragraph("Two.")]))
    >>> ld["@type"], ld["headline"], ld["articleBody"]
    ('NewsArticle', 'Hi', 'One.\\n\\nTwo.')
    """
    a = article
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    publisher = a.publisher or a.edition
    agency = a.dateline.agency if a.dateline is not None else None
    values: dict[str, Any] = {
        "identifier": a.id,
        "url": a.id if a.id and a.id.startswith(("http://", "https://")) else None,
        "headline": a.title,
        "description": a.lede,
        "articleBody": "\n\n".join(b.text.strip() for b in a.body) or None,
        "datePublished": None if a.published is None else a.published.isoformat(),
        "dateModified": None if a.modified is None else a.modified.isoformat(),
        "dateline": _dateline(a),
        "author": None if not a.byline else {"@type": "Person", "name": a.byline},
        "keywords": list(a.keywords) or None,
        "about": [_term(s) for s in a.subjects] or None,
        "inLanguage": a.language,
        "articleSection": a.section,
        "image": a.image,
        "publisher": None if not publisher else {"@type": "Organization", "name": publisher},
        "sourceOrganization": None if not agency else {"@type": "Organization", "name": agency},
        "version": a.version,
        "locationCreated": None if not a.located else {"@type": "Place", "name": a.located},
    }
    ld.update({k: v for k, v in values.items() if v is not None and v != ""})
    return ld
