"""The ``wirefmt`` command: read documents, write JSON Lines. I/O and output only.

All parsing is :func:`wirefmt.parse`; this package only reads inputs (files, standard input,
``.gz`` files, JSON Lines corpora), hands each document to the parser (in this process, or in
``-j N`` worker processes), and writes one JSON object per document, in input order.

By job: ``_args`` (the command line), ``_inputs`` (reading), ``_work`` (one document to one
output line, what a worker runs), ``_pool`` (worker processes), ``_output`` (stdout or a file
written beside its target and renamed), ``_main`` (signals, errors, summary, exit status).

Memory stays bounded whatever the input size: a JSON Lines corpus is read a line at a time, a
plain file (one document) is read up to the size limit and no further, and at most a few
batches of documents are in flight between the reader and the workers.
"""

from __future__ import annotations

from ._args import build_parser
from ._main import main

__all__ = ["build_parser", "main"]
