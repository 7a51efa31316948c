"""Front matter: splitting it from the body, lossless edits of single keys, site presets."""
