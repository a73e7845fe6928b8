"""``python -m wirefmt``: the same as the ``wirefmt`` command."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
