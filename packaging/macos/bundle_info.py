"""macOS .app settings for PyInstaller's BUNDLE step (imported by packaging/kosei.spec).

Finder offers Kosei for Markdown files through CFBundleDocumentTypes; rank
Alternate means "can open", so Kosei never takes over the user's default app.
The imported type declaration tells macOS what net.daringfireball.markdown is
on systems where no installed app exports it.
"""

from __future__ import annotations

from pathlib import Path

MARKDOWN_UTI = "net.daringfireball.markdown"
MARKDOWN_EXTENSIONS = ["md", "markdown"]


def document_types() -> list[dict]:
    return [
        {
            "CFBundleTypeName": "Markdown document",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": [MARKDOWN_UTI],
            "CFBundleTypeExtensions": MARKDOWN_EXTENSIONS,
        }
    ]


def imported_types() -> list[dict]:
    return [
        {
            "UTTypeIdentifier": MARKDOWN_UTI,
            "UTTypeDescription": "Markdown document",
            "UTTypeConformsTo": ["public.plain-text"],
            "UTTypeReferenceURL": "https://daringfireball.net/projects/markdown/",
            "UTTypeTagSpecification": {
                "public.filename-extension": MARKDOWN_EXTENSIONS,
                "public.mime-type": ["text/markdown"],
            },
        }
    ]


def bundle_settings(root: Path, icon: str | None) -> dict:
    """Keyword arguments for BUNDLE(coll, ...)."""
    import sys

    sys.path.insert(0, str(root))
    from editor import APP_ID, APP_NAME, __version__

    return {
        "name": f"{APP_NAME}.app",
        "icon": icon if icon and Path(icon).exists() else None,
        "bundle_identifier": APP_ID,
        "version": __version__,
        "info_plist": {
            "CFBundleName": APP_NAME,
            "CFBundleDisplayName": APP_NAME,
            "CFBundleShortVersionString": __version__,
            "CFBundleVersion": __version__,
            "CFBundleDocumentTypes": document_types(),
            "UTImportedTypeDeclarations": imported_types(),
            "LSMinimumSystemVersion": "12.0",
            "NSHighResolutionCapable": True,
            "LSApplicationCategoryType": "public.app-category.productivity",
        },
    }
