#!/usr/bin/env bash
# make package-test: install the built .debs on this machine (as root) and check
# that opening Markdown files from the OS reaches one running Kosei.
#   packaging/package-test.sh [dist/kosei_<version>_amd64.deb]
# (kosei-ja_<version>_amd64.deb and kosei-diagrams_<version>_amd64.deb are taken from
# the same folder.) Steps: tools -> validate metadata -> install kosei alone: a Japanese
# post reports the missing dictionary, a diagram names kosei-diagrams -> install the two
# optional packages -> MIME cache -> as an unprivileged user under Xvfb: xdg-open
# first.md (window), second.md (same process), kill, open again (fresh process) ->
# Sudachi, the site index, Mermaid and PDF export (Chromium on the system libraries) from
# the installed packages -> purge leaves nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB="${1:-$(ls -t dist/kosei_*_amd64.deb 2>/dev/null | head -n1)}"
APP_ID=io.github.kosei.Kosei
TEST_USER=kosei-pkgtest
DISPLAY_NUMBER=:77
WORK="$(mktemp -d /tmp/kosei-package-test.XXXXXX)"
RUNTIME="$WORK/runtime"
XVFB_PID=""

step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAIL: %s\n' "$*"; exit 1; }

cleanup() {
    set +e
    # Everything the test user runs was started by this test: kosei, and the session bus
    # dbus-launch autostarts for it (left alive, it makes userdel fail and the next run reuse
    # the old home).
    for pid in $(pgrep -u "$TEST_USER"); do kill -KILL "$pid"; done
    for _ in $(seq 1 20); do pgrep -u "$TEST_USER" >/dev/null || break; sleep 0.1; done
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    id "$TEST_USER" >/dev/null 2>&1 && userdel -r "$TEST_USER" >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and purges a package)"
[ -f "$DEB" ] || fail "no package found; run 'make package' first"
VERSION="$(dpkg-deb -f "$DEB" Version)"
JA_DEB="$(dirname "$DEB")/kosei-ja_${VERSION}_amd64.deb"
DIAGRAMS_DEB="$(dirname "$DEB")/kosei-diagrams_${VERSION}_amd64.deb"
for deb in "$JA_DEB" "$DIAGRAMS_DEB"; do [ -f "$deb" ] || fail "missing $deb"; done

step "installing test tools"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq xvfb xdotool xdg-utils desktop-file-utils libfile-mimeinfo-perl \
    shared-mime-info appstream >/dev/null
ok "xvfb xdotool xdg-utils desktop-file-utils libfile-mimeinfo-perl appstream"

step "validating $DEB"
for deb in "$DEB" "$JA_DEB" "$DIAGRAMS_DEB"; do
    printf '   %s: %s bytes\n' "$(basename "$deb")" "$(stat -c %s "$deb")"
done
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p' | sed 's/^ */   /'
main_list="$(dpkg-deb -c "$DEB")" || fail "dpkg-deb cannot list $DEB"
ja_list="$(dpkg-deb -c "$JA_DEB")" || fail "dpkg-deb cannot list $JA_DEB"
dpkg-deb -c "$DIAGRAMS_DEB" >/dev/null || fail "dpkg-deb cannot list $DIAGRAMS_DEB"
ok "dpkg-deb -c reads all three (data.tar.xz behind the x86 BCJ filter)"
grep -q '/opt/kosei/_internal/sudachidict_small/resources/system.dic$' <<<"$ja_list" \
    && ok "kosei-ja holds the dictionary" || fail "no system.dic in $JA_DEB"
grep -qE '/_internal/(sudachipy|sudachidict_small|mmdr)/' <<<"$main_list" \
    && fail "the kosei package still holds an optional part" || ok "kosei holds no optional part"
dpkg-deb -x "$DEB" "$WORK/contents"
desktop-file-validate "$WORK/contents/usr/share/applications/$APP_ID.desktop" \
    && ok "desktop-file-validate"
appstreamcli validate --no-net "$WORK/contents/usr/share/metainfo/$APP_ID.metainfo.xml" \
    | sed 's/^/   /'

step "installing kosei alone (its Recommends are not in any repository here)"
apt-get install -y -qq "$(realpath "$DEB")" >/dev/null
[ -x /usr/bin/kosei ] && ok "/usr/bin/kosei -> $(readlink /usr/bin/kosei)" || fail "no kosei command"
ok "$(du -sh /opt/kosei | cut -f1) under /opt/kosei"
mkdir -p "$WORK/alone"
printf -- '---\ntitle: 刺身\n---\n\nお刺身を食べれない。\n' > "$WORK/alone/ja.md"
printf -- '---\ntitle: Diagram\n---\n\n```mermaid\nflowchart LR\n  A --> B\n```\n' \
    > "$WORK/alone/diagram.md"
status=0
alone="$(HOME="$WORK/alone" kosei check --proofreading --min-severity info --format json \
    "$WORK/alone/ja.md")" || status=$?
