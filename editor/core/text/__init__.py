"""Plain-text helpers: search, width folding, replace templates, list and inline editing, UTF-16 offsets."""
