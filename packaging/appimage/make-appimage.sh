#!/usr/bin/env bash
# Pack build/AppDir (made by `python packaging/build.py`) into
# dist/Kosei-<version>-x86_64.AppImage. Needs appimagetool on PATH (or in
# $APPIMAGETOOL); the CI workflow fetches it, since no registry here ships it.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="$(python3 -c 'import editor; print(editor.__version__)')"
TOOL="${APPIMAGETOOL:-appimagetool}"
[ -x build/AppDir/AppRun ] || { echo "missing build/AppDir: run python packaging/build.py" >&2; exit 1; }
mkdir -p dist
ARCH=x86_64 "$TOOL" build/AppDir "dist/Kosei-${VERSION}-x86_64.AppImage"
