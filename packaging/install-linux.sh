#!/usr/bin/env bash
# Install the LeanRails Desktop one-folder build for the current user, so it appears in the
# desktop's app menu with its name and icon and starts with a double-click. No root needed.
#
#   packaging/install-linux.sh [BUILD_FOLDER]     install (default: dist/leanrails-desktop)
#   packaging/install-linux.sh --uninstall        remove everything this script installed
#
# Where things go:
#   ~/.local/opt/leanrails-desktop/                         the app itself
#   ~/.local/bin/leanrails-desktop                          a link, to start it from a terminal
#   ~/.local/share/applications/com.leanrails.Desktop.desktop
#   ~/.local/share/icons/hicolor/<size>/apps/com.leanrails.Desktop.png (and scalable .svg)
#   ~/.local/share/metainfo/com.leanrails.Desktop.metainfo.xml
# Your settings, data and keys are not touched by installing, updating or uninstalling.
set -euo pipefail

APP_ID="com.leanrails.Desktop"
EXE="leanrails-desktop"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT_DIR="$HOME/.local/opt/$EXE"
BIN_LINK="$HOME/.local/bin/$EXE"
ICON_SIZES="16 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
fail() { printf 'install-linux.sh: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA_HOME/icons/hicolor" ]; then
        gtk-update-icon-cache -q -f -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
    fi
    touch "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

uninstall() {
    rm -rf "$OPT_DIR"
    if [ -L "$BIN_LINK" ]; then rm -f "$BIN_LINK"; fi
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    say "LeanRails Desktop was removed. Your settings, data and keys were left as they were."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
fi

BUILD="${1:-$REPO/dist/$EXE}"
[ -x "$BUILD/$EXE" ] || fail "no app found at $BUILD/$EXE. Build it first (see packaging/README.md) or give the build folder."
BUILD="$(cd "$BUILD" && pwd)"
DESKTOP_SRC="$HERE/linux/$APP_ID.desktop"
METAINFO_SRC="$HERE/linux/$APP_ID.metainfo.xml"
[ -f "$DESKTOP_SRC" ] || fail "missing $DESKTOP_SRC"

# Icons come from the build itself, so the menu shows exactly what the app ships.
ICONS=""
for candidate in "$BUILD/_internal/leanrails_desktop/resources/icons" \
                 "$BUILD/leanrails_desktop/resources/icons" \
                 "$REPO/leanrails_desktop/resources/icons"; do
    if [ -f "$candidate/app/app-512.png" ]; then ICONS="$candidate"; break; fi
done
[ -n "$ICONS" ] || fail "the app icon was not found in the build"

# 1. The app: copy next to the old one, then swap, so a failed copy leaves the old app working.
mkdir -p "$(dirname "$OPT_DIR")"
rm -rf "$OPT_DIR.new"
cp -a "$BUILD" "$OPT_DIR.new"
rm -rf "$OPT_DIR"
mv "$OPT_DIR.new" "$OPT_DIR"

# 2. A link for the terminal (only if nothing else already has that name).
mkdir -p "$(dirname "$BIN_LINK")"
if [ -L "$BIN_LINK" ] || [ ! -e "$BIN_LINK" ]; then
    ln -sfn "$OPT_DIR/$EXE" "$BIN_LINK"
fi

# 3. The menu entry, pointing at the installed app by its full path (quoted for spaces).
case "$OPT_DIR" in
    *[\"\`\$\\%\|\&]*)
        fail "your home folder's path ($HOME) has characters a menu entry cannot hold; set HOME to a simpler path or install by hand" ;;
esac
mkdir -p "$DATA_HOME/applications"
sed -e "s|^Exec=.*|Exec=\"$OPT_DIR/$EXE\"|" \
    -e "/^\[Desktop Entry\]/a TryExec=$OPT_DIR/$EXE" \
    "$DESKTOP_SRC" > "$DATA_HOME/applications/$APP_ID.desktop"
chmod 644 "$DATA_HOME/applications/$APP_ID.desktop"

# 4. Icons in every size, and the scalable original.
for size in $ICON_SIZES; do
    install -D -m 644 "$ICONS/app/app-$size.png" \
        "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$ICONS/app.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"

# 5. Software-centre description.
if [ -f "$METAINFO_SRC" ]; then
    install -D -m 644 "$METAINFO_SRC" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
fi

refresh_caches
say "LeanRails Desktop is installed in $OPT_DIR."
say "Start it from your app menu, or run: $BIN_LINK"
case ":$PATH:" in
    *":$HOME/.local/bin:"*) ;;
    *) say "(To start it by name in a terminal, add $HOME/.local/bin to your PATH.)" ;;
esac
