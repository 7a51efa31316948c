#!/usr/bin/env bash
# Build dist/Kosei-<version>-macos-<arch>.dmg from build/bundle/Kosei.app (made by
# `python packaging/build.py` on macOS). Runs on macOS only (hdiutil, codesign).
# The app is signed ad hoc, not notarised: see README "Install" for how to open it.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="$(python3 -c 'import editor; print(editor.__version__)')"
APP="build/bundle/Kosei.app"
STAGE="build/dmg"
DMG="dist/Kosei-${VERSION}-macos-$(uname -m).dmg"

[ -d "$APP" ] || { echo "missing $APP: run python packaging/build.py first" >&2; exit 1; }
rm -rf "$STAGE" && mkdir -p "$STAGE" dist
cp -R "$APP" "$STAGE/"
# Apple Silicon refuses unsigned code; an ad hoc signature is enough to run.
codesign --force --deep --sign - "$STAGE/Kosei.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Kosei ${VERSION}" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "$DMG: $(du -h "$DMG" | cut -f1)"
