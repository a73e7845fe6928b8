"""Input formats: each module reads one layout into an :class:`~wirefmt.Article`."""
