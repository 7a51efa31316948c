#!/usr/bin/env bash
# System tools `make package` needs beyond Python: readelf/strip (binutils) to
# prune the bundle, dpkg-deb for the .deb, desktop-file-validate and appstreamcli
# to check the metadata, icupkg (icu-devtools) and gcc to rebuild a trimmed ICU
# data library (packaging/icudata.py), gcc and g++ to build numpy without BLAS
# (packaging/build_venv.py), xz for the .deb's data. Installs them with apt-get when
# missing and run as root.
set -euo pipefail

missing=()
command -v readelf >/dev/null 2>&1 || missing+=(binutils)
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
command -v icupkg >/dev/null 2>&1 || missing+=(icu-devtools)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v xz >/dev/null 2>&1 || missing+=(xz-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "please install: ${missing[*]}" >&2
    exit 1
fi