[ "$status" -eq 1 ] || { echo "$alone" | head -c 2000; fail "kosei check exited $status"; }
echo "$alone" | grep -q '"kind": "japanese-dictionary-missing"' && ! echo "$alone" | grep -q ra-nuki \
    && ok "without kosei-ja a Japanese post reports the missing dictionary" \
    || { echo "$alone" | head -c 2000; fail "no missing-dictionary finding"; }
HOME="$WORK/alone" QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
    kosei render "$WORK/alone/diagram.md" -o "$WORK/alone/diagram.html" >/dev/null 2>&1 \
    || fail "kosei render failed"
grep -q 'sudo apt install kosei-diagrams' "$WORK/alone/diagram.html" \
    && ok "without kosei-diagrams the diagram's caption names the package" \
    || fail "no kosei-diagrams hint in the rendered diagram"
# As root (sudo kosei render x.pdf), Chromium makes a folder under /opt/kosei that is in no
# package; postrm removes it, and the purge at the end checks that nothing is left.
HOME="$WORK/alone" QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
    kosei render "$WORK/alone/ja.md" -o "$WORK/alone/ja.pdf" >/dev/null 2>&1 || fail "PDF export failed"
[ "$(head -c 5 "$WORK/alone/ja.pdf")" = "%PDF-" ] && ok "PDF export as root" || fail "no PDF written"

step "installing kosei-ja and kosei-diagrams"
apt-get install -y -qq "$(realpath "$JA_DEB")" "$(realpath "$DIAGRAMS_DEB")" >/dev/null
ok "$(du -sh /opt/kosei | cut -f1) under /opt/kosei"
HOME="$WORK/alone" QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
    kosei render "$WORK/alone/diagram.md" -o "$WORK/alone/diagram.html" >/dev/null 2>&1 \
    || fail "kosei render failed"
grep -q '<figure class="kosei-mermaid" data-line' "$WORK/alone/diagram.html" \
    && grep -q '<svg' "$WORK/alone/diagram.html" \
    && ok "with kosei-diagrams the diagram renders as SVG" || fail "no diagram SVG"
if [ -e /proc/sys/kernel/apparmor_restrict_unprivileged_userns ]; then
    [ -f /etc/apparmor.d/kosei ] && ok "AppArmor profile installed" || fail "no AppArmor profile"
else
    [ ! -e /etc/apparmor.d/kosei ] && ok "no AppArmor user-namespace restriction: no profile"
fi

step "MIME cache"
grep -E "^text/markdown=.*$APP_ID\.desktop" /usr/share/applications/mimeinfo.cache \
    && ok "mimeinfo.cache lists Kosei for text/markdown" || fail "Kosei missing from mimeinfo.cache"

step "opening files as an unprivileged user under Xvfb"
id "$TEST_USER" >/dev/null 2>&1 || useradd -m -s /bin/sh "$TEST_USER"
mkdir -p "$RUNTIME" "$WORK/docs"
chmod 700 "$RUNTIME"
chmod 755 "$WORK"
printf -- '---\ntitle: First\n---\n# First post\n' > "$WORK/docs/first.md"
printf -- '---\ntitle: Second\n---\n# Second post\n' > "$WORK/docs/second.md"
chown -R "$TEST_USER" "$RUNTIME" "$WORK/docs"
Xvfb "$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
sleep 1

as_user() {
    runuser -u "$TEST_USER" -- env -i HOME="/home/$TEST_USER" USER="$TEST_USER" \
        LOGNAME="$TEST_USER" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY_NUMBER" \
        XDG_RUNTIME_DIR="$RUNTIME" "$@"
}
kosei_pids() { pgrep -u "$TEST_USER" -x kosei || true; }
wait_for_window() {  # $1 = file name in the title
    for _ in $(seq 1 120); do
        if as_user xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then
            ok "window titled '$(as_user xdotool search --onlyvisible --name "$1" getwindowname | head -n1)'"
            return 0
        fi
        sleep 0.5
    done
    tail -n 20 "$WORK/kosei.log" | sed 's/^/   log: /'
    fail "no window titled $1"
}

# Kosei never makes itself the default; another Markdown app installed here (ghostwriter...)
# would win xdg-open, so the test user picks Kosei, as a writer would in "Open with".
default="$(as_user xdg-mime query default text/markdown)"
if [ -n "$default" ] && [ "$default" != "$APP_ID.desktop" ]; then
    as_user xdg-mime default "$APP_ID.desktop" text/markdown
    ok "test user's default for text/markdown was $default; set to $APP_ID.desktop"
fi
printf '   xdg-mime default for first.md: %s (%s)\n' \
    "$(as_user xdg-mime query default "$(as_user xdg-mime query filetype "$WORK/docs/first.md")")" \
    "$(as_user xdg-mime query filetype "$WORK/docs/first.md")"
(cd "$WORK/docs" && as_user xdg-open "$WORK/docs/first.md" >"$WORK/kosei.log" 2>&1 &)
wait_for_window "first.md"
FIRST_PID="$(kosei_pids)"
[ "$(echo "$FIRST_PID" | wc -w)" -eq 1 ] && ok "one kosei process ($FIRST_PID)" || fail "processes: $FIRST_PID"

