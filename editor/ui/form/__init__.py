"""The front-matter form widget (see :class:`FrontMatterForm`)."""

from editor.ui.form.form import FrontMatterForm

__all__ = ["FrontMatterForm"]
