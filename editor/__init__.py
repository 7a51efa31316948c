"""Kosei: a Markdown editor for blog posts that shows where a draft is broken."""

__version__ = "0.1.0"
APP_NAME = "Kosei"
APP_ID = "io.github.kosei.Kosei"
