"""Field parsers: pure functions of one piece of text, each usable on its own.

A field parser never imports a format module; formats import field parsers.
"""
