"""The machinery behind :mod:`wirefmt.arrow` (needs pyarrow); import that module instead."""
