"""Value types and errors shared by the front-matter editors."""

from __future__ import annotations

from editor.core.errors import KoseiError


class RawScalar(str):
    """Text written into the front matter exactly as given (already valid YAML/TOML/JSON)."""


class KeyNotFoundError(KoseiError, KeyError):
    """The key to rename or read is not in the front matter."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"no key {key!r} in the front matter")

    def __str__(self) -> str:
        return f"no key {self.key!r} in the front matter"


class KeyExistsError(KoseiError):
    """Renaming onto a key that is already there would lose a value."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"the front matter already has a key {key!r}")
