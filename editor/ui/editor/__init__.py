"""The Markdown text editor, its highlighter and editing helpers, find and replace, Format menu."""
