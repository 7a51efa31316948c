"""The site folder in the window: posts dock, taxonomy, quick open, new post, site search."""