helpers="$(pgrep -u "$TEST_USER" -x QtWebEngineProc || true)"
[ -n "$helpers" ] && ok "preview running: $(echo "$helpers" | wc -w) QtWebEngineProcess helpers"
if [ -n "$helpers" ] && ! grep -qs -- --no-sandbox /proc/"$FIRST_PID"/environ \
    $(for pid in $helpers; do echo /proc/"$pid"/cmdline; done); then
    ok "no --no-sandbox for an unprivileged user"
fi

started=$(date +%s%N)
as_user xdg-open "$WORK/docs/second.md" || fail "second xdg-open failed"
ok "second xdg-open exited 0 (handed over) in $((($(date +%s%N) - started) / 1000000)) ms"
wait_for_window "second.md"
[ "$(kosei_pids)" = "$FIRST_PID" ] && ok "still one kosei process ($FIRST_PID): same instance" \
    || fail "expected only $FIRST_PID, found: $(kosei_pids | tr '\n' ' ')"
as_user xdg-open "$WORK/docs/first.md" || fail "third xdg-open failed"
sleep 1
windows="$(as_user xdotool search --onlyvisible --name "first.md" | wc -l)"
[ "$windows" -eq 1 ] && ok "opening first.md again focuses its window (1 window, not 2)" \
    || fail "$windows windows show first.md"

kill -KILL "$FIRST_PID"
for _ in $(seq 1 20); do [ -z "$(kosei_pids)" ] && break; sleep 0.25; done
[ -z "$(kosei_pids)" ] && ok "killed $FIRST_PID"
[ -S "$RUNTIME/$APP_ID.socket" ] && [ -f "$RUNTIME/$APP_ID.lock" ] \
    && ok "stale socket and lock left behind: $(cd "$RUNTIME" && echo *)"
(cd "$WORK/docs" && as_user xdg-open "$WORK/docs/first.md" >>"$WORK/kosei.log" 2>&1 &)
wait_for_window "first.md"
FRESH_PID="$(kosei_pids)"
[ -n "$FRESH_PID" ] && [ "$FRESH_PID" != "$FIRST_PID" ] \
    && ok "next open started a fresh process ($FRESH_PID)" || fail "no fresh process"
kill -TERM "$FRESH_PID" 2>/dev/null || true

step "headless checks with the installed bundle (Sudachi, site index)"
site="$WORK/site"
mkdir -p "$site/_posts"
printf 'title: Blog\nlang: ja\n' > "$site/_config.yml"
shared='この段落は二つの記事に同じ文章がそのまま入っているので、サイトの索引が重複として見つけるはずです。'
printf -- '---\ntitle: 一つ目\n---\n\n最初の記事の前置きです。\n\n%s\n' "$shared" > "$site/_posts/2026-01-01-one.md"
printf -- '---\ntitle: 二つ目\n---\n\n別の話から始めます。お刺身を食べれない。\n\n%s\n\n%s\n' \
    "$shared" '最後の段落はこの記事にしかない話で、写しが記事の大半にならないように長めに書いておきます。' \
    > "$site/_posts/2026-01-02-two.md"
chown -R "$TEST_USER" "$site"
checked="$(as_user kosei check --site "$site" --proofreading --min-severity info --format json || true)"
echo "$checked" | grep -q '"kind": "cross-post"' && ok "kosei check --site finds the copied passage" \
    || { echo "$checked" | head -c 2000; fail "no cross-post finding"; }
echo "$checked" | grep -q '"kind": "ra-nuki"' && ok "Japanese proofreading (Sudachi) finds 食べれ" \
    || { echo "$checked" | head -c 2000; fail "no proofreading finding"; }
# PDF export prints through Chromium: Qt WebEngine on Debian's NSS, X11, GLib... (the
# package leaves those to Depends).
cp "$WORK/alone/ja.md" "$site/ja.md" && chown "$TEST_USER" "$site/ja.md"
as_user env QT_QPA_PLATFORM=offscreen kosei render "$site/ja.md" -o "$site/ja.pdf" \
    >"$WORK/render.log" 2>&1 || { tail -n 20 "$WORK/render.log"; fail "PDF export failed"; }
[ "$(head -c 5 "$site/ja.pdf")" = "%PDF-" ] \
    && ok "PDF export through Qt WebEngine works on the system libraries" || fail "no PDF written"

step "purging the packages"
apt-get purge -y -qq kosei kosei-ja kosei-diagrams >/dev/null
leftovers="$(
    {
        ls -d /opt/kosei /usr/bin/kosei /etc/apparmor.d/kosei /usr/share/doc/kosei* 2>/dev/null
        find /usr/share/applications /usr/share/metainfo /usr/share/icons -name "$APP_ID*" 2>/dev/null
        grep -l "$APP_ID" /usr/share/applications/mimeinfo.cache 2>/dev/null
        dpkg-query -W -f='${db:Status-Abbrev}\n' kosei kosei-ja kosei-diagrams 2>/dev/null \
            | grep -v '^un' || true
    } | sed '/^$/d'
)"
[ -z "$leftovers" ] && ok "nothing left behind" || fail "left behind: $leftovers"
printf '\npackage-test: all checks passed\n'
