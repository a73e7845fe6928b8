"""The single place the version is written (read by the build backend too)."""

__version__ = "0.2.0"
