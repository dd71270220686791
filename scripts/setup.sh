#!/usr/bin/env bash
# Set up InnoCite Decision Studio, then run the app or the whole test suite.
#
#   bash scripts/setup.sh run [ARGS...]    set up, then start `innocite` (no ARGS: the GUI)
#   bash scripts/setup.sh test [ARGS...]   set up with the test extras, then run pytest offscreen
#
# Set-up: Qt's system libraries on Debian/Ubuntu (installed with apt-get when root, otherwise
# named with the command to run), a .venv made with Python >= 3.11, and `pip install -e .`.
# It is non-interactive and idempotent; pip is skipped while pyproject.toml is unchanged.
set -euo pipefail

usage() {
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' >&2
}

die() {
    printf 'setup.sh: error: %s\n' "$*" >&2
    exit 1
}

say() {
    printf 'setup.sh: %s\n' "$*"
}

MODE="${1:-}"
case "$MODE" in
    run | test) shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage; exit 2 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
STAMP="$VENV/.innocite-setup-stamp"
MIN_PY="3.11"

export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1
export PIP_NO_INPUT=1
export PIP_ROOT_USER_ACTION=ignore

# Qt's xcb/offscreen plugins load these at run time; the wheel does not ship them.
QT_OFFSCREEN_PACKAGES=(libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libgl1 libegl1
    libdbus-1-3)
QT_X11_PACKAGES=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1)
# The memo tests read exported PDFs back with pdftotext and render pages with pdftoppm.
TEST_PACKAGES=(poppler-utils)

is_root() { [ "$(id -u)" -eq 0 ]; }

# Prints "3.11" etc. for a Python interpreter, or nothing if it does not run.
py_version() {
    "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null </dev/null || true
}

py_is_new_enough() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null </dev/null
}

# Debian/Ubuntu package installed? Ubuntu 24.04 renamed some libraries with a t64 suffix.
deb_installed() {
    local pkg
    for pkg in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

# Install Debian packages when root; otherwise say exactly what to run and stop.
apt_install() {
    local reason="$1"
    shift
    if is_root; then
        say "installing $reason: $*"
        apt-get update -qq </dev/null
        apt-get install -y -qq --no-install-recommends "$@" </dev/null
    else
        {
            printf 'setup.sh: missing %s: %s\n' "$reason" "$*"
            printf 'Install them, then run this script again:\n\n'
            printf '    sudo apt-get install -y %s\n\n' "$*"
        } >&2
        exit 1
    fi
}

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11 python; do
        if command -v "$candidate" >/dev/null 2>&1 && py_is_new_enough "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

ensure_system_libraries() {
    if [ "$(uname -s)" != "Linux" ]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian/Ubuntu system: make sure Qt's libraries (fontconfig, freetype, glib," \
            "xkbcommon, GL/EGL, dbus; xcb-cursor and friends for a display) are installed"
        return 0
    fi
    local wanted=("${QT_OFFSCREEN_PACKAGES[@]}")
    if [ "$MODE" = run ]; then
        wanted+=("${QT_X11_PACKAGES[@]}")
    fi
    if [ "$MODE" = test ]; then
        wanted+=("${TEST_PACKAGES[@]}")
    fi
    local missing=() pkg
    for pkg in "${wanted[@]}"; do
        deb_installed "$pkg" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        apt_install "system packages (Qt libraries; poppler-utils for the memo tests)" "${missing[@]}"
    fi
}

ensure_venv() {
    if [ -e "$VENV/pyvenv.cfg" ] || [ -e "$VENV/bin/python" ]; then
        py_is_new_enough "$VENV/bin/python" && return 0
        local version
        version="$(py_version "$VENV/bin/python")"
        local problem="its Python does not run (moved, or made by another user?)"
        [ -n "$version" ] && problem="its Python $version is too old ($MIN_PY or newer is needed)"
        die "$VENV exists but $problem. Remove it (rm -rf .venv) and run this script again."
    fi
    local python
    if ! python="$(find_python)"; then
        local found=""
        command -v python3 >/dev/null 2>&1 && found=" (python3 is $(py_version python3))"
        die "Python $MIN_PY or newer is needed to create .venv, none found on PATH$found." \
            "Install it (Debian 12: sudo apt-get install -y python3 python3-venv) or set" \
            "PYTHON=/path/to/python3.11."
    fi
    local version
    version="$(py_version "$python")"
    # Debian splits venv/ensurepip into pythonX.Y-venv.
    if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 </dev/null; then
        if command -v dpkg-query >/dev/null 2>&1 && [[ "$python" == /usr/bin/* ]]; then
            apt_install "Python venv support" "python${version}-venv"
        else
            die "$python cannot create virtual environments (no ensurepip/venv module)." \
                "Install the venv support for Python $version (Debian/Ubuntu:" \
                "sudo apt-get install -y python${version}-venv)."
        fi
    fi
    say "creating .venv with $python (Python $version)"
    "$python" -m venv "$VENV" </dev/null
}

# Skip pip while pyproject.toml and the wanted extras are what was last installed.
ensure_project_installed() {
    local extras="" spec="."
    if [ "$MODE" = test ]; then
        extras="test"
        spec=".[test]"
    fi
    local hash
    hash="$("$VENV/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' pyproject.toml)"
    if [ -f "$STAMP" ] && [ -x "$VENV/bin/innocite" ]; then
        local stamped_hash stamped_extras
        read -r stamped_hash stamped_extras <"$STAMP" || true
        if [ "$stamped_hash" = "$hash" ] && { [ -z "$extras" ] || [ "${stamped_extras:-}" = "$extras" ]; }; then
            return 0
        fi
    fi
    say "installing the project into .venv: pip install -e '$spec'"
    "$VENV/bin/python" -m pip install --quiet -e "$spec" </dev/null
    printf '%s %s\n' "$hash" "$extras" >"$STAMP"
}

ensure_system_libraries
ensure_venv
ensure_project_installed

case "$MODE" in
    run)
        if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
            die "no display (DISPLAY and WAYLAND_DISPLAY are unset). Run this from a desktop" \
                "session, or under Xvfb: xvfb-run -a bash scripts/setup.sh run"
        fi
        exec "$VENV/bin/innocite" "$@"
        ;;
    test)
        # The storage suite also runs against a real PostgreSQL server when one can be started
        # (always as root, as in CI); a given INNOCITE_TEST_PG_URL is used as it is.
        if [ -z "${INNOCITE_TEST_PG_URL:-}" ]; then
            if pg_url=$(bash "$ROOT/scripts/start_postgres.sh"); then
                export INNOCITE_TEST_PG_URL="$pg_url"
                say "PostgreSQL test server: $pg_url"
            elif is_root; then
                die "could not start the PostgreSQL test server (see the messages above)"
            else
                say "PostgreSQL is not available: the storage tests run against SQLite only"
            fi
        fi
        status=0
        QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@" </dev/null || status=$?
        if [ "$status" -eq 5 ]; then
            printf 'setup.sh: pytest collected no tests; that is a failure\n' >&2
        fi
        exit "$status"
        ;;
esac
