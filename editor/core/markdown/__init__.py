"""The one Markdown parser configuration and what is built on it: rendering, export, stats, outline."""
