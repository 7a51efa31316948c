"""A blog folder: detection of its root and generator, the index of its posts, cross-post checks."""
